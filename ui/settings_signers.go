package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// signersView is Cài đặt → Người ký: who may sign the decisions, with the title and the period
// in the post. A decision keeps the name and title it was drafted with.
type signersView struct {
	u    *UI
	list interface {
		Signers(context.Context) ([]app.Signer, error)
	}
	svc     app.OfficeSettingsService
	content fyne.CanvasObject
	signers []app.Signer
	table   *textTable
	row     int
	add     *Button
	edit    *Button

	name, title, from, to *Entry
	deputy, active        *Check
	form                  *formDialog // last opened, for tests
}

var signerCols = []column{{"Họ và tên", 200}, {"Chức vụ", 180}, {"Ký", 130}, {"Từ ngày", 100}, {"Đến ngày", 100}, {"Trạng thái", 120}}

func newSignersView(u *UI, list interface {
	Signers(context.Context) ([]app.Signer, error)
}, svc app.OfficeSettingsService) *signersView {
	v := &signersView{u: u, list: list, svc: svc, row: -1}
	v.table = newTextTable(signerCols, func() int { return len(v.signers) }, v.cell)
	v.table.onSel = func(r int) { v.row = r; v.edit.Enable() }
	v.add = NewButtonWithIcon("Thêm người ký…", theme.ContentAddIcon(), func() { v.open(app.Signer{Mode: app.SignHead, Active: true}) })
	v.edit = NewButtonWithIcon("Sửa…", theme.DocumentCreateIcon(), v.onEdit)
	v.edit.Disable()
	v.content = container.NewBorder(wrapRow(v.add, v.edit), nil, nil, nil, v.table)
	return v
}

func (v *signersView) reload() {
	ss, err := v.list.Signers(context.Background())
	if err != nil {
		v.u.showError(err)
	}
	v.signers, v.row = ss, -1
	v.table.UnselectAll()
	v.edit.Disable()
	v.table.Refresh()
}

func (v *signersView) cell(r, c int) string {
	s := v.signers[r]
	switch c {
	case 0:
		return s.FullName
	case 1:
		return s.Title
	case 2:
		if s.Mode == app.SignDeputy {
			return "KT. Chủ tịch"
		}
		return "Chủ tịch"
	case 3:
		return dateOrDash(s.From)
	case 4:
		return dateOrDash(s.To)
	case 5:
		if s.Active {
			return "Đang ký"
		}
		return "Thôi ký"
	}
	return ""
}

func dateOrDash(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return viet.FormatDate(t)
}

func (v *signersView) onEdit() {
	if v.row >= 0 && v.row < len(v.signers) {
		v.open(v.signers[v.row])
	}
}

func optionalDate(s string) error {
	if viet.Normalize(s) == "" {
		return nil
	}
	_, err := viet.ParseDate(s)
	return err
}

func (v *signersView) open(s app.Signer) {
	v.name = textEntry(s.FullName, func(x string) error { return viet.RequireText("Họ và tên", x, 100) })
	v.title = textEntry(s.Title, func(x string) error { return viet.RequireText("Chức vụ", x, 100) })
	v.title.SetPlaceHolder("Chủ tịch / Phó Chủ tịch")
	v.deputy = NewCheck("Ký thay Chủ tịch (KT. Chủ tịch)", nil)
	v.deputy.SetChecked(s.Mode == app.SignDeputy)
	v.from = textEntry(emptyOr(s.From), optionalDate)
	v.to = textEntry(emptyOr(s.To), optionalDate)
	v.active = NewCheck("Đang ký quyết định", nil)
	v.active.SetChecked(s.Active)
	items := []*widget.FormItem{
		widget.NewFormItem("Họ và tên", v.name), widget.NewFormItem("Chức vụ", v.title), widget.NewFormItem("", v.deputy),
		widget.NewFormItem("Từ ngày", v.from), widget.NewFormItem("Đến ngày", v.to), widget.NewFormItem("", v.active),
	}
	title := "Thêm người ký"
	if s.ID != 0 {
		title = "Sửa người ký"
	}
	v.form = v.u.showForm(title, "Lưu", items, fyne.NewSize(600, 400), func() error {
		x := s
		x.FullName, x.Title, x.Active = v.name.Text, v.title.Text, v.active.Checked
		x.Mode = app.SignHead
		if v.deputy.Checked {
			x.Mode = app.SignDeputy
		}
		x.From, _ = viet.ParseDate(v.from.Text)
		x.To, _ = viet.ParseDate(v.to.Text)
		return v.svc.SaveSigner(context.Background(), &x)
	}, v.reload)
}

func emptyOr(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return viet.FormatDate(t)
}
