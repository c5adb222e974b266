package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// scoringFacts loads one initiative and its campaign's council, the rubric stored.
func scoringFacts(ctx context.Context, tx *sql.Tx, initiativeID int64) (app.Initiative, *councilData, error) {
	ins, err := queryInitiatives(ctx, tx, "WHERE i.id = ?", initiativeID)
	if err != nil {
		return app.Initiative{}, nil, err
	}
	if len(ins) == 0 {
		return app.Initiative{}, nil, app.Errorf(app.ENOTFOUND, "Không tìm thấy sáng kiến (mã %d).", initiativeID)
	}
	if _, err := ensureRubric(ctx, tx, ins[0].CampaignID); err != nil {
		return app.Initiative{}, nil, err
	}
	c, err := loadCouncil(ctx, tx, ins[0].CampaignID)
	return ins[0], c, err
}

func (c *councilData) member(id int64) (app.CouncilMember, bool) {
	for _, m := range c.members {
		if m.ID == id {
			return m, true
		}
	}
	return app.CouncilMember{}, false
}

// recusal is the member's recusal for an initiative: found by the rules, or declared.
func (c *councilData) recusal(in app.Initiative, m app.CouncilMember) *app.Recusal {
	if reason, ok := initiatives.AutoRecusal(m, in); ok {
		return &app.Recusal{MemberID: m.ID, Reason: reason, Auto: true}
	}
	for _, x := range c.recusals[in.ID] {
		if x.MemberID == m.ID {
			return &x
		}
	}
	return nil
}

// seat is what the council's rules look at for a member and an initiative (the member zero when
// not on the council).
func (c *councilData) seat(in app.Initiative, memberID int64) initiatives.Seat {
	m, _ := c.member(memberID)
	s := initiatives.Seat{Member: m, Initiative: in}
	if m.ID != 0 {
		s.Recused = c.recusal(in, m)
	}
	for _, old := range c.sheets[in.ID] {
		if old.MemberID == memberID && old.Submitted {
			s.Submitted = true
		}
	}
	return s
}

// ScoreBoard is a member's entry form for an initiative: the rubric, the own sheet, a recusal,
// and the council's totals, which stay hidden until the member has submitted.
func (d *DB) ScoreBoard(ctx context.Context, initiativeID, memberID int64) (app.ScoreBoard, error) {
	var b app.ScoreBoard
	err := d.write(ctx, "đọc phiếu chấm", func(tx *sql.Tx) error {
		in, c, err := scoringFacts(ctx, tx, initiativeID)
		if err != nil {
			return err
		}
		m, ok := c.member(memberID)
		if !ok || m.CampaignID != in.CampaignID {
			return app.Errorf(app.ENOTFOUND, "Thành viên này không thuộc hội đồng của phong trào.")
		}
		b = app.ScoreBoard{Initiative: in, Rubric: c.rubric, Own: app.ScoreSheet{InitiativeID: in.ID, MemberID: m.ID, Points: map[int64]int{}},
			Recused: c.recusal(in, m), Result: c.result(in, memberID)}
		for _, s := range c.sheets[in.ID] {
			if s.MemberID == memberID {
				b.Own = s
			}
		}
		return nil
	})
	return b, err
}

// SaveScoreSheet saves a member's sheet (Submitted: final, no change afterwards) for an
// initiative before the council; a recused member does not score.
func (d *DB) SaveScoreSheet(ctx context.Context, s app.ScoreSheet) error {
	return d.write(ctx, "lưu phiếu chấm", func(tx *sql.Tx) error {
		in, c, err := scoringFacts(ctx, tx, s.InitiativeID)
		if err != nil {
			return err
		}
		if err := initiatives.CanScore(c.seat(in, s.MemberID)); err != nil {
			return err
		}
		if err := initiatives.CheckSheet(c.rubric, s); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_sheet (initiative_id, member_id, submitted) VALUES (?, ?, ?)
			ON CONFLICT (initiative_id, member_id) DO UPDATE SET submitted = excluded.submitted`, s.InitiativeID, s.MemberID, boolInt(s.Submitted)); err != nil {
			return err
		}
		for id, p := range s.Points {
			if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_score (initiative_id, member_id, rubric_id, points) VALUES (?, ?, ?, ?)
				ON CONFLICT (initiative_id, member_id, rubric_id) DO UPDATE SET points = excluded.points`, s.InitiativeID, s.MemberID, id, p); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "initiative_sheet", s.InitiativeID, "save", nil, s)
	})
}

// Recuse records that a member does not score an initiative, with the reason.
func (d *DB) Recuse(ctx context.Context, initiativeID, memberID int64, reason string) error {
	reason = viet.Normalize(reason)
	if reason == "" {
		return app.FieldError("Lý do", "%s: hãy ghi lý do không tham gia chấm.", app.FieldPrefix("Lý do"))
	}
	return d.write(ctx, "ghi không tham gia chấm", func(tx *sql.Tx) error {
		in, c, err := scoringFacts(ctx, tx, initiativeID)
		if err != nil {
			return err
		}
		if err := initiatives.CanRecuse(c.seat(in, memberID)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_recusal (initiative_id, member_id, reason) VALUES (?, ?, ?)`,
			initiativeID, memberID, reason); err != nil {
			if app.ErrorCode(mapErr("", err)) == app.ECONFLICT {
				return app.Errorf(app.ECONFLICT, "Thành viên này đã xin không chấm sáng kiến này.")
			}
			return err
		}
		return d.audit(ctx, tx, "initiative_recusal", initiativeID, "recuse", nil, map[string]any{"member": memberID, "reason": reason})
	})
}

// CouncilResults are the council's results of a campaign's initiatives at the council step or past it.
func (d *DB) CouncilResults(ctx context.Context, campaignID int64) ([]app.CouncilResult, error) {
	var rs []app.CouncilResult
	err := d.write(ctx, "tổng hợp kết quả chấm", func(tx *sql.Tx) error {
		ins, err := queryInitiatives(ctx, tx, "WHERE i.campaign_id = ?", campaignID)
		if err != nil {
			return err
		}
		c, err := loadCouncil(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		sortInitiatives(ins)
		for _, in := range ins {
			switch in.Step {
			case app.StepCouncil, app.StepDistrictRecognised, app.StepRejected, app.StepProvinceProposed:
				rs = append(rs, c.result(in, 0))
			}
		}
		return nil
	})
	return rs, err
}
