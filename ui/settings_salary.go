package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// The base-salary table in Cài đặt: a new decree is a new row with its date and legal basis; a
// row an issued decision was computed with can be neither changed nor deleted (the service says
// so), and drafts are recomputed with the table.

func (t *settingsTab) makeSalaryButtons() fyne.CanvasObject {
	t.salAdd = NewButtonWithIcon("Thêm mức…", theme.ContentAddIcon(), func() { t.salaryForm(app.Dated[int64]{}) })
	t.salEdit = NewButtonWithIcon("Sửa…", theme.DocumentCreateIcon(), t.onEditSalary)
	t.salDel = NewButtonWithIcon("Xóa", theme.DeleteIcon(), t.onDeleteSalary)
	t.salTable.onSel = func(row int) { t.salRow = row; t.salEdit.Enable(); t.salDel.Enable() }
	t.salEdit.Disable()
	t.salDel.Disable()
	return wrapRow(t.salAdd, t.salEdit, t.salDel)
}

func (t *settingsTab) selectedSalary() (app.Dated[int64], bool) {
	if t.salRow < 0 || t.salRow >= len(t.salaries) {
		return app.Dated[int64]{}, false
	}
	return t.salaries[t.salRow], true
}

func (t *settingsTab) onEditSalary() {
	if r, ok := t.selectedSalary(); ok {
		t.salaryForm(r)
	}
}

// salaryForm adds a row (old.From zero) or changes one.
func (t *settingsTab) salaryForm(old app.Dated[int64]) {
	from, amount := "", ""
	if !old.From.IsZero() {
		from, amount = viet.FormatDate(old.From), viet.FormatMoney(old.Value)
	}
	t.salFrom = textEntry(from, func(s string) error { _, err := viet.ParseDate(s); return err })
	t.salFrom.SetPlaceHolder("01/07/2026")
	t.salAmount = textEntry(amount, func(s string) error { _, err := app.ParseMoney("Mức lương cơ sở", s); return err })
	t.salAmount.SetPlaceHolder("2.530.000")
	t.salRef = textEntry(old.Ref, func(s string) error { return viet.RequireText("Căn cứ", s, 300) })
	t.salRef.SetPlaceHolder("Nghị định số …/…/NĐ-CP")
	items := []*widget.FormItem{
		widget.NewFormItem("Áp dụng từ", t.salFrom),
		widget.NewFormItem("Mức lương cơ sở (đồng)", t.salAmount),
		widget.NewFormItem("Căn cứ", t.salRef),
	}
	title := "Thêm mức lương cơ sở"
	if !old.From.IsZero() {
		title = "Sửa mức lương cơ sở"
	}
	t.salForm = t.u.showForm(title, "Lưu", items, fyne.NewSize(620, 300), func() error {
		on, err := viet.ParseDate(t.salFrom.Text)
		if err != nil {
			return err
		}
		n, err := app.ParseMoney("Mức lương cơ sở", t.salAmount.Text)
		if err != nil {
			return err
		}
		return t.svc.SaveBaseSalary(context.Background(), old.From, app.Dated[int64]{From: on, Value: n, Ref: t.salRef.Text})
	}, t.afterSalary)
}

func (t *settingsTab) onDeleteSalary() {
	r, ok := t.selectedSalary()
	if !ok {
		return
	}
	from := r.From
	t.u.confirm("Xóa mức lương cơ sở", "Xóa mức "+viet.FormatMoneyVND(r.Value)+" áp dụng từ "+viet.FormatDate(from)+"?", func() {
		if err := t.svc.DeleteBaseSalary(context.Background(), from); err != nil {
			t.u.showError(err)
			return
		}
		t.afterSalary()
	})
}

// afterSalary shows the table again, and the drafts' bonuses as now computed.
func (t *settingsTab) afterSalary() {
	t.salRow = -1
	t.salTable.UnselectAll()
	t.salEdit.Disable()
	t.salDel.Disable()
	t.reload()
	t.u.onCampaignChanged("")
}
