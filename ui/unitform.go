package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// unitForm adds or edits a unit. Every field validates as the user types; the button stays
// disabled until the form is right, and an error from the database (a duplicate name) brings the
// form back with what was typed.
type unitForm struct {
	u       *UI
	svc     app.UnitListService
	unit    app.Unit // the unit edited; ID 0 for a new one
	name    *Entry
	short   *Entry
	kind    *Select
	head    *Entry
	address *Entry
	phone   *Entry
	email   *Entry
	dlg     *dialog.FormDialog
	items   []*widget.FormItem
	others  []string // the names of the other units, for the look-alike question
	onSaved func(app.Unit)
}

func kindLabels() []string {
	var ls []string
	for _, k := range app.UnitKinds {
		ls = append(ls, k.Label())
	}
	return ls
}

func kindOf(label string) app.UnitKind {
	for _, k := range app.UnitKinds {
		if k.Label() == label {
			return k
		}
	}
	return ""
}

func newUnitForm(u *UI, svc app.UnitListService, unit app.Unit, onSaved func(app.Unit)) *unitForm {
	f := &unitForm{u: u, svc: svc, unit: unit, onSaved: onSaved}
	f.name = textEntry(unit.Name, func(s string) error { return viet.RequireText("Tên đơn vị", viet.Normalize(s), 200) })
	f.short = textEntry(unit.ShortName, nil)
	f.kind = newSelect(kindLabels(), nil)
	f.kind.PlaceHolder = "(chọn loại)"
	if unit.Kind != "" {
		f.kind.SetSelected(unit.Kind.Label())
	}
	f.head = textEntry(unit.Head, nil)
	f.address = textEntry(unit.Address, nil)
	f.phone = textEntry(unit.Phone, func(s string) error { return viet.CheckPhone("Điện thoại", viet.Normalize(s)) })
	f.email = textEntry(unit.Email, func(s string) error { return viet.CheckEmail("Email", viet.Normalize(s)) })
	items := []*widget.FormItem{
		widget.NewFormItem("Tên đơn vị", f.name),
		widget.NewFormItem("Tên viết tắt", f.short),
		widget.NewFormItem("Loại", f.kind),
		widget.NewFormItem("Thủ trưởng", f.head),
		widget.NewFormItem("Địa chỉ", f.address),
		widget.NewFormItem("Điện thoại", f.phone),
		widget.NewFormItem("Email", f.email),
	}
	title := "Thêm đơn vị"
	if unit.ID != 0 {
		title = "Sửa đơn vị"
	}
	f.dlg = dialog.NewForm(title, "Lưu", "Hủy", items, f.onConfirm, u.win)
	f.dlg.Resize(fyne.NewSize(620, 480))
	f.items = items
	return f
}

// show opens the form with its first field focused; Enter saves, Escape cancels.
func (f *unitForm) show() { f.u.presentForm(f.dlg, f.items) }

// textEntry is an NFC entry with a text and an optional validator whose message is Vietnamese.
func textEntry(text string, validate func(string) error) *Entry {
	e := NewEntry()
	e.SetText(text)
	if validate != nil {
		e.Validator = func(s string) error {
			if err := validate(s); err != nil {
				return plainError(app.ErrorMessage(err))
			}
			return nil
		}
	}
	return e
}

// plainError carries a message for Fyne's validation hint.
type plainError string

func (e plainError) Error() string { return string(e) }

func (f *unitForm) value() app.Unit {
	v := f.unit
	v.Name, v.ShortName, v.Kind = f.name.Text, f.short.Text, kindOf(f.kind.Selected)
	v.Head, v.Address, v.Phone, v.Email = f.head.Text, f.address.Text, f.phone.Text, f.email.Text
	if v.ID == 0 {
		v.Active = true
	}
	return v
}

func (f *unitForm) onConfirm(ok bool) {
	if !ok {
		return
	}
	v := f.value()
	if same, found := app.SameName(v.Name, f.others); found && viet.Normalize(v.Name) != same {
		f.u.confirmOr("Tên giống một đơn vị đã có", "Đã có đơn vị «"+same+"». «"+viet.Normalize(v.Name)+
			"» có phải là một đơn vị khác không?\n\n«Có»: vẫn lưu đơn vị mới. «Không»: quay lại sửa tên.", func() { f.save(v) }, f.show)
		return
	}
	f.save(v)
}

func (f *unitForm) save(v app.Unit) {
	ctx := context.Background()
	var err error
	if v.ID == 0 {
		err = f.svc.CreateUnit(ctx, &v)
	} else {
		err = f.svc.UpdateUnit(ctx, &v)
	}
	if err != nil {
		f.u.showErrorThen(err, f.show)
		return
	}
	if f.onSaved != nil {
		f.onSaved(v)
	}
}
