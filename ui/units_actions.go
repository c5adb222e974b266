package ui

import (
	"context"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

func (t *unitsTab) makeButtons() {
	t.addUnit = NewButtonWithIcon("Thêm đơn vị", theme.ContentAddIcon(), t.onAddUnit)
	t.excel = NewButtonWithIcon("Excel…", theme.DocumentIcon(), t.onExcelMenu)
	t.editUnit = NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), t.onEditUnit)
	t.toggleUnit = NewButton("Ngừng theo dõi", t.onToggleUnit)
	t.removeUnit = NewButtonWithIcon("Xóa", theme.DeleteIcon(), t.onRemoveUnit)
	t.unitHistory = NewButton("Khen thưởng của đơn vị", t.onUnitHistory)
	t.addPerson = NewButtonWithIcon("Thêm cán bộ", theme.ContentAddIcon(), t.onAddPerson)
	t.editPerson = NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), t.onEditPerson)
	t.movePerson = NewButton("Chuyển đơn vị", t.onMovePerson)
	t.togglePerson = NewButton("Ngừng theo dõi", t.onTogglePerson)
	t.removePerson = NewButtonWithIcon("Xóa", theme.DeleteIcon(), t.onRemovePerson)
	t.personDetails = NewButton("Chi tiết", t.onPersonDetails)
	t.updateButtons()
}

// updateButtons enables what makes sense for the selection and names the toggles.
func (t *unitsTab) updateButtons() {
	setEnabled := func(on bool, bs ...*Button) {
		for _, b := range bs {
			if on {
				b.Enable()
			} else {
				b.Disable()
			}
		}
	}
	setEnabled(t.selected != nil, t.editUnit, t.toggleUnit, t.removeUnit, t.unitHistory)
	p := t.selectedPerson()
	setEnabled(p != nil, t.editPerson, t.movePerson, t.togglePerson, t.removePerson, t.personDetails)
	t.toggleUnit.SetText(toggleText(t.selected == nil || t.selected.Active))
	t.togglePerson.SetText(toggleText(p == nil || p.Active))
}

func toggleText(active bool) string {
	if active {
		return "Ngừng theo dõi"
	}
	return "Theo dõi lại"
}

func (t *unitsTab) selectedPerson() *app.Person {
	if t.person < 0 || t.person >= len(t.staff) {
		return nil
	}
	return &t.staff[t.person]
}

func (t *unitsTab) onPersonSelected(row int) {
	t.person = row
	t.updateButtons()
}

func (t *unitsTab) onAddUnit() {
	unit := app.Unit{Kind: app.UnitCommune, Active: true}
	t.unitForm = newUnitForm(t.u, t.units, unit, t.onUnitSaved)
	t.unitForm.others = t.unitNames(0)
	t.unitForm.show()
}

func (t *unitsTab) onEditUnit() {
	if t.selected == nil {
		return
	}
	t.unitForm = newUnitForm(t.u, t.units, *t.selected, t.onUnitSaved)
	t.unitForm.others = t.unitNames(t.selected.ID)
	t.unitForm.show()
}

// unitNames are the names of the units but one (0: all).
func (t *unitsTab) unitNames(except int64) []string {
	var ns []string
	for _, x := range t.all {
		if x.ID != except {
			ns = append(ns, x.Name)
		}
	}
	return ns
}

// onUnitSaved reloads the list and selects the unit just saved.
func (t *unitsTab) onUnitSaved(un app.Unit) {
	t.filter.SetText("")
	t.selected = &un
	t.reload()
	t.selectInList(un.ID)
}

func (t *unitsTab) selectInList(id int64) {
	for i, r := range t.rows {
		if r.unit != nil && r.unit.ID == id {
			t.list.Select(i)
			t.list.ScrollTo(i)
			return
		}
	}
}

func (t *unitsTab) onToggleUnit() {
	if t.selected == nil {
		return
	}
	if err := t.units.SetUnitActive(context.Background(), t.selected.ID, !t.selected.Active); err != nil {
		t.u.showError(err)
		return
	}
	t.reload()
}

// onRemoveUnit asks first; a unit with staff or history is only deactivated, and the question says so.
func (t *unitsTab) onRemoveUnit() {
	if t.selected == nil {
		return
	}
	un := *t.selected
	msg := "Xóa đơn vị «" + un.Name + "»?\n\nNếu đơn vị đã có cán bộ, điểm, sáng kiến hoặc khen thưởng thì chỉ chuyển sang\n«Ngừng theo dõi» để giữ lịch sử, không xóa."
	t.u.confirm("Xóa đơn vị", msg, func() { t.doRemoveUnit(un) })
}

func (t *unitsTab) doRemoveUnit(un app.Unit) {
	deleted, err := t.units.RemoveUnit(context.Background(), un.ID)
	if err != nil {
		t.u.showError(err)
		return
	}
	if deleted {
		t.selected = nil
		t.staff = nil
		t.caption.SetText("")
		t.u.notify("Đã xóa đơn vị «" + un.Name + "».")
	} else {
		t.u.notify("Đơn vị «" + un.Name + "» đã có dữ liệu nên được chuyển sang «Ngừng theo dõi».")
	}
	t.reload()
}

func (t *unitsTab) onUnitHistory() {
	if t.selected != nil {
		t.history = t.showUnitHistory(*t.selected)
	}
}

func (t *unitsTab) onAddPerson() {
	p := app.Person{Active: true, Category: app.CivilServant}
	if t.selected != nil {
		p.UnitID = t.selected.ID
	}
	t.personForm = newPersonForm(t.u, t.people, p, t.all, t.onPersonSaved)
	t.personForm.show()
}

func (t *unitsTab) onEditPerson() {
	if p := t.selectedPerson(); p != nil {
		t.personForm = newPersonForm(t.u, t.people, *p, t.all, t.onPersonSaved)
		t.personForm.show()
	}
}

// onPersonSaved shows the person's unit with the person selected.
func (t *unitsTab) onPersonSaved(p app.Person) {
	t.search.SetText("")
	t.filter.SetText("")
	t.showUnit(p.UnitID)
	t.selectInList(p.UnitID)
	for i, s := range t.staff {
		if s.ID == p.ID {
			t.table.Select(widget.TableCellID{Row: i, Col: 1})
			t.table.ScrollTo(widget.TableCellID{Row: i, Col: 1})
		}
	}
}

func (t *unitsTab) onMovePerson() {
	if p := t.selectedPerson(); p != nil {
		t.moveForm = newMoveForm(t.u, t.people, *p, t.all, t.onPersonMoved)
		t.moveForm.show()
	}
}

// onPersonMoved follows the person to the new unit.
func (t *unitsTab) onPersonMoved(id int64) {
	p, err := t.people.Person(context.Background(), id)
	if err != nil {
		t.u.showError(err)
		return
	}
	t.onPersonSaved(p)
}

func (t *unitsTab) onTogglePerson() {
	p := t.selectedPerson()
	if p == nil {
		return
	}
	if err := t.people.SetPersonActive(context.Background(), p.ID, !p.Active); err != nil {
		t.u.showError(err)
		return
	}
	t.refreshStaff()
}

func (t *unitsTab) onRemovePerson() {
	p := t.selectedPerson()
	if p == nil {
		return
	}
	person := *p
	msg := "Xóa cán bộ «" + person.FullName + "»?\n\nNếu cán bộ đã có sáng kiến, đề nghị, khen thưởng hoặc quá trình chuyển đơn vị\nthì chỉ chuyển sang «Ngừng theo dõi» để giữ lịch sử, không xóa."
	t.u.confirm("Xóa cán bộ", msg, func() { t.doRemovePerson(person) })
}

func (t *unitsTab) doRemovePerson(p app.Person) {
	deleted, err := t.people.RemovePerson(context.Background(), p.ID)
	if err != nil {
		t.u.showError(err)
		return
	}
	if deleted {
		t.u.notify("Đã xóa cán bộ «" + p.FullName + "».")
	} else {
		t.u.notify("Cán bộ «" + p.FullName + "» đã có dữ liệu nên được chuyển sang «Ngừng theo dõi».")
	}
	t.refreshStaff()
}

func (t *unitsTab) onPersonDetails() {
	if p := t.selectedPerson(); p != nil {
		t.history = t.showPersonDetails(*p)
	}
}

// refreshStaff reloads what the staff table shows: the search results or the unit's staff.
func (t *unitsTab) refreshStaff() {
	if viet.Normalize(t.search.Text) != "" {
		t.onSearchChanged(t.search.Text)
		return
	}
	if t.selected != nil {
		t.showUnit(t.selected.ID)
	}
}
