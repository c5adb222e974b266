package data

import (
	"context"
	"slices"
	"strings"
	"sync"

	"thidua/app"
	"thidua/app/viet"
)

// peopleIndex keeps every person's folded name in Vietnamese order in memory, so that a search
// over 100.000 people scans plain strings (a few ms) instead of running LIKE through SQLite
// (30–40 ms measured). It is rebuilt lazily after any write of ours, and when another connection
// changed the file (PRAGMA data_version).
type peopleIndex struct {
	mu      sync.Mutex
	valid   bool
	version int64
	ids     []int64
	keys    []string
}

func (x *peopleIndex) invalidate() {
	x.mu.Lock()
	x.valid = false
	x.ids, x.keys = nil, nil
	x.mu.Unlock()
}

// matches returns the ids of the people whose folded name holds every word of q, in order, at most
// limit (0: all).
func (d *DB) matches(ctx context.Context, q viet.FoldQuery, limit int) ([]int64, error) {
	x := &d.people
	x.mu.Lock()
	defer x.mu.Unlock()
	var version int64
	if err := d.db.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&version); err != nil {
		return nil, internal("tìm cán bộ", err)
	}
	if !x.valid || version != x.version {
		if err := d.buildIndex(ctx, x); err != nil {
			return nil, err
		}
		x.version = version
	}
	// Matches by rank (viet.FoldQuery.Rank: names that begin with what was typed first), each rank
	// in Vietnamese order; the keys are in that order already, so a stable pass per rank keeps it.
	var byRank [3][]int64
	for i, k := range x.keys {
		if q.Match(k) {
			r := q.Rank(k)
			byRank[r] = append(byRank[r], x.ids[i])
			if limit > 0 && r == 0 && len(byRank[0]) == limit {
				break
			}
		}
	}
	out := append(append(byRank[0], byRank[1]...), byRank[2]...)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (d *DB) buildIndex(ctx context.Context, x *peopleIndex) error {
	rows, err := d.db.QueryContext(ctx, `SELECT p.id, p.name_key FROM person p`+personOrder)
	if err != nil {
		return internal("tìm cán bộ", err)
	}
	defer rows.Close()
	x.ids, x.keys = x.ids[:0], x.keys[:0]
	for rows.Next() {
		var id int64
		var k string
		if err := rows.Scan(&id, &k); err != nil {
			return internal("tìm cán bộ", err)
		}
		x.ids = append(x.ids, id)
		x.keys = append(x.keys, k)
	}
	if err := rows.Err(); err != nil {
		return internal("tìm cán bộ", err)
	}
	x.valid = true
	return nil
}

// SearchPeople finds people whose name holds every word of query without regard to accents or
// case ("nguyen thi hong" finds "Nguyễn Thị Hồng Nhung"), names that begin with the query first,
// each group in Vietnamese order, at most limit (0: all).
func (d *DB) SearchPeople(ctx context.Context, query string, limit int) ([]app.Person, error) {
	ids, err := d.matches(ctx, viet.NewFoldQuery(query), limit)
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	var b strings.Builder
	args := make([]any, len(ids))
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('?')
		args[i] = id
	}
	ps, err := queryPeople(ctx, d.db, `WHERE p.id IN (`+b.String()+`)`, args...)
	if err != nil {
		return nil, err
	}
	// Back into the order of ids: best matches first.
	pos := make(map[int64]int, len(ids))
	for i, id := range ids {
		pos[id] = i
	}
	slices.SortFunc(ps, func(a, b app.Person) int { return pos[a.ID] - pos[b.ID] })
	return ps, nil
}
