package data

import (
	"context"
	"database/sql"
	"errors"

	"thidua/app"
	"thidua/app/viet"
)

// collator orders people's names; it is safe for concurrent use.
var collator = viet.NewNameCollator()

const unitCols = `id, name, short_name, kind, head, address, phone, email, active`

func scanUnit(sc interface{ Scan(...any) error }) (app.Unit, error) {
	var u app.Unit
	var active int
	err := sc.Scan(&u.ID, &u.Name, &u.ShortName, &u.Kind, &u.Head, &u.Address, &u.Phone, &u.Email, &active)
	u.Active = active == 1
	return u, err
}

// Units lists every unit (active and not), grouped by kind and in Vietnamese name order.
func (d *DB) Units(ctx context.Context) ([]app.Unit, error) {
	return queryUnits(ctx, d.db)
}

func queryUnits(ctx context.Context, q querier) ([]app.Unit, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+unitCols+` FROM unit`)
	if err != nil {
		return nil, internal("đọc danh sách đơn vị", err)
	}
	defer rows.Close()
	var us []app.Unit
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return nil, internal("đọc danh sách đơn vị", err)
		}
		us = append(us, u)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("đọc danh sách đơn vị", err)
	}
	app.SortUnits(us)
	return us, nil
}

func getUnit(ctx context.Context, tx *sql.Tx, id int64) (app.Unit, error) {
	u, err := scanUnit(tx.QueryRowContext(ctx, `SELECT `+unitCols+` FROM unit WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return u, app.Errorf(app.ENOTFOUND, "Không tìm thấy đơn vị (mã %d).", id)
	}
	if err != nil {
		return u, internal("đọc đơn vị", err)
	}
	return u, nil
}

// CreateUnit validates and stores a new unit; u.ID is set.
func (d *DB) CreateUnit(ctx context.Context, u *app.Unit) error {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	}
	return d.write(ctx, "thêm đơn vị", func(tx *sql.Tx) error {
		if err := insertUnit(ctx, tx, u); err != nil {
			return err
		}
		return d.audit(ctx, tx, "unit", u.ID, "create", nil, u)
	})
}

// UpdateUnit validates and stores the changes of a unit.
func (d *DB) UpdateUnit(ctx context.Context, u *app.Unit) error {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	}
	return d.write(ctx, "sửa đơn vị", func(tx *sql.Tx) error {
		before, err := getUnit(ctx, tx, u.ID)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE unit SET name = ?, name_key = ?, short_name = ?, kind = ?, head = ?, address = ?,
			phone = ?, email = ?, active = ? WHERE id = ?`, u.Name, viet.FoldKey(u.Name), u.ShortName, u.Kind, u.Head, u.Address,
			u.Phone, u.Email, boolInt(u.Active), u.ID)
		if err != nil {
			return unitConflict(u.Name, err, "sửa đơn vị")
		}
		return d.audit(ctx, tx, "unit", u.ID, "update", before, u)
	})
}

// SetUnitActive starts or stops following a unit (đang theo dõi / ngừng theo dõi).
func (d *DB) SetUnitActive(ctx context.Context, id int64, active bool) error {
	return d.write(ctx, "đổi trạng thái đơn vị", func(tx *sql.Tx) error {
		return d.setActive(ctx, tx, "unit", id, active)
	})
}

func (d *DB) setActive(ctx context.Context, tx *sql.Tx, table string, id int64, active bool) error {
	res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET active = ? WHERE id = ?`, boolInt(active), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return app.Errorf(app.ENOTFOUND, "Không tìm thấy mục cần đổi trạng thái (mã %d).", id)
	}
	action := "deactivate"
	if active {
		action = "activate"
	}
	return d.audit(ctx, tx, table, id, action, nil, nil)
}

// unitRefs counts what refers to a unit: its staff, moves, scores, initiatives, proposals, awards.
const unitRefs = `SELECT
	(SELECT count(*) FROM person WHERE unit_id = ?1) +
	(SELECT count(*) FROM person_move WHERE from_unit_id = ?1 OR to_unit_id = ?1) +
	(SELECT count(*) FROM unit_score WHERE unit_id = ?1) +
	(SELECT count(*) FROM initiative WHERE unit_id = ?1) +
	(SELECT count(*) FROM proposal WHERE unit_id = ?1 OR recipient_unit_id = ?1) +
	(SELECT count(*) FROM award WHERE unit_id = ?1)`

// RemoveUnit deletes a unit nothing refers to; one with staff, scores, initiatives or awards is
// only deactivated, so that history stays whole.
func (d *DB) RemoveUnit(ctx context.Context, id int64) (deleted bool, err error) {
	err = d.write(ctx, "xóa đơn vị", func(tx *sql.Tx) error {
		deleted, err = d.remove(ctx, tx, "unit", unitRefs, id)
		return err
	})
	return deleted, err
}

func (d *DB) remove(ctx context.Context, tx *sql.Tx, table, refs string, id int64) (bool, error) {
	var n int
	if err := tx.QueryRowContext(ctx, refs, id).Scan(&n); err != nil {
		return false, err
	}
	if n > 0 {
		return false, d.setActive(ctx, tx, table, id, false)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ?`, id); err != nil {
		return false, err
	}
	return true, d.audit(ctx, tx, table, id, "delete", nil, nil)
}

func insertUnit(ctx context.Context, tx *sql.Tx, u *app.Unit) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO unit (name, name_key, short_name, kind, head, address, phone, email, active)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, u.Name, viet.FoldKey(u.Name), u.ShortName, u.Kind, u.Head, u.Address, u.Phone, u.Email, boolInt(u.Active))
	if err != nil {
		return unitConflict(u.Name, err, "thêm đơn vị")
	}
	u.ID, err = res.LastInsertId()
	return err
}

func unitConflict(name string, err error, doing string) error {
	if app.ErrorCode(mapErr(doing, err)) == app.ECONFLICT {
		return &app.Error{Code: app.ECONFLICT, Field: "Tên đơn vị", Message: "Đơn vị «" + name + "» đã có trong danh sách."}
	}
	return mapErr(doing, err)
}
