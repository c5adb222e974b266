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
