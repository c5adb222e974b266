package eligibility

import (
	"time"

	"thidua/app"
)

// CapFacts is the optional cap on Chiến sĩ thi đua cơ sở as a percentage of Lao động tiên tiến.
type CapFacts struct {
	Enabled bool
	Percent int // e.g. 15
	CSTDCS  int // approved CSTĐCS proposals of the campaign, counting this one
	LDTT    int // approved LĐTT proposals (or awards) of the campaign's year
}

// EligibilityFacts is everything the legal checks of one proposal look at; data gathers it, the
// rules (CheckEligibility) decide. Nothing here is read from a clock.
type EligibilityFacts struct {
	Proposal     app.Proposal
	CampaignYear int
	AsOf         time.Time           // the date the decision would be signed (or today)
	Form         app.AwardForm       // Code == "" when the proposal's form is not in the catalogue
	Authorities  []app.FormAuthority // the rows of this form, any authority
	Authority    string              // who decides here: AuthorityDistrictChair

	// A person recipient.
	Person            app.Person
	Discipline        []app.Discipline
	Rating            app.Rating       // for CampaignYear; "" when not recorded
	LDTTSameYear      bool             // LĐTT for CampaignYear: an award, or an approved proposal of the campaign
	Initiatives       []app.Initiative // as author, with Level (the highest recognition)
	RequireInitiative bool             // setting: CSTĐCS needs a recognised initiative (draft rule of 2025)

	// A unit recipient (Tập thể lao động tiên tiến).
	UnitStaff       int // active staff
	UnitLDTT        int // of them, LĐTT for CampaignYear
	UnitDisciplined int // of them, disciplined at cảnh cáo or above in CampaignYear

	OtherSame int // other proposals of the same recipient and form in the campaign
	Cap       CapFacts
}

// PersonAward is an award a person received, as the facts of a year need it.
type PersonAward struct {
	PersonID int64
	FormCode app.FormCode
	Status   app.DecisionStatus // of the decision
	Year     int                // of the decision's campaign, or of the decision itself when outside any campaign
}

// LDTTHolders are the people who count as Lao động tiên tiến for a year: an LĐTT award of an issued
// decision of that year, or an approved LĐTT proposal of the campaign.
func LDTTHolders(year int, proposals []app.Proposal, awards []PersonAward) map[int64]bool {
	out := map[int64]bool{}
	for _, p := range proposals {
		if p.FormCode == app.FormLDTT && p.Status == app.ProposalApproved && p.PersonID != 0 {
			out[p.PersonID] = true
		}
	}
	for _, a := range awards {
		if a.FormCode == app.FormLDTT && a.PersonID != 0 && a.Status == app.DecisionIssued && a.Year == year {
			out[a.PersonID] = true
		}
	}
	return out
}

// DisciplinedIn are the people under a discipline of cảnh cáo or above (not an investigation) on
// some day of the year.
func DisciplinedIn(year int, ds []app.Discipline) map[int64]bool {
	yearStart := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	yearEnd := time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	out := map[int64]bool{}
	for _, x := range ds {
		if x.Kind == app.Disciplined && x.Warning && !x.From.After(yearEnd) && (x.To.IsZero() || !x.To.Before(yearStart)) {
			out[x.PersonID] = true
		}
	}
	return out
}

// CapFor is the CSTĐCS cap as it applies to proposal p: for a CSTĐCS proposal when the setting is
// on, the approved CSTĐCS proposals of the campaign counting p, against ldtt LĐTT of the year.
func CapFor(p app.Proposal, proposals []app.Proposal, s app.EligibilitySettings, ldtt int) CapFacts {
	if p.FormCode != app.FormCSTDCS || !s.CapEnabled {
		return CapFacts{}
	}
	c := CapFacts{Enabled: true, Percent: s.CapPercent, LDTT: ldtt}
	for _, o := range proposals {
		if o.FormCode == app.FormCSTDCS && (o.Status == app.ProposalApproved || o.ID == p.ID) {
			c.CSTDCS++
		}
	}
	return c
}

// OtherSame counts the other proposals of the campaign with the same recipient and form as p.
func OtherSame(p app.Proposal, proposals []app.Proposal) int {
	n := 0
	for _, o := range proposals {
		if o.ID != p.ID && app.ProposalKey(o) == app.ProposalKey(p) {
			n++
		}
	}
	return n
}
