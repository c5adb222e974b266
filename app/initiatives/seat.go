package initiatives

import "thidua/app"

// Seat is what the council's rules look at for one member and one initiative: the member (zero
// when not found), the member's recusal (found by the rules or declared, nil when none) and
// whether the member's sheet is already submitted.
type Seat struct {
	Member     app.CouncilMember
	Initiative app.Initiative
	Recused    *app.Recusal
	Submitted  bool
}

// seated refuses a member who does not sit on the council of the initiative's campaign.
func (s Seat) seated() error {
	if s.Member.ID == 0 || s.Member.CampaignID != s.Initiative.CampaignID {
		return app.Errorf(app.ENOTFOUND, "Thành viên này không thuộc hội đồng của phong trào.")
	}
	return nil
}

// atCouncil refuses an initiative that is not before the council.
func (s Seat) atCouncil(what string) error {
	if s.Initiative.Step != app.StepCouncil {
		return app.Errorf(app.ECONFLICT, "Sáng kiến đang ở bước «%s»: chỉ %s ở bước Hội đồng chấm.", s.Initiative.Step.Label(), what)
	}
	return nil
}

// CanScore says whether the member may save a sheet for the initiative: a member of the
// campaign's council, the initiative before the council, the member not recused, the sheet not
// yet submitted (a submitted sheet is final).
func CanScore(s Seat) error {
	if err := s.seated(); err != nil {
		return err
	}
	if err := s.atCouncil("chấm"); err != nil {
		return err
	}
	if s.Recused != nil {
		return app.Errorf(app.ECONFLICT, "%s không chấm sáng kiến này (%s).", s.Member.FullName, s.Recused.Reason)
	}
	if s.Submitted {
		return app.Errorf(app.ECONFLICT, "Phiếu của %s đã nộp; không sửa được nữa.", s.Member.FullName)
	}
	return nil
}

// CanRecuse says whether the member may declare not scoring the initiative: a member of the
// campaign's council, the initiative before the council, not already recused, and no sheet
// submitted — a member who has submitted has seen the others' totals and may not drop the sheet.
func CanRecuse(s Seat) error {
	if err := s.seated(); err != nil {
		return err
	}
	if err := s.atCouncil("xin không chấm"); err != nil {
		return err
	}
	if s.Recused != nil {
		return app.Errorf(app.ECONFLICT, "%s đã không chấm sáng kiến này (%s).", s.Member.FullName, s.Recused.Reason)
	}
	if s.Submitted {
		return app.Errorf(app.ECONFLICT, "Phiếu của %s đã nộp: không xin không chấm được nữa.", s.Member.FullName)
	}
	return nil
}
