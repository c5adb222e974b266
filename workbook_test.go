package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/unitbook"
	"thidua/data"
	"thidua/sheet"
)

// bookEnv is a sample database with one unit's workbook generated, ready to be filled.
type bookEnv struct {
	t        testing.TB
	ctx      context.Context
	d        *data.DB
	dbPath   string
	campaign int64
	unit     app.Unit
	book     app.UnitBook
}

func newBookEnv(t *testing.T) *bookEnv { return newBookEnvTB(t, t) }

func newBookEnvTB(t testing.TB, _ *testing.T) *bookEnv {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	if code, _, errs := runCLI("demo", "-db", db); code != exitOK {
		t.Fatal(errs)
	}
	ctx := context.Background()
	d, err := data.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	id, err := campaignOf(ctx, d, 2024)
	if err != nil {
		t.Fatal(err)
	}
	us, err := workbookUnits(ctx, d, "UBND xã Trà Giác")
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.UnitBook(ctx, id, us[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return &bookEnv{t: t, ctx: ctx, d: d, dbPath: db, campaign: id, unit: us[0], book: b}
}

// blank is the workbook as it goes out, opened for filling.
func (e *bookEnv) blank() *excelize.File {
	e.t.Helper()
	var buf bytes.Buffer
	if err := (sheet.Files{}).WriteUnitBook(&buf, e.book); err != nil {
		e.t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

// fill fills the workbook the way a unit would: every plain item half its maximum (rounded down
// to 0,25), two proposals and two initiatives, one of them recognised by the unit.
func (e *bookEnv) fill(f *excelize.File) map[string]app.Points {
	e.t.Helper()
	want := map[string]app.Points{}
	for i, c := range e.book.Criteria {
		if !c.Leaf || c.Survey {
			continue
		}
		p := c.Max / 2 / 25 * 25
		want[c.Code] = p
		must(e.t, f.SetCellValue(app.BookScoreSheet, "D"+strconv.Itoa(5+i), float64(p)/100))
	}
	staff := "Nguyễn Văn Thử" // a unit without staff in the registry: the author is kept as typed
	rows := [][]any{{"Tập thể", e.unit.Name, "", "Giấy khen", "Dẫn đầu khối xã về chuyển đổi số."}}
	if len(e.book.Staff) > 0 {
		staff = e.book.Staff[0]
		rows = append([][]any{{"Cá nhân", staff, "Công chức", "Giấy khen", "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2024."}}, rows...)
	}
	for i, r := range rows {
		must(e.t, f.SetSheetRow(app.BookProposalSheet, "A"+strconv.Itoa(3+i), &r))
	}
	ins := [][]any{
		{"Số hóa hồ sơ hộ tịch bằng mã QR tại xã", e.book.ReformFields[1], "Giải pháp tác nghiệp", staff + " (100%)", "15/03/2024", "Gắn mã QR lên bìa hồ sơ.", "", ""},
		{"Tổ công nghệ số cộng đồng thôn", e.book.ReformFields[5], "Giải pháp quản lý", staff, "01/02/2024", "", "05/QĐ-UBND", "20/06/2024"},
	}
	for i, r := range ins {
		must(e.t, f.SetSheetRow(app.BookInitiativeSheet, "A"+strconv.Itoa(3+i), &r))
	}
	return want
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (e *bookEnv) bytesOf(f *excelize.File) []byte {
	e.t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		e.t.Fatal(err)
	}
	return buf.Bytes()
}

func (e *bookEnv) read(b []byte, name string) unitbook.Return {
	return unitbook.ReadReturn(e.ctx, e.d, sheet.Files{}, e.campaign, b, name)
}

// counts is what a return may change: the campaign's proposals, the unit's self-scores, the
// initiatives of 2024, the reports received, the submissions recorded and the audit log's length.
func (e *bookEnv) counts() string {
	e.t.Helper()
	ps, err := e.d.Proposals(e.ctx, e.campaign)
	must(e.t, err)
	sh, err := e.d.UnitSheet(e.ctx, e.campaign, e.unit.ID)
	must(e.t, err)
	var self app.Points
	for _, s := range sh.Scores {
		self += s.Self
	}
	ins, err := e.d.InitiativeList(e.ctx, app.InitiativeFilter{Year: 2024})
	must(e.t, err)
	g, err := e.d.ReportGrid(e.ctx, e.campaign, day(2024, 12, 31))
	must(e.t, err)
	reports := 0
	for _, r := range g.Rows {
		for _, c := range r.Cells {
			if c.Received {
				reports++
			}
		}
	}
	subs, err := e.d.AuditLog(e.ctx, app.AuditFilter{Entity: "workbook_submission", Limit: 1 << 20})
	must(e.t, err)
	all, err := e.d.AuditLog(e.ctx, app.AuditFilter{Limit: 1 << 20})
	must(e.t, err)
	return strconv.Itoa(len(ps)) + "/" + self.String() + "/" + strconv.Itoa(len(ins)) + "/reports " + strconv.Itoa(reports) +
		"/submissions " + strconv.Itoa(len(subs)) + "/audit " + strconv.Itoa(len(all))
}

// evidenceFiles counts the files in the evidence folder beside the database.
func (e *bookEnv) evidenceFiles() int {
	e.t.Helper()
	es, err := os.ReadDir(e.d.EvidenceDir())
	if os.IsNotExist(err) {
		return 0
	}
	must(e.t, err)
	return len(es)
}

func TestWorkbook_FilledImportedFound(t *testing.T) {
	e := newBookEnv(t)
	f := e.blank()
	want := e.fill(f)
	r := e.read(e.bytesOf(f), "So_tra_giac_2024.xlsx")
	if r.Refused() {
		t.Fatalf("refused: %s %v", r.Result(), r.Errors)
	}
	if n := r.Plan.Count(app.BookProposalSheet, app.BookAdded); n != 2 {
		t.Errorf("new proposals = %d, want 2", n)
	}
	if n := r.Plan.Count(app.BookInitiativeSheet, app.BookAdded); n != 2 {
		t.Errorf("new initiatives = %d, want 2", n)
	}
	six, err := findPeriod(e.ctx, e.d, e.campaign, "6 tháng")
	must(t, err)
	r.Apply(e.ctx, e.d, e.campaign, app.BookReceipt{PeriodID: six.ID, Received: day(2024, 6, 20)})
	if r.Refused() {
		t.Fatalf("apply refused: %s", r.Result())
	}
	sh, err := e.d.UnitSheet(e.ctx, e.campaign, e.unit.ID)
	must(t, err)
	for _, c := range sh.Set.Items {
		if p, ok := want[c.Code]; ok {
			if s := sh.Scores[c.ID]; !s.HasSelf || s.Self != p {
				t.Errorf("%s: self %v (has %v), want %v", c.Code, s.Self, s.HasSelf, p)
			}
		}
	}
	ps, err := e.d.Proposals(e.ctx, e.campaign)
	must(t, err)
	found := 0
	for _, p := range ps {
		if p.UnitID == e.unit.ID && p.Status == app.ProposalNew && (strings.Contains(p.Achievement, "cải cách hành chính năm 2024") || strings.Contains(p.Achievement, "chuyển đổi số")) {
			found++
		}
	}
	if found != 2 {
		t.Errorf("found %d of the 2 proposals as «Mới» of %s", found, e.unit.Name)
	}
	ins, err := e.d.InitiativeList(e.ctx, app.InitiativeFilter{Year: 2024, UnitID: e.unit.ID})
	must(t, err)
	steps := map[string]app.InitiativeStep{}
	for _, in := range ins {
		steps[in.Title] = in.Step
		if in.Title == "Tổ công nghệ số cộng đồng thôn" && (len(in.Authors) != 1 || in.Authors[0].PersonID == 0) {
			t.Errorf("author not matched to the registry: %+v", in.Authors)
		}
	}
	if steps["Số hóa hồ sơ hộ tịch bằng mã QR tại xã"] != app.StepRegistered || steps["Tổ công nghệ số cộng đồng thôn"] != app.StepBaseRecognised {
		t.Errorf("initiative steps = %v", steps)
	}
	g, err := e.d.ReportGrid(e.ctx, e.campaign, day(2024, 7, 1))
	must(t, err)
	for _, row := range g.Rows {
		if row.Unit.ID == e.unit.ID && !row.Cells[g.PeriodIndex("6 tháng")].Received {
			t.Error("the submission did not mark the 6-month report received")
		}
	}

	t.Run("SecondReturnShowsDifferences", func(t *testing.T) {
		leaf := firstPlain(e.book)
		must(t, f.SetCellValue(app.BookScoreSheet, "D"+strconv.Itoa(5+leaf), 0.25))
		must(t, f.SetCellValue(app.BookProposalSheet, "E3", "Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận."))
		must(t, f.SetSheetRow(app.BookProposalSheet, "A4", &[]any{"", "", "", "", ""}))
		before := e.counts()
		r2 := e.read(e.bytesOf(f), "So_tra_giac_2024.xlsx")
		if r2.Refused() {
			t.Fatal(r2.Result())
		}
		if e.counts() != before {
			t.Error("reading a return stored something")
		}
		got := map[app.BookChangeKind]int{}
		for _, c := range r2.Plan.Changes {
			if c.Sheet != app.BookInitiativeSheet {
				got[c.Kind]++
			}
		}
		if got[app.BookChanged] != 2 || got[app.BookRemoved] != 1 {
			t.Errorf("changes = %v, want 2 changed (a score, an achievement) and 1 removed", got)
		}
		var old, neu string
		for _, c := range r2.Plan.Changes {
			if c.Sheet == app.BookProposalSheet && c.Kind == app.BookChanged {
				old, neu = c.Old, c.New
			}
		}
		if !strings.Contains(old, "cải cách hành chính năm 2024") || !strings.Contains(neu, "sáng kiến") {
			t.Errorf("old/new of the changed proposal: %q → %q", old, neu)
		}
		r2.Apply(e.ctx, e.d, e.campaign, app.BookReceipt{Received: day(2024, 7, 2)})
		ps, _ := e.d.Proposals(e.ctx, e.campaign)
		for _, p := range ps {
			if strings.Contains(p.Achievement, "chuyển đổi số") {
				t.Error("the proposal taken out of the workbook is still there")
			}
		}
	})
}

func firstPlain(b app.UnitBook) int {
	for i, c := range b.Criteria {
		if c.Leaf && !c.Survey {
			return i
		}
	}
	return -1
}

func TestWorkbook_Refusals(t *testing.T) {
	e := newBookEnv(t)
	before, files := e.counts(), e.evidenceFiles()
	leaf := firstPlain(e.book)
	row := strconv.Itoa(5 + leaf)
	cases := []struct {
		name  string
		file  string
		bytes func() []byte
		want  string
	}{
		{"changed maximum", "a.xlsx", func() []byte {
			f := e.blank()
			e.fill(f)
			must(t, f.SetCellValue(app.BookScoreSheet, "C"+row, 50))
			return e.bytesOf(f)
		}, "phần khóa"},
		{"score above the maximum", "b.xlsx", func() []byte {
			f := e.blank()
			e.fill(f)
			must(t, f.SetCellValue(app.BookScoreSheet, "D"+row, float64(e.book.Criteria[leaf].Max)/100+1))
			return e.bytesOf(f)
		}, "Trang «Tự chấm điểm», dòng " + row + ", cột «Tự chấm»"},
		{"not an Excel file", "c.pdf", func() []byte { return []byte("%PDF-1.4 not a workbook") }, "không phải tệp Excel"},
		{"an Excel file that is not ours", "d.xlsx", func() []byte {
			f := excelize.NewFile()
			must(t, f.SetCellValue("Sheet1", "A1", "Đơn vị"))
			return e.bytesOf(f)
		}, "không phải sổ"},
		{"a damaged workbook", "e.xlsx", func() []byte {
			f := e.blank()
			b := e.bytesOf(f)
			return b[:len(b)/2]
		}, "hỏng"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := c.bytes()
			r := e.read(b, c.file)
			if !r.Refused() || !strings.Contains(r.Result(), c.want) {
				t.Errorf("result %q, want it refused with %q", r.Result(), c.want)
			}
			six, err := findPeriod(e.ctx, e.d, e.campaign, "6 tháng")
			must(t, err)
			// the store plans again and must refuse on its own, whatever the caller decided
			_, errs, err := e.d.ApplyReturn(e.ctx, e.campaign, r.Book, app.BookReceipt{PeriodID: six.ID, Received: day(2024, 6, 20), FileName: c.file, Data: b})
			if err == nil && len(errs) == 0 {
				t.Error("ApplyReturn stored a workbook that is refused")
			}
			if n := e.evidenceFiles(); n != files {
				t.Errorf("files in the evidence folder: %d → %d", files, n)
			}
			if got := e.counts(); got != before {
				t.Errorf("something was stored: %s → %s", before, got)
			}
		})
	}
	t.Run("another campaign's workbook", func(t *testing.T) {
		if code, _, errs := runCLI("campaign", "new", "-db", e.dbPath, "-year", "2025", "-from", "2024"); code != exitOK {
			t.Fatal(errs)
		}
		id25, err := campaignOf(e.ctx, e.d, 2025)
		must(t, err)
		before := e.counts() // the new campaign is in the log
		b25, err := e.d.UnitBook(e.ctx, id25, e.unit.ID)
		must(t, err)
		var buf bytes.Buffer
		must(t, (sheet.Files{}).WriteUnitBook(&buf, b25))
		rb, err := (sheet.Files{}).ReadUnitBook(bytes.NewReader(buf.Bytes()), "x.xlsx")
		must(t, err)
		six, err := findPeriod(e.ctx, e.d, e.campaign, "6 tháng")
		must(t, err)
		_, _, err = e.d.ApplyReturn(e.ctx, e.campaign, rb, app.BookReceipt{PeriodID: six.ID, Received: day(2024, 6, 20), FileName: "x.xlsx", Data: buf.Bytes()})
		if err == nil || !strings.Contains(app.ErrorMessage(err), "phong trào năm 2025") {
			t.Errorf("a 2025 workbook into 2024: %v", err)
		}
		if n := e.evidenceFiles(); n != files {
			t.Errorf("files in the evidence folder: %d → %d", files, n)
		}
		if got := e.counts(); got != before {
			t.Errorf("something was stored: %s → %s", before, got)
		}
	})
}

func day(y int, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
