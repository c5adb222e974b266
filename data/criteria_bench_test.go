package data_test

import (
	"context"
	"fmt"
	"testing"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/data"
)

// bigCampaign makes a campaign of units communes scored on a set of 10 criteria × 10
// sub-criteria (100 scored items, 1 point each), every item scored.
func bigCampaign(tb testing.TB, units int) (*data.DB, int64) {
	tb.Helper()
	d := MustOpenDB(tb)
	ctx := context.Background()
	id, err := d.StartFresh(ctx, app.Campaign{Year: 2024, Name: "Thử tải"})
	if err != nil {
		tb.Fatal(err)
	}
	tx, err := d.SQL().BeginTx(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	exec := func(q string, args ...any) int64 {
		res, err := tx.Exec(q, args...)
		if err != nil {
			tb.Fatal(err)
		}
		n, _ := res.LastInsertId()
		return n
	}
	set := exec(`INSERT INTO criteria_set (campaign_id, unit_kind, name) VALUES (?, 'commune', 'Xã')`, id)
	var leaves []int64
	for c := 1; c <= 10; c++ {
		p := exec(`INSERT INTO criterion (set_id, field_id, code, name, max_points, sort) VALUES (?, ?, ?, ?, 1000, ?)`,
			set, 1+(c-1)%6, fmt.Sprintf("%d", c), fmt.Sprintf("Tiêu chí %d", c), c)
		for s := 1; s <= 10; s++ {
			leaves = append(leaves, exec(`INSERT INTO criterion (set_id, field_id, parent_id, code, name, max_points, sort) VALUES (?, ?, ?, ?, ?, 100, ?)`,
				set, 1+(c-1)%6, p, fmt.Sprintf("%d.%d", c, s), fmt.Sprintf("Tiêu chí thành phần %d.%d", c, s), s))
		}
	}
	for u := 0; u < units; u++ {
		uid := exec(`INSERT INTO unit (name, name_key, kind) VALUES (?, ?, 'commune')`, fmt.Sprintf("UBND xã Thử %03d", u), fmt.Sprintf("ubnd xa thu %03d", u))
		for i, l := range leaves {
			appraised := 100
			if i < 10 {
				appraised -= 25 * (u % 5) // units u and u+5 tie
			}
			exec(`INSERT INTO unit_score (criterion_id, unit_id, self_points, appraised_points) VALUES (?, ?, ?, ?)`, l, uid, 100, appraised)
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return d, id
}

// BenchmarkRanking_200x100 recomputes the ranking of 200 units on 100 sub-criteria, storage and
// rule together (the figure the tab and the report wait for).
func BenchmarkRanking_200x100(b *testing.B) {
	d, id := bigCampaign(b, 200)
	ctx := context.Background()
	for b.Loop() {
		r, err := d.Ranking(ctx, id)
		if err != nil || len(r.Kinds) != 1 || len(r.Kinds[0].Rows) != 200 {
			b.Fatalf("%v %+v", err, r.Kinds)
		}
	}
}

// BenchmarkRankKind_200x100 is the rule alone, the facts already loaded.
func BenchmarkRankKind_200x100(b *testing.B) {
	d, id := bigCampaign(b, 200)
	sets, err := d.CriteriaSets(context.Background(), id)
	if err != nil {
		b.Fatal(err)
	}
	units, _ := d.Units(context.Background())
	facts := make([]scoring.UnitFacts, len(units))
	for i, u := range units {
		sh, err := d.UnitSheet(context.Background(), id, u.ID)
		if err != nil {
			b.Fatal(err)
		}
		facts[i] = scoring.UnitFacts{Unit: u, Scores: sh.Scores}
	}
	for b.Loop() {
		scoring.RankKind(sets[0], facts, app.DefaultBands())
	}
}

func TestRanking_BigCampaignTies(t *testing.T) {
	d, id := bigCampaign(t, 10)
	r, err := d.Ranking(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	rows := r.Kinds[0].Rows
	// units u and u+5 score the same: ranks come in pairs
	if rows[0].Rank != 1 || rows[1].Rank != 1 || rows[2].Rank != 3 || rows[0].Max != 10000 {
		t.Errorf("ranks %d %d %d, max %s", rows[0].Rank, rows[1].Rank, rows[2].Rank, rows[0].Max)
	}
}
