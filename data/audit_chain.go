package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"time"
)

// auditEntry is one line of the audit log as the chain hashes it.
type auditEntry struct {
	ID                    int64
	At, Actor, Entity     string
	EntityID              sql.NullInt64
	Action, Before, After string
	PrevHash, Hash        string
}

// entryHash is the SHA-256 of an entry's content and the previous entry's hash, over a JSON array
// so that no field can run into the next.
func entryHash(e auditEntry) string {
	var id any
	if e.EntityID.Valid {
		id = e.EntityID.Int64
	}
	b, _ := json.Marshal([]any{e.PrevHash, e.At, e.Actor, e.Entity, id, e.Action, e.Before, e.After})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// appendAudit writes an entry at the end of the chain, inside tx, and moves the head.
func (d *DB) appendAudit(ctx context.Context, tx *sql.Tx, entity string, id int64, action, before, after string) error {
	_, prev, err := auditHead(ctx, tx)
	if err != nil {
		return err
	}
	e := auditEntry{At: d.Now().UTC().Format(time.RFC3339), Actor: d.actor(), Entity: entity,
		EntityID: sql.NullInt64{Int64: id, Valid: true}, Action: action, Before: before, After: after, PrevHash: prev}
	e.Hash = entryHash(e)
	res, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.At, e.Actor, e.Entity, id, e.Action, e.Before, e.After, e.PrevHash, e.Hash)
	if err != nil {
		return err
	}
	newID, err := res.LastInsertId()
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO audit_head (one, last_id, hash) VALUES (1, ?, ?)
		ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash`, newID, e.Hash)
	if err != nil {
		return err
	}
	return d.sealAfter(ctx, tx, entity, id, action)
}

// auditHead is the last entry of the chain; ok is false before the chain was started.
func auditHead(ctx context.Context, tx *sql.Tx) (lastID int64, hash string, err error) {
	err = tx.QueryRowContext(ctx, `SELECT last_id, hash FROM audit_head WHERE one = 1`).Scan(&lastID, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return lastID, hash, err
}

// startChain chains the entries written before the chain existed and seals the decisions issued
// before it, once: when the upgraded file is first opened (no head yet). It looks first without the
// write lock, so an up-to-date database is not written.
func (d *DB) startChain(ctx context.Context) error {
	var heads int
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM audit_head`).Scan(&heads); err != nil {
		return internal("khởi tạo nhật ký thay đổi", err)
	}
	if heads > 0 {
		return nil
	}
	return d.write(ctx, "khởi tạo nhật ký thay đổi", func(tx *sql.Tx) error {
		if _, h, err := auditHead(ctx, tx); err != nil || h != "" {
			return err
		}
		prev, last, err := chainLegacy(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit_head (one, last_id, hash) VALUES (1, ?, ?)`, last, prev); err != nil {
			return err
		}
		return d.sealUnsealed(ctx, tx, "")
	})
}

// chainLegacy hashes the entries that have no hash yet, in order.
func chainLegacy(ctx context.Context, tx *sql.Tx) (prev string, last int64, err error) {
	es, err := readAudit(ctx, tx, 0)
	if err != nil {
		return "", 0, err
	}
	for _, e := range es {
		e.PrevHash = prev
		e.Hash = entryHash(e)
		if _, err := tx.ExecContext(ctx, `UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?`, e.PrevHash, e.Hash, e.ID); err != nil {
			return "", 0, err
		}
		prev, last = e.Hash, e.ID
	}
	return prev, last, nil
}

// queryer is a *sql.Tx or *sql.DB.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readAudit reads the log in order from id after.
func readAudit(ctx context.Context, q queryer, after int64) ([]auditEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, at, actor, entity, entity_id, action, before, after, prev_hash, hash
		FROM audit_log WHERE id > ? ORDER BY id`, after)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []auditEntry
	for rows.Next() {
		var e auditEntry
		if err := rows.Scan(&e.ID, &e.At, &e.Actor, &e.Entity, &e.EntityID, &e.Action, &e.Before, &e.After, &e.PrevHash, &e.Hash); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
