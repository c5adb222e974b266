package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/viet"
)

// apply reads and stores a return of f, failing the test when it is refused.
func (e *bookEnv) apply(f *excelize.File, rc app.BookReceipt) app.BookPlan {
	e.t.Helper()
	r := e.read(e.bytesOf(f), "So_tra_giac_2024.xlsx")
	if r.Refused() {
		e.t.Fatalf("refused: %s %v", r.Result(), r.Errors)
	}
	r.Apply(e.ctx, e.d, e.campaign, rc)
	if r.Refused() {
		e.t.Fatalf("apply refused: %s %v", r.Result(), r.Errors)
	}
	return r.Plan
}

// audits are the log's lines of entity and action, newest first.
func (e *bookEnv) audits(entity, action string) []app.AuditEntry {
	e.t.Helper()
	all, err := e.d.AuditLog(e.ctx, app.AuditFilter{Entity: entity, Limit: 1 << 20})
	must(e.t, err)
	var out []app.AuditEntry
	for _, a := range all {
		if a.Action == action {
			out = append(out, a)
		}
	}
	return out
}

// A proposal changed by a second return is linked to two submissions; a third return without it
// removes it once, with one line in the log that keeps what was removed.
func TestWorkbook_ThirdReturnRemovesOnce(t *testing.T) {
	e := newBookEnv(t)
	if len(e.book.Staff) == 0 {
		t.Skip("the sample unit has no staff")
	}
	f := e.blank()
	e.fill(f)
	e.apply(f, app.BookReceipt{Received: day(2024, 6, 20)})
	must(t, f.SetCellValue(app.BookProposalSheet, "E3", "Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận."))
	p2 := e.apply(f, app.BookReceipt{Received: day(2024, 6, 25)})
	if p2.Count(app.BookProposalSheet, app.BookChanged) != 1 {
		t.Fatalf("second return: %v", p2.Summary())
	}
	upd := e.audits("proposal", "update")
	if len(upd) != 1 || !strings.Contains(upd[0].Before, "cải cách hành chính năm 2024") || !strings.Contains(upd[0].After, "sáng kiến") {
		t.Errorf("the change of an achievement is logged as %+v, want the old and the new text", upd)
	}
	dels := len(e.audits("proposal", "delete"))
	must(t, f.SetSheetRow(app.BookProposalSheet, "A3", &[]any{"", "", "", "", ""}))
	p3 := e.apply(f, app.BookReceipt{Received: day(2024, 7, 1)})
	if n := p3.Count(app.BookProposalSheet, app.BookRemoved); n != 1 {
		t.Errorf("removed %d, want 1: %v", n, p3.Summary())
	}
	got := e.audits("proposal", "delete")
	if len(got)-dels != 1 {
		t.Fatalf("%d delete lines in the log, want 1", len(got)-dels)
	}
	if !strings.Contains(got[0].Before, "sáng kiến được công nhận") {
		t.Errorf("the log of the removal does not keep the proposal: before %q", got[0].Before)
	}
}

// Equal shares come back from storage ordered by name: a workbook listing them in another order
// is unchanged.
func TestWorkbook_EqualSharesUnchanged(t *testing.T) {
	e := newBookEnv(t)
	f := e.blank()
	must(t, f.SetSheetRow(app.BookInitiativeSheet, "A3", &[]any{"Sổ tay điện tử thủ tục hành chính", e.book.ReformFields[1],
		"Giải pháp tác nghiệp", "Trần Văn Bình (50%); Lê Thị An (50%)", "15/03/2024", "", "", ""}))
	p1 := e.apply(f, app.BookReceipt{Received: day(2024, 6, 20)})
	if p1.Count(app.BookInitiativeSheet, app.BookAdded) != 1 {
		t.Fatalf("first return: %v", p1.Summary())
	}
	saves := e.audits("initiative", "save")
	if len(saves) != 1 || saves[0].Before != "" || !strings.Contains(saves[0].After, "Sổ tay điện tử") {
		t.Errorf("the new initiative is logged as %+v, want its own line with the record", saves)
	}
	p2 := e.apply(f, app.BookReceipt{Received: day(2024, 6, 21)})
	if n := p2.Count(app.BookInitiativeSheet, app.BookChanged); n != 0 {
		t.Errorf("the same workbook again shows %d changed initiatives: %+v", n, p2.Changes)
	}
	must(t, f.SetCellValue(app.BookInitiativeSheet, "F3", "Tra cứu thủ tục trên điện thoại."))
	e.apply(f, app.BookReceipt{Received: day(2024, 6, 22)})
	saves = e.audits("initiative", "save")
	if len(saves) != 2 || !strings.Contains(saves[0].Before, "Sổ tay điện tử") || !strings.Contains(saves[0].After, "điện thoại") {
		t.Errorf("the changed initiative is logged as %+v, want the record before and after", saves)
	}
}

// A self-score changed by a return is logged with the value it replaces.
func TestWorkbook_ScoresLoggedWithOldValues(t *testing.T) {
	e := newBookEnv(t)
	f := e.blank()
	leaf := firstPlain(e.book)
	row := "D" + strconv.Itoa(5+leaf)
	must(t, f.SetCellValue(app.BookScoreSheet, row, 0.5))
	e.apply(f, app.BookReceipt{Received: day(2024, 6, 20)})
	must(t, f.SetCellValue(app.BookScoreSheet, row, 0.25))
	e.apply(f, app.BookReceipt{Received: day(2024, 6, 21)})
	got := e.audits("unit", "workbook_self_scores")
	if len(got) != 2 {
		t.Fatalf("%d score lines in the log, want 2", len(got))
	}
	code := strconv.Quote(e.book.Criteria[leaf].Code)
	if !strings.Contains(got[0].Before, code) || !strings.Contains(got[0].Before, `"Self":50`) || !strings.Contains(got[0].After, `"Self":25`) {
		t.Errorf("log of the second return: before %s after %s", got[0].Before, got[0].After)
	}
}

// The returned workbook is the report's evidence: kept in the evidence folder, opened from the grid.
func TestWorkbook_ReturnKeptAsEvidence(t *testing.T) {
	e := newBookEnv(t)
	g, err := e.d.ReportGrid(e.ctx, e.campaign, day(2024, 12, 31))
	must(t, err)
	period := g.Periods[g.PeriodIndex("6 tháng")]
	for _, row := range g.Rows { // the report recorded by hand is removed first, and logged
		if c := row.Cells[g.PeriodIndex("6 tháng")]; row.Unit.ID == e.unit.ID && c.Received {
			must(t, e.d.DeleteUnitReport(e.ctx, c.Report.ID))
			dels := e.audits("unit_report", "delete")
			if len(dels) != 1 || !strings.Contains(dels[0].Before, viet.ISODate(c.Report.ReceivedOn)[:4]) || !strings.Contains(dels[0].Before, `"UnitID":`+strconv.FormatInt(e.unit.ID, 10)) {
				t.Errorf("the removal of a report is logged as %+v, want what was removed", dels)
			}
		}
	}
	f := e.blank()
	e.fill(f)
	b := e.bytesOf(f)
	r := e.read(b, "So_tra_giac_2024.xlsx")
	r.Apply(e.ctx, e.d, e.campaign, app.BookReceipt{PeriodID: period.ID, Received: day(2024, 12, 1)})
	if r.Refused() {
		t.Fatal(r.Result())
	}
	g, err = e.d.ReportGrid(e.ctx, e.campaign, day(2024, 12, 31))
	must(t, err)
	var rep app.UnitReport
	for _, row := range g.Rows {
		if row.Unit.ID == e.unit.ID {
			rep = row.Cells[g.PeriodIndex(period.Name)].Report
		}
	}
	if rep.FileSize != int64(len(b)) || rep.FilePath == "" {
		t.Fatalf("report %+v: want the file kept (size %d)", rep, len(b))
	}
	kept, err := os.ReadFile(rep.FilePath)
	if err != nil || string(kept) != string(b) {
		t.Errorf("the kept file differs from the one received (%v)", err)
	}
}

// A unit's workbook proposes the unit itself or its own staff, never another unit.
func TestWorkbook_OtherUnitCollectiveRefused(t *testing.T) {
	e := newBookEnv(t)
	f := e.blank()
	e.fill(f)
	must(t, f.SetSheetRow(app.BookProposalSheet, "A5", &[]any{"Tập thể", "Phòng Y tế", "", "Giấy khen", "Làm hộ đơn vị khác."}))
	before := e.counts()
	r := e.read(e.bytesOf(f), "So_tra_giac_2024.xlsx")
	want := "Trang «Đề nghị khen thưởng», dòng 5, cột «Họ và tên / Tên tập thể»: " + viet.Quote("Phòng Y tế") + " không phải UBND xã Trà Giác"
	if !r.Refused() || len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Error(), want) {
		t.Fatalf("result %q %v, want refused with %q", r.Result(), r.Errors, want)
	}
	r.Apply(e.ctx, e.d, e.campaign, app.BookReceipt{Received: day(2024, 6, 20)})
	if e.counts() != before {
		t.Error("something was stored")
	}
}

// A decision number without its date is refused with what to do.
func TestWorkbook_DecisionWithoutDate(t *testing.T) {
	e := newBookEnv(t)
	f := e.blank()
	e.fill(f)
	must(t, f.SetCellValue(app.BookInitiativeSheet, "H4", ""))
	r := e.read(e.bytesOf(f), "So_tra_giac_2024.xlsx")
	want := "Trang «Sáng kiến», dòng 4, cột «Ngày công nhận cấp cơ sở»: Có số quyết định công nhận cấp cơ sở thì ghi cả ngày công nhận."
	if !r.Refused() || len(r.Errors) != 1 || r.Errors[0].Error() != want {
		t.Errorf("errors %v, want %q", r.Errors, want)
	}
}

// What is typed where the program does not read it is shown as «Bỏ qua» with its cell and why,
// in the preview and on the command line.
func TestWorkbook_IgnoredCellsShown(t *testing.T) {
	e := newBookEnv(t)
	f := e.blank()
	e.fill(f)
	parent, survey := -1, -1
	for i, c := range e.book.Criteria {
		if !c.Leaf && parent < 0 {
			parent = i
		}
		if c.Leaf && (c.Survey || c.FromReports) && survey < 0 {
			survey = i
		}
	}
	if parent < 0 || survey < 0 {
		t.Fatalf("the sample set has no parent (%d) or survey (%d) item", parent, survey)
	}
	pc, sc := "D"+strconv.Itoa(5+parent), "D"+strconv.Itoa(5+survey)
	must(t, f.SetCellValue(app.BookScoreSheet, pc, 7))
	must(t, f.SetCellValue(app.BookScoreSheet, sc, 3))
	must(t, f.SetCellValue(app.BookProposalSheet, "G3", "ghi thêm"))
	b := e.bytesOf(f)
	r := e.read(b, "So_tra_giac_2024.xlsx")
	if r.Refused() {
		t.Fatal(r.Result())
	}
	got := map[string]string{}
	for _, c := range r.Plan.Changes {
		if c.Kind == app.BookSkipped {
			got[strings.Fields(c.Item)[1]] = c.New + " | " + c.Reason
		}
	}
	for cell, want := range map[string]string{pc: "7 | mục có mục con", sc: "3 | ", "G3": "ghi thêm | cột"} {
		if !strings.HasPrefix(got[cell], want) {
			t.Errorf("«Bỏ qua» of %s = %q, want it starting %q (all: %v)", cell, got[cell], want, got)
		}
	}
	path := t.TempDir() + "/So_tra_giac_2024.xlsx"
	must(t, os.WriteFile(path, b, 0o600))
	code, stdout, errs := runCLI("import", "-db", e.dbPath, "-kind", "workbook", "-year", "2024", "-dry-run", path)
	if code != exitOK || !strings.Contains(stdout, "[Bỏ qua] Đề nghị khen thưởng: Ô G3") || !strings.Contains(stdout, "[Bỏ qua] Tự chấm điểm: Ô "+pc) ||
		strings.Contains(stdout, "cũ «»") || !strings.Contains(stdout, "[Mới] Đề nghị khen thưởng: ") {
		t.Errorf("%d %q %q", code, stdout, errs)
	}
}
