package data_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/data"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// approvedGiayKhen returns the ids of approved Giấy khen proposals of the sample not yet in a decision.
func freeApproved(t *testing.T, d *data.DB, campaignID int64) []int64 {
	t.Helper()
	ctx := context.Background()
	ps, err := d.Proposals(ctx, campaignID)
	if err != nil {
		t.Fatal(err)
	}
	// The sample's open proposals: approve the Giấy khen ones (with a reason when warned).
	var ids []int64
	for _, p := range ps {
		if p.Status == app.ProposalNew && p.FormCode == "giay_khen" {
			err := d.ReviewProposal(ctx, p.ID, app.ProposalReview{Status: app.ProposalApproved, Override: "Đã kiểm tra hồ sơ giấy."}, day(2025, 1, 20))
			if err != nil {
				t.Fatalf("approve %s: %v", p.RecipientName, err)
			}
			ids = append(ids, p.ID)
		}
	}
	if len(ids) == 0 {
		t.Fatal("no open Giấy khen proposal in the sample")
	}
	return ids
}

func sampleCampaign(t *testing.T, d *data.DB) int64 {
	t.Helper()
	cs, err := d.Campaigns(context.Background())
	if err != nil || len(cs) == 0 {
		t.Fatal(err)
	}
	return cs[0].ID
}

func TestDecision_Lifecycle(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	ids := freeApproved(t, d, cid)

	id, err := d.CreateDecision(ctx, cid, ids, day(2024, 6, 30))
	if err != nil {
		t.Fatal(err)
	}
	x, err := d.Decision(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if x.Status != app.DecisionDraft || x.Number != 0 || x.NumberText() != "(chưa có số)" || x.SignerName != "Thái Hoàng Vũ" ||
		!strings.HasSuffix(x.Subject, "năm 2024") || len(x.Basis) < 3 || x.CC[len(x.CC)-1] != "Lưu: VT, NV" {
		t.Fatalf("draft = %+v", x)
	}
	if !strings.Contains(x.Basis[len(x.Basis)-1], "Kế hoạch số 18/KH-UBND") {
		t.Errorf("last căn cứ = %q, want the campaign plan", x.Basis[len(x.Basis)-1])
	}
	inDecision := func() bool {
		ps, _ := d.Proposals(ctx, cid)
		for _, p := range ps {
			if p.ID == ids[0] {
				return p.InDecision
			}
		}
		return false
	}
	if !inDecision() {
		t.Error("a proposal in a draft is not marked as held by a decision")
	}
	// 30/06/2024: base salary 1.800.000 → Giấy khen cá nhân 540.000.
	as, _ := d.Awards(ctx, id)
	if len(as) != len(ids) || as[0].Bonus != 540000 {
		t.Fatalf("awards = %+v", as)
	}
	// Move the date to 01/07/2024: 2.340.000 → 710.000.
	x.SignedOn = day(2024, 7, 1)
	if err := d.UpdateDraft(ctx, &x); err != nil {
		t.Fatal(err)
	}
	if as, _ = d.Awards(ctx, id); as[0].Bonus != 710000 {
		t.Errorf("after the date change bonus = %d, want 710.000", as[0].Bonus)
	}

	t.Run("ErrNumberTaken", func(t *testing.T) {
		// The sample's 07/QĐ-UBND is of 2025; make ours 2025 too and take 7.
		x.SignedOn = day(2025, 1, 20)
		if err := d.UpdateDraft(ctx, &x); err != nil {
			t.Fatal(err)
		}
		err := d.IssueDecision(ctx, id, 7)
		if app.ErrorCode(err) != app.ECONFLICT || !strings.Contains(app.ErrorMessage(err), "07/QĐ-UBND năm 2025 đã dùng") {
			t.Errorf("err = %v", err)
		}
	})
	if err := d.IssueDecision(ctx, id, 12); err != nil {
		t.Fatal(err)
	}
	// Gapless: the sample used 2025-001 … 2025-018; ours continue at 019.
	reg, err := d.Register(ctx, 2025)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range reg {
		if e.Seq != i+1 {
			t.Fatalf("register has a gap at %d: %+v", i, e)
		}
	}
	if last := reg[len(reg)-1]; last.DecisionNumber != "12/QĐ-UBND" || len(reg) != 18+len(ids) {
		t.Errorf("last entry %+v, %d entries", last, len(reg))
	}

	t.Run("IssuedIsReadOnly", func(t *testing.T) {
		x, _ := d.Decision(ctx, id)
		x.Subject = "Khác"
		if err := d.UpdateDraft(ctx, &x); app.ErrorCode(err) != app.ECONFLICT || !strings.Contains(app.ErrorMessage(err), "thu hồi") {
			t.Errorf("update of an issued decision: %v", err)
		}
		if err := d.DeleteDraft(ctx, id); app.ErrorCode(err) != app.ECONFLICT {
			t.Errorf("delete of an issued decision: %v", err)
		}
		if err := d.IssueDecision(ctx, id, 13); app.ErrorCode(err) != app.ECONFLICT {
			t.Errorf("issue twice: %v", err)
		}
		if err := d.ReviewProposal(ctx, ids[0], app.ProposalReview{Status: app.ProposalNew}, day(2025, 1, 21)); app.ErrorCode(err) != app.ECONFLICT {
			t.Errorf("a proposal in an issued decision was changed: %v", err)
		}
	})

	t.Run("Revoke", func(t *testing.T) {
		if err := d.RevokeDecision(ctx, id, day(2025, 2, 1), ""); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("revoke without a reason: %v", err)
		}
		if err := d.RevokeDecision(ctx, id, day(2025, 2, 1), "Sai tên một cá nhân"); err != nil {
			t.Fatal(err)
		}
		x, _ := d.Decision(ctx, id)
		if x.Status != app.DecisionRevoked {
			t.Errorf("status = %s", x.Status)
		}
		if inDecision() {
			t.Error("a proposal of a revoked decision is still marked as held")
		}
		reg, _ := d.Register(ctx, 2025)
		void := 0
		for _, e := range reg {
			if e.Status == app.CertificateVoid {
				void++
				if !strings.Contains(e.VoidReason, "12/QĐ-UBND bị thu hồi: Sai tên một cá nhân") {
					t.Errorf("void reason = %q", e.VoidReason)
				}
			}
		}
		if void != len(ids) || len(reg) != 18+len(ids) {
			t.Errorf("%d void of %d entries", void, len(reg))
		}
		// The proposals can go into a new decision; its numbers continue after the voided ones.
		id2, err := d.CreateDecision(ctx, cid, ids, day(2025, 2, 3))
		if err != nil {
			t.Fatal(err)
		}
		if err := d.IssueDecision(ctx, id2, 15); err != nil {
			t.Fatal(err)
		}
		reg, _ = d.Register(ctx, 2025)
		if len(reg) != 18+2*len(ids) || reg[len(reg)-1].Seq != len(reg) {
			t.Errorf("register after the new decision: %d entries, last %d", len(reg), reg[len(reg)-1].Seq)
		}
		if rep, err := d.Check(ctx); err != nil || !rep.OK() {
			t.Errorf("check: %+v %v", rep, err)
		}
	})
	var n int
	d.SQL().QueryRow(`SELECT count(*) FROM audit_log WHERE entity = 'decision'`).Scan(&n)
	if n < 6 {
		t.Errorf("audit log has %d decision lines", n)
	}
}

func TestDecision_OnlyApprovedProposals(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	ps, _ := d.Proposals(ctx, cid)
	var open int64
	for _, p := range ps {
		if p.Status == app.ProposalNew {
			open = p.ID
		}
	}
	if _, err := d.CreateDecision(ctx, cid, []int64{open}, day(2025, 1, 20)); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("a decision from a proposal not approved: %v", err)
	}
	if _, err := d.CreateDecision(ctx, cid, nil, day(2025, 1, 20)); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("an empty decision: %v", err)
	}
}

func TestDecision_NoBaseSalaryForDate(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	ids := freeApproved(t, d, cid)
	_, err := d.CreateDecision(ctx, cid, ids, day(2019, 1, 2))
	if err == nil || !strings.Contains(app.ErrorMessage(err), "chưa có giá trị áp dụng ngày 02/01/2019") {
		t.Errorf("err = %v", err)
	}
}

// A failure to read the signers is an error, not a draft silently without a signer.
func TestCreateDecision_SignerReadFailureIsReported(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	ids := freeApproved(t, d, cid)
	if _, err := d.SQL().ExecContext(ctx, `DROP TABLE signer`); err != nil {
		t.Fatal(err)
	}
	_, err := d.CreateDecision(ctx, cid, ids, day(2025, 1, 20))
	if app.ErrorCode(err) != app.EINTERNAL {
		t.Fatalf("CreateDecision without a signer table: %v (code %q), want EINTERNAL", err, app.ErrorCode(err))
	}
}

// Only a campaign that is not there is «not found».
func TestCreateDecision_CampaignNotFound(t *testing.T) {
	d := MustSample(t)
	_, err := d.CreateDecision(context.Background(), 9999, []int64{1}, day(2025, 1, 20))
	if app.ErrorCode(err) != app.ENOTFOUND {
		t.Fatalf("got %v, want ENOTFOUND", err)
	}
}
