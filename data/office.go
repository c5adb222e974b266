package data

import (
	"context"
	"database/sql"

	"thidua/app"
)

// SaveSettings stores the office's names after checking them, in one transaction with the audit
// record. Issued decisions keep the values they were issued with (decision_setting).
func (d *DB) SaveSettings(ctx context.Context, s app.Settings) error {
	s.Normalize()
	if err := s.Validate(); err != nil {
		return err
	}
	return d.write(ctx, "lưu cài đặt cơ quan", func(tx *sql.Tx) error {
		before, err := settingsTx(ctx, tx, `SELECT key, value FROM setting`)
		if err != nil {
			return err
		}
		for k, v := range s.Values() {
			if _, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
				k, v); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "setting", 0, "update", app.ReadSettings(before).Values(), s.Values())
	})
}

// DecisionSettings are the office's names a decision prints: those it was issued with, the
// current ones for a draft (or a decision imported without them).
func (d *DB) DecisionSettings(ctx context.Context, decisionID int64) (app.Settings, error) {
	kept, err := settingsTx(ctx, d.db, `SELECT key, value FROM decision_setting WHERE decision_id = ?`, decisionID)
	if err == nil && len(kept) == 0 {
		kept, err = settingsTx(ctx, d.db, `SELECT key, value FROM setting`)
	}
	if err != nil {
		return app.Settings{}, internal("đọc cài đặt của quyết định", err)
	}
	return app.ReadSettings(kept), nil
}

// keepDecisionSettings copies the office's names to a decision being issued.
func keepDecisionSettings(ctx context.Context, tx *sql.Tx, decisionID int64) error {
	for _, k := range app.OfficeKeys {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO decision_setting (decision_id, key, value)
			SELECT ?, key, value FROM setting WHERE key = ?`, decisionID, k); err != nil {
			return err
		}
	}
	return nil
}

func settingsTx(ctx context.Context, q querier, query string, args ...any) (map[string]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, rows.Err()
}
