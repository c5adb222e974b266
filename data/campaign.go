package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/viet"
)

// Campaigns lists the campaigns, newest year first.
func (d *DB) Campaigns(ctx context.Context) ([]app.Campaign, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, year, name, plan_ref, start_date, end_date, status,
		stage, launch_number, launch_date, launch_signer FROM campaign ORDER BY year DESC, id DESC`)
	if err != nil {
		return nil, internal("đọc danh sách phong trào", err)
	}
	defer rows.Close()
	var cs []app.Campaign
	for rows.Next() {
		var c app.Campaign
		var start, end, launched sql.NullString
		if err := rows.Scan(&c.ID, &c.Year, &c.Name, &c.PlanRef, &start, &end, &c.Status,
			&c.Stage, &c.Launch.Number, &launched, &c.Launch.Signer); err != nil {
			return nil, internal("đọc danh sách phong trào", err)
		}
		c.Start, c.End, c.Launch.Date = date(start), date(end), date(launched)
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

// IsEmpty reports whether the database holds no campaign and no unit.
func (d *DB) IsEmpty(ctx context.Context) (bool, error) {
	var n int
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM campaign) + (SELECT count(*) FROM unit)`).Scan(&n)
	if err != nil {
		return false, internal("đọc dữ liệu", err)
	}
	return n == 0, nil
}

// StartFresh creates the first campaign of a new database.
func (d *DB) StartFresh(ctx context.Context, c app.Campaign) (int64, error) {
	c.Name = viet.Normalize(c.Name)
	c.PlanRef = viet.Normalize(c.PlanRef)
	if err := viet.RequireText("Tên phong trào", c.Name, 300); err != nil {
		return 0, err
	}
	if err := viet.CheckYear("Năm", c.Year, 2000, 2100); err != nil {
		return 0, err
	}
	if c.Status == "" {
		c.Status = app.CampaignOpen
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, internal("tạo phong trào", err)
	}
	defer tx.Rollback()
	id, err := insertCampaign(ctx, tx, c)
	if err != nil {
		return 0, err
	}
	if err := d.audit(ctx, tx, "campaign", id, "create", nil, c); err != nil {
		return 0, internal("tạo phong trào", err)
	}
	return id, mapErr("tạo phong trào", tx.Commit())
}

func insertCampaign(ctx context.Context, tx *sql.Tx, c app.Campaign) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO campaign (year, name, plan_ref, start_date, end_date, status)
		VALUES (?, ?, ?, ?, ?, ?)`, c.Year, c.Name, c.PlanRef, nullDate(c.Start), nullDate(c.End), c.Status)
	if err != nil {
		return 0, mapErr("tạo phong trào", err)
	}
	return res.LastInsertId()
}
