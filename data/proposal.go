package data

import (
	"context"
	"database/sql"
	"strconv"
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
		return d.insertProposal(ctx, tx, p)
	})
}

func (d *DB) insertProposal(ctx context.Context, tx *sql.Tx, p *app.Proposal) error {
	if p.CampaignID == 0 {
		return &app.Error{Code: app.EINVALID, Field: "Phong trào", Message: "Chưa chọn phong trào."}
	}
	if p.UnitID == 0 {
		return &app.Error{Code: app.EINVALID, Field: "Đơn vị", Message: "Trường «Đơn vị» không được để trống."}
	}
	if p.FormCode == "" {
		return &app.Error{Code: app.EINVALID, Field: "Hình thức", Message: "Trường «Hình thức» không được để trống."}
	}
	var personID, unitID any
	switch p.Recipient {
	case app.RecipientPerson:
		if p.PersonID == 0 {
			return &app.Error{Code: app.EINVALID, Field: "Cá nhân", Message: "Chưa chọn cá nhân được đề nghị."}
		}
		personID = p.PersonID
	case app.RecipientUnit:
		if p.RecipientUnitID == 0 {
			p.RecipientUnitID = p.UnitID
		}
		unitID = p.RecipientUnitID
	default:
		return &app.Error{Code: app.EINVALID, Field: "Đối tượng", Message: "Trường «Đối tượng» phải là Cá nhân hoặc Tập thể."}
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

// DeleteProposal removes a proposal that no decision uses.
func (d *DB) DeleteProposal(ctx context.Context, id int64) error {
	return d.write(ctx, "xóa đề nghị", func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM award WHERE proposal_id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return app.Errorf(app.ECONFLICT, "Đề nghị đã có trong quyết định nên không xóa được.")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM proposal WHERE id = ?`, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "proposal", id, "delete", nil, nil)
	})
}

// ImportProposals stores parsed proposals of a campaign all or nothing; a proposal already there
// (same recipient and form) is skipped and listed.
func (d *DB) ImportProposals(ctx context.Context, campaignID int64, ps []app.Proposal, rows []int) (app.ImportResult, error) {
	var res app.ImportResult
	if err := d.backupBeforeImport(ctx); err != nil {
		return res, err
	}
	err := d.write(ctx, "nhập danh sách đề nghị", func(tx *sql.Tx) error {
		seen := map[string]bool{}
		existing, err := queryProposals(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		for _, p := range existing {
			seen[proposalKey(p)] = true
		}
		for i := range ps {
			p := ps[i]
			p.CampaignID = campaignID
			if p.Recipient == app.RecipientUnit && p.RecipientUnitID == 0 {
				p.RecipientUnitID = p.UnitID
			}
			if seen[proposalKey(p)] {
				res.Duplicates = append(res.Duplicates, rowLabel(rows, i)+p.RecipientName+" — "+p.FormName+" đã được đề nghị, bỏ qua.")
				continue
			}
			seen[proposalKey(p)] = true
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

func proposalKey(p app.Proposal) string {
	if p.Recipient == app.RecipientUnit {
		return "u" + strconv.FormatInt(p.RecipientUnitID, 10) + "|" + p.FormCode
	}
	return "p" + strconv.FormatInt(p.PersonID, 10) + "|" + p.FormCode
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
			if err == sql.ErrNoRows {
				return app.Errorf(app.ENOTFOUND, "Không tìm thấy đề nghị (mã %d).", id)
			}
			return err
		}
		var inDecision int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM award WHERE proposal_id = ?`, id).Scan(&inDecision); err != nil {
			return err
		}
		if inDecision > 0 {
			return app.Errorf(app.ECONFLICT, "Đề nghị đã có trong quyết định; muốn đổi, hãy bỏ khỏi dự thảo hoặc thu hồi quyết định trước.")
		}
		var reasons []app.Reason
		switch r.Status {
		case app.ProposalApproved:
			f, err := loadFacts(ctx, tx, campaignID)
			if err != nil {
				return err
			}
			for _, p := range f.proposals {
				if p.ID == id {
					reasons = eligibility.CheckEligibility(f.factsFor(p, asOf))
				}
			}
			if err := app.CheckApproval(reasons, r.Override); err != nil {
				return err
			}
			r.Reason = ""
		case app.ProposalRejected, app.ProposalReturned:
			if r.Reason == "" {
				what := "lý do không đạt"
				if r.Status == app.ProposalReturned {
					what = "nội dung cần bổ sung"
				}
				return &app.Error{Code: app.EINVALID, Field: "Lý do", Message: "Cần ghi " + what + "."}
			}
			r.Override = ""
		case app.ProposalNew:
			r.Reason, r.Override = "", ""
		default:
			return app.Errorf(app.EINVALID, "Trạng thái đề nghị không hợp lệ.")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE proposal SET status = ?, reason = ?, override_reason = ? WHERE id = ?`,
			r.Status, r.Reason, r.Override, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "proposal", id, "review", map[string]string{"status": status},
			map[string]any{"status": r.Status, "reason": r.Reason, "override": r.Override, "reasons": reasonTexts(reasons)})
	})
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
