package data

import (
	"context"
	"database/sql"
	"io"
	"path/filepath"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// ReportingPeriods lists a campaign's periods, the launch plan first, then by their order.
func (d *DB) ReportingPeriods(ctx context.Context, campaignID int64) ([]app.ReportingPeriod, error) {
	tx, err := d.readTx(ctx)
	if err != nil {
		return nil, internal("đọc kỳ báo cáo", err)
	}
	defer tx.Rollback()
	return periodsTx(ctx, tx, campaignID)
}

func periodsTx(ctx context.Context, tx *sql.Tx, campaignID int64) ([]app.ReportingPeriod, error) {
	var out []app.ReportingPeriod
	err := each(ctx, tx, func(r *sql.Rows) error {
		var p app.ReportingPeriod
		var due sql.NullString
		err := r.Scan(&p.ID, &p.CampaignID, &p.Name, &p.Kind, &due, &p.Sort)
		p.Due = date(due)
		out = append(out, p)
		return err
	}, `SELECT id, campaign_id, name, kind, due_date, sort FROM reporting_period WHERE campaign_id = ?
		ORDER BY kind = 'report', sort, id`, campaignID)
	if err != nil {
		return nil, internal("đọc kỳ báo cáo", err)
	}
	return out, nil
}

// SavePeriod adds a period (ID 0) or renames and re-dates one; names are unique in a campaign.
func (d *DB) SavePeriod(ctx context.Context, p app.ReportingPeriod) (int64, error) {
	p.Name = viet.Normalize(p.Name)
	if p.Name == "" {
		return 0, app.FieldError("Tên kỳ", "Trường «Tên kỳ» không được để trống.")
	}
	if p.Kind == "" {
		p.Kind = app.PeriodReport
	}
	err := d.write(ctx, "lưu kỳ báo cáo", func(tx *sql.Tx) error {
		return d.putPeriod(ctx, tx, &p)
	})
	return p.ID, err
}

func periodConflict(name string, err error) error {
	if app.ErrorCode(mapErr("lưu kỳ báo cáo", err)) == app.ECONFLICT {
		return app.FieldError("Tên kỳ", "Trường «Tên kỳ»: phong trào đã có kỳ %s.", viet.Quote(name))
	}
	return err
}

// AddDefaultPeriods gives a campaign the launch plan and the four reports (app.DefaultPeriods) it
// does not have yet.
func (d *DB) AddDefaultPeriods(ctx context.Context, campaignID int64) error {
	return d.write(ctx, "tạo kỳ báo cáo", func(tx *sql.Tx) error {
		c, err := campaignTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		var added []app.ReportingPeriod
		for _, p := range app.DefaultPeriods(c.Year) {
			res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO reporting_period (campaign_id, name, due_date, sort, kind)
				VALUES (?, ?, ?, ?, ?)`, campaignID, p.Name, nullDate(p.Due), p.Sort, p.Kind)
			if err != nil {
				return err
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n > 0 {
				p.CampaignID = campaignID
				p.ID, _ = res.LastInsertId()
				added = append(added, p)
			}
		}
		return d.audit(ctx, tx, "campaign", campaignID, "default_periods", nil, map[string]any{"added": added})
	})
}

// ReportGrid is the grid unit × period of a campaign as of a date: the active units in the
// office's order, each cell with what was received and its status (app.ReportStatusAsOf).
func (d *DB) ReportGrid(ctx context.Context, campaignID int64, asOf time.Time) (app.ReportGrid, error) {
	tx, err := d.readTx(ctx)
	if err != nil {
		return app.ReportGrid{}, internal("đọc tình hình báo cáo", err)
	}
	defer tx.Rollback()
	c, err := campaignTx(ctx, tx, campaignID)
	if err != nil {
		return app.ReportGrid{}, err
	}
	ps, err := periodsTx(ctx, tx, campaignID)
	if err != nil {
		return app.ReportGrid{}, err
	}
	all, err := queryUnits(ctx, tx)
	if err != nil {
		return app.ReportGrid{}, err
	}
	var units []app.Unit
	for _, u := range all {
		if u.Active {
			units = append(units, u)
		}
	}
	rs, err := unitReportsTx(ctx, tx, campaignID)
	if err != nil {
		return app.ReportGrid{}, err
	}
	return app.BuildReportGrid(c, ps, units, rs, asOf), nil
}

func unitReportsTx(ctx context.Context, tx *sql.Tx, campaignID int64) ([]app.UnitReport, error) {
	var out []app.UnitReport
	err := each(ctx, tx, func(r *sql.Rows) error {
		var u app.UnitReport
		var on, docDate sql.NullString
		err := r.Scan(&u.ID, &u.PeriodID, &u.UnitID, &u.UnitName, &on, &u.DocNumber, &docDate, &u.FileName, &u.FilePath,
			&u.FileSize, &u.FileSHA256, &u.Note)
		u.ReceivedOn, u.DocDate = date(on), date(docDate)
		out = append(out, u)
		return err
	}, `SELECT r.id, r.period_id, r.unit_id, u.name, r.received_on, r.doc_number, r.doc_date, r.file_name, r.file_path,
		r.file_size, r.file_sha256, r.note
		FROM unit_report r JOIN reporting_period p ON p.id = r.period_id JOIN unit u ON u.id = r.unit_id
		WHERE p.campaign_id = ?`, campaignID)
	if err != nil {
		return nil, internal("đọc báo cáo của đơn vị", err)
	}
	return out, nil
}

// SaveUnitReport records what a unit sent for a period (one record per unit and period: a second
// save corrects it). The file, when given, is copied into the evidence folder first.
func (d *DB) SaveUnitReport(ctx context.Context, r app.UnitReport, fileName string, file io.Reader) (app.UnitReport, error) {
	r.DocNumber, r.Note = viet.Normalize(r.DocNumber), viet.NormalizeMultiline(r.Note)
	if r.ReceivedOn.IsZero() {
		return r, app.FieldError("Ngày nhận", "Trường «Ngày nhận» không được để trống.")
	}
	if !r.DocDate.IsZero() && r.DocDate.After(r.ReceivedOn) {
		return r, app.FieldError("Ngày văn bản", "Trường «Ngày văn bản»: %s ở sau ngày nhận %s.", viet.FormatDate(r.DocDate), viet.FormatDate(r.ReceivedOn))
	}
	if file != nil {
		ev, err := d.keepFile(fileName, file)
		if err != nil {
			return r, err
		}
		r.FileName, r.FilePath, r.FileSize, r.FileSHA256 = viet.Normalize(filepath.Base(fileName)), ev.Path, ev.Size, ev.SHA256
	}
	err := d.write(ctx, "lưu báo cáo của đơn vị", func(tx *sql.Tx) error {
		return d.putUnitReport(ctx, tx, &r)
	})
	if err != nil && file != nil {
		d.forgetFile(ctx, r.FilePath)
	}
	return r, err
}

func (d *DB) putUnitReport(ctx context.Context, tx *sql.Tx, r *app.UnitReport) error {
	was, err := unitReportTx(ctx, tx, "period_id = ? AND unit_id = ?", r.PeriodID, r.UnitID)
	if err != nil {
		return err
	}
	err = tx.QueryRowContext(ctx, `INSERT INTO unit_report (period_id, unit_id, received_on, doc_number, doc_date, file_name,
			file_path, file_size, file_sha256, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (period_id, unit_id) DO UPDATE SET received_on = excluded.received_on, doc_number = excluded.doc_number,
			doc_date = excluded.doc_date, note = excluded.note,
			file_name = CASE WHEN excluded.file_path = '' THEN file_name ELSE excluded.file_name END,
			file_path = CASE WHEN excluded.file_path = '' THEN file_path ELSE excluded.file_path END,
			file_size = CASE WHEN excluded.file_path = '' THEN file_size ELSE excluded.file_size END,
			file_sha256 = CASE WHEN excluded.file_path = '' THEN file_sha256 ELSE excluded.file_sha256 END
		RETURNING id`, r.PeriodID, r.UnitID, viet.ISODate(r.ReceivedOn), r.DocNumber, nullDate(r.DocDate), r.FileName,
		r.FilePath, r.FileSize, r.FileSHA256, r.Note).Scan(&r.ID)
	if err != nil {
		return err
	}
	now, err := unitReportTx(ctx, tx, "id = ?", r.ID) // as stored: a save without a file keeps the earlier one
	if err != nil {
		return err
	}
	if was == nil {
		return d.audit(ctx, tx, "unit_report", r.ID, "save", nil, now)
	}
	return d.audit(ctx, tx, "unit_report", r.ID, "save", was, now)
}

// DeleteUnitReport removes a report recorded by mistake (its file stays in the evidence folder).
func (d *DB) DeleteUnitReport(ctx context.Context, id int64) error {
	return d.write(ctx, "xóa báo cáo của đơn vị", func(tx *sql.Tx) error {
		was, err := unitReportTx(ctx, tx, "id = ?", id)
		if err != nil {
			return err
		}
		if was == nil {
			return app.Errorf(app.ENOTFOUND, "Không tìm thấy báo cáo (mã %d).", id)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM unit_report WHERE id = ?`, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "unit_report", id, "delete", was, nil)
	})
}
