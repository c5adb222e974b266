package data

import (
	"context"
	"database/sql"
	"strconv"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// SetRating records a person's rating for a year ("" removes it).
func (d *DB) SetRating(ctx context.Context, personID int64, year int, r app.Rating) error {
	if err := viet.CheckYear("Năm", year, 2000, 2100); err != nil {
		return err
	}
	return d.write(ctx, "ghi xếp loại", func(tx *sql.Tx) error {
		if r == "" {
			_, err := tx.ExecContext(ctx, `DELETE FROM person_rating WHERE person_id = ? AND year = ?`, personID, year)
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO person_rating (person_id, year, rating) VALUES (?, ?, ?)
			ON CONFLICT (person_id, year) DO UPDATE SET rating = excluded.rating`, personID, year, r); err != nil {
			return err
		}
		return d.audit(ctx, tx, "person", personID, "rating", nil, map[string]string{"year": strconv.Itoa(year), "rating": string(r)})
	})
}

// Ratings lists a person's ratings by year.
func (d *DB) Ratings(ctx context.Context, personID int64) (map[int]app.Rating, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT year, rating FROM person_rating WHERE person_id = ?`, personID)
	if err != nil {
		return nil, internal("đọc xếp loại", err)
	}
	defer rows.Close()
	out := map[int]app.Rating{}
	for rows.Next() {
		var y int
		var r app.Rating
		if err := rows.Scan(&y, &r); err != nil {
			return nil, internal("đọc xếp loại", err)
		}
		out[y] = r
	}
	return out, rows.Err()
}

// AddDiscipline records a period of discipline or investigation of a person.
func (d *DB) AddDiscipline(ctx context.Context, x *app.Discipline) error {
	x.Note = viet.Normalize(x.Note)
	if x.From.IsZero() {
		return &app.Error{Code: app.EINVALID, Field: "Từ ngày", Message: "Trường «Từ ngày» không được để trống."}
	}
	if !x.To.IsZero() && x.To.Before(x.From) {
		return &app.Error{Code: app.EINVALID, Field: "Đến ngày", Message: "«Đến ngày» trước «Từ ngày»."}
	}
	if x.Kind != app.Investigation {
		x.Kind = app.Disciplined
	}
	return d.write(ctx, "ghi kỷ luật", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO person_discipline (person_id, kind, warning, from_date, to_date, note) VALUES (?, ?, ?, ?, ?, ?)`,
			x.PersonID, x.Kind, boolInt(x.Warning), viet.ISODate(x.From), nullDate(x.To), x.Note)
		if err != nil {
			return err
		}
		if x.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return d.audit(ctx, tx, "person", x.PersonID, "discipline", nil, x)
	})
}

// EndDiscipline sets the last day of a period.
func (d *DB) EndDiscipline(ctx context.Context, id int64, to time.Time) error {
	return d.write(ctx, "ghi kỷ luật", func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE person_discipline SET to_date = ? WHERE id = ?`, viet.ISODate(to), id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "person_discipline", id, "end", nil, map[string]string{"to": viet.ISODate(to)})
	})
}

// Disciplines lists a person's periods, newest first.
func (d *DB) Disciplines(ctx context.Context, personID int64) ([]app.Discipline, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, person_id, kind, warning, from_date, to_date, note FROM person_discipline
		WHERE person_id = ? ORDER BY from_date DESC, id DESC`, personID)
	if err != nil {
		return nil, internal("đọc kỷ luật", err)
	}
	defer rows.Close()
	var out []app.Discipline
	for rows.Next() {
		var x app.Discipline
		var from, to sql.NullString
		var warning int
		if err := rows.Scan(&x.ID, &x.PersonID, &x.Kind, &warning, &from, &to, &x.Note); err != nil {
			return nil, internal("đọc kỷ luật", err)
		}
		x.Warning, x.From, x.To = warning == 1, date(from), date(to)
		out = append(out, x)
	}
	return out, rows.Err()
}
