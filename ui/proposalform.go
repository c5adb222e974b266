package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// proposalForm enters one proposal: who (a person of a unit, or the unit itself), which form, and
// the achievement.
type proposalForm struct {
	v       *proposalsView
	units   []app.Unit
	people  []app.Person
	kind    *widget.RadioGroup
	unit    *picker
	person  *Select
	form    *Select
	achieve *Entry
	dlg     *dialog.FormDialog
	items   []*widget.FormItem
}

// show opens the form with its first field focused; Enter saves, Escape cancels.
func (f *proposalForm) show() { f.v.t.u.presentForm(f.dlg, f.items) }

func (v *proposalsView) onAdd() {
	units, err := v.units.Units(context.Background())
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.form = newProposalForm(v, units)
	v.form.show()
}

func newProposalForm(v *proposalsView, units []app.Unit) *proposalForm {
	f := &proposalForm{v: v}
	for _, u := range units {
		if u.Active {
			f.units = append(f.units, u)
		}
	}
	f.kind = NewRadioGroup([]string{app.RecipientPerson.Label(), app.RecipientUnit.Label()}, f.onKind)
	f.kind.Horizontal = true
	var names []string
	for _, u := range f.units {
		names = append(names, unitLabel(u.Name, u.ShortName))
	}
	f.unit = newPicker(names, "Gõ vài chữ của tên đơn vị đề nghị…", f.onUnit)
	f.person = newSelect(nil, nil)
	f.person.PlaceHolder = "(chọn cán bộ)"
	f.form = newSelect(nil, nil)
	f.form.PlaceHolder = "(chọn hình thức)"
	f.achieve = NewMultiLineEntry()
	f.achieve.SetMinRowsVisible(3)
	f.achieve.SetText("Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm " + itoaYear(v))
	items := []*widget.FormItem{
		widget.NewFormItem("Đối tượng", f.kind),
		widget.NewFormItem("Đơn vị", f.unit),
		widget.NewFormItem("Cá nhân", f.person),
		widget.NewFormItem("Hình thức", f.form),
		widget.NewFormItem("Thành tích", f.achieve),
	}
	f.dlg = dialog.NewForm("Thêm đề nghị khen thưởng", "Lưu", "Hủy", items, f.onConfirm, v.t.u.win)
	f.dlg.Resize(fyne.NewSize(760, 460))
	f.items = items
	f.kind.SetSelected(app.RecipientPerson.Label())
	return f
}

func itoaYear(v *proposalsView) string {
	for _, c := range v.t.u.campaigns {
		if c.ID == v.t.u.CampaignID() {
			return strconv.Itoa(c.Year)
		}
	}
	return strconv.Itoa(v.t.u.today().Year())
}

func (f *proposalForm) recipient() app.RecipientKind {
	if f.kind.Selected == app.RecipientUnit.Label() {
		return app.RecipientUnit
	}
	return app.RecipientPerson
}

// onKind offers the forms that fit the recipient and shows the person list only for individuals.
func (f *proposalForm) onKind(string) {
	k := f.recipient()
	var names []string
	for _, fm := range f.v.forms {
		if fm.Recipient == "both" || fm.Recipient == string(k) {
			names = append(names, fm.Name)
		}
	}
	f.form.SetOptions(names)
	if !contains(names, f.form.Selected) {
		f.form.ClearSelected()
	}
	if k == app.RecipientUnit {
		f.person.Disable()
	} else {
		f.person.Enable()
	}
}

func (f *proposalForm) onUnit(i int) {
	f.people = nil
	var labels []string
	for j, u := range f.units {
		if j != i {
			continue
		}
		ps, err := f.v.people.People(context.Background(), u.ID)
		if err != nil {
			f.v.t.u.showError(err)
			return
		}
		for _, p := range ps {
			if p.Active {
				f.people = append(f.people, p)
				labels = append(labels, personLabel(p))
			}
		}
	}
	f.person.SetOptions(labels)
	f.person.ClearSelected()
}

func personLabel(p app.Person) string {
	if p.Position == "" {
		return p.FullName
	}
	return p.FullName + " — " + p.Position
}

func (f *proposalForm) value() app.Proposal {
	p := app.Proposal{CampaignID: f.v.t.u.CampaignID(), Recipient: f.recipient(), Achievement: f.achieve.Text}
	for _, u := range f.units {
		if unitLabel(u.Name, u.ShortName) == f.unit.Selected() {
			p.UnitID, p.UnitName = u.ID, u.Name
		}
	}
	if p.Recipient == app.RecipientUnit {
		p.RecipientUnitID = p.UnitID
	}
	for _, x := range f.people {
		if personLabel(x) == f.person.Selected {
			p.PersonID = x.ID
		}
	}
	for _, fm := range f.v.forms {
		if fm.Name == f.form.Selected {
			p.FormCode = fm.Code
		}
	}
	return p
}

func (f *proposalForm) onConfirm(ok bool) {
	if !ok {
		return
	}
	p := f.value()
	if err := f.v.svc.CreateProposal(context.Background(), &p); err != nil {
		f.v.t.u.showErrorThen(err, f.show)
		return
	}
	f.v.afterChange()
	f.v.reveal(p.ID)
}
