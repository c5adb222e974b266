package data

import (
	"fmt"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// sampleDecisionDate: the 2024 campaign is summed up early in 2025, as districts do (sơ kết, tổng
// kết). The base salary then is 2.340.000 đ: Giấy khen 710.000 đ (cá nhân), 1.410.000 đ (tập thể).
var sampleDecisionDate = time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)

type sampleProposal struct {
	unit    int // proposing unit (index)
	person  int // index into that unit's staff, -1 for the unit itself
	form    string
	status  app.ProposalStatus
	reason  string
	achieve string
}

const sampleAchievement = "Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024"

var sampleProposals = []sampleProposal{
	{0, -1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{6, -1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{8, -1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{14, -1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{17, -1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{0, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{1, 2, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{2, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{6, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{6, 3, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{8, 2, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{11, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{13, 2, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{14, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{16, 2, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{17, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{18, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{26, 1, app.FormGiayKhen, app.ProposalApproved, "", sampleAchievement},
	{4, 2, app.FormGiayKhen, app.ProposalNew, "", sampleAchievement},
	{9, -1, app.FormGiayKhen, app.ProposalReturned, "Thiếu biên bản họp Hội đồng thi đua, khen thưởng của đơn vị.", sampleAchievement},
	{12, 1, app.FormGiayKhen, app.ProposalRejected, "Đơn vị chưa hoàn thành chỉ tiêu giải quyết hồ sơ đúng hạn năm 2024.", sampleAchievement},
	{15, 1, app.FormCSTDCS, app.ProposalNew, "", "Hoàn thành xuất sắc nhiệm vụ năm 2024; có sáng kiến được công nhận cấp cơ sở"},
	{7, -1, app.FormTTLDTT, app.ProposalNew, "", "Hoàn thành tốt nhiệm vụ năm 2024"},
}

func (s *sampler) addProposals() error {
	for _, sp := range sampleProposals {
		u := s.units[sp.unit]
		var personID, unitID any
		kind := app.RecipientUnit
		if sp.person >= 0 {
			kind = app.RecipientPerson
			personID = s.people[u.ID][sp.person].ID
		} else {
			unitID = u.ID
		}
		id, err := s.exec(`INSERT INTO proposal (campaign_id, unit_id, recipient_kind, person_id, recipient_unit_id, form_code, achievement, status, reason)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, s.campaignID, u.ID, kind, personID, unitID, sp.form, sp.achieve, sp.status, sp.reason)
		if err != nil {
			return err
		}
		s.proposals = append(s.proposals, id)
	}
	return nil
}

// addDecision issues Quyết định số 07/QĐ-UBND of the sample: Giấy khen for the approved proposals, with the
// bonus computed from the legal tables as of its date, and certificate numbers 2025-001 … in the register.
func (s *sampler) addDecision() error {
	basis, err := queryLegalBasis(s.ctx, s.tx, sampleDecisionDate)
	if err != nil {
		return err
	}
	basis = append(basis, "Căn cứ Kế hoạch số 18/KH-UBND ngày 16/01/2024 của UBND huyện về thực hiện công tác cải cách hành chính năm 2024")
	id, err := s.exec(`INSERT INTO decision (campaign_id, number, symbol, year, signed_on, signer_name, signer_title, sign_mode,
		subject, proposal_ref, status) VALUES (?, 7, 'QĐ-UBND', 2025, ?, 'Thái Hoàng Vũ', 'Chủ tịch', 'head', ?, ?, 'issued')`,
		s.campaignID, viet.ISODate(sampleDecisionDate),
		"Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính năm 2024",
		"Tờ trình số 05/TTr-NV ngày 06/01/2025")
	if err != nil {
		return err
	}
	for i, b := range basis {
		if _, err := s.exec(`INSERT INTO decision_basis (decision_id, sort, text) VALUES (?, ?, ?)`, id, i+1, b); err != nil {
			return err
		}
	}
	if err := keepDecisionSettings(s.ctx, s.tx, id); err != nil {
		return err
	}
	for i, cc := range []string{"Như Điều 3", "TT HĐND huyện", "CT, các PCT UBND huyện", "Lưu: VT, NV"} {
		if _, err := s.exec(`INSERT INTO decision_recipient_line (decision_id, sort, text) VALUES (?, ?, ?)`, id, i+1, cc); err != nil {
			return err
		}
	}
	return s.awards(id)
}

func (s *sampler) awards(decisionID int64) error {
	coefs, salaries, err := bonusTables(s.ctx, s.tx)
	if err != nil {
		return err
	}
	seq := 0
	for _, kind := range []app.RecipientKind{app.RecipientUnit, app.RecipientPerson} {
		for i, sp := range sampleProposals {
			if sp.status != app.ProposalApproved || (sp.person >= 0) != (kind == app.RecipientPerson) {
				continue
			}
			bonus, ok := app.BonusFor(sp.form, kind, sampleDecisionDate, coefs, salaries)
			if !ok {
				return fmt.Errorf("no coefficient for %s/%s", sp.form, kind)
			}
			u := s.units[sp.unit]
			var personID, unitID, gender any
			name, pos := u.Name, ""
			if kind == app.RecipientPerson {
				p := s.people[u.ID][sp.person]
				personID, gender, name, pos = p.ID, p.Gender, p.FullName, p.Position+", "+u.Name
			} else {
				unitID = u.ID
			}
			awardID, err := s.exec(`INSERT INTO award (decision_id, proposal_id, recipient_kind, person_id, unit_id, recipient_name, gender,
				position_unit, form_code, achievement, bonus, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				decisionID, s.proposals[i], kind, personID, unitID, name, gender, pos, sp.form, sp.achieve, bonus, i)
			if err != nil {
				return err
			}
			seq++
			if _, err := s.exec(`INSERT INTO certificate (year, seq, award_id) VALUES (?, ?, ?)`, sampleDecisionDate.Year(), seq, awardID); err != nil {
				return err
			}
		}
	}
	return nil
}
