package data

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// Overview counts a campaign's figures as of asOf in one read transaction: the ranking (for the
// bands), then one grouped query a figure.
func (d *DB) Overview(ctx context.Context, campaignID int64, asOf time.Time) (app.Overview, error) {
	o := app.Overview{AsOf: asOf}
	err := d.read(ctx, "đọc tổng quan phong trào", func(tx *sql.Tx) error {
		r, err := rankingTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		o.Campaign = r.Campaign
		for _, b := range r.Bands {
			o.Bands = append(o.Bands, b.Name)
		}
		o.Bands = append(o.Bands, app.NotScored)
		if o.Kinds, err = kindFigures(ctx, tx, r, o.Bands); err != nil {
			return err
		}
		for _, load := range []func(context.Context, *sql.Tx, *app.Overview) error{
			periodFigures, launchRows, initiativeFigures, proposalFigures, awardFigures, decisionFigures, fundFigures, monthFigures,
		} {
			if err := load(ctx, tx, &o); err != nil {
				return err
			}
		}
		from, to := o.Campaign.Year-yearsBack, o.Campaign.Year
		years, err := yearFiguresTx(ctx, tx, from, to, dayArg(asOf))
		o.Years = app.YearsFilled(years, from, to)
		return err
	})
	return o, err
}

// yearsBack is how many years before the campaign's the overview shows (2019–2024 for 2024; a
// later year's awards are not the campaign's history).
const yearsBack = 5

// kindFigures are the units of each kind in the ranking with their scoring progress and bands.
func kindFigures(ctx context.Context, tx *sql.Tx, r app.Ranking, bands []string) ([]app.KindFigure, error) {
	self, appraised, locked := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	err := each(ctx, tx, func(rows *sql.Rows) error {
		var id int64
		var s, a bool
		if err := rows.Scan(&id, &s, &a); err != nil {
			return err
		}
		self[id], appraised[id] = s, a
		return nil
	}, `SELECT sc.unit_id, max(sc.self_points IS NOT NULL), max(sc.appraised_points IS NOT NULL)
		FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id JOIN criteria_set s ON s.id = c.set_id
		JOIN unit u ON u.id = sc.unit_id
		WHERE s.campaign_id = ? AND s.unit_kind = u.kind GROUP BY sc.unit_id`, r.Campaign.ID)
	if err != nil {
		return nil, err
	}
	err = each(ctx, tx, func(rows *sql.Rows) error {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		locked[id] = true
		return nil
	}, `SELECT unit_id FROM unit_lock WHERE campaign_id = ?`, r.Campaign.ID)
	if err != nil {
		return nil, err
	}
	var out []app.KindFigure
	for _, k := range r.Kinds {
		f := app.KindFigure{Kind: k.Kind, Units: len(k.Rows), PerBand: make([]int, len(bands))}
		for _, row := range k.Rows {
			id := row.Unit.ID
			f.SelfScored += b2i(self[id])
			f.Appraised += b2i(appraised[id])
			f.Lock += b2i(locked[id])
			if i := slices.Index(bands, row.Band); i >= 0 {
				f.PerBand[i]++
			}
		}
		out = append(out, f)
	}
	return out, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// periodFigures count every active unit's report of each period: the units of Đơn vị → Báo cáo
// (data.ReportGrid); a unit no longer active is left out even if it sent a report.
func periodFigures(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	at := map[int64]int{}
	return each(ctx, tx, func(rows *sql.Rows) error {
		var id int64
		var name, kind string
		var due, got sql.NullString
		if err := rows.Scan(&id, &name, &kind, &due, &got); err != nil {
			return err
		}
		i, ok := at[id]
		if !ok {
			i = len(o.Periods)
			at[id] = i
			o.Periods = append(o.Periods, app.PeriodFigure{ID: id, Name: name, Launch: kind == "launch", Due: date(due)})
		}
		p := &o.Periods[i]
		switch app.ReportStatusAsOf(p.Due, date(got), o.AsOf).State {
		case app.ReportOnTime:
			p.OnTime++
		case app.ReportLate:
			p.Late++
		case app.ReportMissing:
			p.Missing++
		default:
			p.NotDue++
		}
		return nil
	}, `SELECT p.id, p.name, p.kind, p.due_date, r.received_on
		FROM reporting_period p JOIN unit u LEFT JOIN unit_report r ON r.period_id = p.id AND r.unit_id = u.id
		WHERE p.campaign_id = ? AND u.active = 1
		ORDER BY p.kind = 'report', p.sort, p.id`, o.Campaign.ID)
}

// launchRows are the active units whose own launching plan was received by the overview's date.
func launchRows(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	return each(ctx, tx, func(rows *sql.Rows) error {
		var l app.LaunchRow
		var got, docDate, due sql.NullString
		if err := rows.Scan(&l.UnitID, &l.UnitName, &got, &l.DocNumber, &docDate, &due); err != nil {
			return err
		}
		l.ReceivedOn, l.DocDate = date(got), date(docDate)
		l.Late = app.ReportStatusAsOf(date(due), l.ReceivedOn, o.AsOf).State == app.ReportLate
		o.Launched = append(o.Launched, l)
		return nil
	}, `SELECT u.id, u.name, r.received_on, r.doc_number, r.doc_date, p.due_date
		FROM unit_report r JOIN reporting_period p ON p.id = r.period_id JOIN unit u ON u.id = r.unit_id
		WHERE p.campaign_id = ? AND p.kind = 'launch' AND u.active = 1 AND r.received_on <= ?
		ORDER BY r.received_on, u.name_key`, o.Campaign.ID, dayArg(o.AsOf))
}

// currentStep is an initiative's last step taken by the date ?2 (registered when it has none), as
// the list filters it.
const currentStep = `coalesce((SELECT s.step FROM initiative_step s WHERE s.initiative_id = i.id AND s.on_date <= ?2
	ORDER BY s.seq DESC LIMIT 1), 'registered')`

// initiativeBy keeps the campaign's (?1) initiatives that existed by the date ?2: a step taken by
// then (the registration's date), or no step recorded at all (no date to go by).
const initiativeBy = `i.campaign_id = ?1 AND (EXISTS (SELECT 1 FROM initiative_step s WHERE s.initiative_id = i.id AND s.on_date <= ?2)
	OR NOT EXISTS (SELECT 1 FROM initiative_step s WHERE s.initiative_id = i.id))`

// initiativeFigures count the initiatives by their steps as of the overview's date (each step has
// its date).
func initiativeFigures(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	id, on := o.Campaign.ID, dayArg(o.AsOf)
	steps := map[string]int64{}
	err := countRows(ctx, tx, func(key, _ string, n int64) { steps[key] = n },
		`SELECT `+currentStep+`, '', count(*) FROM initiative i WHERE `+initiativeBy+` GROUP BY 1`, id, on)
	if err != nil {
		return err
	}
	for _, s := range app.InitiativeSteps {
		o.Steps = append(o.Steps, app.Count{Key: string(s), Label: s.Label(), N: steps[string(s)]})
	}
	err = countRows(ctx, tx, func(key, label string, n int64) { o.Fields = append(o.Fields, app.Count{Key: key, Label: label, N: n}) },
		`SELECT coalesce(i.field_id, 0), coalesce(f.name, 'Chưa ghi lĩnh vực'), count(*) FROM initiative i
		LEFT JOIN reform_field f ON f.id = i.field_id WHERE `+initiativeBy+` GROUP BY 1 ORDER BY coalesce(f.sort, 99)`, id, on)
	if err != nil {
		return err
	}
	err = countRows(ctx, tx, func(key, label string, n int64) {
		o.InitUnits = append(o.InitUnits, app.Count{Key: key, Label: label, N: n})
	},
		`SELECT i.unit_id, u.name, count(*) FROM initiative i JOIN unit u ON u.id = i.unit_id
		WHERE `+initiativeBy+` GROUP BY 1 ORDER BY 3 DESC, u.name_key`, id, on)
	if err != nil {
		return err
	}
	return tx.QueryRowContext(ctx, `SELECT
		coalesce(sum(EXISTS (SELECT 1 FROM initiative_step s WHERE s.initiative_id = i.id AND s.step = 'base_recognised' AND s.on_date <= ?2)), 0),
		coalesce(sum(EXISTS (SELECT 1 FROM initiative_step s WHERE s.initiative_id = i.id AND s.step = 'district_recognised' AND s.on_date <= ?2)), 0)
		FROM initiative i WHERE i.campaign_id = ?1`, id, on).Scan(&o.RecognisedBase, &o.RecognisedDistrict)
}

// countRows scans (key, label, n) rows.
func countRows(ctx context.Context, tx *sql.Tx, put func(key, label string, n int64), q string, args ...any) error {
	return each(ctx, tx, func(rows *sql.Rows) error {
		var key, label string
		var n int64
		if err := rows.Scan(&key, &label, &n); err != nil {
			return err
		}
		put(key, label, n)
		return nil
	}, q, args...)
}

// proposalFigures count the proposals by their status now: a proposal keeps no date, so the
// overview's date does not apply (the print dialog says so).
func proposalFigures(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	m := map[string]int64{}
	err := countRows(ctx, tx, func(key, _ string, n int64) { m[key] = n },
		`SELECT status, '', count(*) FROM proposal WHERE campaign_id = ? GROUP BY 1`, o.Campaign.ID)
	for _, s := range []app.ProposalStatus{app.ProposalNew, app.ProposalApproved, app.ProposalRejected, app.ProposalReturned} {
		o.Proposals = append(o.Proposals, app.Count{Key: string(s), Label: s.Label(), N: m[string(s)]})
	}
	return err
}

// inCampaignYear is the rule every money and award figure of a campaign follows, the same as the
// year table's (yearExpr): the campaign's own decisions, and the decisions without a campaign
// (imported from the past records) of the campaign's year. ?1 is the campaign's id.
const inCampaignYear = `(dc.campaign_id = ?1 OR (dc.campaign_id IS NULL AND dc.year = (SELECT year FROM campaign WHERE id = ?1)))`

// issuedBy is an issued decision signed by the date ?2 (”: any day): a decision signed after the
// overview's date counts in none of its figures.
const issuedBy = `dc.status = 'issued' AND (?2 = '' OR dc.signed_on <= ?2)`

// dayArg is a date as the database keeps it (YYYY-MM-DD; ” for the zero time).
func dayArg(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func awardFigures(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	return each(ctx, tx, func(rows *sql.Rows) error {
		var f app.FormFigure
		if err := rows.Scan(&f.Code, &f.Name, &f.Units, &f.Persons, &f.Money); err != nil {
			return err
		}
		o.Awards = append(o.Awards, f)
		return nil
	}, `SELECT f.code, f.name, sum(a.recipient_kind = 'unit'), sum(a.recipient_kind = 'person'), sum(a.bonus)
		FROM award a JOIN decision dc ON dc.id = a.decision_id JOIN award_form f ON f.code = a.form_code
		WHERE `+inCampaignYear+` AND `+issuedBy+` GROUP BY f.code ORDER BY f.sort`, o.Campaign.ID, dayArg(o.AsOf))
}

func decisionFigures(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	return each(ctx, tx, func(rows *sql.Rows) error {
		var f app.DecisionFigure
		var number int
		var symbol string
		var signed sql.NullString
		if err := rows.Scan(&f.ID, &number, &symbol, &signed, &f.Status, &f.Imported, &f.Awards, &f.Money); err != nil {
			return err
		}
		f.SignedOn = date(signed)
		f.Number = app.Decision{Number: number, Symbol: symbol}.NumberText()
		o.Decisions = append(o.Decisions, f)
		return nil
	}, `SELECT dc.id, coalesce(dc.number, 0), dc.symbol, dc.signed_on, dc.status, dc.campaign_id IS NULL, count(a.id), coalesce(sum(a.bonus), 0)
		FROM decision dc LEFT JOIN award a ON a.decision_id = dc.id
		WHERE (dc.campaign_id = ?1 AND dc.status <> 'issued') OR (`+inCampaignYear+` AND `+issuedBy+`)
		GROUP BY dc.id ORDER BY dc.signed_on, dc.id`, o.Campaign.ID, dayArg(o.AsOf))
}

func fundFigures(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	f, err := fundTx(ctx, tx, o.Campaign.ID, dayArg(o.AsOf))
	o.Fund = f
	return err
}

// fundTx is a campaign's fund with the money of the issued decisions of its year (inCampaignYear)
// signed by the day on (”: any day), and of its drafts.
func fundTx(ctx context.Context, q querier, campaignID int64, on string) (app.Fund, error) {
	var f app.Fund
	rows, err := q.QueryContext(ctx, `SELECT (SELECT amount FROM campaign_fund WHERE campaign_id = ?1),
		coalesce((SELECT sum(a.bonus) FROM award a JOIN decision dc ON dc.id = a.decision_id WHERE `+inCampaignYear+` AND `+issuedBy+`), 0),
		coalesce((SELECT sum(a.bonus) FROM award a JOIN decision dc ON dc.id = a.decision_id WHERE dc.campaign_id = ?1 AND dc.status = 'draft'), 0)`, campaignID, on)
	if err != nil {
		return f, err
	}
	defer rows.Close()
	var amount sql.NullInt64
	if rows.Next() {
		if err := rows.Scan(&amount, &f.Issued, &f.Drafts); err != nil {
			return f, err
		}
	}
	f.Set, f.Amount = amount.Valid, amount.Int64
	return f, rows.Err()
}

func monthFigures(ctx context.Context, tx *sql.Tx, o *app.Overview) error {
	return countRows(ctx, tx, func(key, label string, n int64) { o.Months = append(o.Months, app.Count{Key: key, Label: label, N: n}) },
		`SELECT substr(dc.signed_on, 1, 7), substr(dc.signed_on, 6, 2) || '/' || substr(dc.signed_on, 1, 4), sum(a.bonus)
		FROM award a JOIN decision dc ON dc.id = a.decision_id
		WHERE `+inCampaignYear+` AND `+issuedBy+` GROUP BY 1 ORDER BY 1`, o.Campaign.ID, dayArg(o.AsOf))
}

// yearExpr is the year an award counts in: its campaign's, or its decision's own without one.
const yearExpr = `coalesce(c.year, dc.year)`

// yearFiguresTx are the years from..to (0: open) of the issued decisions signed by the day on (”:
// any day).
func yearFiguresTx(ctx context.Context, tx *sql.Tx, from, to int, on string) ([]app.YearFigure, error) {
	var out []app.YearFigure
	err := each(ctx, tx, func(rows *sql.Rows) error {
		var y app.YearFigure
		if err := rows.Scan(&y.Year, &y.Awards, &y.Money); err != nil {
			return err
		}
		out = append(out, y)
		return nil
	}, `SELECT `+yearExpr+`, count(*), sum(a.bonus) FROM award a JOIN decision dc ON dc.id = a.decision_id
		LEFT JOIN campaign c ON c.id = dc.campaign_id
		WHERE dc.status = 'issued' AND (?3 = '' OR dc.signed_on <= ?3) AND (?1 = 0 OR `+yearExpr+` >= ?1) AND (?2 = 0 OR `+yearExpr+` <= ?2)
		GROUP BY 1 ORDER BY 1`, from, to, on)
	return out, err
}

// YearFigures are the awards and money of issued decisions per year from..to, every year present.
func (d *DB) YearFigures(ctx context.Context, from, to int) ([]app.YearFigure, error) {
	if from > to {
		return nil, app.FieldError("Từ năm", "Từ năm %d phải trước hoặc bằng đến năm %d.", from, to)
	}
	var out []app.YearFigure
	err := d.read(ctx, "đọc khen thưởng qua các năm", func(tx *sql.Tx) error {
		ys, err := yearFiguresTx(ctx, tx, from, to, "")
		out = app.YearsFilled(ys, from, to)
		return err
	})
	return out, err
}

// AwardStats are the awards of issued decisions from..to per unit (the collective, or the person's
// unit on the day the decision was signed — a later move does not change a printed report) and
// form, with their money.
func (d *DB) AwardStats(ctx context.Context, from, to int) ([]app.AwardStat, error) {
	if from > to {
		return nil, app.FieldError("Từ năm", "Từ năm %d phải trước hoặc bằng đến năm %d.", from, to)
	}
	var out []app.AwardStat
	err := d.read(ctx, "đọc thống kê khen thưởng", func(tx *sql.Tx) error {
		return each(ctx, tx, func(rows *sql.Rows) error {
			var s app.AwardStat
			if err := rows.Scan(&s.UnitID, &s.UnitName, &s.UnitKind, &s.FormCode, &s.FormName, &s.Recipient, &s.N, &s.Money); err != nil {
				return err
			}
			out = append(out, s)
			return nil
		}, `SELECT coalesce(u.id, 0), coalesce(u.name, ''), coalesce(u.kind, 'other'), f.code, f.name, a.recipient_kind,
				count(*), sum(a.bonus)
			FROM award a JOIN decision dc ON dc.id = a.decision_id JOIN award_form f ON f.code = a.form_code
			LEFT JOIN campaign c ON c.id = dc.campaign_id LEFT JOIN person p ON p.id = a.person_id
			LEFT JOIN unit u ON u.id = coalesce(a.unit_id, `+unitOnSigning+`, p.unit_id)
			WHERE dc.status = 'issued' AND `+yearExpr+` BETWEEN ? AND ?
			GROUP BY 1, 4, 6 ORDER BY coalesce(u.name_key, 'zzz'), f.sort, a.recipient_kind DESC`, from, to)
	})
	return out, err
}

// unitOnSigning is the unit a person awarded belonged to when the decision was signed: the unit
// they left by their first move after that day (none: they are still in person.unit_id).
const unitOnSigning = `(SELECT m.from_unit_id FROM person_move m WHERE m.person_id = a.person_id AND m.moved_on > dc.signed_on
	ORDER BY m.moved_on, m.id LIMIT 1)`

// SetFund enters the campaign's Quỹ thi đua, khen thưởng (amount < 0 clears it), logged.
func (d *DB) SetFund(ctx context.Context, campaignID int64, amount int64) error {
	return d.write(ctx, "ghi quỹ thi đua, khen thưởng", func(tx *sql.Tx) error {
		if _, err := campaignTx(ctx, tx, campaignID); err != nil {
			return err
		}
		before, err := fundTx(ctx, tx, campaignID, "")
		if err != nil {
			return err
		}
		old := map[string]any{"fund": nil}
		if before.Set {
			old["fund"] = before.Amount
		}
		if amount < 0 {
			_, err = tx.ExecContext(ctx, `DELETE FROM campaign_fund WHERE campaign_id = ?`, campaignID)
			if err != nil {
				return err
			}
			return d.audit(ctx, tx, "campaign", campaignID, "fund", old, map[string]any{"fund": nil})
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO campaign_fund (campaign_id, amount) VALUES (?, ?)
			ON CONFLICT (campaign_id) DO UPDATE SET amount = excluded.amount`, campaignID, amount)
		if err != nil {
			return err
		}
		return d.audit(ctx, tx, "campaign", campaignID, "fund", old, map[string]any{"fund": amount})
	})
}

// Fund is a campaign's fund with the money decided so far (the decision dialog warns with it).
func (d *DB) Fund(ctx context.Context, campaignID int64) (app.Fund, error) {
	var f app.Fund
	err := d.read(ctx, "đọc quỹ thi đua, khen thưởng", func(tx *sql.Tx) error {
		var err error
		f, err = fundTx(ctx, tx, campaignID, "")
		return err
	})
	return f, err
}

// SummaryTexts are the paragraphs the office wrote for the campaign's report.
func (d *DB) SummaryTexts(ctx context.Context, campaignID int64) (app.SummaryTexts, error) {
	t := app.SummaryTexts{}
	err := d.read(ctx, "đọc các đoạn của báo cáo tổng kết", func(tx *sql.Tx) error {
		return summaryTextsTx(ctx, tx, campaignID, t)
	})
	return t, err
}

func summaryTextsTx(ctx context.Context, tx *sql.Tx, campaignID int64, t app.SummaryTexts) error {
	return each(ctx, tx, func(rows *sql.Rows) error {
		var p, s string
		if err := rows.Scan(&p, &s); err != nil {
			return err
		}
		t[app.SummaryPart(p)] = s
		return nil
	}, `SELECT part, text FROM campaign_summary_text WHERE campaign_id = ?`, campaignID)
}

// SaveSummaryTexts keeps the paragraphs as typed (NFC, each line trimmed; empty removes it); every
// part that changed is logged.
func (d *DB) SaveSummaryTexts(ctx context.Context, campaignID int64, t app.SummaryTexts) error {
	return d.write(ctx, "ghi các đoạn của báo cáo tổng kết", func(tx *sql.Tx) error {
		if _, err := campaignTx(ctx, tx, campaignID); err != nil {
			return err
		}
		old := app.SummaryTexts{}
		if err := summaryTextsTx(ctx, tx, campaignID, old); err != nil {
			return err
		}
		for _, p := range app.SummaryParts {
			v, ok := t[p]
			if !ok {
				continue
			}
			v = viet.NormalizeMultiline(v)
			if v == old[p] {
				continue
			}
			var err error
			if v == "" {
				_, err = tx.ExecContext(ctx, `DELETE FROM campaign_summary_text WHERE campaign_id = ? AND part = ?`, campaignID, p)
			} else {
				_, err = tx.ExecContext(ctx, `INSERT INTO campaign_summary_text (campaign_id, part, text) VALUES (?, ?, ?)
					ON CONFLICT (campaign_id, part) DO UPDATE SET text = excluded.text`, campaignID, p, v)
			}
			if err != nil {
				return err
			}
			if err := d.audit(ctx, tx, "campaign", campaignID, "summary_text:"+string(p), old[p], v); err != nil {
				return err
			}
		}
		return nil
	})
}
