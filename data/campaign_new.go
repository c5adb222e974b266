package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// campaignTx reads one campaign inside tx.
func campaignTx(ctx context.Context, tx *sql.Tx, id int64) (app.Campaign, error) {
	var c app.Campaign
	var start, end, launched sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT id, year, name, plan_ref, start_date, end_date, status,
		stage, launch_number, launch_date, launch_signer FROM campaign WHERE id = ?`, id).Scan(
		&c.ID, &c.Year, &c.Name, &c.PlanRef, &start, &end, &c.Status, &c.Stage, &c.Launch.Number, &launched, &c.Launch.Signer)
	if err == sql.ErrNoRows {
		return c, app.Errorf(app.ENOTFOUND, "Không tìm thấy phong trào (mã %d).", id)
	}
	c.Start, c.End, c.Launch.Date = date(start), date(end), date(launched)
	return c, err
}

// campaignOpen refuses, inside tx, a change to the proposals or decisions of a summed-up campaign
// (app.CheckCampaignOpen). Campaign 0 — an imported past decision — belongs to none and stays open.
func campaignOpen(ctx context.Context, tx *sql.Tx, campaignID int64, what string) error {
	if campaignID == 0 {
		return nil
	}
	c, err := campaignTx(ctx, tx, campaignID)
	if err != nil {
		return err
	}
	return app.CheckCampaignOpen(c, what)
}

// CreateCampaign starts a campaign («Phong trào mới») and copies from an earlier one what n.Copy
// asks — criteria sets with their trees, council and rubric, band thresholds, reporting periods —
// all in one transaction: a failure keeps nothing. Scores are never copied.
func (d *DB) CreateCampaign(ctx context.Context, n app.NewCampaign) (int64, error) {
	n.Normalize()
	var id int64
	err := d.write(ctx, "tạo phong trào", func(tx *sql.Tx) error {
		fromYear := 0
		if n.Copy.FromID != 0 {
			from, err := campaignTx(ctx, tx, n.Copy.FromID)
			if err != nil {
				return err
			}
			fromYear = from.Year
		}
		if err := n.Validate(fromYear); err != nil {
			return err
		}
		c := app.Campaign{Year: n.Year, Name: n.Name, PlanRef: n.Launch.Text(), Start: n.Start, End: n.End,
			Status: app.CampaignOpen, Stage: app.StageLaunched, Launch: n.Launch}
		var err error
		if id, err = insertCampaign(ctx, tx, c); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE campaign SET stage = ?, launch_number = ?, launch_date = ?, launch_signer = ? WHERE id = ?`,
			c.Stage, n.Launch.Number, nullDate(n.Launch.Date), n.Launch.Signer, id); err != nil {
			return err
		}
		if err := copyCampaign(ctx, tx, n.Copy, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "campaign", id, "create", nil, n)
	})
	return id, err
}

func copyCampaign(ctx context.Context, tx *sql.Tx, cp app.CampaignCopy, to int64) error {
	if cp.FromID == 0 {
		return nil
	}
	var qs []string
	if cp.Criteria {
		if err := copyCriteria(ctx, tx, cp.FromID, to); err != nil {
			return err
		}
	}
	if cp.Council {
		qs = append(qs, `INSERT INTO council_member (campaign_id, person_id, full_name, role)
			SELECT ?2, person_id, full_name, role FROM council_member WHERE campaign_id = ?1`,
			`INSERT INTO rubric_item (campaign_id, name, max_points, sort)
			SELECT ?2, name, max_points, sort FROM rubric_item WHERE campaign_id = ?1`)
	}
	if cp.Thresholds {
		qs = append(qs, `INSERT INTO campaign_band (campaign_id, sort, name, min_pct)
			SELECT ?2, sort, name, min_pct FROM campaign_band WHERE campaign_id = ?1`)
	}
	if cp.Periods {
		// the deadlines move to the new year: the same day and month
		qs = append(qs, `INSERT INTO reporting_period (campaign_id, name, due_date, sort, kind)
			SELECT ?2, name, CASE WHEN due_date IS NULL THEN NULL ELSE
				printf('%04d', (SELECT year FROM campaign WHERE id = ?2) + CAST(substr(due_date, 1, 4) AS INTEGER)
					- (SELECT year FROM campaign WHERE id = ?1)) || substr(due_date, 5) END, sort, kind
			FROM reporting_period WHERE campaign_id = ?1`)
	}
	for _, q := range qs {
		if _, err := tx.ExecContext(ctx, q, cp.FromID, to); err != nil {
			return err
		}
	}
	return nil
}

// copyCriteria copies every set of campaign from into campaign to, parents before children, and
// renames «… năm 2024» to the new year.
func copyCriteria(ctx context.Context, tx *sql.Tx, from, to int64) error {
	var fromYear, toYear int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT year FROM campaign WHERE id = ?), (SELECT year FROM campaign WHERE id = ?)`,
		from, to).Scan(&fromYear, &toYear); err != nil {
		return err
	}
	sets, err := setIDs(ctx, tx, from)
	if err != nil {
		return err
	}
	for _, s := range sets {
		res, err := tx.ExecContext(ctx, `INSERT INTO criteria_set (campaign_id, unit_kind, name, target)
			SELECT ?, unit_kind, replace(name, ?, ?), target FROM criteria_set WHERE id = ?`,
			to, itoa(fromYear), itoa(toYear), s)
		if err != nil {
			return err
		}
		newSet, _ := res.LastInsertId()
		// parent ids map through the code: (set_id, code) is unique
		if _, err := tx.ExecContext(ctx, `INSERT INTO criterion (set_id, field_id, parent_id, code, name, max_points, guidance, sort, na_allowed, survey, from_reports)
			SELECT ?1, field_id, NULL, code, name, max_points, guidance, sort, na_allowed, survey, from_reports FROM criterion WHERE set_id = ?2`,
			newSet, s); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE criterion SET parent_id = (
				SELECT n.id FROM criterion o JOIN criterion op ON op.id = o.parent_id
				JOIN criterion n ON n.set_id = ?1 AND n.code = op.code
				WHERE o.set_id = ?2 AND o.code = criterion.code)
			WHERE set_id = ?1`, newSet, s); err != nil {
			return err
		}
	}
	return nil
}

func setIDs(ctx context.Context, tx *sql.Tx, campaignID int64) ([]int64, error) {
	var ids []int64
	rows, err := tx.QueryContext(ctx, `SELECT id FROM criteria_set WHERE campaign_id = ? ORDER BY id`, campaignID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// SetCampaignStage moves a campaign to another stage. Scoring needs every criteria set to add up
// to its target; going back (reopening a summed-up campaign) needs a reason, kept in the audit log.
func (d *DB) SetCampaignStage(ctx context.Context, id int64, to app.CampaignStage, reason string) error {
	reason = viet.Normalize(reason)
	return d.write(ctx, "đổi trạng thái phong trào", func(tx *sql.Tx) error {
		c, err := campaignTx(ctx, tx, id)
		if err != nil {
			return err
		}
		var problems []error
		if to == app.StageScoring {
			sets, err := campaignSets(ctx, tx, id)
			if err != nil {
				return err
			}
			if len(sets) == 0 {
				problems = append(problems, app.Errorf(app.EINVALID, "Phong trào chưa có bộ tiêu chí nào để chấm điểm."))
			}
			for _, s := range sets {
				if err := scoring.CheckSet(s); err != nil {
					problems = append(problems, err)
				}
			}
		}
		if err := scoring.CheckStage(c.Stage, to, reason, problems); err != nil {
			return err
		}
		status := app.CampaignOpen
		if to == app.StageSummarised {
			status = app.CampaignClosed
		}
		if _, err := tx.ExecContext(ctx, `UPDATE campaign SET stage = ?, status = ? WHERE id = ?`, to, status, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "campaign", id, "stage", map[string]any{"stage": c.Stage},
			map[string]any{"stage": to, "reason": reason})
	})
}

// read runs fn in one read-only transaction, so that what it loads is one consistent picture.
func (d *DB) read(ctx context.Context, doing string, fn func(tx *sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return internal(doing, err)
	}
	defer tx.Rollback()
	return mapErr(doing, fn(tx))
}
