package data

import (
	"context"
	"database/sql"
	"time"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// unitScores loads the scores of units in a campaign: unit → criterion → score. unitID 0 loads
// every unit.
func unitScores(ctx context.Context, q querierCtx, campaignID, unitID int64) (map[int64]map[int64]app.Score, error) {
	rows, err := q.QueryContext(ctx, `SELECT sc.unit_id, sc.criterion_id, sc.self_points, sc.appraised_points, sc.note, sc.na,
			sc.surveyed, sc.satisfied
		FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id JOIN criteria_set s ON s.id = c.set_id
		WHERE s.campaign_id = ? AND (? = 0 OR sc.unit_id = ?)`, campaignID, unitID, unitID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]map[int64]app.Score{}
	for rows.Next() {
		var u int64
		var s app.Score
		var self, appr, surveyed, satisfied sql.NullInt64
		if err := rows.Scan(&u, &s.CriterionID, &self, &appr, &s.Note, &s.NA, &surveyed, &satisfied); err != nil {
			return nil, err
		}
		s.Self, s.HasSelf = app.Points(self.Int64), self.Valid
		s.Appraised, s.HasAppraised = app.Points(appr.Int64), appr.Valid
		s.Surveyed, s.Satisfied = int(surveyed.Int64), int(satisfied.Int64)
		if out[u] == nil {
			out[u] = map[int64]app.Score{}
		}
		out[u][s.CriterionID] = s
	}
	return out, rows.Err()
}

// UnitSheet is what the scoring grid of one unit shows.
func (d *DB) UnitSheet(ctx context.Context, campaignID, unitID int64) (app.UnitSheet, error) {
	var sh app.UnitSheet
	err := d.read(ctx, "đọc điểm của đơn vị", func(tx *sql.Tx) error {
		var err error
		sh, err = unitSheetTx(ctx, tx, campaignID, unitID)
		return err
	})
	return sh, err
}

func unitSheetTx(ctx context.Context, tx *sql.Tx, campaignID, unitID int64) (app.UnitSheet, error) {
	var sh app.UnitSheet
	var err error
	if sh.Campaign, err = campaignTx(ctx, tx, campaignID); err != nil {
		return sh, err
	}
	if sh.Unit, err = getUnit(ctx, tx, unitID); err != nil {
		return sh, err
	}
	sets, err := campaignSets(ctx, tx, campaignID)
	if err != nil {
		return sh, err
	}
	for _, s := range sets {
		if s.Kind == sh.Unit.Kind {
			sh.Set = s
		}
	}
	if sh.Set.ID == 0 {
		return sh, app.Errorf(app.ENOTFOUND, "Phong trào %d chưa có bộ tiêu chí cho loại đơn vị «%s».", sh.Campaign.Year, sh.Unit.Kind.Label())
	}
	scores, err := unitScores(ctx, tx, campaignID, unitID)
	if err != nil {
		return sh, err
	}
	sh.Scores = scores[unitID]
	if sh.Scores == nil {
		sh.Scores = map[int64]app.Score{}
	}
	if err := evidenceOf(ctx, tx, unitID, sh.Scores); err != nil {
		return sh, err
	}
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM unit_lock WHERE campaign_id = ? AND unit_id = ?)`,
		campaignID, unitID).Scan(&sh.Locked); err != nil {
		return sh, err
	}
	err = tx.QueryRowContext(ctx, criteriaLockedQ, campaignID).Scan(&sh.CriteriaLocked)
	return sh, err
}

// writableScores refuses changes to a unit's scores in a summed-up campaign or under its
// appraisal lock.
func writableScores(ctx context.Context, tx *sql.Tx, sh app.UnitSheet) error {
	if err := scoring.ReadOnly(sh.Campaign); err != nil {
		return err
	}
	if sh.Locked {
		return app.Errorf(app.ECONFLICT, "Điểm của %s đã khóa thẩm định. Mở khóa (ghi lý do) nếu cần sửa.", sh.Unit.Name)
	}
	return nil
}

// SaveScores stores what was typed in a unit's grid, all or nothing: each edit goes through the
// rule (steps of 0,25, at most the maximum, «Không áp dụng», survey points).
func (d *DB) SaveScores(ctx context.Context, campaignID, unitID int64, edits []app.ScoreEdit) error {
	return d.write(ctx, "lưu điểm", func(tx *sql.Tx) error {
		sh, err := unitSheetTx(ctx, tx, campaignID, unitID)
		if err != nil {
			return err
		}
		if err := writableScores(ctx, tx, sh); err != nil {
			return err
		}
		leaves := map[int64]app.Criterion{}
		for _, c := range scoring.Leaves(sh.Set) {
			leaves[c.ID] = c
		}
		for _, e := range edits {
			c, ok := leaves[e.CriterionID]
			if !ok {
				return app.Errorf(app.ENOTFOUND, "Tiêu chí không thuộc bộ tiêu chí của đơn vị.")
			}
			s, err := scoring.ApplyEdit(c, sh.Scores[c.ID], e)
			if err != nil {
				return err
			}
			if err := putScore(ctx, tx, unitID, s); err != nil {
				return err
			}
		}
		return nil
	})
}

func putScore(ctx context.Context, tx *sql.Tx, unitID int64, s app.Score) error {
	opt := func(p app.Points, ok bool) any {
		if !ok {
			return nil
		}
		return int64(p)
	}
	cnt := func(n int, ok bool) any {
		if !ok {
			return nil
		}
		return n
	}
	survey := s.Surveyed > 0
	_, err := tx.ExecContext(ctx, `INSERT INTO unit_score (criterion_id, unit_id, self_points, appraised_points, note, na, surveyed, satisfied)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (criterion_id, unit_id) DO UPDATE SET self_points = excluded.self_points,
			appraised_points = excluded.appraised_points, note = excluded.note, na = excluded.na,
			surveyed = excluded.surveyed, satisfied = excluded.satisfied`,
		s.CriterionID, unitID, opt(s.Self, s.HasSelf), opt(s.Appraised, s.HasAppraised), viet.Normalize(s.Note), s.NA,
		cnt(s.Surveyed, survey), cnt(s.Satisfied, survey))
	return err
}

// SetUnitLock closes (locked true) or reopens a unit's scores in a campaign; reopening needs a
// reason, kept in the audit log.
func (d *DB) SetUnitLock(ctx context.Context, campaignID, unitID int64, locked bool, reason string) error {
	reason = viet.Normalize(reason)
	if !locked {
		if err := scoring.NeedReason("điểm thẩm định của đơn vị", reason); err != nil {
			return err
		}
	}
	return d.write(ctx, "khóa, mở khóa điểm thẩm định", func(tx *sql.Tx) error {
		c, err := campaignTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		if err := scoring.ReadOnly(c); err != nil {
			return err
		}
		q, action := `DELETE FROM unit_lock WHERE campaign_id = ? AND unit_id = ?`, "unit_unlock"
		args := []any{campaignID, unitID}
		if locked {
			q, action = `INSERT OR IGNORE INTO unit_lock (campaign_id, unit_id, locked_at) VALUES (?, ?, ?)`, "unit_lock"
			args = append(args, d.Now().UTC().Format(time.RFC3339))
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
		return d.audit(ctx, tx, "unit", unitID, action, nil, map[string]any{"campaign": campaignID, "reason": reason})
	})
}

// ImportSelfAssessment stores a unit's self-assessment read from a file in the export layout, all
// or nothing: with any bad cell nothing is stored and every bad cell is returned by row and column.
func (d *DB) ImportSelfAssessment(ctx context.Context, campaignID, unitID int64, t app.Table) (int, []*app.Error, error) {
	var n int
	var rowErrs []*app.Error
	err := d.write(ctx, "nhập điểm tự chấm", func(tx *sql.Tx) error {
		sh, err := unitSheetTx(ctx, tx, campaignID, unitID)
		if err != nil {
			return err
		}
		if err := writableScores(ctx, tx, sh); err != nil {
			return err
		}
		scores, errs := scoring.ParseSelfAssessment(t, sh.Unit, sh.Set, sh.Scores)
		if len(errs) > 0 {
			rowErrs = errs
			return nil
		}
		for _, s := range scores {
			if err := putScore(ctx, tx, unitID, s); err != nil {
				return err
			}
		}
		n = len(scores)
		return d.audit(ctx, tx, "unit", unitID, "import_self_assessment", nil, map[string]any{"campaign": campaignID, "rows": n})
	})
	return n, rowErrs, err
}
