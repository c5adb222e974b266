package data_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"thidua/app"
)

// A summed-up campaign's proposals and decisions are read-only; only revoking an award stays open,
// and reopening (with a reason) lets the office add proposals again.
func TestCampaignSummarised_AwardsReadOnly(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	draftIDs := freeApproved(t, d, cid)
	draft, err := d.CreateDecision(ctx, cid, draftIDs, day(2025, 1, 20))
	if err != nil {
		t.Fatal(err)
	}
	qd07, err := d.FindDecision(ctx, 7, "QĐ-UBND", 2025)
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := d.Proposals(ctx, cid)
	var open app.Proposal // the sample's Tập thể lao động tiên tiến proposal, still new
	for _, p := range ps {
		if p.Status == app.ProposalNew && p.FormCode == app.FormTTLDTT {
			open = p
		}
	}
	if open.ID == 0 {
		t.Fatal("no open TTLĐTT proposal in the sample")
	}
	fresh := func() *app.Proposal {
		return &app.Proposal{CampaignID: cid, UnitID: open.UnitID, Recipient: app.RecipientUnit, RecipientUnitID: open.RecipientUnitID,
			FormCode: app.FormGiayKhen, Achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2024"}
	}
	if err := d.SetCampaignStage(ctx, cid, app.StageSummarised, ""); err != nil {
		t.Fatal(err)
	}
	snapshot := func() string {
		ps, err1 := d.Proposals(ctx, cid)
		ds, err2 := d.Decisions(ctx, cid)
		as, err3 := d.Awards(ctx, draft)
		return fmt.Sprintf("%+v|%+v|%+v|%v %v %v|%d", ps, ds, as, err1, err2, err3, count(t, d, "audit_log"))
	}
	before := snapshot()

	x, err := d.Decision(ctx, draft)
	if err != nil {
		t.Fatal(err)
	}
	x.Subject = "Về việc khen thưởng (sửa sau tổng kết)"
	for _, c := range []struct {
		what string
		err  error
	}{
		{"thêm đề nghị", d.CreateProposal(ctx, fresh())},
		{"xóa đề nghị", d.DeleteProposal(ctx, open.ID)},
		{"nhập đề nghị", func() error {
			_, err := d.ImportProposals(ctx, cid, []app.Proposal{*fresh()}, []int{2})
			return err
		}()},
		{"duyệt đề nghị", d.ReviewProposal(ctx, open.ID, app.ProposalReview{Status: app.ProposalRejected, Reason: "Hết hạn."}, day(2025, 1, 21))},
		{"tạo đề nghị", func() error {
			_, err := d.ProposeFromRanking(ctx, cid, []string{"Tốt"}, app.FormGiayKhen)
			return err
		}()},
		{"tạo quyết định", func() error {
			_, err := d.CreateDecision(ctx, cid, draftIDs, day(2025, 1, 21))
			return err
		}()},
		{"sửa dự thảo quyết định", d.UpdateDraft(ctx, &x)},
		{"xóa dự thảo quyết định", d.DeleteDraft(ctx, draft)},
		{"ban hành quyết định", d.IssueDecision(ctx, draft, 12)},
	} {
		want := "Phong trào 2024 đã tổng kết: không " + c.what + " được nữa."
		if app.ErrorCode(c.err) != app.ECONFLICT || !strings.HasPrefix(app.ErrorMessage(c.err), want) {
			t.Errorf("%s: %v (code %q), want ECONFLICT %q", c.what, c.err, app.ErrorCode(c.err), want)
		}
	}
	if after := snapshot(); after != before {
		t.Errorf("a refused change changed the proposals, the decisions or the audit log (%d → %d bytes)", len(before), len(after))
	}

	if err := d.RevokeDecision(ctx, qd07, day(2025, 3, 1), "Thanh tra phát hiện sai đối tượng"); err != nil {
		t.Fatalf("revoking QĐ 07 of a summed-up campaign: %v", err)
	}
	if x, _ := d.Decision(ctx, qd07); x.Status != app.DecisionRevoked {
		t.Errorf("QĐ 07 status %s", x.Status)
	}

	if err := d.SetCampaignStage(ctx, cid, app.StageScoring, "Bổ sung đề nghị theo kết luận thanh tra"); err != nil {
		t.Fatal(err)
	}
	if err := d.CreateProposal(ctx, fresh()); err != nil {
		t.Errorf("after reopening: %v", err)
	}
}
