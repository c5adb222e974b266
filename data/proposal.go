package data

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"time"

	"thidua/app"
	"thidua/app/eligibility"
	"thidua/app/viet"
)

// CreateProposal stores a new proposal (status Mới) after checking that its recipient and form exist.
func (d *DB) CreateProposal(ctx context.Context, p *app.Proposal) error {
	p.Achievement = viet.NormalizeMultiline(p.Achievement)
	p.Status, p.Reason = app.ProposalNew, ""
	return d.write(ctx, "thêm đề nghị", func(tx *sql.Tx) error {
		if err := campaignOpen(ctx, tx, p.CampaignID, "thêm đề nghị"); err != nil {
			return err
		}
		return d.insertProposal(ctx, tx, p)
	})
}

func (d *DB) insertProposal(ctx context.Context, tx *sql.Tx, p *app.Proposal) error {
	if err := app.ValidateProposal(p); err != nil {
		return err
	}
	var personID, unitID any
	if p.Recipient == app.RecipientPerson {
		personID = p.PersonID
	} else {
		unitID = p.RecipientUnitID
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO proposal (campaign_id, unit_id, recipient_kind, person_id, recipient_unit_id, form_code,
		achievement, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, 'new', '')`, p.CampaignID, p.UnitID, p.Recipient, personID, unitID,
		p.FormCode, p.Achievement)
	if err != nil {
		return mapErr("thêm đề nghị", err)
	}
	if p.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return d.audit(ctx, tx, "proposal", p.ID, "create", nil, p)
}

// DeleteProposal removes a proposal that no decision uses, of a campaign not yet summed up.
func (d *DB) DeleteProposal(ctx context.Context, id int64) error {
	return d.write(ctx, "xóa đề nghị", func(tx *sql.Tx) error {
		campaignID, err := proposalCampaign(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := campaignOpen(ctx, tx, campaignID, "xóa đề nghị"); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM award WHERE proposal_id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if err := app.CheckDeleteProposal(n > 0); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM proposal WHERE id = ?`, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "proposal", id, "delete", nil, nil)
	})
}

// ImportProposals stores parsed proposals of a campaign all or nothing; a proposal already there
// (same recipient and form) is skipped and listed. A summed-up campaign takes none.
func (d *DB) ImportProposals(ctx context.Context, campaignID int64, ps []app.Proposal, rows []int) (app.ImportResult, error) {
	var res app.ImportResult
	if err := d.backupBeforeImport(ctx); err != nil {
		return res, err
	}
	err := d.write(ctx, "nhập danh sách đề nghị", func(tx *sql.Tx) error {
		if err := campaignOpen(ctx, tx, campaignID, "nhập đề nghị"); err != nil {
			return err
		}
		seen := map[string]bool{}
		existing, err := queryProposals(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		for _, p := range existing {
			seen[app.ProposalKey(p)] = true
		}
		for i := range ps {
			p := ps[i]
			p.CampaignID = campaignID
			if p.Recipient == app.RecipientUnit && p.RecipientUnitID == 0 {
				p.RecipientUnitID = p.UnitID
			}
			if seen[app.ProposalKey(p)] {
				res.Duplicates = append(res.Duplicates, rowLabel(rows, i)+p.RecipientName+" — "+p.FormName+" đã được đề nghị, bỏ qua.")
				continue
			}
			seen[app.ProposalKey(p)] = true
			p.Achievement = viet.NormalizeMultiline(p.Achievement)
			if err := d.insertProposal(ctx, tx, &p); err != nil {
				return err
			}
			res.Added++
		}
		return nil
	})
	if err != nil {
		return app.ImportResult{}, err
	}
	return res, nil
}

// Eligibility runs the legal checks of every proposal of a campaign, as of a date.
func (d *DB) Eligibility(ctx context.Context, campaignID int64, asOf time.Time) (map[int64][]app.Reason, error) {
	tx, err := d.readTx(ctx)
	if err != nil {
		return nil, internal("kiểm tra điều kiện khen thưởng", err)
	}
	defer tx.Rollback()
	f, err := loadFacts(ctx, tx, campaignID)
	if err != nil {
		return nil, err
	}
	out := make(map[int64][]app.Reason, len(f.proposals))
	for _, p := range f.proposals {
		out[p.ID] = eligibility.CheckEligibility(f.factsFor(p, asOf))
	}
	return out, nil
}

// ReviewProposal records the office's decision on a proposal. Approving re-runs the checks as of
// asOf: a blocking reason cannot be approved; a warning needs r.Override, kept with the proposal
// and in the audit log together with the reasons.
func (d *DB) ReviewProposal(ctx context.Context, id int64, r app.ProposalReview, asOf time.Time) error {
	r.Reason, r.Override = viet.NormalizeMultiline(r.Reason), viet.NormalizeMultiline(r.Override)
	return d.write(ctx, "duyệt đề nghị", func(tx *sql.Tx) error {
		var campaignID int64
		var status string
		if err := tx.QueryRowContext(ctx, `SELECT campaign_id, status FROM proposal WHERE id = ?`, id).Scan(&campaignID, &status); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return app.Errorf(app.ENOTFOUND, "Không tìm thấy đề nghị (mã %d).", id)
			}
			return err
		}
		if err := campaignOpen(ctx, tx, campaignID, "duyệt đề nghị"); err != nil {
			return err
		}
		var inDecision int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM award WHERE proposal_id = ?`, id).Scan(&inDecision); err != nil {
			return err
		}
		if err := app.CheckReviewable(inDecision > 0); err != nil {
			return err
		}
		var reasons []app.Reason
		if r.Status == app.ProposalApproved {
			var err error
			if reasons, err = proposalReasons(ctx, tx, campaignID, id, asOf); err != nil {
				return err
			}
		}
		rv, err := app.Review(r, reasons)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE proposal SET status = ?, reason = ?, override_reason = ? WHERE id = ?`,
			rv.Status, rv.Reason, rv.Override, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "proposal", id, "review", map[string]string{"status": status},
			map[string]any{"status": rv.Status, "reason": rv.Reason, "override": rv.Override, "reasons": reasonTexts(reasons)})
	})
}

// proposalCampaign is the campaign of a proposal.
func proposalCampaign(ctx context.Context, tx *sql.Tx, id int64) (int64, error) {
	var campaignID int64
	err := tx.QueryRowContext(ctx, `SELECT campaign_id FROM proposal WHERE id = ?`, id).Scan(&campaignID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, app.Errorf(app.ENOTFOUND, "Không tìm thấy đề nghị (mã %d).", id)
	}
	return campaignID, err
}

// proposalReasons runs the legal checks of one proposal of a campaign, as of a date.
func proposalReasons(ctx context.Context, tx *sql.Tx, campaignID, id int64, asOf time.Time) ([]app.Reason, error) {
	f, err := loadFacts(ctx, tx, campaignID)
	if err != nil {
		return nil, err
	}
	for _, p := range f.proposals {
		if p.ID == id {
			return eligibility.CheckEligibility(f.factsFor(p, asOf)), nil
		}
	}
	return nil, nil
}

func reasonTexts(rs []app.Reason) []string {
	var out []string
	for _, r := range rs {
		if r.Severity != app.SeverityOK {
			out = append(out, string(r.Severity)+": "+r.String())
		}
	}
	return out
}

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
			EXISTS (SELECT 1 FROM award a JOIN decision d ON d.id = a.decision_id WHERE a.proposal_id = pr.id AND d.status <> 'revoked'),
			coalesce(dd.number, 0), coalesce(dd.symbol, ''), coalesce(dd.status, '')
		FROM proposal pr
		LEFT JOIN decision dd ON dd.id = (SELECT a.decision_id FROM award a JOIN decision d ON d.id = a.decision_id
			WHERE a.proposal_id = pr.id ORDER BY d.status = 'revoked', d.id DESC LIMIT 1)
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
			&p.RecipientUnitID, &p.RecipientName, &p.FormCode, &p.FormName, &p.Achievement, &p.Status, &p.Reason, &p.Override, &p.InDecision,
			&p.DecisionNumber, &p.DecisionSymbol, &p.DecisionStatus); err != nil {
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
