package data

import (
	"context"
	"database/sql"
	"time"

	"thidua/app"
)

const unitCols = `id, name, short_name, kind, head, address, phone, email, active`

func scanUnit(sc interface{ Scan(...any) error }) (app.Unit, error) {
	var u app.Unit
	var active int
	err := sc.Scan(&u.ID, &u.Name, &u.ShortName, &u.Kind, &u.Head, &u.Address, &u.Phone, &u.Email, &active)
	u.Active = active == 1
	return u, err
}

// Units lists every unit (active and not) in Vietnamese name order.
func (d *DB) Units(ctx context.Context) ([]app.Unit, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+unitCols+` FROM unit`)
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

// CreateUnit validates and stores a new unit; u.ID is set.
func (d *DB) CreateUnit(ctx context.Context, u *app.Unit) error {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("thêm đơn vị", err)
	}
	defer tx.Rollback()
	if err := insertUnit(ctx, tx, u); err != nil {
		return err
	}
	if err := d.audit(ctx, tx, "unit", u.ID, "create", nil, u); err != nil {
		return internal("thêm đơn vị", err)
	}
	return mapErr("thêm đơn vị", tx.Commit())
}

func insertUnit(ctx context.Context, tx *sql.Tx, u *app.Unit) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO unit (name, name_key, short_name, kind, head, address, phone, email, active)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, u.Name, app.FoldKey(u.Name), u.ShortName, u.Kind, u.Head, u.Address, u.Phone, u.Email, boolInt(u.Active))
	if err != nil {
		if app.ErrorCode(mapErr("", err)) == app.ECONFLICT {
			return &app.Error{Code: app.ECONFLICT, Field: "Tên đơn vị", Message: "Đơn vị «" + u.Name + "» đã có trong danh sách."}
		}
		return mapErr("thêm đơn vị", err)
	}
	u.ID, err = res.LastInsertId()
	return err
}

const personCols = `p.id, p.full_name, p.gender, p.birth_year, p.position, p.category, p.unit_id, u.name, p.active`

func scanPerson(sc interface{ Scan(...any) error }) (app.Person, error) {
	var p app.Person
	var by sql.NullInt64
	var active int
	err := sc.Scan(&p.ID, &p.FullName, &p.Gender, &by, &p.Position, &p.Category, &p.UnitID, &p.UnitName, &active)
	p.BirthYear = int(by.Int64)
	p.Active = active == 1
	return p, err
}

func (d *DB) queryPeople(ctx context.Context, where string, args ...any) ([]app.Person, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+personCols+` FROM person p JOIN unit u ON u.id = p.unit_id `+where, args...)
	if err != nil {
		return nil, internal("đọc danh sách cán bộ", err)
	}
	defer rows.Close()
	var ps []app.Person
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, internal("đọc danh sách cán bộ", err)
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("đọc danh sách cán bộ", err)
	}
	app.SortPeople(ps)
	return ps, nil
}

// People lists the staff of a unit (0: everybody) in Vietnamese order: given name, then full name.
func (d *DB) People(ctx context.Context, unitID int64) ([]app.Person, error) {
	if unitID == 0 {
		return d.queryPeople(ctx, ``)
	}
	return d.queryPeople(ctx, `WHERE p.unit_id = ?`, unitID)
}

// SearchPeople finds people whose name matches query without regard to accents or case:
// "nguyen thi hong" finds "Nguyễn Thị Hồng Nhung". At most limit results (0: no limit).
func (d *DB) SearchPeople(ctx context.Context, query string, limit int) ([]app.Person, error) {
	q := app.NewFoldQuery(query)
	all, err := d.People(ctx, 0)
	if err != nil {
		return nil, err
	}
	var out []app.Person
	for _, p := range all {
		if q.Match(app.FoldKey(p.FullName)) {
			out = append(out, p)
			if limit > 0 && len(out) == limit {
				break
			}
		}
	}
	return out, nil
}

// CreatePerson validates and stores a new person; asOf is today, for the birth-year bound.
func (d *DB) CreatePerson(ctx context.Context, p *app.Person, asOf time.Time) error {
	p.Normalize()
	if err := p.Validate(asOf.Year()); err != nil {
		return err
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("thêm cán bộ", err)
	}
	defer tx.Rollback()
	if err := insertPerson(ctx, tx, p); err != nil {
		return err
	}
	if err := d.audit(ctx, tx, "person", p.ID, "create", nil, p); err != nil {
		return internal("thêm cán bộ", err)
	}
	return mapErr("thêm cán bộ", tx.Commit())
}

func insertPerson(ctx context.Context, tx *sql.Tx, p *app.Person) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO person (full_name, name_key, gender, birth_year, position, category, unit_id, active)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, p.FullName, app.FoldKey(p.FullName), p.Gender, nullInt(int64(p.BirthYear)), p.Position, p.Category, p.UnitID, boolInt(p.Active))
	if err != nil {
		return mapErr("thêm cán bộ", err)
	}
	p.ID, err = res.LastInsertId()
	return err
}
