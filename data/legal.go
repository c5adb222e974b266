package data

import (
	"context"
	"database/sql"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// SaveBaseSalary adds a row of the base-salary table (old zero) or changes the row that started
// on old. A row an issued decision was computed with is never changed, and a new row may not
// start before an issued decision of the period it splits; drafts are recomputed with the table.
func (d *DB) SaveBaseSalary(ctx context.Context, old time.Time, r app.Dated[int64]) error {
	r.Ref = viet.Normalize(r.Ref)
	if err := app.CheckBaseSalary(r); err != nil {
		return err
	}
	return d.write(ctx, "lưu mức lương cơ sở", func(tx *sql.Tx) error {
		rows, issued, err := salaryFacts(ctx, tx)
		if err != nil {
			return err
		}
		if !old.IsZero() && app.RowUsed(old, app.NextFrom(rows, old), issued) {
			return usedRow(old)
		}
		kept := rows[:0:0]
		for _, x := range rows {
			if old.IsZero() || !x.From.Equal(old) {
				kept = append(kept, x)
			}
		}
		if app.RowUsed(r.From, app.NextFrom(kept, r.From), issued) {
			return app.FieldError("Áp dụng từ", "Đã có quyết định ban hành từ ngày %s tính theo bảng lương hiện có: mức mới phải áp dụng từ sau ngày ký của quyết định đó.",
				viet.FormatDate(r.From))
		}
		for _, x := range kept {
			if x.From.Equal(r.From) {
				return app.FieldError("Áp dụng từ", "Đã có mức lương cơ sở áp dụng từ ngày %s.", viet.FormatDate(r.From))
			}
		}
		before := map[string]any{}
		if !old.IsZero() {
			before["from"] = viet.ISODate(old)
			if _, err := tx.ExecContext(ctx, `DELETE FROM base_salary WHERE effective_from = ?`, viet.ISODate(old)); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO base_salary (effective_from, amount, legal_ref) VALUES (?, ?, ?)`,
			viet.ISODate(r.From), r.Value, r.Ref); err != nil {
			return err
		}
		if err := recomputeDrafts(ctx, tx); err != nil {
			return err
		}
		return d.audit(ctx, tx, "base_salary", 0, "save", before, map[string]any{"from": viet.ISODate(r.From), "amount": r.Value, "ref": r.Ref})
	})
}

// DeleteBaseSalary removes a row no issued decision was computed with; drafts are recomputed.
func (d *DB) DeleteBaseSalary(ctx context.Context, from time.Time) error {
	return d.write(ctx, "xóa mức lương cơ sở", func(tx *sql.Tx) error {
		rows, issued, err := salaryFacts(ctx, tx)
		if err != nil {
			return err
		}
		if app.RowUsed(from, app.NextFrom(rows, from), issued) {
			return usedRow(from)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM base_salary WHERE effective_from = ?`, viet.ISODate(from)); err != nil {
			return err
		}
		if err := recomputeDrafts(ctx, tx); err != nil {
			return err
		}
		return d.audit(ctx, tx, "base_salary", 0, "delete", map[string]any{"from": viet.ISODate(from)}, nil)
	})
}

func usedRow(from time.Time) error {
	return app.Errorf(app.ECONFLICT, "Mức lương cơ sở áp dụng từ ngày %s đã dùng để tính tiền thưởng của quyết định đã ban hành: không sửa, không xóa được. Hãy thêm mức mới với ngày áp dụng mới.",
		viet.FormatDate(from))
}

// salaryFacts loads the table and the signing dates of the decisions issued (revoked ones too:
// they were paid from it).
func salaryFacts(ctx context.Context, tx *sql.Tx) ([]app.Dated[int64], []time.Time, error) {
	rows, err := queryBaseSalaries(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	q, err := tx.QueryContext(ctx, `SELECT signed_on FROM decision WHERE status <> 'draft'`)
	if err != nil {
		return nil, nil, err
	}
	defer q.Close()
	var issued []time.Time
	for q.Next() {
		var s sql.NullString
		if err := q.Scan(&s); err != nil {
			return nil, nil, err
		}
		issued = append(issued, date(s))
	}
	return rows, issued, q.Err()
}

// recomputeDrafts gives every draft the bonuses of the table as it now stands.
func recomputeDrafts(ctx context.Context, tx *sql.Tx) error {
	q, err := tx.QueryContext(ctx, `SELECT id, signed_on FROM decision WHERE status = 'draft'`)
	if err != nil {
		return err
	}
	type draft struct {
		id int64
		on sql.NullString
	}
	var ds []draft
	for q.Next() {
		var x draft
		if err := q.Scan(&x.id, &x.on); err != nil {
			q.Close()
			return err
		}
		ds = append(ds, x)
	}
	q.Close()
	for _, x := range ds {
		if err := recomputeBonus(ctx, tx, x.id, date(x.on)); err != nil {
			return err
		}
	}
	return nil
}
