package data

import (
	"context"
	"database/sql"
	"encoding/json"
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
	// Chained and sealed: see audit_chain.go and seal.go.
	return d.appendAudit(ctx, tx, entity, id, action, enc(before), enc(after))
}

func (d *DB) actor() string { return Actor }

// Actor names who works at this PC in the audit log; main sets it from the OS user.
var Actor = ""
