package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"thidua/app/docs"
)

// «Theo đề nghị của …» from its parts with a live preview: words typed twice («Tờ trình số …
// của Phòng Nội vụ») print once; the decision prints what the preview showed. «Nơi nhận» grows
// with its lines up to a limit.
func TestDecisionEditor_ProposalLineFromParts(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	dv := draftDecision(t, u, w)
	id := dv.current().ID
	test.Tap(dv.edit)
	e := dv.editor
	if e.ref.proposer.Text != "Trưởng phòng Nội vụ" {
		t.Errorf("proposer = %q, want the office's head", e.ref.proposer.Text)
	}
	test.Type(e.ref.number, "Tờ trình số 05/TTr-NV của Phòng Nội vụ")
	test.Type(e.ref.on, "06/01/2025")
	want := "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 05/TTr-NV ngày 06/01/2025,"
	if e.ref.preview.Text != "Sẽ in: «"+want+"»" {
		t.Errorf("preview = %q", e.ref.preview.Text)
	}
	rows := func() int { return strings.Count(e.cc.Text, "\n") + 1 }
	h := e.cc.MinSize().Height
	e.cc.SetText(e.cc.Text + "\nUBND các xã, thị trấn\nPhòng Tài chính - Kế hoạch\nKho bạc Nhà nước huyện\nLưu: VT")
	if rows() < 5 || e.cc.MinSize().Height <= h {
		t.Errorf("«Nơi nhận» with %d lines did not grow (%v → %v)", rows(), h, e.cc.MinSize().Height)
	}
	h = e.cc.MinSize().Height
	e.cc.SetText(strings.Repeat("Nơi nhận\n", 30) + "Lưu: VT")
	if e.cc.MinSize().Height > h*2 {
		t.Errorf("«Nơi nhận» of 31 lines grew to %v: no limit", e.cc.MinSize().Height)
	}
	e.dlg.Submit()
	doc, err := docs.DecisionDocument(context.Background(), db, id)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Proposal != want {
		t.Errorf("printed %q, want %q", doc.Proposal, want)
	}
}
