package ui

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
)

// selectTab shows the top-level tab whose content is c (tab order does not matter).
func (u *UI) selectTab(c fyne.CanvasObject) {
	for _, it := range u.tabs.Items {
		if it.Content == c {
			u.tabs.Select(it)
			return
		}
		if inner, ok := it.Content.(*container.AppTabs); ok { // Đơn vị → Danh sách | Báo cáo
			for _, in := range inner.Items {
				if in.Content == c {
					u.tabs.Select(it)
					if u.tabs.Selected() == it {
						inner.Select(in)
					}
					return
				}
			}
		}
	}
}

func (t *overviewTab) openUnits() { t.u.selectTab(t.u.units.content) }

// openCriteria opens Tiêu chí on its sub-tab i (0 Chấm điểm, 2 Xếp hạng).
func (t *overviewTab) openCriteria(i int) {
	t.u.selectTab(t.u.criteria.content)
	if t.u.tabs.Selected() != nil && t.u.tabs.Selected().Content == t.u.criteria.content {
		t.u.criteria.inner.SelectIndex(i)
	}
}

// openRanking opens Tiêu chí → Xếp hạng with the chart of a kind (by its label).
func (t *overviewTab) openRanking(kind string) {
	t.openCriteria(2)
	if sel := t.u.criteria.ranking.kindSel; sel.Selected != kind {
		sel.SetSelected(kind)
	}
}

// openInitiatives opens Sáng kiến filtered on a step, a field or a unit (by label; "" is all) and
// on the campaign's year.
func (t *overviewTab) openInitiatives(step, field, unit string) {
	t.u.selectTab(t.u.initiatives.content)
	in := t.u.initiatives
	for s, v := range map[*Select]string{in.stepF: step, in.fieldF: field, in.unitF: unit} {
		if v == "" {
			v = allOption
		}
		s.Selected = v
		s.Refresh()
	}
	in.yearF.Selected = strconv.Itoa(t.ov.Campaign.Year)
	in.yearF.Refresh()
	in.onFilter("")
}

// openReports opens Đơn vị → Báo cáo as of asOf on the period named, filtered on a state.
func (t *overviewTab) openReports(period string, state app.ReportState, asOf time.Time) {
	v := t.u.reports
	v.asOf.SetText(viet.FormatDate(asOf))
	for _, s := range app.StateLabels {
		if s.State == state {
			v.state.Selected = s.Label
			v.state.Refresh()
		}
	}
	v.wantPeriod = period
	t.u.selectTab(v.content)
	v.reload(t.u.CampaignID()) // sets the period once the grid is read
}

// openProposals opens Khen thưởng → Đề nghị filtered on a status.
func (t *overviewTab) openProposals(status string) {
	t.u.selectTab(t.u.awards.content)
	t.u.awards.tabs.SelectIndex(0)
	p := t.u.awards.proposals
	for _, s := range []*Select{p.unitF, p.formF} {
		s.Selected = allOption
		s.Refresh()
	}
	p.statusF.Selected = status
	p.statusF.Refresh()
	p.onFilter("")
}

// openDecision opens Khen thưởng → Quyết định, on the decision id when it is not 0.
func (t *overviewTab) openDecision(id int64) {
	t.u.selectTab(t.u.awards.content)
	if id == 0 {
		t.u.awards.tabs.SelectIndex(1)
		return
	}
	t.u.awards.showDecision(id)
}

// openRegister opens Khen thưởng → Sổ vàng on a year (where an imported decision's awards are).
func (t *overviewTab) openRegister(year int) {
	t.u.selectTab(t.u.awards.content)
	t.u.awards.tabs.SelectIndex(2)
	if y := strconv.Itoa(year); contains(t.u.awards.register.year.Options, y) {
		t.u.awards.register.year.SetSelected(y)
	}
}

// onFund enters the year's Quỹ thi đua, khen thưởng; an empty amount clears it.
func (t *overviewTab) onFund() {
	if !t.ready() {
		return // the figures of the campaign chosen are still being counted
	}
	id, year := t.campaignID, t.ov.Campaign.Year
	amount := ""
	if t.ov.Fund.Set {
		amount = viet.FormatMoney(t.ov.Fund.Amount)
	}
	e := textEntry(amount, func(s string) error {
		if viet.Normalize(s) == "" {
			return nil
		}
		_, err := app.ParseMoney("Quỹ thi đua, khen thưởng", s)
		return err
	})
	e.SetPlaceHolder("ví dụ 250.000.000")
	hint := note("Số tiền (đồng) của Quỹ thi đua, khen thưởng năm " + strconv.Itoa(year) + ". Để trống nếu chưa có.")
	items := []*widget.FormItem{widget.NewFormItem("Quỹ năm "+strconv.Itoa(year), e), widget.NewFormItem("", hint)}
	t.fundForm = t.u.showForm("Quỹ thi đua, khen thưởng", "Lưu", items, fyne.NewSize(600, 280), func() error {
		v := int64(-1)
		if viet.Normalize(e.Text) != "" {
			var err error
			if v, err = app.ParseMoney("Quỹ thi đua, khen thưởng", e.Text); err != nil {
				return err
			}
		}
		return t.svc.SetFund(context.Background(), id, v)
	}, func() { t.reload(id) })
}

// onTexts edits the paragraphs of the report the office writes, kept with the campaign.
func (t *overviewTab) onTexts() {
	id := t.campaignID
	texts, err := t.svc.SummaryTexts(context.Background(), id)
	if err != nil {
		t.u.showError(err)
		return
	}
	entries := map[app.SummaryPart]*Entry{}
	var items []*widget.FormItem
	for _, p := range app.SummaryParts {
		e := NewMultiLineEntry()
		e.SetText(texts[p])
		e.SetMinRowsVisible(textRows(p))
		entries[p] = e
		items = append(items, widget.NewFormItem(p.Label(), e))
	}
	t.textsForm = t.u.showForm("Các đoạn nhận xét của báo cáo tổng kết", "Lưu", items, fyne.NewSize(900, 660), func() error {
		out := app.SummaryTexts{}
		for p, e := range entries {
			out[p] = e.Text
		}
		return t.svc.SaveSummaryTexts(context.Background(), id, out)
	}, func() {
		t.u.notify("Đã lưu các đoạn nhận xét; báo cáo tổng kết in kèm các đoạn này.")
	})
	t.textsForm.typed = func() bool { // long paragraphs: Hủy or Escape asks before losing them
		for p, e := range entries {
			if viet.Normalize(e.Text) != viet.Normalize(texts[p]) {
				return true
			}
		}
		return false
	}
}

// reportDateItem is the «Ngày báo cáo» field of a report's dialog, today by default; on reads it.
func (t *overviewTab) reportDateItem() (*widget.FormItem, func() (time.Time, error)) {
	e := textEntry(viet.FormatDate(t.u.today()), func(s string) error { _, err := parseReportDate(s); return err })
	return widget.NewFormItem("Ngày báo cáo", e), func() (time.Time, error) { return parseReportDate(e.Text) }
}

func parseReportDate(s string) (time.Time, error) {
	on, err := viet.ParseDate(s)
	if err != nil {
		return on, app.FieldError("Ngày báo cáo", "Ngày báo cáo: %s", app.ErrorMessage(err))
	}
	return on, nil
}

// textRows is how many lines a paragraph's box shows: the sections the office writes at length
// five, the free paragraphs two (the dialog scrolls within a 768-px screen).
func textRows(p app.SummaryPart) int {
	switch p {
	case app.PartDirection, app.PartStrengths, app.PartWeaknesses, app.PartNextYear:
		return 5
	}
	return 2
}

// onPrint asks the report's date, then saves the summary report as PDF (charts and layout in the
// background) and opens it; its figures are counted as of that date.
func (t *overviewTab) onPrint() {
	sum, ok := t.u.docs.(docs.Summaries)
	if !ok || !t.ready() {
		return
	}
	u, svc, id, year := t.u, t.svc, t.campaignID, t.ov.Campaign.Year
	charts, _ := u.charts.(app.SummaryCharts)
	dateItem, date := t.reportDateItem()
	var on time.Time
	items := []*widget.FormItem{dateItem, widget.NewFormItem("", note("Ngày ghi ở đầu báo cáo; số liệu tính đến ngày này: quyết định ký, sáng kiến và báo cáo nhận sau ngày này không được tính. Riêng số đề nghị là tình trạng hiện tại (đề nghị không ghi ngày)."))}
	t.printForm = u.showForm("In báo cáo tổng kết năm "+strconv.Itoa(year), "In…", items, fyne.NewSize(600, 300), func() (err error) {
		on, err = date()
		return err
	}, func() { t.printReport(sum, charts, svc, id, year, on) })
}

func (t *overviewTab) printReport(sum docs.Summaries, charts app.SummaryCharts, svc overviewPorts, id int64, year int, on time.Time) {
	u := t.u
	u.chooseSaveURI(t.printB, "BaoCaoTongKet-"+strconv.Itoa(year)+".pdf", func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
		doc, err := docs.SummaryReport(context.Background(), svc, charts, id, on)
		if err != nil {
			return "", err
		}
		var buf bytes.Buffer
		if err := sum.Summary(&buf, doc); err != nil {
			return "", err
		}
		_, err = w.Write(buf.Bytes())
		return "", err
	}, u.openIfPDF)
}

// onExcel saves the report's tables as a workbook, a sheet per table and the statistics sheet.
func (t *overviewTab) onExcel() {
	wb, ok := t.u.sheets.(app.Workbooks)
	if !ok || !t.ready() {
		return
	}
	u, svc, id, year := t.u, t.svc, t.campaignID, t.ov.Campaign.Year
	u.chooseSave(t.excelB, "TongKet-"+strconv.Itoa(year)+".xlsx", func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		ctx := context.Background()
		doc, err := docs.SummaryReport(ctx, svc, nil, id, u.today())
		if err != nil {
			return "", err
		}
		stats, err := svc.AwardStats(ctx, year, year)
		if err != nil {
			return "", err
		}
		return "Đã xuất các bảng của báo cáo tổng kết ra tệp " + name + ".", wb.WriteSheets(w, name, docs.SummarySheets(doc, stats, true))
	})
}

// onYears asks for a range of years and the report's date, and saves the report over them as PDF,
// or its tables as a workbook when the name chosen ends in .xlsx (or .csv).
func (t *overviewTab) onYears() {
	sum, ok := t.u.docs.(docs.Summaries)
	if !ok || t.svc == nil {
		return
	}
	to := t.u.currentCampaign().Year // the campaign chosen, even while its figures are counted
	if to == 0 {
		to = t.u.today().Year()
	}
	fromE := textEntry(strconv.Itoa(to-5), func(s string) error { _, err := viet.ParseYear("Từ năm", s); return err })
	toE := textEntry(strconv.Itoa(to), func(s string) error { _, err := viet.ParseYear("Đến năm", s); return err })
	dateItem, date := t.reportDateItem()
	items := []*widget.FormItem{widget.NewFormItem("Từ năm", fromE), widget.NewFormItem("Đến năm", toE), dateItem,
		widget.NewFormItem("", note("Tệp .pdf là báo cáo; tệp .xlsx gồm các bảng của báo cáo."))}
	var from, until int
	var on time.Time
	t.yearsForm = t.u.showForm("Báo cáo khen thưởng qua các năm", "Lưu…", items, fyne.NewSize(600, 360), func() error {
		var err error
		if on, err = date(); err != nil {
			return err
		}
		if from, err = viet.ParseYear("Từ năm", fromE.Text); err != nil {
			return err
		}
		if until, err = viet.ParseYear("Đến năm", toE.Text); err != nil {
			return err
		}
		if from > until {
			return app.FieldError("Đến năm", "Đến năm %d phải sau hoặc bằng từ năm %d.", until, from)
		}
		return nil
	}, func() {
		u, svc := t.u, t.svc
		charts, _ := u.charts.(app.SummaryCharts)
		name := "BaoCaoKhenThuong-" + strconv.Itoa(from) + "-" + strconv.Itoa(until) + ".pdf"
		u.chooseSaveURI(t.yearsB, name, func(w io.Writer, chosen string, _ func(n, total int)) (string, error) {
			if ext := strings.ToLower(filepath.Ext(chosen)); ext == ".xlsx" || ext == ".csv" {
				return t.yearsWorkbook(w, chosen, from, until, on)
			}
			doc, err := docs.YearsReport(context.Background(), svc, charts, from, until, on)
			if err != nil {
				return "", err
			}
			var buf bytes.Buffer
			if err := sum.Summary(&buf, doc); err != nil {
				return "", err
			}
			_, err = w.Write(buf.Bytes())
			return "", err
		}, u.openIfPDF)
	})
}

// yearsWorkbook writes the tables of the report over the years (no pictures) as a workbook.
func (t *overviewTab) yearsWorkbook(w io.Writer, name string, from, until int, on time.Time) (string, error) {
	wb, ok := t.u.sheets.(app.Workbooks)
	if !ok {
		return "", app.Errorf(app.EINTERNAL, "Chương trình chưa có chức năng ghi tệp Excel.")
	}
	doc, err := docs.YearsReport(context.Background(), t.svc, nil, from, until, on)
	if err != nil {
		return "", err
	}
	return "Đã xuất các bảng khen thưởng " + strconv.Itoa(from) + "–" + strconv.Itoa(until) + " ra tệp " + name + ".",
		wb.WriteSheets(w, name, docs.SummarySheets(doc, nil, false))
}

// fundWarning is the warning the issue dialog shows when issuing d would take the campaign's
// money over its fund (nil when it would not, or the fund cannot be read: issuing stays possible).
func (u *UI) fundWarning(d app.Decision) *widget.Label {
	w := u.fundWarningText(d)
	if w == "" {
		return nil
	}
	l := note(w)
	l.Importance = widget.DangerImportance
	return l
}

// fundWarningText is app.FundWarning for d ("" when no warning is due); when the fund cannot be
// read it says so, so that the office checks the money itself (issuing stays possible).
func (u *UI) fundWarningText(d app.Decision) string {
	if u.overview == nil || u.overview.svc == nil || d.CampaignID == 0 {
		return ""
	}
	f, err := u.overview.svc.Fund(context.Background(), d.CampaignID)
	if err != nil {
		return "Không đọc được Quỹ thi đua, khen thưởng để so với tiền thưởng của quyết định này (" + app.ErrorMessage(err) +
			"). Hãy tự kiểm tra số tiền còn lại của quỹ trước khi ban hành."
	}
	year := d.Year
	for _, c := range u.campaigns {
		if c.ID == d.CampaignID {
			year = c.Year
		}
	}
	return app.FundWarning(f, d.Total, year)
}
