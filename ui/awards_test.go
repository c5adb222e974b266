package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

func selectProposal(t *testing.T, v *proposalsView, name string) app.Proposal {
	t.Helper()
	for i, p := range v.shown {
		if p.RecipientName == name {
			v.table.Select(widget.TableCellID{Row: i, Col: 3})
			return p
		}
	}
	t.Fatalf("no proposal for %q among %d", name, len(v.shown))
	return app.Proposal{}
}

func TestAwardsTab_ApproveWithWarningNeedsReason(t *testing.T) {
	db := mustDB(t, true)
	u, _ := mustUI(t, db)
	v := u.awards.proposals
	// The sample's open CSTĐCS proposal has no LĐTT on record: a warning.
	var cst app.Proposal
	for _, p := range v.all {
		if p.FormCode == "cstdcs" {
			cst = p
		}
	}
	if cst.ID == 0 {
		t.Fatal("no CSTĐCS proposal in the sample")
	}
	selectProposal(t, v, cst.RecipientName)
	if got := v.table.text()[v.selected][5]; !strings.HasPrefix(got, markWarn) {
		t.Fatalf("check column = %q, want a warning", got)
	}
	if !strings.Contains(v.detail.Text, "Lao động tiên tiến") || !strings.Contains(v.detail.Text, "Điều 23") {
		t.Errorf("detail = %q", v.detail.Text)
	}
	test.Tap(v.approve)
	if v.reviewForm == nil {
		t.Fatal("approving against a warning asked for no reason")
	}
	if err := v.reviewText.Validate(); err == nil {
		t.Error("an empty reason validates")
	}
	// Saving without a reason is refused by the service too.
	err := db.ReviewProposal(context.Background(), cst.ID, app.ProposalReview{Status: app.ProposalApproved}, v.date())
	if err == nil || !strings.Contains(app.ErrorMessage(err), "hãy ghi lý do") {
		t.Errorf("approve without a reason: %v", err)
	}
	test.Type(v.reviewText, "Đã có quyết định công nhận LĐTT năm 2024 bản giấy, chưa nhập vào phần mềm.")
	v.reviewForm.Submit() // the «Lưu» button
	var got app.Proposal
	for _, p := range v.all {
		if p.ID == cst.ID {
			got = p
		}
	}
	if got.Status != app.ProposalApproved || !strings.Contains(got.Override, "bản giấy") {
		t.Errorf("after approval: %+v", got)
	}
	var audit string
	db.SQL().QueryRow(`SELECT after FROM audit_log WHERE entity = 'proposal' AND action = 'review' ORDER BY id DESC LIMIT 1`).Scan(&audit)
	if !strings.Contains(audit, "bản giấy") || !strings.Contains(audit, "warning") {
		t.Errorf("audit = %s", audit)
	}
}

func TestAwardsTab_RejectNeedsReason(t *testing.T) {
	u, _ := mustUI(t, mustDB(t, true))
	v := u.awards.proposals
	p := selectProposal(t, v, "Phan Hữu Tài")
	test.Tap(v.reject)
	test.Type(v.reviewText, "Chưa có báo cáo thành tích.")
	v.reviewForm.Submit()
	for _, x := range v.all {
		if x.ID == p.ID && (x.Status != app.ProposalRejected || x.Reason != "Chưa có báo cáo thành tích.") {
			t.Errorf("after rejecting: %+v", x)
		}
	}
}

func TestAwardsTab_CreateIssueAndRegister(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	v := u.awards.proposals
	selectProposal(t, v, "Phan Hữu Tài") // Giấy khen, nothing to warn about
	test.Tap(v.approve)
	if v.reviewForm != nil {
		t.Fatal("a proposal without warnings asked for a reason")
	}
	test.Tap(v.toDecision)
	dv := u.awards.decisions
	cur := dv.current()
	if cur == nil || cur.Status != app.DecisionDraft || cur.Awards != 1 {
		t.Fatalf("after «Tạo quyết định»: %+v", cur)
	}
	if u.awards.tabs.SelectedIndex() != 1 {
		t.Error("the Quyết định part is not shown")
	}
	// Edit the draft: sign on 30/06/2024 (1.800.000 đ) then 01/07/2024 (2.340.000 đ).
	test.Tap(dv.edit)
	dv.editor.date.SetText("30/06/2024")
	dv.editor.onConfirm(true)
	if got := dv.awTable.text()[0][4]; got != "540.000 đ" {
		t.Errorf("bonus on 30/06/2024 = %q", got)
	}
	test.Tap(dv.edit)
	dv.editor.date.SetText("01/07/2024")
	dv.editor.onConfirm(true)
	if got := dv.awTable.text()[0][4]; got != "710.000 đ" {
		t.Errorf("bonus on 01/07/2024 = %q", got)
	}
	test.Tap(dv.issue)
	test.Type(dv.number, "35")
	dv.issueForm.Submit()
	if !strings.Contains(dialogText(w), "Đã ban hành Quyết định số 35/QĐ-UBND") {
		t.Errorf("after issuing: %q", dialogText(w))
	}
	closeDialog(t, w, "Đồng ý")
	cur = dv.current()
	if cur == nil || cur.Status != app.DecisionIssued || cur.NumberText() != "35/QĐ-UBND" {
		t.Fatalf("after issuing: %+v", cur)
	}
	if dv.edit.Disabled() == false || dv.revoke.Disabled() {
		t.Error("an issued decision can still be edited, or cannot be revoked")
	}
	if got := dv.awTable.text()[0][5]; got != "2024-001" {
		t.Errorf("certificate number = %q, want 2024-001 (the decision is of 2024)", got)
	}
	// The register of 2024 shows it.
	u.awards.tabs.SelectIndex(2)
	rv := u.awards.register
	rv.year.SetSelected("2024")
	if len(rv.entries) != 1 || rv.table.text()[0][0] != "2024-001" || rv.table.text()[0][3] != "35/QĐ-UBND" || rv.table.text()[0][5] != "Còn hiệu lực" {
		t.Errorf("register 2024 = %q", rv.table.text())
	}
	// Revoke: the number is voided, never reused.
	u.awards.tabs.SelectIndex(1)
	dv.selectID(cur.ID)
	test.Tap(dv.revoke)
	if !strings.Contains(dialogText(w), "Thu hồi quyết định") || !strings.Contains(dialogText(w), "35/QĐ-UBND") {
		t.Fatalf("revoke dialog = %q", dialogText(w))
	}
	revoke := findButton(t, overlay(w), "Thu hồi")
	if !revoke.Disabled() {
		t.Error("«Thu hồi» enabled without a reason")
	}
	dv.revokeOn.SetText("")
	test.Type(dv.revokeOn, "01/08/2024")
	test.Type(dv.revokeWhy, "Sai chức vụ")
	if revoke.Disabled() {
		t.Fatal("«Thu hồi» still disabled with a date and a reason")
	}
	form := overlay(w)
	test.Tap(revoke)
	for _, o := range w.Canvas().Overlays().List() {
		if o == form {
			t.Fatalf("the revoke form stays: %q", dialogText(w))
		}
	}
	x, err := db.Decision(context.Background(), cur.ID)
	if err != nil {
		t.Fatal(err)
	}
	if x.Status != app.DecisionRevoked {
		t.Errorf("status after revoking = %s", x.Status)
	}
	if cur := dv.current(); cur == nil || cur.ID != x.ID || dv.table.text()[dv.selected][6] != "Đã thu hồi" || !dv.revoke.Disabled() {
		t.Errorf("the decisions table after revoking: %+v", cur)
	}
	rv.year.SetSelected("2024")
	if row := rv.table.text()[0]; row[5] != "Đã hủy" || !strings.Contains(row[7], "Sai chức vụ") {
		t.Errorf("register after revoke = %q", row)
	}
}
