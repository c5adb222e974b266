package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/viet"
)

// SavePeriods stores the periods of one campaign (their names and due dates) together, in one
// transaction: a period of another campaign, or one deleted meanwhile, refuses them all.
func (d *DB) SavePeriods(ctx context.Context, campaignID int64, ps []app.ReportingPeriod) error {
	return d.write(ctx, "lưu hạn các kỳ báo cáo", func(tx *sql.Tx) error {
		if _, err := campaignTx(ctx, tx, campaignID); err != nil {
			return err
		}
		for i := range ps {
			p := ps[i]
			p.CampaignID = campaignID
			if p.ID == 0 {
				return app.Errorf(app.EINVALID, "Kỳ %s chưa được lưu: hãy thêm kỳ trước khi đặt hạn.", viet.Quote(p.Name))
			}
			if err := d.putPeriod(ctx, tx, &p); err != nil {
				return err
			}
		}
		return nil
	})
}

// putPeriod adds a period (ID 0) or renames and re-dates one of its campaign, and logs it with
// what it replaces.
func (d *DB) putPeriod(ctx context.Context, tx *sql.Tx, p *app.ReportingPeriod) error {
	p.Name = viet.Normalize(p.Name)
	if p.Name == "" {
		return app.FieldError("Tên kỳ", "Trường «Tên kỳ» không được để trống.")
	}
	if p.Kind == "" {
		p.Kind = app.PeriodReport
	}
	if p.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO reporting_period (campaign_id, name, due_date, sort, kind)
			VALUES (?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM reporting_period WHERE campaign_id = ?), ?)`,
			p.CampaignID, p.Name, nullDate(p.Due), p.CampaignID, p.Kind)
		if err != nil {
			return periodConflict(p.Name, err)
		}
		p.ID, _ = res.LastInsertId()
		return d.audit(ctx, tx, "reporting_period", p.ID, "save", nil, p)
	}
	var was app.ReportingPeriod
	var due sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT id, campaign_id, name, kind, due_date, sort FROM reporting_period WHERE id = ?`, p.ID).
		Scan(&was.ID, &was.CampaignID, &was.Name, &was.Kind, &due, &was.Sort)
	if err == sql.ErrNoRows || (err == nil && was.CampaignID != p.CampaignID) {
		return app.Errorf(app.ENOTFOUND, "Không tìm thấy kỳ %s của phong trào (đã bị xóa?). Hãy mở lại màn hình rồi lưu lại.", viet.Quote(p.Name))
	}
	if err != nil {
		return err
	}
	was.Due = date(due)
	res, err := tx.ExecContext(ctx, `UPDATE reporting_period SET name = ?, due_date = ? WHERE id = ? AND campaign_id = ?`,
		p.Name, nullDate(p.Due), p.ID, p.CampaignID)
	if err != nil {
		return periodConflict(p.Name, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n != 1 {
		return app.Errorf(app.ENOTFOUND, "Không tìm thấy kỳ %s của phong trào. Hãy mở lại màn hình rồi lưu lại.", viet.Quote(p.Name))
	}
	p.Kind, p.Sort = was.Kind, was.Sort
	return d.audit(ctx, tx, "reporting_period", p.ID, "save", was, p)
}

// unitReportTx is one unit's report found by where, or nil.
func unitReportTx(ctx context.Context, tx *sql.Tx, where string, args ...any) (*app.UnitReport, error) {
	var was app.UnitReport
	var on, docDate sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT id, period_id, unit_id, received_on, doc_number, doc_date, file_name, file_path,
		file_size, file_sha256, note FROM unit_report WHERE `+where, args...).Scan(&was.ID, &was.PeriodID, &was.UnitID, &on,
		&was.DocNumber, &docDate, &was.FileName, &was.FilePath, &was.FileSize, &was.FileSHA256, &was.Note)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	was.ReceivedOn, was.DocDate = date(on), date(docDate)
	return &was, nil
}
