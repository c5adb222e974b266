package data

import (
	"context"
	"database/sql"
	"errors"
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
	settings    app.EligibilitySettings
}

func loadFacts(ctx context.Context, tx *sql.Tx, campaignID int64) (*campaignFacts, error) {
	f := &campaignFacts{forms: map[string]app.AwardForm{}, authorities: map[string][]app.FormAuthority{},
		people: map[int64]app.Person{}, discipline: map[int64][]app.Discipline{}, ratings: map[int64]app.Rating{},
		ldtt: map[int64]bool{}, initiatives: map[int64][]app.Initiative{}, staff: map[int64][]int64{},
		disciplined: map[int64]bool{}}
	if err := tx.QueryRowContext(ctx, `SELECT year FROM campaign WHERE id = ?`, campaignID).Scan(&f.year); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
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
	var all []app.Discipline
	err := each(ctx, tx, func(r *sql.Rows) error {
		var x app.Discipline
		var from, to sql.NullString
		var warning int
		err := r.Scan(&x.ID, &x.PersonID, &x.Kind, &warning, &from, &to, &x.Note)
		x.Warning, x.From, x.To = warning == 1, date(from), date(to)
		f.discipline[x.PersonID] = append(f.discipline[x.PersonID], x)
		all = append(all, x)
		return err
	}, `SELECT id, person_id, kind, warning, from_date, to_date, note FROM person_discipline`)
	f.disciplined = eligibility.DisciplinedIn(f.year, all)
	return err
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

// loadLDTT: who counts as LĐTT for the year (eligibility.LDTTHolders), from the people's awards and
// the campaign's proposals.
func (f *campaignFacts) loadLDTT(ctx context.Context, tx *sql.Tx, _ int64) error {
	var awards []eligibility.PersonAward
	err := each(ctx, tx, func(r *sql.Rows) error {
		var a eligibility.PersonAward
		err := r.Scan(&a.PersonID, &a.FormCode, &a.Status, &a.Year)
		awards = append(awards, a)
		return err
	}, `SELECT a.person_id, a.form_code, dc.status, coalesce(c.year, dc.year)
		FROM award a JOIN decision dc ON dc.id = a.decision_id LEFT JOIN campaign c ON c.id = dc.campaign_id
		WHERE a.person_id IS NOT NULL`)
	f.ldtt = eligibility.LDTTHolders(f.year, f.proposals, awards)
	return err
}

// loadInitiatives: each author's initiatives of the campaign's year, with the highest level that
// recognised them (app.BestLevel).
func (f *campaignFacts) loadInitiatives(ctx context.Context, tx *sql.Tx, _ int64) error {
	levels := map[int64][]app.RecognitionLevel{}
	err := each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		var level app.RecognitionLevel
		err := r.Scan(&id, &level)
		levels[id] = append(levels[id], level)
		return err
	}, `SELECT initiative_id, level FROM initiative_recognition ORDER BY id`)
	if err != nil {
		return err
	}
	return each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		var in app.Initiative
		err := r.Scan(&id, &in.ID, &in.Title)
		in.Level = app.BestLevel(levels[in.ID])
		f.initiatives[id] = append(f.initiatives[id], in)
		return err
	}, `SELECT a.person_id, i.id, i.title
		FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id
		JOIN campaign c ON c.id = i.campaign_id WHERE c.year = ?`, f.year)
}

func (f *campaignFacts) loadSettings(ctx context.Context, tx *sql.Tx, _ int64) error {
	m := map[string]string{}
	err := each(ctx, tx, func(r *sql.Rows) error {
		var k, v string
		err := r.Scan(&k, &v)
		m[k] = v
		return err
	}, `SELECT key, value FROM setting`)
	f.settings = app.ReadEligibilitySettings(m)
	return err
}

// factsFor gathers the facts of one proposal.
func (f *campaignFacts) factsFor(p app.Proposal, asOf time.Time) eligibility.EligibilityFacts {
	e := eligibility.EligibilityFacts{Proposal: p, CampaignYear: f.year, AsOf: asOf, Form: f.forms[p.FormCode],
		Authorities: f.authorities[p.FormCode], Authority: app.AuthorityDistrictChair,
		RequireInitiative: f.settings.RequireInitiative, OtherSame: eligibility.OtherSame(p, f.proposals),
		Cap: eligibility.CapFor(p, f.proposals, f.settings, len(f.ldtt))}
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
	return e
}
