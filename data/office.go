package data

import (
	"context"
	"database/sql"
	"time"

	"thidua/app"
	"thidua/app/viet"
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

// SaveSigner adds a signer (ID 0) or changes one. Decisions keep the name and title they were
// drafted with, so an issued decision never changes with the list.
func (d *DB) SaveSigner(ctx context.Context, s *app.Signer) error {
	s.Normalize()
	if err := s.Validate(); err != nil {
		return err
	}
	opt := func(t time.Time) any {
		if t.IsZero() {
			return nil
		}
		return viet.ISODate(t)
	}
	return d.write(ctx, "lưu người ký", func(tx *sql.Tx) error {
		active := 0
		if s.Active {
			active = 1
		}
		if s.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO signer (full_name, title, sign_mode, active, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)`,
				s.FullName, s.Title, s.Mode, active, opt(s.From), opt(s.To))
			if err != nil {
				return mapErr("lưu người ký", err)
			}
			if s.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else if _, err := tx.ExecContext(ctx, `UPDATE signer SET full_name = ?, title = ?, sign_mode = ?, active = ?, valid_from = ?, valid_to = ? WHERE id = ?`,
			s.FullName, s.Title, s.Mode, active, opt(s.From), opt(s.To), s.ID); err != nil {
			return mapErr("lưu người ký", err)
		}
		return d.audit(ctx, tx, "signer", s.ID, "save", nil, s)
	})
}
