package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// personForm adds or edits a person; moving to another unit has its own form (moveForm).
type personForm struct {
	u        *UI
	svc      app.PeopleService
	person   app.Person
	units    []app.Unit
	name     *Entry
	gender   *widget.RadioGroup
	year     *Entry
	position *Entry
	category *Select
	unit     *picker
	dlg      *dialog.FormDialog
	items    []*widget.FormItem
	onSaved  func(app.Person)
}

func categoryLabels() []string {
	var ls []string
	for _, c := range app.Categories {
		ls = append(ls, c.Label())
	}
	return ls
}

func categoryOf(label string) app.Category {
	for _, c := range app.Categories {
		if c.Label() == label {
			return c
		}
	}
	return ""
}

func newPersonForm(u *UI, svc app.PeopleService, p app.Person, units []app.Unit, onSaved func(app.Person)) *personForm {
	f := &personForm{u: u, svc: svc, person: p, units: units, onSaved: onSaved}
	f.name = textEntry(p.FullName, func(s string) error { return viet.RequireText("Họ và tên", viet.Normalize(s), 100) })
	f.gender = NewRadioGroup([]string{"Nam", "Nữ"}, nil)
	f.gender.Horizontal = true
	f.gender.Required = true
	if p.Gender != "" {
		f.gender.SetSelected(p.Gender.Label())
	}
	year := ""
	if p.BirthYear > 0 {
		year = strconv.Itoa(p.BirthYear)
	}
	maxYear := u.today().Year()
	f.year = textEntry(year, func(s string) error {
		if viet.Normalize(s) == "" {
			return nil
		}
		y, err := viet.ParseYear("Năm sinh", s)
		if err != nil {
			return err
		}
		return viet.CheckYear("Năm sinh", y, 1900, maxYear)
	})
	f.position = textEntry(p.Position, nil)
	f.category = newSelect(categoryLabels(), nil)
	f.category.PlaceHolder = "(chọn đối tượng)"
	if p.Category != "" {
		f.category.SetSelected(p.Category.Label())
	}
	var names []string
	for _, un := range units {
		if un.Active || un.ID == p.UnitID {
			names = append(names, unitLabel(un.Name, un.ShortName))
		}
	}
	f.unit = newPicker(names, "Gõ vài chữ của tên đơn vị…", nil)
	for _, un := range units {
		if un.ID == p.UnitID {
			f.unit.Select(unitLabel(un.Name, un.ShortName))
		}
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Họ và tên", f.name),
		widget.NewFormItem("Giới tính", f.gender),
		widget.NewFormItem("Năm sinh", f.year),
		widget.NewFormItem("Chức vụ", f.position),
		widget.NewFormItem("Đối tượng", f.category),
	}
	title := "Sửa thông tin cán bộ"
	if p.ID == 0 {
		title = "Thêm cán bộ"
		items = append(items, widget.NewFormItem("Đơn vị", f.unit))
	}
	f.dlg = dialog.NewForm(title, "Lưu", "Hủy", items, f.onConfirm, u.win)
	f.dlg.Resize(fyne.NewSize(620, 420))
	f.items = items
	return f
}

// show opens the form with its first field focused; Enter saves, Escape cancels.
func (f *personForm) show() { f.u.presentForm(f.dlg, f.items) }

func (f *personForm) value() (app.Person, error) {
	v := f.person
	v.FullName, v.Position = f.name.Text, f.position.Text
	switch f.gender.Selected {
	case "Nam":
		v.Gender = app.Male
	case "Nữ":
		v.Gender = app.Female
	default:
		v.Gender = ""
	}
	v.BirthYear = 0
	if viet.Normalize(f.year.Text) != "" {
		y, err := viet.ParseYear("Năm sinh", f.year.Text)
		if err != nil {
			return v, err
		}
		v.BirthYear = y
	}
	v.Category = categoryOf(f.category.Selected)
	if v.ID == 0 {
		v.Active = true
		v.UnitID = 0
		for _, un := range f.units {
			if unitLabel(un.Name, un.ShortName) == f.unit.Selected() {
				v.UnitID = un.ID
			}
		}
	}
	return v, nil
}

func (f *personForm) onConfirm(ok bool) {
	if !ok {
		return
	}
	v, err := f.value()
	if err == nil {
		if same := f.lookAlike(v); same != "" {
			f.u.confirmOr("Tên giống một cán bộ đã có", "Đơn vị đã có cán bộ «"+same+"». «"+viet.Normalize(v.FullName)+
				"» có phải là một người khác không?\n\n«Có»: vẫn lưu. «Không»: quay lại sửa.", func() { f.save(v) }, f.show)
			return
		}
	}
	f.finish(v, err)
}

// lookAlike is the name of another person of the same unit that reads the same as v's once
// accents and case are set aside (the same name exactly too: namesakes exist), "" when none.
func (f *personForm) lookAlike(v app.Person) string {
	ps, err := f.svc.People(context.Background(), v.UnitID)
	if err != nil || v.UnitID == 0 {
		return ""
	}
	var names []string
	for _, p := range ps {
		if p.ID != v.ID {
			names = append(names, p.FullName)
		}
	}
	if same, ok := app.SameName(v.FullName, names); ok {
		return same
	}
	return ""
}

func (f *personForm) save(v app.Person) { f.finish(v, nil) }

// finish stores v unless err, then shows the error with the form again, or runs onSaved.
func (f *personForm) finish(v app.Person, err error) {
	if err == nil {
		ctx := context.Background()
		if v.ID == 0 {
			err = f.svc.CreatePerson(ctx, &v, f.u.today())
		} else {
			err = f.svc.UpdatePerson(ctx, &v, f.u.today())
		}
	}
	if err != nil {
		f.u.showErrorThen(err, f.show)
		return
	}
	if f.onSaved != nil {
		f.onSaved(v)
	}
}

// moveForm moves a person to another unit on a date, with a note (the decision that moved them).
type moveForm struct {
	u       *UI
	svc     app.PeopleService
	person  app.Person
	units   []app.Unit
	unit    *picker
	on      *Entry
	note    *Entry
	dlg     *dialog.FormDialog
	items   []*widget.FormItem
	onMoved func(id int64)
}

func newMoveForm(u *UI, svc app.PeopleService, p app.Person, units []app.Unit, onMoved func(id int64)) *moveForm {
	f := &moveForm{u: u, svc: svc, person: p, units: units, onMoved: onMoved}
	var names []string
	for _, un := range units {
		if un.Active && un.ID != p.UnitID {
			names = append(names, unitLabel(un.Name, un.ShortName))
		}
	}
	f.unit = newPicker(names, "Gõ vài chữ của tên đơn vị mới…", nil)
	f.on = textEntry(viet.FormatDate(u.today()), func(s string) error { _, err := viet.ParseDate(s); return err })
	f.note = textEntry("", nil)
	f.note.SetPlaceHolder("Ví dụ: theo Quyết định số 12/QĐ-UBND")
	items := []*widget.FormItem{
		widget.NewFormItem("Cán bộ", widget.NewLabel(p.FullName+" — "+p.UnitName)),
		widget.NewFormItem("Đơn vị mới", f.unit),
		widget.NewFormItem("Ngày chuyển", f.on),
		widget.NewFormItem("Ghi chú", f.note),
	}
	f.dlg = dialog.NewForm("Chuyển đơn vị", "Chuyển", "Hủy", items, f.onConfirm, u.win)
	f.dlg.Resize(fyne.NewSize(620, 320))
	f.items = items
	return f
}

// show opens the form with its first field focused; Enter moves, Escape cancels.
func (f *moveForm) show() { f.u.presentForm(f.dlg, f.items) }

func (f *moveForm) onConfirm(ok bool) {
	if !ok {
		return
	}
	var to int64
	for _, un := range f.units {
		if unitLabel(un.Name, un.ShortName) == f.unit.Selected() {
			to = un.ID
		}
	}
	on, err := viet.ParseDate(f.on.Text)
	if err == nil && to == 0 {
		err = &app.Error{Code: app.EINVALID, Field: "Đơn vị mới", Message: "Trường «Đơn vị mới» không được để trống."}
	}
	if err == nil {
		err = f.svc.MovePerson(context.Background(), f.person.ID, to, on, f.note.Text)
	}
	if err != nil {
		f.u.showErrorThen(err, f.show)
		return
	}
	if f.onMoved != nil {
		f.onMoved(f.person.ID)
	}
}
