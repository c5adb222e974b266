package data

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// RawSettings reads every setting as stored.
func (d *DB) RawSettings(ctx context.Context) (map[string]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT key, value FROM setting`)
	if err != nil {
		return nil, internal("đọc cài đặt", err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, internal("đọc cài đặt", err)
		}
		m[k] = v
	}
	return m, rows.Err()
}

// Settings reads the office's settings.
func (d *DB) Settings(ctx context.Context) (app.Settings, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT key, value FROM setting`)
	if err != nil {
		return app.Settings{}, internal("đọc cài đặt", err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return app.Settings{}, internal("đọc cài đặt", err)
		}
		m[k] = v
	}
	if err := rows.Err(); err != nil {
		return app.Settings{}, internal("đọc cài đặt", err)
	}
	return app.Settings{
		ParentAgency: m[app.SettingParentAgency],
		Agency:       m[app.SettingAgency],
		AgencyShort:  m[app.SettingAgencyShort],
		Place:        m[app.SettingPlace],
		Office:       m[app.SettingOffice],
		Symbol:       m[app.SettingSymbol],
	}, nil
}

// BaseSalaries lists the base-salary table, oldest first.
func (d *DB) BaseSalaries(ctx context.Context) ([]app.Dated[int64], error) {
	return queryBaseSalaries(ctx, d.db)
}

// bonusTables loads the two tables a bonus is computed from: coefficients and base salaries.
func bonusTables(ctx context.Context, q querier) ([]app.Coefficient, []app.Dated[int64], error) {
	coefs, err := queryCoefficients(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	sal, err := queryBaseSalaries(ctx, q)
	return coefs, sal, err
}

func queryBaseSalaries(ctx context.Context, q querier) ([]app.Dated[int64], error) {
	rows, err := q.QueryContext(ctx, `SELECT effective_from, amount, legal_ref FROM base_salary ORDER BY effective_from`)
	if err != nil {
		return nil, internal("đọc bảng lương cơ sở", err)
	}
	defer rows.Close()
	var out []app.Dated[int64]
	for rows.Next() {
		var from sql.NullString
		var r app.Dated[int64]
		if err := rows.Scan(&from, &r.Value, &r.Ref); err != nil {
			return nil, internal("đọc bảng lương cơ sở", err)
		}
		r.From = date(from)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Coefficients lists the bonus coefficients, by form then date.
func (d *DB) Coefficients(ctx context.Context) ([]app.Coefficient, error) {
	return queryCoefficients(ctx, d.db)
}

func queryCoefficients(ctx context.Context, q querier) ([]app.Coefficient, error) {
	rows, err := q.QueryContext(ctx, `SELECT c.form_code, f.name, c.recipient_kind, c.thousandths, c.effective_from, c.legal_ref
		FROM bonus_coefficient c JOIN award_form f ON f.code = c.form_code
		ORDER BY f.sort, c.recipient_kind DESC, c.effective_from`)
	if err != nil {
		return nil, internal("đọc bảng hệ số", err)
	}
	defer rows.Close()
	var out []app.Coefficient
	for rows.Next() {
		var c app.Coefficient
		var from sql.NullString
		if err := rows.Scan(&c.FormCode, &c.FormName, &c.Recipient, &c.Thousandths, &from, &c.Ref); err != nil {
			return nil, internal("đọc bảng hệ số", err)
		}
		c.From = date(from)
		out = append(out, c)
	}
	return out, rows.Err()
}

// AwardForms lists the catalogue of titles and forms.
func (d *DB) AwardForms(ctx context.Context) ([]app.AwardForm, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT code, name, kind, recipient FROM award_form ORDER BY sort`)
	if err != nil {
		return nil, internal("đọc danh mục hình thức", err)
	}
	defer rows.Close()
	var out []app.AwardForm
	for rows.Next() {
		var f app.AwardForm
		if err := rows.Scan(&f.Code, &f.Name, &f.Kind, &f.Recipient); err != nil {
			return nil, internal("đọc danh mục hình thức", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// LegalBasis lists the căn cứ lines in force on asOf, in order.
func (d *DB) LegalBasis(ctx context.Context, asOf time.Time) ([]string, error) {
	return queryLegalBasis(ctx, d.db, asOf)
}

func queryLegalBasis(ctx context.Context, q querier, asOf time.Time) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT text FROM legal_basis
		WHERE effective_from <= ?1 AND (effective_to IS NULL OR effective_to >= ?1) ORDER BY sort`, viet.ISODate(asOf))
	if err != nil {
		return nil, internal("đọc căn cứ pháp lý", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, internal("đọc căn cứ pháp lý", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SetSetting stores one business setting.
func (d *DB) SetSetting(ctx context.Context, key, value string) error {
	value = viet.Normalize(value)
	return d.write(ctx, "lưu cài đặt", func(tx *sql.Tx) error {
		var before string
		err := tx.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, key).Scan(&before)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
			key, value); err != nil {
			return err
		}
		return d.audit(ctx, tx, "setting", 0, "update", map[string]string{key: before}, map[string]string{key: value})
	})
}

func settingTx(ctx context.Context, tx *sql.Tx, key, def string) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && v == "") {
		return def, nil
	}
	return v, err
}
