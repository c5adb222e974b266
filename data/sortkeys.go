package data

import (
	"context"
	"database/sql"
	"runtime/debug"

	"thidua/app/viet"
)

// sortKeyVersion names the collation that made the stored keys: our own revision and the
// golang.org/x/text version. When it changes (an upgrade of x/text may change the weights), every
// key is computed again on open.
func sortKeyVersion() string {
	v := "1"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "golang.org/x/text" {
				v += "/" + m.Version
			}
		}
	}
	return v
}

const settingSortKeys = "sort_key_version"

// refreshSortKeys fills the people's sort keys that are missing, or all of them when the collation
// changed. One transaction.
func (d *DB) refreshSortKeys(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("sắp xếp tên", err)
	}
	defer tx.Rollback()
	var stored string
	err = tx.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, settingSortKeys).Scan(&stored)
	if err != nil && err != sql.ErrNoRows {
		return internal("sắp xếp tên", err)
	}
	where := `WHERE sort_given IS NULL OR sort_whole IS NULL`
	if stored != sortKeyVersion() {
		where = ``
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, full_name FROM person `+where)
	if err != nil {
		return internal("sắp xếp tên", err)
	}
	type pn struct {
		id   int64
		name string
	}
	var ps []pn
	for rows.Next() {
		var p pn
		if err := rows.Scan(&p.id, &p.name); err != nil {
			rows.Close()
			return internal("sắp xếp tên", err)
		}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return internal("sắp xếp tên", err)
	}
	if len(ps) == 0 && stored == sortKeyVersion() {
		return nil
	}
	c := viet.NewNameCollator()
	stmt, err := tx.PrepareContext(ctx, `UPDATE person SET sort_given = ?, sort_whole = ? WHERE id = ?`)
	if err != nil {
		return internal("sắp xếp tên", err)
	}
	defer stmt.Close()
	for _, p := range ps {
		g, w := c.NameKeys(p.name)
		if _, err := stmt.ExecContext(ctx, g, w, p.id); err != nil {
			return internal("sắp xếp tên", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, settingSortKeys, sortKeyVersion()); err != nil {
		return internal("sắp xếp tên", err)
	}
	return tx.Commit()
}
