package data

import (
	"context"
	"database/sql"
	"time"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// ApplyReportPoints scores the «Chế độ báo cáo» items of every active unit from its reports as of
// asOf (scoring.ReportPoints), in one transaction; a unit under the appraisal lock keeps its
// scores and is counted in locked.
func (d *DB) ApplyReportPoints(ctx context.Context, campaignID int64, asOf time.Time) (scored, locked int, err error) {
	err = d.write(ctx, "tính điểm chế độ báo cáo", func(tx *sql.Tx) error {
		c, err := campaignTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		if err := scoring.ReadOnly(c); err != nil {
			return err
		}
		ps, err := periodsTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		units, err := queryUnits(ctx, tx)
		if err != nil {
			return err
		}
		rs, err := unitReportsTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		g := app.BuildReportGrid(c, ps, units, rs, asOf)
		for _, row := range g.Rows {
			if !row.Unit.Active {
				continue
			}
			n, isLocked, err := d.scoreReports(ctx, tx, campaignID, row)
			if err != nil {
				return err
			}
			scored += n
			if isLocked {
				locked++
			}
		}
		return d.audit(ctx, tx, "campaign", campaignID, "report_points", nil, map[string]any{"as_of": viet.ISODate(asOf), "scored": scored, "locked": locked})
	})
	return scored, locked, err
}

// scoreReports scores one unit's «Chế độ báo cáo» items; a unit without such items, or without a
// criteria set for its kind, is skipped.
func (d *DB) scoreReports(ctx context.Context, tx *sql.Tx, campaignID int64, row app.ReportRow) (int, bool, error) {
	sh, err := unitSheetTx(ctx, tx, campaignID, row.Unit.ID)
	if app.ErrorCode(err) == app.ENOTFOUND {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	var items []app.Criterion
	for _, c := range scoring.Leaves(sh.Set) {
		if c.FromReports {
			items = append(items, c)
		}
	}
	if len(items) == 0 {
		return 0, false, nil
	}
	if sh.Locked {
		return 0, true, nil
	}
	statuses := make([]app.ReportStatus, len(row.Cells))
	for i, c := range row.Cells {
		statuses[i] = c.Status
	}
	was, now := map[string]any{}, map[string]any{}
	n := 0
	for _, c := range items {
		s := sh.Scores[c.ID]
		s.CriterionID = c.ID
		if s.NA {
			continue
		}
		p, ok := scoring.ReportPoints(c.Max, statuses)
		if !ok {
			// no period is due yet: the unit keeps what it has
			continue
		}
		if old, had := sh.Scores[c.ID]; had {
			was[c.Code] = old
		} else {
			was[c.Code] = nil
		}
		s.Self, s.Appraised, s.HasSelf, s.HasAppraised = p, p, true, true
		if err := putScore(ctx, tx, row.Unit.ID, s); err != nil {
			return 0, false, err
		}
		now[c.Code] = s
		n++
	}
	if n > 0 {
		if err := d.audit(ctx, tx, "unit", row.Unit.ID, "report_points_scores", map[string]any{"campaign": campaignID, "scores": was},
			map[string]any{"campaign": campaignID, "scores": now}); err != nil {
			return 0, false, err
		}
	}
	return n, false, nil
}
