package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// councilData is a campaign's council, rubric, rules and every sheet and declared recusal.
type councilData struct {
	members  []app.CouncilMember
	rubric   []app.RubricLine
	rules    app.ScoringRules
	sheets   map[int64][]app.ScoreSheet // by initiative
	recusals map[int64][]app.Recusal    // by initiative
}

func loadCouncil(ctx context.Context, tx *sql.Tx, campaignID int64) (*councilData, error) {
	c := &councilData{sheets: map[int64][]app.ScoreSheet{}, recusals: map[int64][]app.Recusal{}}
	var err error
	if c.members, err = queryCouncil(ctx, tx, campaignID); err != nil {
		return nil, err
	}
	if c.rubric, err = queryRubric(ctx, tx, campaignID); err != nil {
		return nil, err
	}
	if c.rules, err = queryRules(ctx, tx, campaignID); err != nil {
		return nil, err
	}
	bySheet := map[[2]int64]int{}
	err = each(ctx, tx, func(r *sql.Rows) error {
		var s app.ScoreSheet
		var sub int
		err := r.Scan(&s.InitiativeID, &s.MemberID, &sub)
		s.Submitted, s.Points = sub == 1, map[int64]int{}
		bySheet[[2]int64{s.InitiativeID, s.MemberID}] = len(c.sheets[s.InitiativeID])
		c.sheets[s.InitiativeID] = append(c.sheets[s.InitiativeID], s)
		return err
	}, `SELECT s.initiative_id, s.member_id, s.submitted FROM initiative_sheet s JOIN council_member m ON m.id = s.member_id
		WHERE m.campaign_id = ? ORDER BY s.initiative_id, s.member_id`, campaignID)
	if err != nil {
		return nil, internal("đọc phiếu chấm", err)
	}
	err = each(ctx, tx, func(r *sql.Rows) error {
		var in, m, rb int64
		var p int
		err := r.Scan(&in, &m, &rb, &p)
		if i, ok := bySheet[[2]int64{in, m}]; ok {
			c.sheets[in][i].Points[rb] = p
		}
		return err
	}, `SELECT s.initiative_id, s.member_id, s.rubric_id, s.points FROM initiative_score s JOIN council_member m ON m.id = s.member_id
		WHERE m.campaign_id = ?`, campaignID)
	if err != nil {
		return nil, internal("đọc điểm chấm", err)
	}
	err = each(ctx, tx, func(r *sql.Rows) error {
		var in int64
		var x app.Recusal
		err := r.Scan(&in, &x.MemberID, &x.Reason)
		c.recusals[in] = append(c.recusals[in], x)
		return err
	}, `SELECT r.initiative_id, r.member_id, r.reason FROM initiative_recusal r JOIN council_member m ON m.id = r.member_id
		WHERE m.campaign_id = ?`, campaignID)
	if err != nil {
		return nil, internal("đọc danh sách không chấm", err)
	}
	return c, nil
}

// result is the council's result of one initiative as the viewer (0: everyone) may see it.
func (c *councilData) result(in app.Initiative, viewer int64) app.CouncilResult {
	return initiatives.Result(initiatives.Facts{Initiative: in, Members: c.members, Sheets: c.sheets[in.ID],
		Recusals: c.recusals[in.ID], Rules: c.rules, Viewer: viewer})
}

func queryCouncil(ctx context.Context, tx *sql.Tx, campaignID int64) ([]app.CouncilMember, error) {
	var ms []app.CouncilMember
	err := each(ctx, tx, func(r *sql.Rows) error {
		var m app.CouncilMember
		err := r.Scan(&m.ID, &m.CampaignID, &m.PersonID, &m.FullName, &m.Role, &m.UnitID, &m.UnitName)
		ms = append(ms, m)
		return err
	}, `SELECT m.id, m.campaign_id, coalesce(m.person_id, 0), m.full_name, m.role, coalesce(p.unit_id, m.unit_id, 0), coalesce(u.name, '')
		FROM council_member m LEFT JOIN person p ON p.id = m.person_id LEFT JOIN unit u ON u.id = coalesce(p.unit_id, m.unit_id)
		WHERE m.campaign_id = ? ORDER BY m.id`, campaignID)
	if err != nil {
		return nil, internal("đọc hội đồng", err)
	}
	return ms, nil
}

// queryRubric is the campaign's rubric, or the default one (not stored yet, IDs 0).
func queryRubric(ctx context.Context, tx *sql.Tx, campaignID int64) ([]app.RubricLine, error) {
	var ls []app.RubricLine
	err := each(ctx, tx, func(r *sql.Rows) error {
		var l app.RubricLine
		err := r.Scan(&l.ID, &l.Name, &l.Max)
		ls = append(ls, l)
		return err
	}, `SELECT id, name, max_points FROM rubric_item WHERE campaign_id = ? ORDER BY sort, id`, campaignID)
	if err != nil {
		return nil, internal("đọc phiếu chấm", err)
	}
	if len(ls) == 0 {
		ls = initiatives.DefaultRubric()
	}
	return ls, nil
}

// ensureRubric stores the default rubric of a campaign that has none, so sheets can refer to it.
func ensureRubric(ctx context.Context, tx *sql.Tx, campaignID int64) ([]app.RubricLine, error) {
	ls, err := queryRubric(ctx, tx, campaignID)
	if err != nil || ls[0].ID != 0 {
		return ls, err
	}
	for i := range ls {
		res, err := tx.ExecContext(ctx, `INSERT INTO rubric_item (campaign_id, name, max_points, sort) VALUES (?, ?, ?, ?)`,
			campaignID, ls[i].Name, ls[i].Max, i+1)
		if err != nil {
			return nil, err
		}
		ls[i].ID, _ = res.LastInsertId()
	}
	return ls, nil
}

func queryRules(ctx context.Context, tx *sql.Tx, campaignID int64) (app.ScoringRules, error) {
	r := initiatives.DefaultRules
	err := tx.QueryRowContext(ctx, `SELECT threshold, divergence FROM initiative_rules WHERE campaign_id = ?`, campaignID).
		Scan(&r.Threshold, &r.Divergence)
	if err != nil && err != sql.ErrNoRows {
		return r, internal("đọc điểm đạt", err)
	}
	return r, nil
}

// Council lists a campaign's council members in the order they were added.
func (d *DB) Council(ctx context.Context, campaignID int64) ([]app.CouncilMember, error) {
	var ms []app.CouncilMember
	err := d.write(ctx, "đọc hội đồng", func(tx *sql.Tx) (err error) {
		ms, err = queryCouncil(ctx, tx, campaignID)
		return err
	})
	return ms, err
}

// SaveCouncilMember adds (ID 0) or changes a member; a registry member takes the person's name.
func (d *DB) SaveCouncilMember(ctx context.Context, m *app.CouncilMember) error {
	m.FullName, m.Role = viet.Normalize(m.FullName), viet.Normalize(m.Role)
	return d.write(ctx, "lưu thành viên hội đồng", func(tx *sql.Tx) error {
		if m.PersonID != 0 {
			if err := tx.QueryRowContext(ctx, `SELECT full_name FROM person WHERE id = ?`, m.PersonID).Scan(&m.FullName); err != nil {
				return app.Errorf(app.ENOTFOUND, "Không tìm thấy cán bộ (mã %d).", m.PersonID)
			}
		}
		if err := viet.RequireText("Họ và tên", m.FullName, 100); err != nil {
			return err
		}
		var err error
		if m.ID == 0 {
			var res sql.Result
			res, err = tx.ExecContext(ctx, `INSERT INTO council_member (campaign_id, person_id, full_name, role, unit_id) VALUES (?, ?, ?, ?, ?)`,
				m.CampaignID, nullInt(m.PersonID), m.FullName, m.Role, nullInt(m.UnitID))
			if err == nil {
				m.ID, _ = res.LastInsertId()
			}
		} else {
			_, err = tx.ExecContext(ctx, `UPDATE council_member SET person_id = ?, full_name = ?, role = ?, unit_id = ? WHERE id = ?`,
				nullInt(m.PersonID), m.FullName, m.Role, nullInt(m.UnitID), m.ID)
		}
		if app.ErrorCode(mapErr("", err)) == app.ECONFLICT {
			return app.Errorf(app.ECONFLICT, "%s đã có trong hội đồng.", m.FullName)
		}
		if err != nil {
			return err
		}
		return d.audit(ctx, tx, "council_member", m.ID, "save", nil, m)
	})
}

// RemoveCouncilMember removes a member who has scored nothing.
func (d *DB) RemoveCouncilMember(ctx context.Context, id int64) error {
	return d.write(ctx, "xóa thành viên hội đồng", func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM initiative_sheet WHERE member_id = ?) +
			(SELECT count(*) FROM initiative_recusal WHERE member_id = ?)`, id, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return app.Errorf(app.ECONFLICT, "Thành viên này đã có phiếu chấm; không xóa được.")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM council_member WHERE id = ?`, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "council_member", id, "delete", nil, nil)
	})
}

// Rubric is the campaign's score sheet (the default one when none is stored).
func (d *DB) Rubric(ctx context.Context, campaignID int64) ([]app.RubricLine, error) {
	var ls []app.RubricLine
	err := d.write(ctx, "đọc phiếu chấm", func(tx *sql.Tx) (err error) {
		ls, err = queryRubric(ctx, tx, campaignID)
		return err
	})
	return ls, err
}

// SaveRubric replaces the campaign's rubric; once a sheet is filled, it no longer changes.
func (d *DB) SaveRubric(ctx context.Context, campaignID int64, lines []app.RubricLine) error {
	for i := range lines {
		lines[i].Name = viet.Normalize(lines[i].Name)
	}
	if err := initiatives.ValidateRubric(lines); err != nil {
		return err
	}
	return d.write(ctx, "lưu phiếu chấm", func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM initiative_score s JOIN rubric_item r ON r.id = s.rubric_id
			WHERE r.campaign_id = ?`, campaignID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return app.Errorf(app.ECONFLICT, "Hội đồng đã chấm theo phiếu này; không sửa phiếu chấm được nữa.")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM rubric_item WHERE campaign_id = ?`, campaignID); err != nil {
			return err
		}
		for i, l := range lines {
			if _, err := tx.ExecContext(ctx, `INSERT INTO rubric_item (campaign_id, name, max_points, sort) VALUES (?, ?, ?, ?)`,
				campaignID, l.Name, l.Max, i+1); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "rubric", campaignID, "save", nil, lines)
	})
}

// ScoringRules are the campaign's pass threshold and divergence limit.
func (d *DB) ScoringRules(ctx context.Context, campaignID int64) (app.ScoringRules, error) {
	var r app.ScoringRules
	err := d.write(ctx, "đọc điểm đạt", func(tx *sql.Tx) (err error) {
		r, err = queryRules(ctx, tx, campaignID)
		return err
	})
	return r, err
}

// SetScoringRules changes the campaign's pass threshold and divergence limit.
func (d *DB) SetScoringRules(ctx context.Context, campaignID int64, r app.ScoringRules) error {
	return d.write(ctx, "lưu điểm đạt", func(tx *sql.Tx) error {
		ls, err := queryRubric(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		if err := initiatives.ValidateRules(r, initiatives.RubricTotal(ls)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_rules (campaign_id, threshold, divergence) VALUES (?, ?, ?)
			ON CONFLICT (campaign_id) DO UPDATE SET threshold = excluded.threshold, divergence = excluded.divergence`,
			campaignID, r.Threshold, r.Divergence); err != nil {
			return err
		}
		return d.audit(ctx, tx, "initiative_rules", campaignID, "save", nil, r)
	})
}
