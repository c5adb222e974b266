package app

import "testing"

func TestValidateProposal(t *testing.T) {
	ok := Proposal{CampaignID: 1, UnitID: 2, FormCode: FormGiayKhen, Recipient: RecipientPerson, PersonID: 3}
	with := func(f func(*Proposal)) Proposal { p := ok; f(&p); return p }
	for _, tc := range []struct {
		name  string
		p     Proposal
		field string // "" = valid
	}{
		{"person", ok, ""},
		{"collective named", with(func(p *Proposal) { p.Recipient, p.PersonID, p.RecipientUnitID = RecipientUnit, 0, 5 }), ""},
		{"collective unnamed", with(func(p *Proposal) { p.Recipient, p.PersonID = RecipientUnit, 0 }), ""},
		{"no campaign", with(func(p *Proposal) { p.CampaignID = 0 }), "Phong trào"},
		{"no unit", with(func(p *Proposal) { p.UnitID = 0 }), "Đơn vị"},
		{"no form", with(func(p *Proposal) { p.FormCode = "" }), "Hình thức"},
		{"no person", with(func(p *Proposal) { p.PersonID = 0 }), "Cá nhân"},
		{"no kind", with(func(p *Proposal) { p.Recipient = "" }), "Đối tượng"},
		{"campaign before unit", Proposal{}, "Phong trào"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			err := ValidateProposal(&p)
			if tc.field == "" {
				checkErr(t, err, "", "")
			} else {
				checkErr(t, err, EINVALID, tc.field)
			}
		})
	}
	p := with(func(p *Proposal) { p.Recipient, p.PersonID = RecipientUnit, 0 })
	if err := ValidateProposal(&p); err != nil || p.RecipientUnitID != p.UnitID {
		t.Errorf("an unnamed collective is the proposing unit: %v, %d", err, p.RecipientUnitID)
	}
}

func TestProposalKey(t *testing.T) {
	for _, tc := range []struct {
		p    Proposal
		want string
	}{
		{Proposal{Recipient: RecipientPerson, PersonID: 7, RecipientUnitID: 3, FormCode: FormLDTT}, "p7|ldtt"},
		{Proposal{Recipient: RecipientUnit, PersonID: 7, RecipientUnitID: 3, FormCode: FormTTLDTT}, "u3|tt_ldtt"},
		{Proposal{PersonID: 7, FormCode: FormGiayKhen}, "p7|giay_khen"},
	} {
		if got := ProposalKey(tc.p); got != tc.want {
			t.Errorf("ProposalKey(%+v) = %q, want %q", tc.p, got, tc.want)
		}
	}
}

func TestCheckDeleteAndReviewable(t *testing.T) {
	checkErr(t, CheckDeleteProposal(false), "", "")
	checkErr(t, CheckDeleteProposal(true), ECONFLICT, "")
	checkErr(t, CheckReviewable(false), "", "")
	checkErr(t, CheckReviewable(true), ECONFLICT, "")
}

func TestReview(t *testing.T) {
	warn := []Reason{{Severity: SeverityWarning, Text: "cảnh báo"}}
	block := []Reason{{Severity: SeverityBlock, Text: "chặn"}}
	for _, tc := range []struct {
		name     string
		in       ProposalReview
		reasons  []Reason
		field    string // error field; "-" = no error
		code     string
		reason   string
		override string
	}{
		{"approve clean", ProposalReview{Status: ProposalApproved, Reason: "x", Override: "y"}, nil, "-", "", "", "y"},
		{"approve blocked", ProposalReview{Status: ProposalApproved, Override: "y"}, block, "Điều kiện", EINVALID, "", ""},
		{"approve warned without reason", ProposalReview{Status: ProposalApproved}, warn, "Lý do duyệt", EINVALID, "", ""},
		{"approve warned with reason", ProposalReview{Status: ProposalApproved, Override: "Đã xem hồ sơ"}, warn, "-", "", "", "Đã xem hồ sơ"},
		{"reject with reason", ProposalReview{Status: ProposalRejected, Reason: "Thiếu", Override: "y"}, nil, "-", "", "Thiếu", ""},
		{"reject without reason", ProposalReview{Status: ProposalRejected}, nil, "Lý do", EINVALID, "", ""},
		{"return without reason", ProposalReview{Status: ProposalReturned}, nil, "Lý do", EINVALID, "", ""},
		{"return with reason", ProposalReview{Status: ProposalReturned, Reason: "Bổ sung"}, nil, "-", "", "Bổ sung", ""},
		{"back to new", ProposalReview{Status: ProposalNew, Reason: "x", Override: "y"}, nil, "-", "", "", ""},
		{"unknown status", ProposalReview{Status: "xyz"}, nil, "", EINVALID, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Review(tc.in, tc.reasons)
			if tc.field == "-" {
				checkErr(t, err, "", "")
				if got.Status != tc.in.Status || got.Reason != tc.reason || got.Override != tc.override {
					t.Errorf("stored %+v, want reason %q override %q", got, tc.reason, tc.override)
				}
				return
			}
			checkErr(t, err, tc.code, tc.field)
		})
	}
	_, err := Review(ProposalReview{Status: ProposalReturned}, nil)
	if got, want := ErrorMessage(err), "Cần ghi nội dung cần bổ sung."; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestProposal_StatusText(t *testing.T) {
	cases := []struct {
		p    Proposal
		want string
	}{
		{Proposal{Status: ProposalApproved}, "Đạt"},
		{Proposal{Status: ProposalNew}, "Mới"},
		{Proposal{Status: ProposalApproved, DecisionNumber: 15, DecisionSymbol: "QĐ-UBND", DecisionStatus: DecisionIssued}, "Đã khen thưởng (QĐ 15/QĐ-UBND)"},
		{Proposal{Status: ProposalApproved, DecisionStatus: DecisionDraft}, "Đạt — trong dự thảo quyết định"},
		{Proposal{Status: ProposalApproved, DecisionNumber: 7, DecisionSymbol: "QĐ-UBND", DecisionStatus: DecisionRevoked}, "Đạt — QĐ 07/QĐ-UBND đã bị thu hồi"},
	}
	for _, c := range cases {
		if got := c.p.StatusText(); got != c.want {
			t.Errorf("StatusText(%+v) = %q, want %q", c.p, got, c.want)
		}
	}
}
