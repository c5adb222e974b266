package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/unitbook"
	"thidua/app/viet"
)

// returnsPreview shows what the returned workbooks would change, before anything is stored: one
// line per file (unit, result, counts), and for the line chosen every change with its old and new
// value (or why it is refused). «Đồng ý» stores them all, each in its own transaction.
type returnsPreview struct {
	v          *reportsView
	campaignID int64
	rs         []unitbook.Return
	summary    app.Table
	changes    app.Table
	chosen     int

	dlg       *dialog.CustomDialog
	head      *widget.Label
	period    *Select
	received  *Entry
	unchanged *Check
	files     *textTable
	detail    *textTable
	more      *widget.Label // the chosen change (or file) in full, wrapped
	ok        *Button
}

const noPeriod = "Không tính vào kỳ nào"

// previewCols fit a 1024-pixel window's dialog; what the counts are is said above the table
// (previewCountsNote), the full texts under the changes (showMore).
var previewCols = []column{{"Tệp", 170}, {"Đơn vị", 190}, {"Kết quả", 240}, {"Tự chấm", 70}, {"Đề nghị", 70}, {"Sáng kiến", 80}}
var changeCols = []column{{"Trang", 110}, {"Mục", 220}, {"Thay đổi", 80}, {"Cũ", 180}, {"Mới", 180}, {"Ghi chú", 150}}

const previewCountsNote = "Số ở cột Tự chấm, Sáng kiến: mới/sửa; ở cột Đề nghị: mới/sửa/bỏ."

func (v *reportsView) showPreview(campaignID int64, rs []unitbook.Return) *returnsPreview {
	p := &returnsPreview{v: v, campaignID: campaignID, rs: rs, summary: unitbook.SummaryTable(rs)}
	ok := 0
	for _, r := range rs {
		if !r.Refused() {
			ok++
		}
	}
	p.head = widget.NewLabel(strconv.Itoa(len(rs)) + " sổ: nhận được " + strconv.Itoa(ok) + ", không nhận " + strconv.Itoa(len(rs)-ok) +
		". Chưa lưu gì: xem các thay đổi (bấm vào một dòng để đọc đủ) rồi bấm «Đồng ý». " + previewCountsNote)
	p.head.Wrapping = fyne.TextWrapWord
	opts := []string{noPeriod}
	for _, per := range v.grid.Periods {
		opts = append(opts, per.Name)
	}
	p.period = newSelect(opts, nil)
	p.period.SetSelected(noPeriod)
	if v.periodIndex() >= 0 {
		p.period.SetSelected(v.period.Selected)
	}
	p.received = NewEntry()
	p.received.SetText(v.asOf.Text)
	p.received.OnSubmitted = func(string) { v.u.pressDefault() }
	p.unchanged = NewCheck("Hiện cả dòng không đổi", func(bool) { p.choose(p.chosen) })
	p.files = newTextTable(previewCols, func() int { return len(p.summary.Rows) }, func(r, c int) string { return p.summary.Rows[r][c] })
	p.files.onSel = p.choose
	p.detail = newTextTable(changeCols, func() int { return len(p.changes.Rows) }, func(r, c int) string { return p.changes.Rows[r][c] })
	p.detail.onSel = p.showChange
	form := wrapRow(widget.NewLabel("Tính là báo cáo kỳ"), fixedWidth(p.period, 220), widget.NewLabel("Ngày nhận"), fixedWidth(p.received, 120), p.unchanged)
	split := container.NewVSplit(p.files, container.NewBorder(nil, p.moreArea(), nil, nil, p.detail))
	split.Offset = 0.35
	body := container.NewBorder(container.NewVBox(p.head, form), nil, nil, nil, split)
	p.ok = NewButtonWithIcon("Đồng ý", theme.ConfirmIcon(), p.apply)
	p.ok.Importance = widget.HighImportance
	if ok == 0 {
		p.ok.Disable()
	}
	cancel := NewButtonWithIcon("Hủy", theme.CancelIcon(), func() { p.dlg.Hide() })
	p.dlg = dialog.NewCustomWithoutButtons("Nhận sổ từ đơn vị — xem trước thay đổi", body, v.u.win)
	p.dlg.SetButtons([]fyne.CanvasObject{cancel, p.ok})
	size := v.u.win.Canvas().Size()
	p.dlg.Resize(fyne.NewSize(size.Width*0.94, size.Height*0.9))
	p.choose(0)
	v.u.presentWithDefault(p.dlg, nil, p.ok)
	return p
}

// choose shows the changes (or the refusal) of file i.
func (p *returnsPreview) choose(i int) {
	p.chosen = i
	p.changes = app.Table{}
	if i >= 0 && i < len(p.rs) {
		r := p.rs[i]
		switch {
		case r.Err != nil:
			p.changes.AddRow([]string{"", r.File, "Không nhận", "", "", app.ErrorMessage(r.Err)})
		case len(r.Errors) > 0:
			for _, e := range r.Errors {
				p.changes.AddRow([]string{"", r.File, "Ô sai", "", "", e.Error()})
			}
		default:
			for _, row := range unitbook.ChangesTable(r.Plan).Rows {
				if row[2] != string(app.BookUnchanged) || p.unchanged.Checked {
					p.changes.AddRow(row)
				}
			}
		}
	}
	p.detail.UnselectAll()
	p.detail.Refresh()
	p.showFile()
}

// apply stores every workbook not refused, in the background, then ends with the summary table.
func (p *returnsPreview) apply() {
	on, err := viet.ParseDate(p.received.Text)
	if err != nil {
		p.v.u.showError(app.FieldError("Ngày nhận", "Trường «Ngày nhận»: %s không phải ngày dd/mm/yyyy.", viet.Quote(p.received.Text)))
		return
	}
	rc := app.BookReceipt{Received: on}
	if i := p.v.grid.PeriodIndex(p.period.Selected); i >= 0 {
		rc.PeriodID = p.v.grid.Periods[i].ID
	}
	p.dlg.Hide()
	p.v.u.runTask(task{
		title: "Đang nhận sổ của đơn vị…",
		busy:  p.v.booksIn,
		work: func(report func(n, total int)) error {
			if err := p.v.svc.BackupBeforeReturns(context.Background()); err != nil {
				return err
			}
			for i := range p.rs {
				p.rs[i].Apply(context.Background(), p.v.svc, p.campaignID, rc)
				report(i+1, len(p.rs))
			}
			return nil
		},
		done: func(err error) {
			if err != nil {
				p.v.u.showError(err)
				return
			}
			p.v.showResults(p.rs)
			p.v.reload(p.campaignID)
		},
	})
}

// showResults ends a run with the summary: file, unit, result, counts.
func (v *reportsView) showResults(rs []unitbook.Return) {
	t := unitbook.SummaryTable(rs)
	table := newTextTable(previewCols, func() int { return len(t.Rows) }, func(r, c int) string { return t.Rows[r][c] })
	d := dialog.NewCustom("Kết quả nhận sổ", "Đóng", table, v.u.win)
	size := v.u.win.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.9, size.Height*0.6))
	v.u.present(d, nil)
}
