package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// InitiativeExportRows lists the initiatives of a year (0: all) with the base recognition, the
// step reached and the council's result, newest year first, titles in Vietnamese order.
func (d *DB) InitiativeExportRows(ctx context.Context, year int) ([]app.InitiativeExportRow, error) {
	var out []app.InitiativeExportRow
	err := d.write(ctx, "xuất danh sách sáng kiến", func(tx *sql.Tx) error {
		where, args := filterWhere(app.InitiativeFilter{Year: year})
		ins, err := queryInitiatives(ctx, tx, where, args...)
		if err != nil {
			return err
		}
		sortInitiatives(ins)
		base := map[int64]app.StepRecord{}
		err = each(ctx, tx, func(r *sql.Rows) error {
			var id int64
			var s app.StepRecord
			var on sql.NullString
			err := r.Scan(&id, &s.Ref, &on)
			s.On = date(on)
			base[id] = s
			return err
		}, `SELECT initiative_id, decision_no, decision_date FROM initiative_recognition WHERE level = 'base'`)
		if err != nil {
			return internal("xuất danh sách sáng kiến", err)
		}
		councils := map[int64]*councilData{}
		for _, in := range ins {
			c, ok := councils[in.CampaignID]
			if !ok {
				if c, err = loadCouncil(ctx, tx, in.CampaignID); err != nil {
					return err
				}
				councils[in.CampaignID] = c
			}
			res := c.result(in, 0)
			out = append(out, app.InitiativeExportRow{Year: in.Year, Title: in.Title, FieldName: in.FieldName, Kind: in.Kind,
				UnitName: in.UnitName, Authors: in.Authors, FirstApplied: in.FirstApplied, BaseNo: base[in.ID].Ref,
				BaseDate: base[in.ID].On, Step: in.Step, MeanX100: res.MeanX100, Sheets: res.Sheets,
				Result: initiatives.ResultText(res), Level: in.Level})
		}
		return nil
	})
	return out, err
}

// ImportInitiatives stores a unit's list of initiatives recognised at its level into the newest
// campaign of the year, all or nothing: each comes in at the step Công nhận cấp cơ sở with the
// unit's decision. A title already registered for the same unit that year is skipped as a
// duplicate. rows are the file rows, for the messages.
func (d *DB) ImportInitiatives(ctx context.Context, year int, rs []app.InitiativeRecord, rows []int) (app.ImportResult, error) {
	var res app.ImportResult
	err := d.write(ctx, "nhập danh sách sáng kiến", func(tx *sql.Tx) error {
		var campaignID int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM campaign WHERE year = ? ORDER BY id DESC LIMIT 1`, year).Scan(&campaignID)
		if err == sql.ErrNoRows {
			return app.Errorf(app.ENOTFOUND, "Không có phong trào năm %d.", year)
		}
		if err != nil {
			return err
		}
		for i := range rs {
			row := 0
			if i < len(rows) {
				row = rows[i]
			}
			added, err := importInitiative(ctx, tx, campaignID, year, &rs[i], row)
			if err != nil {
				return err
			}
			if added {
				res.Added++
			} else {
				res.Duplicates = append(res.Duplicates, fmt.Sprintf("Dòng %d: «%s» (%s) đã có.", row, rs[i].Title, rs[i].UnitName))
			}
		}
		return d.audit(ctx, tx, "initiative", campaignID, "import", nil, map[string]any{"added": res.Added})
	})
	if err != nil {
		return app.ImportResult{}, err
	}
	return res, nil
}

func importInitiative(ctx context.Context, tx *sql.Tx, campaignID int64, year int, r *app.InitiativeRecord, row int) (bool, error) {
	initiatives.Normalize(r)
	if err := initiatives.Validate(*r, time.Time{}); err != nil {
		if e, ok := err.(*app.Error); ok {
			return false, e.AtRow(row)
		}
		return false, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM initiative i JOIN campaign c ON c.id = i.campaign_id
		WHERE c.year = ? AND i.unit_id = ? AND i.title_key = ?`, year, r.UnitID, viet.FoldKey(r.Title)).Scan(&n); err != nil {
		return false, err
	}
	if n > 0 {
		return false, nil
	}
	r.CampaignID = campaignID
	if err := saveInitiative(ctx, tx, r, r.FirstApplied); err != nil {
		return false, err
	}
	for _, s := range r.History {
		if s.Step != app.StepBaseRecognised {
			continue
		}
		if err := addStep(ctx, tx, r.ID, 2, s); err != nil {
			return false, err
		}
		if err := addRecognition(ctx, tx, r.ID, app.LevelBase, s, "Cấp cơ sở"); err != nil {
			return false, err
		}
	}
	return true, nil
}

// RecognisedInitiatives lists the initiatives recognised at district level by a decision dated in
// year (0: all), for the list attached to the decision.
func (d *DB) RecognisedInitiatives(ctx context.Context, year int) ([]app.RecognisedInitiative, error) {
	var out []app.RecognisedInitiative
	err := d.write(ctx, "đọc sáng kiến được công nhận", func(tx *sql.Tx) error {
		ins, err := queryInitiatives(ctx, tx, `WHERE i.id IN (SELECT initiative_id FROM initiative_recognition
			WHERE level = 'district') AND (? = 0 OR c.year = ?)`, year, year)
		if err != nil {
			return err
		}
		sortInitiatives(ins)
		dec := map[int64]app.StepRecord{}
		err = each(ctx, tx, func(r *sql.Rows) error {
			var id int64
			var s app.StepRecord
			var on sql.NullString
			err := r.Scan(&id, &s.Ref, &on, &s.Note)
			s.On = date(on)
			dec[id] = s
			return err
		}, `SELECT initiative_id, decision_no, decision_date, scope FROM initiative_recognition WHERE level = 'district'`)
		if err != nil {
			return internal("đọc sáng kiến được công nhận", err)
		}
		for _, in := range ins {
			s := dec[in.ID]
			out = append(out, app.RecognisedInitiative{Title: in.Title, Authors: in.Authors, UnitName: in.UnitName,
				FieldName: in.FieldName, Scope: s.Note, Decision: s.Ref, Signed: s.On})
		}
		return nil
	})
	return out, err
}
