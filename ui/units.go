package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// unitRow is a line of the unit list: a group header (kind) or a unit.
type unitRow struct {
	header string
	unit   *app.Unit
}

// unitsTab is the Đơn vị tab: units grouped by kind on the left, the selected unit and its staff on
// the right, and a search over all people.
type unitsTab struct {
	u       *UI
	content fyne.CanvasObject
	units   app.UnitListService
	people  app.PeopleService
	facts   personFactPorts         // for the person details
	awards  app.AwardHistoryService // for the person and unit details
	lists   unitLists

	all      []app.Unit
	rows     []unitRow
	filter   *Entry
	list     *List
	selected *app.Unit

	details *fyne.Container
	fields  map[string]*widget.Label
	search  *Entry
	staff   []app.Person
	table   *textTable
	caption *widget.Label
	person  int // selected row of staff, -1 when none

	split *container.Split

	addUnit, editUnit, toggleUnit, removeUnit, unitHistory *Button
	addPerson, editPerson, movePerson, togglePerson        *Button
	removePerson, personDetails, excel                     *Button

	// the dialogs last opened, for tests
	unitForm   *unitForm
	personForm *personForm
	moveForm   *moveForm
	history    *historyView
}

// staffCols: the unit comes third, so that search results across units show it without
// scrolling sideways, even at 1024 px.
var staffCols = []column{{"STT", 50}, {"Họ và tên", 210}, {"Đơn vị", 200}, {"Chức vụ", 240}, {"Giới tính", 80}, {"Năm sinh", 85}, {"Đối tượng", 150}}

// unitsDeps are the services of the Đơn vị tab.
type unitsDeps struct {
	units   app.UnitListService
	people  app.PeopleService
	facts   personFactPorts
	history app.AwardHistoryService
	lists   unitLists
}

func newUnitsTab(u *UI, d unitsDeps) *unitsTab {
	t := &unitsTab{u: u, units: d.units, people: d.people, facts: d.facts, awards: d.history, lists: d.lists,
		fields: map[string]*widget.Label{}, person: -1}
	t.filter = NewEntry()
	t.filter.SetPlaceHolder("Lọc đơn vị…")
	t.filter.OnChanged = t.onFilterChanged
	t.list = NewList(t.listLen, t.listCreate, t.listUpdate)
	t.list.OnSelected = t.onUnitSelected

	left, right := widget.NewForm(), widget.NewForm()
	for i, f := range []string{"Tên đơn vị", "Tên viết tắt", "Loại", "Thủ trưởng", "Địa chỉ", "Điện thoại", "Email", "Trạng thái"} {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		t.fields[f] = l
		if i < 4 {
			left.Append(f, l)
		} else {
			right.Append(f, l)
		}
	}
	t.details = container.NewGridWithColumns(2, left, right)
	t.search = NewEntry()
	t.search.SetPlaceHolder("Tìm cán bộ trong mọi đơn vị (gõ có dấu hoặc không dấu)…")
	t.search.OnChanged = t.onSearchChanged
	t.caption = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.table = newTextTable(staffCols, func() int { return len(t.staff) }, t.staffCell)
	t.table.onSel = t.onPersonSelected
	t.makeButtons()

	// The caption echoes what is searched: it truncates, so no text typed widens the window, and
	// the toolbars wrap, so that every button stays reachable on a 1024-px screen.
	t.caption.Truncation = fyne.TextTruncateEllipsis
	list := container.NewBorder(t.filter, wrapRow(t.addUnit, t.excel), nil, nil, t.list)
	unitBar := wrapRow(t.editUnit, t.toggleUnit, t.removeUnit, t.unitHistory)
	personBar := wrapRow(t.addPerson, t.editPerson, t.movePerson, t.togglePerson, t.removePerson, t.personDetails)
	top := container.NewVBox(t.details, unitBar, widget.NewSeparator(), t.search, t.caption, personBar)
	detail := container.NewBorder(top, nil, nil, nil, t.table)
	t.split = u.split("units", true, 0.24, list, detail)
	t.content = t.split
	return t
}

func (t *unitsTab) reload() {
	us, err := t.units.Units(context.Background())
	if err != nil {
		t.u.showError(err)
		return
	}
	t.all = us
	t.rebuild()
	switch {
	case t.selected != nil:
		t.showUnit(t.selected.ID)
	case len(t.rows) > 1:
		t.list.Select(1) // the first unit, under its group header
	}
}

// rebuild groups the units that pass the filter under a header per kind, with counts.
func (t *unitsTab) rebuild() {
	q := viet.NewFoldQuery(t.filter.Text)
	t.rows = t.rows[:0]
	for _, k := range app.UnitKinds {
		var group []unitRow
		for i := range t.all {
			if t.all[i].Kind == k && q.Match(viet.FoldKey(t.all[i].Name+" "+t.all[i].ShortName)) {
				group = append(group, unitRow{unit: &t.all[i]})
			}
		}
		if len(group) > 0 {
			t.rows = append(t.rows, unitRow{header: kindGroupLabel(k) + " (" + strconv.Itoa(len(group)) + ")"})
			t.rows = append(t.rows, group...)
		}
	}
	t.list.UnselectAll()
	t.list.Refresh()
}

func kindGroupLabel(k app.UnitKind) string {
	switch k {
	case app.UnitCommune, app.UnitTown:
		return k.Label()
	case app.UnitDepartment:
		return "Phòng, ban"
	}
	return "Khác"
}

func (t *unitsTab) listLen() int { return len(t.rows) }

func (t *unitsTab) listCreate() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (t *unitsTab) listUpdate(i widget.ListItemID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	r := t.rows[i]
	if r.unit == nil {
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.SetText(r.header)
		return
	}
	l.TextStyle = fyne.TextStyle{}
	name := "    " + r.unit.Name
	if !r.unit.Active {
		name += " (ngừng theo dõi)"
	}
	l.SetText(name)
}

func (t *unitsTab) onFilterChanged(string) { t.rebuild() }

func (t *unitsTab) onUnitSelected(i widget.ListItemID) {
	if i < 0 || i >= len(t.rows) || t.rows[i].unit == nil {
		return
	}
	t.search.SetText("")
	t.showUnit(t.rows[i].unit.ID)
}

// showUnit fills the details and the staff table of one unit.
func (t *unitsTab) showUnit(id int64) {
	var unit *app.Unit
	for i := range t.all {
		if t.all[i].ID == id {
			unit = &t.all[i]
		}
	}
	if unit == nil {
		return
	}
	t.selected = unit
	status := "Đang theo dõi"
	if !unit.Active {
		status = "Ngừng theo dõi"
	}
	for f, v := range map[string]string{"Tên đơn vị": unit.Name, "Tên viết tắt": unit.ShortName, "Loại": unit.Kind.Label(),
		"Thủ trưởng": unit.Head, "Địa chỉ": unit.Address, "Điện thoại": unit.Phone, "Email": unit.Email, "Trạng thái": status} {
		t.fields[f].SetText(v)
	}
	staff, err := t.people.People(context.Background(), id)
	if err != nil {
		t.u.showError(err)
		return
	}
	t.staff = staff
	t.caption.SetText("Cán bộ của " + unit.Name + ": " + strconv.Itoa(len(staff)) + " người")
	t.staffChanged()
}

// onSearchChanged searches every unit's people, accent-insensitively, as the user types.
func (t *unitsTab) onSearchChanged(q string) {
	if viet.Normalize(q) == "" {
		if t.selected != nil {
			t.showUnit(t.selected.ID)
		} else {
			t.staff = nil
			t.caption.SetText("")
			t.staffChanged()
		}
		return
	}
	ps, err := t.people.SearchPeople(context.Background(), q, 500)
	if err != nil {
		t.u.showError(err)
		return
	}
	t.staff = ps
	t.caption.SetText("Kết quả tìm «" + viet.Normalize(q) + "»: " + strconv.Itoa(len(ps)) + " người")
	t.staffChanged()
}

// staffChanged clears the person selection after the staff list changed.
func (t *unitsTab) staffChanged() {
	t.person = -1
	t.table.UnselectAll()
	t.table.Refresh()
	t.updateButtons()
}

func (t *unitsTab) staffCell(r, c int) string {
	p := t.staff[r]
	switch c {
	case 0:
		return strconv.Itoa(r + 1)
	case 1:
		if !p.Active {
			return p.FullName + " (ngừng theo dõi)"
		}
		return p.FullName
	case 2:
		return p.UnitName
	case 3:
		return p.Position
	case 4:
		return p.Gender.Label()
	case 5:
		if p.BirthYear == 0 {
			return ""
		}
		return strconv.Itoa(p.BirthYear)
	case 6:
		return p.Category.Label()
	}
	return ""
}
