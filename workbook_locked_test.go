package main

import (
	"strings"
	"testing"

	"thidua/app"
)

// A unit whose scores are locked: the preview shows its self-scores «Bỏ qua» with the reason, and
// applying takes the proposals and initiatives and leaves the scores as they were.
func TestWorkbook_LockedScoresSkippedTheRestTaken(t *testing.T) {
	e := newBookEnv(t)
	must(t, e.d.SetUnitLock(e.ctx, e.campaign, e.unit.ID, true, ""))
	sh, err := e.d.UnitSheet(e.ctx, e.campaign, e.unit.ID)
	must(t, err)
	f := e.blank()
	e.fill(f)
	r := e.read(e.bytesOf(f), "So_tra_giac_2024.xlsx")
	if r.Refused() {
		t.Fatalf("refused: %s %v", r.Result(), r.Errors)
	}
	skipped := r.Plan.Count(app.BookScoreSheet, app.BookSkipped)
	if skipped == 0 || len(r.Plan.Scores) != 0 || r.Plan.Count(app.BookScoreSheet, app.BookAdded)+r.Plan.Count(app.BookScoreSheet, app.BookChanged) != 0 {
		t.Errorf("preview of a locked unit: %v", r.Plan.Summary())
	}
	for _, c := range r.Plan.Changes {
		if c.Sheet == app.BookScoreSheet && c.Kind == app.BookSkipped && c.Reason != "điểm đã khóa thẩm định" {
			t.Errorf("%s skipped for %q, want %q", c.Item, c.Reason, "điểm đã khóa thẩm định")
		}
	}
	if len(r.Plan.NewProposals) == 0 || len(r.Plan.NewInitiatives) == 0 {
		t.Fatalf("the proposals and initiatives are not taken: %v", r.Plan.Summary())
	}
	before, err := e.d.Proposals(e.ctx, e.campaign)
	must(t, err)
	r.Apply(e.ctx, e.d, e.campaign, app.BookReceipt{Received: day(2024, 6, 20)})
	if r.Refused() {
		t.Fatalf("apply refused: %s %v", r.Result(), r.Errors)
	}
	after, err := e.d.Proposals(e.ctx, e.campaign)
	must(t, err)
	if len(after) != len(before)+len(r.Plan.NewProposals) {
		t.Errorf("proposals %d → %d, want %d more", len(before), len(after), len(r.Plan.NewProposals))
	}
	sh2, err := e.d.UnitSheet(e.ctx, e.campaign, e.unit.ID)
	must(t, err)
	for id, s := range sh.Scores {
		if s2 := sh2.Scores[id]; s2.Self != s.Self || s2.HasSelf != s.HasSelf {
			t.Errorf("criterion %d: self-score %v → %v under the lock", id, s.Self, s2.Self)
		}
	}
}

// A summed-up campaign takes no workbook: the preview refuses it with the reason, nothing stored.
func TestWorkbook_ClosedCampaignRefusedInThePreview(t *testing.T) {
	e := newBookEnv(t)
	f := e.blank()
	e.fill(f)
	must(t, e.d.SetCampaignStage(e.ctx, e.campaign, app.StageSummarised, ""))
	before, files := e.counts(), e.evidenceFiles()
	b := e.bytesOf(f)
	r := e.read(b, "So_tra_giac_2024.xlsx")
	if !r.Refused() || !strings.Contains(r.Result(), "đã tổng kết") {
		t.Fatalf("preview of a closed campaign: %q", r.Result())
	}
	six, err := findPeriod(e.ctx, e.d, e.campaign, "6 tháng")
	must(t, err)
	_, errs, err := e.d.ApplyReturn(e.ctx, e.campaign, r.Book, app.BookReceipt{PeriodID: six.ID, Received: day(2024, 6, 20), FileName: "x.xlsx", Data: b})
	if err == nil && len(errs) == 0 {
		t.Error("ApplyReturn stored a workbook into a closed campaign")
	}
	if got := e.counts(); got != before {
		t.Errorf("something was stored: %s → %s", before, got)
	}
	if n := e.evidenceFiles(); n != files {
		t.Errorf("files in the evidence folder: %d → %d", files, n)
	}
}

// Two offices made from the same sample have the same campaign and unit numbers: a workbook of the
// other one is not ours, refused with the reason, nothing stored.
func TestWorkbook_AnotherDatabaseRefused(t *testing.T) {
	e, other := newBookEnv(t), newBookEnv(t)
	if other.campaign != e.campaign || other.unit.ID != e.unit.ID {
		t.Fatalf("the two samples differ: campaign %d/%d, unit %d/%d", other.campaign, e.campaign, other.unit.ID, e.unit.ID)
	}
	if other.book.BookID == e.book.BookID {
		t.Fatalf("two databases make the same book id %q", e.book.BookID)
	}
	before, files := e.counts(), e.evidenceFiles()
	f := other.blank()
	other.fill(f)
	b := other.bytesOf(f)
	r := e.read(b, "So_tra_giac_2024.xlsx")
	if !r.Refused() || !strings.Contains(r.Result(), "không phải do chương trình của Phòng Nội vụ này xuất ra") {
		t.Fatalf("another database's workbook: %q", r.Result())
	}
	six, err := findPeriod(e.ctx, e.d, e.campaign, "6 tháng")
	must(t, err)
	if _, errs, err := e.d.ApplyReturn(e.ctx, e.campaign, r.Book, app.BookReceipt{PeriodID: six.ID, Received: day(2024, 6, 20), FileName: "x.xlsx", Data: b}); err == nil && len(errs) == 0 {
		t.Error("ApplyReturn stored another database's workbook")
	}
	if got := e.counts(); got != before {
		t.Errorf("something was stored: %s → %s", before, got)
	}
	if n := e.evidenceFiles(); n != files {
		t.Errorf("files in the evidence folder: %d → %d", files, n)
	}
}
