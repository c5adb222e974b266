package data

import (
	"context"
	"database/sql"
	"slices"

	"thidua/app"
	"thidua/app/viet"
)

// Proposals lists a campaign's proposals: by proposing unit, then recipient.
func (d *DB) Proposals(ctx context.Context, campaignID int64) ([]app.Proposal, error) {
	ps, err := queryProposals(ctx, d.db, campaignID)
	if err != nil {
		return nil, err
	}
	return ps, d.sortByUnit(ctx, ps)
}

func queryProposals(ctx context.Context, q querier, campaignID int64) ([]app.Proposal, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT pr.id, pr.campaign_id, pr.unit_id, u.name, pr.recipient_kind, coalesce(pr.person_id, 0),
			coalesce(pr.recipient_unit_id, 0), coalesce(p.full_name, ru.name, ''), pr.form_code, f.name,
			pr.achievement, pr.status, pr.reason, pr.override_reason,
			EXISTS (SELECT 1 FROM award a JOIN decision d ON d.id = a.decision_id WHERE a.proposal_id = pr.id AND d.status <> 'revoked')
		FROM proposal pr
		JOIN unit u ON u.id = pr.unit_id
		JOIN award_form f ON f.code = pr.form_code
		LEFT JOIN person p ON p.id = pr.person_id
		LEFT JOIN unit ru ON ru.id = pr.recipient_unit_id
		WHERE pr.campaign_id = ?
		ORDER BY pr.id`, campaignID)
	if err != nil {
		return nil, internal("đọc danh sách đề nghị", err)
	}
	defer rows.Close()
	var ps []app.Proposal
	for rows.Next() {
		var p app.Proposal
		if err := rows.Scan(&p.ID, &p.CampaignID, &p.UnitID, &p.UnitName, &p.Recipient, &p.PersonID,
			&p.RecipientUnitID, &p.RecipientName, &p.FormCode, &p.FormName, &p.Achievement, &p.Status, &p.Reason, &p.Override, &p.InDecision); err != nil {
			return nil, internal("đọc danh sách đề nghị", err)
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("đọc danh sách đề nghị", err)
	}
	return ps, nil
}

// sortByUnit orders proposals as the unit list is ordered (kind, then Vietnamese name), the
// collective before its people, then people in Vietnamese name order.
func (d *DB) sortByUnit(ctx context.Context, ps []app.Proposal) error {
	units, err := d.Units(ctx)
	if err != nil {
		return err
	}
	pos := make(map[int64]int, len(units))
	for i, u := range units {
		pos[u.ID] = i
	}
	c := viet.NewNameCollator()
	slices.SortStableFunc(ps, func(a, b app.Proposal) int {
		if x, y := pos[a.UnitID], pos[b.UnitID]; x != y {
			return x - y
		}
		if a.Recipient != b.Recipient {
			if a.Recipient == app.RecipientUnit {
				return -1
			}
			return 1
		}
		if c.Less(a.RecipientName, b.RecipientName) {
			return -1
		}
		if c.Less(b.RecipientName, a.RecipientName) {
			return 1
		}
		return 0
	})
	return nil
}

// Decisions lists a campaign's decisions (0: all), newest first, with award counts and totals.
func (d *DB) Decisions(ctx context.Context, campaignID int64) ([]app.Decision, error) {
	rows, err := d.db.QueryContext(ctx, `
		SELECT d.id, coalesce(d.campaign_id, 0), coalesce(d.number, 0), d.symbol, d.year, d.signed_on,
			d.signer_name, d.signer_title, d.sign_mode, d.subject, d.proposal_ref, d.status,
			(SELECT count(*) FROM award a WHERE a.decision_id = d.id),
			(SELECT coalesce(sum(bonus), 0) FROM award a WHERE a.decision_id = d.id)
		FROM decision d
		WHERE ? = 0 OR d.campaign_id = ?
		ORDER BY d.signed_on DESC, d.id DESC`, campaignID, campaignID)
	if err != nil {
		return nil, internal("đọc danh sách quyết định", err)
	}
	defer rows.Close()
	var ds []app.Decision
	for rows.Next() {
		var x app.Decision
		var signed sql.NullString
		if err := rows.Scan(&x.ID, &x.CampaignID, &x.Number, &x.Symbol, &x.Year, &signed, &x.SignerName,
			&x.SignerTitle, &x.SignMode, &x.Subject, &x.ProposalRef, &x.Status, &x.Awards, &x.Total); err != nil {
			return nil, internal("đọc danh sách quyết định", err)
		}
		x.SignedOn = date(signed)
		ds = append(ds, x)
	}
	return ds, rows.Err()
}

// Awards lists a decision's awards in the order of its list: collectives first (I. Tập thể), then
// individuals (II. Cá nhân).
func (d *DB) Awards(ctx context.Context, decisionID int64) ([]app.Award, error) {
	rows, err := d.db.QueryContext(ctx, `
		SELECT a.id, a.decision_id, coalesce(a.proposal_id, 0), a.recipient_kind, coalesce(a.person_id, 0), coalesce(a.unit_id, 0),
			a.recipient_name, coalesce(a.gender, ''), a.position_unit, a.form_code, f.name, a.achievement, a.bonus,
			coalesce((SELECT printf('%d-%03d', c.year, c.seq) FROM certificate c
				WHERE c.award_id = a.id AND c.status = 'valid' ORDER BY c.seq DESC LIMIT 1), '')
		FROM award a JOIN award_form f ON f.code = a.form_code
		WHERE a.decision_id = ?
		ORDER BY a.recipient_kind DESC, a.sort, a.id`, decisionID)
	if err != nil {
		return nil, internal("đọc danh sách khen thưởng", err)
	}
	defer rows.Close()
	var as []app.Award
	for rows.Next() {
		var a app.Award
		if err := rows.Scan(&a.ID, &a.DecisionID, &a.ProposalID, &a.Recipient, &a.PersonID, &a.UnitID, &a.Name, &a.Gender,
			&a.PositionUnit, &a.FormCode, &a.FormName, &a.Achievement, &a.Bonus, &a.CertificateNo); err != nil {
			return nil, internal("đọc danh sách khen thưởng", err)
		}
		as = append(as, a)
	}
	return as, rows.Err()
}
