package data

import (
	"context"
	"database/sql"
	"time"

	"thidua/app"
	"thidua/app/eligibility"
)

// campaignFacts is what the legal checks of a campaign's proposals look at, read in one go.
type campaignFacts struct {
	year        int
	proposals   []app.Proposal
	forms       map[string]app.AwardForm
	authorities map[string][]app.FormAuthority
	people      map[int64]app.Person
	discipline  map[int64][]app.Discipline
	ratings     map[int64]app.Rating
	ldtt        map[int64]bool // people with LĐTT for the year
	initiatives map[int64][]app.Initiative
	staff       map[int64][]int64 // active staff by unit
	disciplined map[int64]bool    // people disciplined at cảnh cáo or above in the year
	settings    map[string]string
}

func loadFacts(ctx context.Context, tx *sql.Tx, campaignID int64) (*campaignFacts, error) {
	f := &campaignFacts{forms: map[string]app.AwardForm{}, authorities: map[string][]app.FormAuthority{},
		people: map[int64]app.Person{}, discipline: map[int64][]app.Discipline{}, ratings: map[int64]app.Rating{},
		ldtt: map[int64]bool{}, initiatives: map[int64][]app.Initiative{}, staff: map[int64][]int64{},
		disciplined: map[int64]bool{}, settings: map[string]string{}}
	if err := tx.QueryRowContext(ctx, `SELECT year FROM campaign WHERE id = ?`, campaignID).Scan(&f.year); err != nil {
		if err == sql.ErrNoRows {
			return nil, app.Errorf(app.ENOTFOUND, "Không tìm thấy phong trào (mã %d).", campaignID)
		}
		return nil, internal("đọc phong trào", err)
	}
	var err error
	if f.proposals, err = queryProposals(ctx, tx, campaignID); err != nil {
		return nil, err
	}
	steps := []func(context.Context, *sql.Tx, int64) error{f.loadForms, f.loadPeople, f.loadDiscipline, f.loadRatings,
		f.loadLDTT, f.loadInitiatives, f.loadSettings}
	for _, step := range steps {
		if err := step(ctx, tx, campaignID); err != nil {
			return nil, internal("kiểm tra điều kiện khen thưởng", err)
		}
	}
	return f, nil
}

func (f *campaignFacts) loadForms(ctx context.Context, tx *sql.Tx, _ int64) error {
	err := each(ctx, tx, func(r *sql.Rows) error {
		var x app.AwardForm
		err := r.Scan(&x.Code, &x.Name, &x.Kind, &x.Recipient)
		f.forms[x.Code] = x
		return err
	}, `SELECT code, name, kind, recipient FROM award_form`)
	if err != nil {
		return err
	}
	return each(ctx, tx, func(r *sql.Rows) error {
		var a app.FormAuthority
		var from, to sql.NullString
		err := r.Scan(&a.FormCode, &a.Authority, &from, &to, &a.Ref)
		a.From, a.To = date(from), date(to)
		f.authorities[a.FormCode] = append(f.authorities[a.FormCode], a)
		return err
	}, `SELECT form_code, authority, effective_from, effective_to, legal_ref FROM form_authority`)
}

func (f *campaignFacts) loadPeople(ctx context.Context, tx *sql.Tx, _ int64) error {
	ps, err := queryPeople(ctx, tx, ``)
	if err != nil {
		return err
	}
	for _, p := range ps {
		f.people[p.ID] = p
		if p.Active {
			f.staff[p.UnitID] = append(f.staff[p.UnitID], p.ID)
		}
	}
	return nil
}

func (f *campaignFacts) loadDiscipline(ctx context.Context, tx *sql.Tx, _ int64) error {
	yearStart := time.Date(f.year, 1, 1, 0, 0, 0, 0, time.UTC)
	yearEnd := time.Date(f.year, 12, 31, 0, 0, 0, 0, time.UTC)
	return each(ctx, tx, func(r *sql.Rows) error {
		var x app.Discipline
		var from, to sql.NullString
		var warning int
		err := r.Scan(&x.ID, &x.PersonID, &x.Kind, &warning, &from, &to, &x.Note)
		x.Warning, x.From, x.To = warning == 1, date(from), date(to)
		f.discipline[x.PersonID] = append(f.discipline[x.PersonID], x)
		if x.Kind == app.Disciplined && x.Warning && !x.From.After(yearEnd) && (x.To.IsZero() || !x.To.Before(yearStart)) {
			f.disciplined[x.PersonID] = true
		}
		return err
	}, `SELECT id, person_id, kind, warning, from_date, to_date, note FROM person_discipline`)
}

func (f *campaignFacts) loadRatings(ctx context.Context, tx *sql.Tx, _ int64) error {
	return each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		var rating app.Rating
		err := r.Scan(&id, &rating)
		f.ratings[id] = rating
		return err
	}, `SELECT person_id, rating FROM person_rating WHERE year = ?`, f.year)
}

// loadLDTT: LĐTT of the year from issued decisions (of a campaign of that year, or dated in it when
// outside any campaign), and from the campaign's approved proposals.
func (f *campaignFacts) loadLDTT(ctx context.Context, tx *sql.Tx, campaignID int64) error {
	for _, p := range f.proposals {
		if p.FormCode == app.FormLDTT && p.Status == app.ProposalApproved && p.PersonID != 0 {
			f.ldtt[p.PersonID] = true
		}
	}
	return each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		err := r.Scan(&id)
		f.ldtt[id] = true
		return err
	}, `SELECT a.person_id FROM award a JOIN decision dc ON dc.id = a.decision_id LEFT JOIN campaign c ON c.id = dc.campaign_id
		WHERE a.form_code = 'ldtt' AND a.person_id IS NOT NULL AND dc.status = 'issued' AND coalesce(c.year, dc.year) = ?`, f.year)
}

func (f *campaignFacts) loadInitiatives(ctx context.Context, tx *sql.Tx, campaignID int64) error {
	return each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		var in app.Initiative
		var level string
		err := r.Scan(&id, &in.ID, &in.Title, &level)
		in.Level = app.RecognitionLevel(level)
		f.initiatives[id] = append(f.initiatives[id], in)
		return err
	}, `SELECT a.person_id, i.id, i.title,
			coalesce((SELECT r.level FROM initiative_recognition r WHERE r.initiative_id = i.id
				ORDER BY CASE r.level WHEN 'province' THEN 3 WHEN 'district' THEN 2 ELSE 1 END DESC LIMIT 1), '')
		FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id
		JOIN campaign c ON c.id = i.campaign_id WHERE c.year = ?`, f.year)
}

func (f *campaignFacts) loadSettings(ctx context.Context, tx *sql.Tx, _ int64) error {
	return each(ctx, tx, func(r *sql.Rows) error {
		var k, v string
		err := r.Scan(&k, &v)
		f.settings[k] = v
		return err
	}, `SELECT key, value FROM setting`)
}

// factsFor gathers the facts of one proposal.
func (f *campaignFacts) factsFor(p app.Proposal, asOf time.Time) eligibility.EligibilityFacts {
	e := eligibility.EligibilityFacts{Proposal: p, CampaignYear: f.year, AsOf: asOf, Form: f.forms[p.FormCode],
		Authorities: f.authorities[p.FormCode], Authority: app.AuthorityDistrictChair,
		RequireInitiative: f.settings["cstdcs_require_initiative"] == "1"}
	for _, o := range f.proposals {
		if o.ID != p.ID && app.ProposalKey(o) == app.ProposalKey(p) {
			e.OtherSame++
		}
	}
	if p.Recipient == app.RecipientPerson {
		e.Person = f.people[p.PersonID]
		e.Discipline = f.discipline[p.PersonID]
		e.Rating = f.ratings[p.PersonID]
		e.LDTTSameYear = f.ldtt[p.PersonID]
		e.Initiatives = f.initiatives[p.PersonID]
	} else {
		for _, id := range f.staff[p.RecipientUnitID] {
			e.UnitStaff++
			if f.ldtt[id] {
				e.UnitLDTT++
			}
			if f.disciplined[id] {
				e.UnitDisciplined++
			}
		}
	}
	if p.FormCode == app.FormCSTDCS && f.settings["cstdcs_cap_enabled"] == "1" {
		e.Cap = eligibility.CapFacts{Enabled: true, Percent: atoiOr(f.settings["cstdcs_cap_pct"], 15), LDTT: len(f.ldtt)}
		for _, o := range f.proposals {
			if o.FormCode == app.FormCSTDCS && (o.Status == app.ProposalApproved || o.ID == p.ID) {
				e.Cap.CSTDCS++
			}
		}
	}
	return e
}

func atoiOr(s string, def int) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return def
		}
		n = n*10 + int(c-'0')
	}
	if s == "" {
		return def
	}
	return n
}
