package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// decisionsView lists a campaign's decisions and the awards of the selected one, with the draft
// editor and the issue / revoke steps.
type decisionsView struct {
	t       *awardsTab
	content fyne.CanvasObject
	svc     app.DecisionService
	prints  app.PrintService
	office  app.OfficeSettingsService
	docs    decisionDocs

	list     []app.Decision
	table    *textTable
	selected int
	awards   []app.Award
	awTable  *textTable
	caption  *widget.Label

	edit, issue, revoke, remove, payout *Button
	printDecision, printCerts           *Button
	certs                               *certPrint // last opened, for tests

	editor    *decisionEditor // last opened, for tests
	issueForm *formDialog     // last opened, for tests
	number    *Entry
	revokeOn  *Entry
	revokeWhy *Entry
}

var (
	decisionCols = []column{{"Số", 110}, {"Ngày", 100}, {"Người ký", 150}, {"Trích yếu", 420}, {"Số lượng", 80}, {"Tổng tiền thưởng", 140}, {"Trạng thái", 110}}
	awardCols    = []column{{"STT", 50}, {"Họ và tên / Tên tập thể", 240}, {"Chức vụ, đơn vị", 360}, {"Hình thức", 150}, {"Tiền thưởng", 120}, {"Số sổ vàng", 100}}
)

func newDecisionsView(t *awardsTab, d awardsDeps) *decisionsView {
	v := &decisionsView{t: t, svc: d.decisions, prints: d.prints, office: d.office, docs: d.docs, selected: -1}
	v.table = newTextTable(decisionCols, func() int { return len(v.list) }, v.cell)
	v.table.onSel = v.onSelect
	v.awTable = newTextTable(awardCols, func() int { return len(v.awards) }, v.awardCell)
	v.caption = widget.NewLabelWithStyle("Chọn một quyết định để xem danh sách khen thưởng.", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.caption.Wrapping = fyne.TextWrapWord
	v.edit = NewButtonWithIcon("Sửa dự thảo", theme.DocumentCreateIcon(), v.onEdit)
	v.issue = NewButtonWithIcon("Ban hành…", theme.ConfirmIcon(), v.onIssue)
	v.issue.Importance = widget.HighImportance
	v.revoke = NewButton("Thu hồi…", v.onRevoke)
	v.remove = NewButtonWithIcon("Xóa dự thảo", theme.DeleteIcon(), v.onRemove)
	v.payout = NewButtonWithIcon("Danh sách chi tiền…", theme.DocumentSaveIcon(), v.onPayout)
	v.printDecision = NewButtonWithIcon("In quyết định…", theme.DocumentPrintIcon(), v.onPrintDecision)
	v.printCerts = NewButtonWithIcon("In Giấy khen…", theme.DocumentPrintIcon(), v.onPrintCertificates)
	bar := wrapRow(v.edit, v.issue, v.revoke, v.remove, v.printDecision, v.printCerts, v.payout)
	v.content = t.u.split("decisions", false, 0.3, v.table, container.NewBorder(container.NewVBox(bar, v.caption), nil, nil, nil, v.awTable))
	v.updateButtons()
	return v
}

func (v *decisionsView) reload(campaignID int64) {
	var keep int64
	if d := v.current(); d != nil {
		keep = d.ID
	}
	v.list, v.awards, v.selected = nil, nil, -1
	if campaignID != 0 {
		var err error
		if v.list, err = v.svc.Decisions(context.Background(), campaignID); err != nil {
			v.t.u.showError(err)
		}
	}
	v.table.UnselectAll()
	v.table.Refresh()
	v.awTable.Refresh()
	v.caption.SetText("Chọn một quyết định để xem danh sách khen thưởng.")
	if keep != 0 {
		v.selectID(keep)
	}
	v.updateButtons()
}

func (v *decisionsView) selectID(id int64) {
	for i, d := range v.list {
		if d.ID == id {
			v.table.Select(widget.TableCellID{Row: i, Col: 0})
		}
	}
}

func (v *decisionsView) current() *app.Decision {
	if v.selected < 0 || v.selected >= len(v.list) {
		return nil
	}
	return &v.list[v.selected]
}

func (v *decisionsView) onSelect(row int) {
	v.selected = row
	d := v.current()
	if d == nil {
		return
	}
	as, err := v.svc.Awards(context.Background(), d.ID)
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.awards = as
	text := "Quyết định số " + d.NumberText() + " ngày " + viet.FormatDate(d.SignedOn) + " — " + d.Status.Label() + ": " +
		strconv.Itoa(len(as)) + " khen thưởng, tổng " + viet.FormatMoneyVND(d.Total) + " (" + viet.MoneyInWords(d.Total) + ")."
	if d.Status == app.DecisionDraft {
		text += " Dự thảo: tiền thưởng tính theo mức lương cơ sở áp dụng ngày ký."
		if w := v.t.u.fundWarningText(*d); w != "" {
			text += " " + w
		}
	}
	v.caption.SetText(text)
	v.awTable.Refresh()
	v.updateButtons()
}

func (v *decisionsView) updateButtons() {
	d := v.current()
	// a summed-up campaign's drafts stay as they are; its issued decisions may still be revoked
	draft := d != nil && d.Status == app.DecisionDraft && !v.t.u.currentCampaign().Closed()
	issued := d != nil && d.Status == app.DecisionIssued
	for b, on := range map[*Button]bool{v.edit: draft, v.issue: draft, v.remove: draft, v.revoke: issued, v.payout: d != nil,
		v.printDecision: d != nil, v.printCerts: issued} {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

func (v *decisionsView) cell(r, c int) string {
	d := v.list[r]
	switch c {
	case 0:
		return d.NumberText()
	case 1:
		return viet.FormatDate(d.SignedOn)
	case 2:
		return d.SignerName
	case 3:
		return d.Subject
	case 4:
		return strconv.Itoa(d.Awards)
	case 5:
		return viet.FormatMoneyVND(d.Total)
	case 6:
		return d.Status.Label()
	}
	return ""
}

func (v *decisionsView) awardCell(r, c int) string {
	a := v.awards[r]
	switch c {
	case 0:
		return strconv.Itoa(r + 1)
	case 1:
		return a.Name
	case 2:
		return a.PositionUnit
	case 3:
		return a.FormName
	case 4:
		return viet.FormatMoneyVND(a.Bonus)
	case 5:
		return a.CertificateNo
	}
	return ""
}

func (v *decisionsView) afterChange() { v.t.u.onCampaignChanged("") }

func (v *decisionsView) onEdit() {
	d := v.current()
	if d == nil {
		return
	}
	full, err := v.svc.Decision(context.Background(), d.ID)
	if err != nil {
		v.t.u.showError(err)
		return
	}
	signers, err := v.svc.Signers(context.Background())
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.editor = newDecisionEditor(v, full, signers)
	v.t.u.present(v.editor.dlg, v.editor.first)
}

// onIssue asks for the number the records office (văn thư) gave: the app suggests none. The
// number is taken as the office writes it («15», «15/QĐ-UBND», «Số 15/QĐ-UBND»); another symbol
// or year is refused with what to type, and the dialog stays with the number and the focus.
func (v *decisionsView) onIssue() {
	d := v.current()
	if d == nil {
		return
	}
	id, symbol, year := d.ID, d.Symbol, d.Year
	v.number = textEntry("", func(s string) error {
		if viet.Normalize(s) == "" {
			return plainError("Nhập số do văn thư cấp, ví dụ 15 hoặc " + viet.DecisionNumber(15, symbol) + ".")
		}
		return nil
	})
	v.number.SetPlaceHolder("15 hoặc " + viet.DecisionNumber(15, symbol))
	note := widget.NewLabel("Sau khi ban hành, quyết định không sửa được nữa; các Giấy khen được đánh số sổ vàng năm " +
		strconv.Itoa(year) + " liên tiếp. Muốn sửa sau này phải thu hồi và ban hành quyết định mới.")
	note.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem("Số quyết định", v.number),
		widget.NewFormItem("", note),
	}
	if w := v.t.u.fundWarning(*d); w != nil {
		items = append(items, widget.NewFormItem("", w))
	}
	var n int
	v.issueForm = v.t.u.showForm("Ban hành quyết định", "Ban hành", items, fyne.NewSize(620, 320), func() error {
		var err error
		if n, err = viet.ParseIssueNumber(v.number.Text, symbol, year); err != nil {
			return err
		}
		return v.svc.IssueDecision(context.Background(), id, n)
	}, func() {
		v.afterChange()
		v.t.u.notify("Đã ban hành Quyết định số " + viet.DecisionNumber(n, symbol) + "; các Giấy khen đã có số sổ vàng.")
	})
}

// onRevoke withdraws an issued decision with its date and reason.
func (v *decisionsView) onRevoke() {
	d := v.current()
	if d == nil {
		return
	}
	id := d.ID
	v.revokeOn = textEntry(viet.FormatDate(v.t.u.today()), func(s string) error { _, err := viet.ParseDate(s); return err })
	v.revokeWhy = textEntry("", func(s string) error {
		if viet.Normalize(s) == "" {
			return plainError("Cần ghi lý do thu hồi.")
		}
		return nil
	})
	note := widget.NewLabel("Các Giấy khen của quyết định sẽ bị hủy trong sổ vàng (số không dùng lại). Các đề nghị có thể đưa vào quyết định mới.")
	note.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem("Quyết định", widget.NewLabel(d.NumberText()+" ngày "+viet.FormatDate(d.SignedOn))),
		widget.NewFormItem("Ngày thu hồi", v.revokeOn),
		widget.NewFormItem("Lý do", v.revokeWhy),
		widget.NewFormItem("", note),
	}
	v.t.u.showForm("Thu hồi quyết định", "Thu hồi", items, fyne.NewSize(620, 340), func() error {
		on, err := viet.ParseDate(v.revokeOn.Text)
		if err != nil {
			return err
		}
		return v.svc.RevokeDecision(context.Background(), id, on, v.revokeWhy.Text)
	}, v.afterChange)
}

func (v *decisionsView) onRemove() {
	d := v.current()
	if d == nil {
		return
	}
	id := d.ID
	v.t.u.confirm("Xóa dự thảo", "Xóa dự thảo quyết định này? Các đề nghị vẫn giữ trạng thái «Đạt».", func() {
		if err := v.svc.DeleteDraft(context.Background(), id); err != nil {
			v.t.u.showError(err)
			return
		}
		v.afterChange()
	})
}

// decisionEditor edits a draft: date, signer, subject, the proposal it answers, căn cứ, nơi nhận.
type decisionEditor struct {
	v       *decisionsView
	d       app.Decision
	signers []app.Signer
	date    *Entry
	signer  *Select
	subject *Entry
	ref     *refEditor
	basis   *Entry
	cc      *Entry
	dlg     *dialog.FormDialog
	first   fyne.Focusable
}

func signerLabel(s app.Signer) string {
	if s.Mode == app.SignDeputy {
		return s.FullName + " — KT. Chủ tịch, " + s.Title
	}
	return s.FullName + " — " + s.Title
}

func newDecisionEditor(v *decisionsView, d app.Decision, signers []app.Signer) *decisionEditor {
	e := &decisionEditor{v: v, d: d, signers: signers}
	e.date = textEntry(viet.FormatDate(d.SignedOn), func(s string) error { _, err := viet.ParseDate(s); return err })
	var labels []string
	for _, s := range signers {
		if s.Active {
			labels = append(labels, signerLabel(s))
		}
	}
	e.signer = newSelect(labels, nil)
	for _, s := range signers {
		if s.FullName == d.SignerName && s.Title == d.SignerTitle {
			e.signer.SetSelected(signerLabel(s))
		}
	}
	e.subject = NewMultiLineEntry()
	e.subject.SetText(d.Subject)
	growRows(e.subject, 2, 4)
	e.ref = newRefEditor(d.ProposalRef, v.officeName())
	e.basis = NewMultiLineEntry()
	e.basis.SetText(strings.Join(d.Basis, "\n"))
	growRows(e.basis, 4, 9)
	e.cc = NewMultiLineEntry()
	e.cc.SetText(strings.Join(d.CC, "\n"))
	growRows(e.cc, 3, 8)
	items := []*widget.FormItem{
		widget.NewFormItem("Ngày ký", e.date),
		widget.NewFormItem("Người ký", e.signer),
		widget.NewFormItem("Trích yếu", e.subject),
		widget.NewFormItem("Theo đề nghị của", e.ref.content),
		widget.NewFormItem("Căn cứ (mỗi dòng một căn cứ)", e.basis),
		widget.NewFormItem("Nơi nhận (mỗi dòng một nơi)", e.cc),
	}
	e.dlg = dialog.NewForm("Sửa dự thảo quyết định", "Lưu", "Hủy", items, e.onConfirm, v.t.u.win)
	e.dlg.Resize(fyne.NewSize(980, 700))
	submitOnEnter(items, e.dlg.Submit)
	e.first = firstField(items)
	return e
}

func (e *decisionEditor) onConfirm(ok bool) {
	if !ok {
		return
	}
	d := e.d
	on, err := viet.ParseDate(e.date.Text)
	if err == nil {
		d.SignedOn = on
		for _, s := range e.signers {
			if signerLabel(s) == e.signer.Selected {
				d.SignerName, d.SignerTitle, d.SignMode = s.FullName, s.Title, s.Mode
			}
		}
		d.Subject, d.ProposalRef = e.subject.Text, e.ref.Sentence()
		d.Basis, d.CC = strings.Split(e.basis.Text, "\n"), strings.Split(e.cc.Text, "\n")
		err = e.v.svc.UpdateDraft(context.Background(), &d)
	}
	if err != nil {
		e.v.t.u.showErrorThen(err, func() { e.v.t.u.present(e.dlg, e.first) })
		return
	}
	e.v.afterChange()
}

// registerView is the sổ vàng of a year: every number with what it was given for, voided ones and
// how many times each was printed.
type registerView struct {
	t       *awardsTab
	content fyne.CanvasObject
	svc     app.RegisterService
	year    *Select
	entries []app.RegisterEntry
	table   *textTable
	caption *widget.Label
}

var registerCols = []column{{"Số sổ vàng", 100}, {"Họ và tên / Tên tập thể", 240}, {"Hình thức", 150}, {"Quyết định", 120}, {"Ngày", 100}, {"Trạng thái", 100}, {"Số lần in", 80}, {"Ghi chú", 360}}

func newRegisterView(t *awardsTab, svc app.RegisterService) *registerView {
	v := &registerView{t: t, svc: svc}
	v.year = newSelect(nil, v.onYear)
	v.table = newTextTable(registerCols, func() int { return len(v.entries) }, v.cell)
	v.caption = widget.NewLabel("")
	v.content = container.NewBorder(container.NewHBox(widget.NewLabel("Năm"), v.year, v.caption), nil, nil, nil, v.table)
	return v
}

func (v *registerView) reload() {
	years, err := v.svc.RegisterYears(context.Background())
	if err != nil {
		v.t.u.showError(err)
	}
	var opts []string
	for _, y := range years {
		opts = append(opts, strconv.Itoa(y))
	}
	v.year.SetOptions(opts)
	switch {
	case len(opts) == 0:
		v.entries = nil
		v.caption.SetText("Sổ vàng chưa có số nào.")
		v.table.Refresh()
	case contains(opts, v.year.Selected):
		v.onYear(v.year.Selected)
	default:
		v.year.SetSelected(opts[0])
	}
}

func (v *registerView) onYear(s string) {
	y, _ := strconv.Atoi(s)
	es, err := v.svc.Register(context.Background(), y)
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.entries = es
	void := 0
	for _, e := range es {
		if e.Status == app.CertificateVoid {
			void++
		}
	}
	v.caption.SetText(strconv.Itoa(len(es)) + " số, trong đó " + strconv.Itoa(void) + " số đã hủy.")
	v.table.Refresh()
}

func (v *registerView) cell(r, c int) string {
	e := v.entries[r]
	switch c {
	case 0:
		return e.Number
	case 1:
		return e.Name
	case 2:
		return e.FormName
	case 3:
		return e.DecisionNumber
	case 4:
		return viet.FormatDate(e.SignedOn)
	case 5:
		if e.Status == app.CertificateVoid {
			return "Đã hủy"
		}
		return "Còn hiệu lực"
	case 6:
		return strconv.Itoa(e.PrintCount)
	case 7:
		var notes []string
		if e.Imported {
			notes = append(notes, "Nhập từ hồ sơ cũ.")
		}
		if e.VoidReason != "" {
			notes = append(notes, e.VoidReason)
		}
		if e.ReprintReason != "" {
			notes = append(notes, "In lại: "+e.ReprintReason)
		}
		return strings.Join(notes, " ")
	}
	return ""
}
