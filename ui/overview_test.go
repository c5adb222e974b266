package ui

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
	"thidua/pdf"
	"thidua/sheet"
)

// figureStarting is the overview's figure button whose text starts with prefix.
func figureStarting(t *testing.T, u *UI, prefix string) string {
	t.Helper()
	for text := range u.overview.figures {
		if strings.HasPrefix(text, prefix) {
			return text
		}
	}
	t.Fatalf("no figure «%s…» among %d", prefix, len(u.overview.figures))
	return ""
}

// TestOverview_FirstTabFiguresOpenTheirLists: Tổng quan is the first tab; its figures are the
// sample's; a tap on a figure opens the list behind it with the filter set, and the list shows as
// many rows as the figure said.
func TestOverview_FirstTabFiguresOpenTheirLists(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded })
	if u.tabs.Items[0].Text != "Tổng quan" || u.tabs.Selected().Text != "Tổng quan" {
		t.Fatalf("first tab %q, selected %q", u.tabs.Items[0].Text, u.tabs.Selected().Text)
	}
	o, err := d.Overview(context.Background(), u.CampaignID(), today())
	if err != nil {
		t.Fatal(err)
	}
	if len(u.overview.images) != len(app.OverviewCharts(o)) || len(u.overview.images) < 4 {
		t.Errorf("%d charts shown", len(u.overview.images))
	}
	// Initiatives of a field.
	f := o.Fields[1]
	test.Tap(u.overview.figures[f.Label+": "+itoa64(f.N)])
	if u.tabs.Selected().Content != u.initiatives.content || u.initiatives.fieldF.Selected != f.Label || int64(len(u.initiatives.items)) != f.N {
		t.Errorf("field %s: tab %q, filter %q, %d rows, want %d", f.Label, u.tabs.Selected().Text, u.initiatives.fieldF.Selected, len(u.initiatives.items), f.N)
	}
	// Proposals of a status.
	u.selectTab(u.overview.content)
	until(t, "the overview again", func() bool { return u.overview.pending == 0 && u.overview.loaded })
	var approved app.Count
	for _, p := range o.Proposals {
		if p.Key == string(app.ProposalApproved) {
			approved = p
		}
	}
	test.Tap(u.overview.figures["Đề nghị «Đạt»: "+itoa64(approved.N)])
	pv := u.awards.proposals
	if u.tabs.Selected().Content != u.awards.content || pv.statusF.Selected != "Đạt" || int64(len(pv.shown)) != approved.N {
		t.Errorf("proposals: tab %q, filter %q, %d rows, want %d", u.tabs.Selected().Text, pv.statusF.Selected, len(pv.shown), approved.N)
	}
	// A decision.
	u.selectTab(u.overview.content)
	until(t, "the overview again", func() bool { return u.overview.pending == 0 && u.overview.loaded })
	dc := o.Decisions[len(o.Decisions)-1] // the campaign's own (the imported one of its year comes first)
	test.Tap(u.overview.figures[figureStarting(t, u, "Quyết định "+dc.Number)])
	if cur := u.awards.decisions.current(); cur == nil || cur.ID != dc.ID || u.awards.tabs.SelectedIndex() != 1 {
		t.Errorf("decision not shown: %+v", cur)
	}
	// Units and criteria.
	u.selectTab(u.overview.content)
	until(t, "the overview again", func() bool { return u.overview.pending == 0 && u.overview.loaded })
	test.Tap(u.overview.figures[figureStarting(t, u, "Xã: ")])
	if inner, ok := u.tabs.Selected().Content.(*container.AppTabs); !ok || inner.Selected().Content != u.units.content {
		t.Errorf("units figure opened %q", u.tabs.Selected().Text)
	}
	// A report figure: Đơn vị → Báo cáo on that period, those units only.
	u.selectTab(u.overview.content)
	until(t, "the overview again", func() bool { return u.overview.pending == 0 && u.overview.loaded })
	test.Tap(u.overview.figures[figureStarting(t, u, "6 tháng · chưa báo cáo: ")])
	v := u.reports
	until(t, "the reports on «6 tháng»", func() bool { return v.period.Selected == "6 tháng" && len(v.rows) > 0 })
	if v.state.Selected != "Chưa báo cáo" {
		t.Errorf("state filter %q", v.state.Selected)
	}
	for _, r := range v.rows {
		if c := v.grid.Rows[r].Cells[v.periodIndex()]; c.Status.State != app.ReportMissing {
			t.Errorf("%s shown with %v", v.grid.Rows[r].Unit.Name, c.Status)
		}
	}
	var missing int
	for _, p := range u.overview.ov.Periods {
		if p.Name == "6 tháng" {
			missing = p.Missing
		}
	}
	if len(v.rows) != missing {
		t.Errorf("%d units shown, the overview counted %d", len(v.rows), missing)
	}
	u.selectTab(u.overview.content)
	until(t, "the overview again", func() bool { return u.overview.pending == 0 && u.overview.loaded })
	test.Tap(u.overview.figures[figureStarting(t, u, "Xã · Khá: ")])
	if u.tabs.Selected().Content != u.criteria.content || u.criteria.inner.SelectedIndex() != 2 || u.criteria.ranking.kindSel.Selected != "Xã" {
		t.Errorf("band figure opened %q / %d", u.tabs.Selected().Text, u.criteria.inner.SelectedIndex())
	}
	_ = w
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

// TestOverview_FundEnteredAndTheIssueWarningAtItsEdge: the fund typed in Tổng quan shows what is
// left; issuing a draft that reaches the fund exactly does not warn, one đồng less in the fund
// and the issue dialog warns (issuing stays possible).
func TestOverview_FundEnteredAndTheIssueWarningAtItsEdge(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded })
	id := u.CampaignID()
	if _, err := d.SQL().Exec(`INSERT INTO decision (campaign_id, year, signed_on, status) VALUES (?, 2025, '2025-02-01', 'draft');
		INSERT INTO award (decision_id, recipient_kind, unit_id, recipient_name, form_code, bonus)
			SELECT max(id), 'unit', 1, 'UBND thị trấn Trà My', 'giay_khen', 1410000 FROM decision;
		INSERT INTO award (decision_id, recipient_kind, unit_id, recipient_name, form_code, bonus)
			SELECT max(id), 'unit', 2, 'UBND xã Trà Giang', 'giay_khen', 710000 FROM decision;`, id); err != nil {
		t.Fatal(err)
	}
	f, err := d.Fund(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	enter := func(amount int64) {
		u.selectTab(u.overview.content)
		until(t, "the overview", func() bool { return u.overview.pending == 0 && u.overview.loaded })
		test.Tap(u.overview.fundB)
		e := u.overview.fundForm.items[0].Widget.(*Entry)
		e.SetText("")
		test.Type(e, viet.FormatMoney(amount))
		u.overview.fundForm.Submit()
		until(t, "the overview", func() bool { return u.overview.pending == 0 && u.overview.loaded })
	}
	issueDialog := func() string {
		u.Reload()
		dv := u.awards.decisions
		for _, x := range dv.list {
			if x.Status == app.DecisionDraft {
				dv.selectID(x.ID)
			}
		}
		caption := dv.caption.Text
		test.Tap(dv.issue)
		text := dialogText(w) + "\n" + caption
		closeDialog(t, w, "Hủy")
		return text
	}
	enter(f.Issued + 2_120_000)
	if got, _ := d.Fund(context.Background(), id); !got.Set || got.Amount != f.Issued+2_120_000 {
		t.Fatalf("fund stored %+v", got)
	}
	left := false
	walk(u.overview.content, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "còn lại 2.120.000 đ") {
			left = true
		}
	})
	if !left {
		t.Errorf("the fund line does not show what is left")
	}
	if text := issueDialog(); strings.Contains(text, "Cảnh báo") {
		t.Errorf("a draft that reaches the fund exactly warned: %q", text)
	}
	enter(f.Issued + 2_119_999)
	if text := issueDialog(); strings.Count(text, "vượt Quỹ thi đua, khen thưởng năm 2024") != 2 || !strings.Contains(text, " 1 đồng.") {
		t.Errorf("one đồng over: no warning in the dialog and under the list: %q", text)
	}
}

// TestOverview_PrintsTheReportAndTheWorkbook: «In báo cáo tổng kết…» writes the PDF with the
// office's paragraph and the charts; «Xuất Excel…» the workbook with its sheets; both in the
// background behind the progress dialog.
func TestOverview_PrintsTheReportAndTheWorkbook(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded })
	if err := d.SaveSummaryTexts(context.Background(), u.CampaignID(), app.SummaryTexts{app.PartNextYear: "Tiếp tục số hóa hồ sơ."}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(prefLastFolder, dir)
	test.Tap(u.overview.printB)
	date := u.overview.printForm.items[0].Widget.(*Entry)
	if date.Text != viet.FormatDate(u.today()) {
		t.Errorf("report date proposed %q, want today", date.Text)
	}
	date.SetText("")
	test.Type(date, "15/01/2025")
	u.overview.printForm.Submit()
	b, _ := printed(t, u, w, u.overview.printB, answerSave(t, w, dir, "BaoCaoTongKet-2024.pdf"))
	if !bytes.Contains(b, []byte("/CreationDate (D:20250115")) {
		t.Error("the report is not dated 15/01/2025")
	}
	if n := pdf.PageCount(b); n < 5 {
		t.Errorf("report of %d pages", n)
	}
	if n := bytes.Count(b, []byte("/Subtype /Image")); n != len(u.overview.images) {
		t.Errorf("%d images in the report, %d charts on screen", n, len(u.overview.images))
	}
	test.Tap(u.overview.excelB)
	path := answerSave(t, w, dir, "TongKet-2024.xlsx")
	until(t, "the workbook", func() bool { return settled(u, w) })
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if tb, err := (sheet.Files{}).ReadTable(f, "TongKet-2024.xlsx"); err != nil || len(tb.Rows) == 0 {
		t.Errorf("workbook's first sheet: %v, %+v", err, tb)
	}
}
