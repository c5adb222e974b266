package eligibility

import (
	"testing"
	"time"

	"thidua/app"
)

func TestLDTTHolders(t *testing.T) {
	ps := []app.Proposal{
		{ID: 1, PersonID: 10, FormCode: app.FormLDTT, Status: app.ProposalApproved},
		{ID: 2, PersonID: 11, FormCode: app.FormLDTT, Status: app.ProposalNew},
		{ID: 3, PersonID: 12, FormCode: app.FormCSTDCS, Status: app.ProposalApproved},
		{ID: 4, RecipientUnitID: 5, Recipient: app.RecipientUnit, FormCode: app.FormLDTT, Status: app.ProposalApproved},
	}
	as := []PersonAward{
		{PersonID: 20, FormCode: app.FormLDTT, Status: app.DecisionIssued, Year: 2024},
		{PersonID: 21, FormCode: app.FormLDTT, Status: app.DecisionDraft, Year: 2024},
		{PersonID: 22, FormCode: app.FormLDTT, Status: app.DecisionRevoked, Year: 2024},
		{PersonID: 23, FormCode: app.FormLDTT, Status: app.DecisionIssued, Year: 2023},
		{PersonID: 24, FormCode: app.FormGiayKhen, Status: app.DecisionIssued, Year: 2024},
	}
	got := LDTTHolders(2024, ps, as)
	for id, want := range map[int64]bool{10: true, 11: false, 12: false, 0: false, 20: true, 21: false, 22: false, 23: false, 24: false} {
		if got[id] != want {
			t.Errorf("person %d: %v, want %v", id, got[id], want)
		}
	}
	if len(got) != 2 {
		t.Errorf("holders %v, want 10 and 20", got)
	}
}

func TestDisciplinedIn(t *testing.T) {
	d := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name string
		x    app.Discipline
		want bool
	}{
		{"warning within the year", app.Discipline{Kind: app.Disciplined, Warning: true, From: d(2024, 3, 1), To: d(2024, 9, 1)}, true},
		{"warning open-ended from before", app.Discipline{Kind: app.Disciplined, Warning: true, From: d(2022, 3, 1)}, true},
		{"warning ending on 1 January", app.Discipline{Kind: app.Disciplined, Warning: true, From: d(2023, 3, 1), To: d(2024, 1, 1)}, true},
		{"warning ended the year before", app.Discipline{Kind: app.Disciplined, Warning: true, From: d(2023, 3, 1), To: d(2023, 12, 31)}, false},
		{"warning starting on 31 December", app.Discipline{Kind: app.Disciplined, Warning: true, From: d(2024, 12, 31)}, true},
		{"warning starting next year", app.Discipline{Kind: app.Disciplined, Warning: true, From: d(2025, 1, 1)}, false},
		{"reprimand below cảnh cáo", app.Discipline{Kind: app.Disciplined, From: d(2024, 3, 1)}, false},
		{"investigation", app.Discipline{Kind: app.Investigation, Warning: true, From: d(2024, 3, 1)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := tc.x
			x.PersonID = 7
			if got := DisciplinedIn(2024, []app.Discipline{x})[7]; got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCapFor(t *testing.T) {
	ps := []app.Proposal{
		{ID: 1, FormCode: app.FormCSTDCS, Status: app.ProposalApproved},
		{ID: 2, FormCode: app.FormCSTDCS, Status: app.ProposalNew},
		{ID: 3, FormCode: app.FormCSTDCS, Status: app.ProposalRejected},
		{ID: 4, FormCode: app.FormLDTT, Status: app.ProposalApproved},
	}
	on := app.EligibilitySettings{CapEnabled: true, CapPercent: 15}
	for _, tc := range []struct {
		name string
		p    app.Proposal
		s    app.EligibilitySettings
		want CapFacts
	}{
		{"off", ps[1], app.EligibilitySettings{CapPercent: 15}, CapFacts{}},
		{"not a CSTĐCS", ps[3], on, CapFacts{}},
		{"new counts itself", ps[1], on, CapFacts{Enabled: true, Percent: 15, CSTDCS: 2, LDTT: 9}},
		{"approved counted once", ps[0], on, CapFacts{Enabled: true, Percent: 15, CSTDCS: 1, LDTT: 9}},
		{"rejected counts itself", ps[2], app.EligibilitySettings{CapEnabled: true, CapPercent: 20}, CapFacts{Enabled: true, Percent: 20, CSTDCS: 2, LDTT: 9}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := CapFor(tc.p, ps, tc.s, 9); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestOtherSame(t *testing.T) {
	ps := []app.Proposal{
		{ID: 1, Recipient: app.RecipientPerson, PersonID: 5, FormCode: app.FormLDTT},
		{ID: 2, Recipient: app.RecipientPerson, PersonID: 5, FormCode: app.FormLDTT},
		{ID: 3, Recipient: app.RecipientPerson, PersonID: 5, FormCode: app.FormGiayKhen},
		{ID: 4, Recipient: app.RecipientUnit, RecipientUnitID: 5, FormCode: app.FormLDTT},
	}
	for i, want := range []int{1, 1, 0, 0} {
		if got := OtherSame(ps[i], ps); got != want {
			t.Errorf("proposal %d: %d, want %d", ps[i].ID, got, want)
		}
	}
}
