package data

import (
	"context"
	"time"

	"thidua/app"
)

var _ app.AuditService = (*DB)(nil)

// AuditLog reads the audit log, newest first, filtered.
func (d *DB) AuditLog(ctx context.Context, f app.AuditFilter) ([]app.AuditEntry, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 1000
	}
	q := `SELECT id, at, actor, entity, coalesce(entity_id, 0), action, before, after FROM audit_log WHERE 1 = 1`
	var args []any
	if f.Entity != "" {
		q += ` AND entity = ?`
		args = append(args, f.Entity)
	}
	if f.Actor != "" {
		q += ` AND actor LIKE ?`
		args = append(args, "%"+f.Actor+"%")
	}
	if !f.From.IsZero() {
		q += ` AND at >= ?`
		args = append(args, f.From.UTC().Format(time.RFC3339))
	}
	if !f.To.IsZero() {
		q += ` AND at < ?`
		args = append(args, f.To.AddDate(0, 0, 1).UTC().Format(time.RFC3339))
	}
	q += ` ORDER BY id DESC LIMIT ?`
	args = append(args, limit)
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, internal("đọc nhật ký thay đổi", err)
	}
	defer rows.Close()
	var out []app.AuditEntry
	for rows.Next() {
		var e app.AuditEntry
		var at string
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Entity, &e.EntityID, &e.Action, &e.Before, &e.After); err != nil {
			return nil, internal("đọc nhật ký thay đổi", err)
		}
		e.At, _ = time.Parse(time.RFC3339, at)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("đọc nhật ký thay đổi", err)
	}
	return out, nil
}

// AuditEntities are the entities the log holds, for the filter.
func (d *DB) AuditEntities(ctx context.Context) ([]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT DISTINCT entity FROM audit_log ORDER BY entity`)
	if err != nil {
		return nil, internal("đọc nhật ký thay đổi", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, internal("đọc nhật ký thay đổi", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
