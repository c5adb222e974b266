package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"
)

// audit writes one line of the audit log inside tx. before and after are marshalled to JSON
// (nil → empty).
func (d *DB) audit(ctx context.Context, tx *sql.Tx, entity string, id int64, action string, before, after any) error {
	enc := func(v any) string {
		if v == nil {
			return ""
		}
		b, err := json.Marshal(v)
		if err != nil {
			return ""
		}
		return string(b)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, d.Now().UTC().Format(time.RFC3339), d.actor(), entity, id, action, enc(before), enc(after))
	return err
}

func (d *DB) actor() string { return Actor }

// Actor names who works at this PC in the audit log; main sets it from the OS user.
var Actor = ""
