package data

import (
	"context"
	"database/sql"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

const personCols = `p.id, p.full_name, p.gender, p.birth_year, p.position, p.category, p.unit_id, u.name, p.active`

// personOrder is the Vietnamese order of people (app.NameCollator), from the stored keys.
const personOrder = ` ORDER BY p.sort_given, p.sort_whole, p.id`

func scanPerson(sc interface{ Scan(...any) error }) (app.Person, error) {
	var p app.Person
	var by sql.NullInt64
	var active int
	err := sc.Scan(&p.ID, &p.FullName, &p.Gender, &by, &p.Position, &p.Category, &p.UnitID, &p.UnitName, &active)
	p.BirthYear = int(by.Int64)
	p.Active = active == 1
	return p, err
}

func queryPeople(ctx context.Context, q querier, where string, args ...any) ([]app.Person, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+personCols+` FROM person p JOIN unit u ON u.id = p.unit_id `+where, args...)
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
	return ps, nil
}

// People lists the staff of a unit (0: everybody) in Vietnamese order: given name, then full name.
func (d *DB) People(ctx context.Context, unitID int64) ([]app.Person, error) {
	if unitID == 0 {
		return queryPeople(ctx, d.db, personOrder)
	}
	return queryPeople(ctx, d.db, `WHERE p.unit_id = ?`+personOrder, unitID)
}

// Person reads one person.
func (d *DB) Person(ctx context.Context, id int64) (app.Person, error) {
	ps, err := queryPeople(ctx, d.db, `WHERE p.id = ?`, id)
	if err != nil {
		return app.Person{}, err
	}
	if len(ps) == 0 {
		return app.Person{}, app.Errorf(app.ENOTFOUND, "Không tìm thấy cán bộ (mã %d).", id)
	}
	return ps[0], nil
}

// CreatePerson validates and stores a new person; asOf is today, for the birth-year bound.
func (d *DB) CreatePerson(ctx context.Context, p *app.Person, asOf time.Time) error {
	p.Normalize()
	if err := p.Validate(asOf.Year()); err != nil {
		return err
	}
	return d.write(ctx, "thêm cán bộ", func(tx *sql.Tx) error {
		if err := insertPerson(ctx, tx, p); err != nil {
			return err
		}
		return d.audit(ctx, tx, "person", p.ID, "create", nil, p)
	})
}

func insertPerson(ctx context.Context, tx *sql.Tx, p *app.Person) error {
	g, w := collator.NameKeys(p.FullName)
	res, err := tx.ExecContext(ctx, `INSERT INTO person (full_name, name_key, gender, birth_year, position, category, unit_id, active, sort_given, sort_whole)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, p.FullName, viet.FoldKey(p.FullName), p.Gender, nullInt(int64(p.BirthYear)), p.Position,
		p.Category, p.UnitID, boolInt(p.Active), g, w)
	if err != nil {
		return mapErr("thêm cán bộ", err)
	}
	p.ID, err = res.LastInsertId()
	return err
}

func getPerson(ctx context.Context, tx *sql.Tx, id int64) (app.Person, error) {
	ps, err := queryPeople(ctx, tx, `WHERE p.id = ?`, id)
	if err != nil {
		return app.Person{}, err
	}
	if len(ps) == 0 {
		return app.Person{}, app.Errorf(app.ENOTFOUND, "Không tìm thấy cán bộ (mã %d).", id)
	}
	return ps[0], nil
}

// UpdatePerson stores the changes of a person. Moving to another unit goes through MovePerson,
// which keeps the history; here the unit must stay the same.
func (d *DB) UpdatePerson(ctx context.Context, p *app.Person, asOf time.Time) error {
	p.Normalize()
	if err := p.Validate(asOf.Year()); err != nil {
		return err
	}
	return d.write(ctx, "sửa thông tin cán bộ", func(tx *sql.Tx) error {
		before, err := getPerson(ctx, tx, p.ID)
		if err != nil {
			return err
		}
		if before.UnitID != p.UnitID {
			return &app.Error{Code: app.EINVALID, Field: "Đơn vị", Message: "Để chuyển cán bộ sang đơn vị khác, hãy dùng «Chuyển đơn vị» (lịch sử được giữ lại)."}
		}
		g, w := collator.NameKeys(p.FullName)
		if _, err := tx.ExecContext(ctx, `UPDATE person SET full_name = ?, name_key = ?, gender = ?, birth_year = ?, position = ?,
			category = ?, active = ?, sort_given = ?, sort_whole = ? WHERE id = ?`, p.FullName, viet.FoldKey(p.FullName), p.Gender,
			nullInt(int64(p.BirthYear)), p.Position, p.Category, boolInt(p.Active), g, w, p.ID); err != nil {
			return err
		}
		return d.audit(ctx, tx, "person", p.ID, "update", before, p)
	})
}

// SetPersonActive starts or stops following a person.
func (d *DB) SetPersonActive(ctx context.Context, id int64, active bool) error {
	return d.write(ctx, "đổi trạng thái cán bộ", func(tx *sql.Tx) error {
		return d.setActive(ctx, tx, "person", id, active)
	})
}

// personRefs counts what refers to a person: moves, initiatives, council seats, proposals, awards.
const personRefs = `SELECT
	(SELECT count(*) FROM person_move WHERE person_id = ?1) +
	(SELECT count(*) FROM initiative_author WHERE person_id = ?1) +
	(SELECT count(*) FROM council_member WHERE person_id = ?1) +
	(SELECT count(*) FROM proposal WHERE person_id = ?1) +
	(SELECT count(*) FROM award WHERE person_id = ?1)`

// RemovePerson deletes a person nothing refers to, else deactivates them.
func (d *DB) RemovePerson(ctx context.Context, id int64) (deleted bool, err error) {
	err = d.write(ctx, "xóa cán bộ", func(tx *sql.Tx) error {
		deleted, err = d.remove(ctx, tx, "person", personRefs, id)
		return err
	})
	return deleted, err
}

// MovePerson moves a person to another unit on a date and records the move.
func (d *DB) MovePerson(ctx context.Context, id, toUnit int64, on time.Time, note string) error {
	note = viet.Normalize(note)
	if on.IsZero() {
		return &app.Error{Code: app.EINVALID, Field: "Ngày chuyển", Message: "Trường «Ngày chuyển» không được để trống."}
	}
	return d.write(ctx, "chuyển đơn vị", func(tx *sql.Tx) error {
		p, err := getPerson(ctx, tx, id)
		if err != nil {
			return err
		}
		to, err := getUnit(ctx, tx, toUnit)
		if err != nil {
			return err
		}
		if p.UnitID == to.ID {
			return &app.Error{Code: app.EINVALID, Field: "Đơn vị mới", Message: p.FullName + " đang ở " + to.Name + "."}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO person_move (person_id, from_unit_id, to_unit_id, moved_on, note) VALUES (?, ?, ?, ?, ?)`,
			id, p.UnitID, to.ID, viet.ISODate(on), note); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE person SET unit_id = ? WHERE id = ?`, to.ID, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "person", id, "move", map[string]any{"unit_id": p.UnitID}, map[string]any{"unit_id": to.ID, "on": viet.ISODate(on), "note": note})
	})
}

// PersonMoves lists a person's moves, oldest first.
func (d *DB) PersonMoves(ctx context.Context, id int64) ([]app.PersonMove, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT m.id, m.person_id, m.from_unit_id, f.name, m.to_unit_id, t.name, m.moved_on, m.note
		FROM person_move m JOIN unit f ON f.id = m.from_unit_id JOIN unit t ON t.id = m.to_unit_id
		WHERE m.person_id = ? ORDER BY m.moved_on, m.id`, id)
	if err != nil {
		return nil, internal("đọc quá trình công tác", err)
	}
	defer rows.Close()
	var ms []app.PersonMove
	for rows.Next() {
		var m app.PersonMove
		var on sql.NullString
		if err := rows.Scan(&m.ID, &m.PersonID, &m.FromID, &m.From, &m.ToID, &m.To, &on, &m.Note); err != nil {
			return nil, internal("đọc quá trình công tác", err)
		}
		m.On = date(on)
		ms = append(ms, m)
	}
	return ms, rows.Err()
}

// AwardHistory lists the awards of a person or a unit in issued decisions (revoked ones are left
// out), oldest first. The year is the campaign's year when the decision belongs to a campaign (the
// year the achievement was made), else the decision's own year.
func (d *DB) AwardHistory(ctx context.Context, kind app.RecipientKind, id int64) ([]app.AwardHistoryItem, error) {
	col := "a.person_id"
	if kind == app.RecipientUnit {
		col = "a.unit_id"
	}
	rows, err := d.db.QueryContext(ctx, `SELECT coalesce(c.year, dc.year), dc.number, dc.symbol, dc.signed_on, a.form_code, f.name
		FROM award a JOIN decision dc ON dc.id = a.decision_id JOIN award_form f ON f.code = a.form_code
		LEFT JOIN campaign c ON c.id = dc.campaign_id
		WHERE `+col+` = ? AND dc.status = 'issued'
		ORDER BY dc.signed_on, dc.id`, id)
	if err != nil {
		return nil, internal("đọc lịch sử khen thưởng", err)
	}
	defer rows.Close()
	var hs []app.AwardHistoryItem
	for rows.Next() {
		var h app.AwardHistoryItem
		var number int
		var symbol string
		var signed sql.NullString
		if err := rows.Scan(&h.Year, &number, &symbol, &signed, &h.FormCode, &h.FormName); err != nil {
			return nil, internal("đọc lịch sử khen thưởng", err)
		}
		h.DecisionNumber = viet.DecisionNumber(number, symbol)
		h.SignedOn = date(signed)
		hs = append(hs, h)
	}
	return hs, rows.Err()
}
