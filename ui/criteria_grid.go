package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/scoring"
)

// gridRow is a line of the scoring grid: a reform field with its totals, a criterion with
// sub-criteria (a heading), or a scored item with its cells.
type gridRow struct {
	c          app.Criterion
	fieldID    int64 // a field's heading when c.ID is 0
	box        fyne.CanvasObject
	label      *widget.Label
	total      *widget.Label // a field's totals
	self, appr *gridEntry    // a survey item: surveyed, satisfied
	note       *gridEntry
	na         *Check
	mark       *widget.Label // "≠" when the appraisal differs from the self-score
}

// gridView is the scoring grid of one unit: the criteria tree on the left, Tự chấm / Thẩm định /
// Ghi chú on the right, totals per field that follow the typing, saved when the unit, the inner
// tab or the campaign changes (or with «Lưu»): nothing typed is lost.
type gridView struct {
	t       *criteriaTab
	content fyne.CanvasObject

	unitSel *Select
	units   []app.Unit
	summary *widget.Label
	rowsBox *fyne.Container
	scroll  *container.Scroll

	setID    int64
	sheet    app.UnitSheet
	rows     []*gridRow
	leaves   []*gridRow
	fields   map[int64]*gridRow
	dirty    map[int64]bool
	filling  bool
	current  int // index into units, -1 when none
	focusRow int // the scored item last worked on

	saveB, lockB, importB, evidenceB *Button
}

const (
	cellW  = 82
	noteW  = 170
	cellH  = 36
	markW  = 28
	checkW = 60
	totalW = 380
	// labelRunes is where an item's name is cut in the grid (the editor shows it whole)
	labelRunes = 52
	// surveyRunes is shorter: the formula «(178 / 188) × 5 = 4,73» follows the name.
	surveyRunes = 26
)

func shortText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func newGridView(t *criteriaTab) *gridView {
	g := &gridView{t: t, dirty: map[int64]bool{}, fields: map[int64]*gridRow{}, current: -1}
	g.unitSel = NewSelect(nil, g.onUnitChanged)
	g.unitSel.PlaceHolder = "(chọn đơn vị)"
	g.summary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	g.summary.Wrapping = fyne.TextWrapWord
	g.rowsBox = container.NewVBox()
	g.scroll = container.NewVScroll(g.rowsBox)
	g.saveB = NewButton("Lưu", g.onSave)
	g.lockB = NewButton("Khóa thẩm định", g.onLock)
	g.importB = NewButton("Nhập tự chấm từ Excel…", g.onImport)
	g.evidenceB = NewButton("Minh chứng…", g.onEvidence)
	head := container.NewHBox(widget.NewLabel("Đơn vị:"), container.NewGridWrap(fyne.NewSize(340, cellH), g.unitSel),
		g.saveB, g.lockB, g.importB, g.evidenceB)
	cols := container.NewBorder(nil, nil, nil, container.NewHBox(
		fixed(cellW, widget.NewLabelWithStyle("Tự chấm", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})),
		fixed(cellW, widget.NewLabelWithStyle("Thẩm định", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})),
		fixed(markW, widget.NewLabel("")),
		fixed(noteW, widget.NewLabelWithStyle("Ghi chú", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})),
		fixed(checkW, widget.NewLabelWithStyle("KAD", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))),
		widget.NewLabelWithStyle("Tiêu chí", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	g.content = container.NewBorder(container.NewVBox(head, g.summary, cols), nil, nil, nil, g.scroll)
	return g
}

func fixed(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, cellH), o)
}

// reload lists the units of the campaign that have a criteria set, keeping the one selected.
func (g *gridView) reload(campaignID int64, sets []app.CriteriaSet) {
	kinds := map[app.UnitKind]bool{}
	for _, s := range sets {
		kinds[s.Kind] = true
	}
	us, err := g.t.svc.Units(context.Background())
	if err != nil {
		g.t.u.showError(err)
	}
	prev := int64(0)
	if g.current >= 0 && g.current < len(g.units) {
		prev = g.units[g.current].ID
	}
	g.units = g.units[:0]
	var names []string
	sel := -1
	for _, u := range us {
		if u.Active && kinds[u.Kind] {
			if u.ID == prev {
				sel = len(g.units)
			}
			g.units = append(g.units, u)
			names = append(names, u.Name)
		}
	}
	g.current = -1
	g.unitSel.SetOptions(names)
	if len(g.units) > 0 && campaignID != 0 {
		if sel < 0 {
			sel = 0
		}
		g.unitSel.SetSelectedIndex(sel) // loads through onUnitChanged
		return
	}
	g.clear()
}

func (g *gridView) clear() {
	g.rows, g.leaves, g.setID = nil, nil, 0
	g.rowsBox.Objects = nil
	g.rowsBox.Refresh()
	g.summary.SetText("")
}

// onUnitChanged saves what was typed for the unit left, then opens the one chosen; when the save
// is refused the choice goes back, so the typing stays on screen.
func (g *gridView) onUnitChanged(string) {
	i := g.unitSel.SelectedIndex()
	if i == g.current {
		return
	}
	if err := g.save(); err != nil {
		g.t.u.showError(err)
		if g.current >= 0 {
			g.unitSel.SetSelectedIndex(g.current) // comes back here with i == g.current
		}
		return
	}
	g.current = i
	if i < 0 || i >= len(g.units) {
		return
	}
	g.open(g.units[i].ID)
}

// open reads a unit's sheet and shows it, building the rows only when the set changes.
func (g *gridView) open(unitID int64) {
	sh, err := g.t.svc.UnitSheet(context.Background(), g.t.campaignID, unitID)
	if err != nil {
		g.t.u.showError(err)
		g.clear()
		return
	}
	if sh.Set.ID != g.setID {
		g.build(sh.Set)
	}
	g.sheet = sh
	g.fill()
}

// build makes the rows of a set: a heading per field, a heading per criterion with parts, and
// the cells of every scored item.
func (g *gridView) build(set app.CriteriaSet) {
	g.setID = set.ID
	g.rows, g.leaves = nil, nil
	g.fields = map[int64]*gridRow{}
	leaf := map[int64]bool{}
	for _, c := range scoring.Leaves(set) {
		leaf[c.ID] = true
	}
	objs := make([]fyne.CanvasObject, 0, len(set.Items)+8)
	for _, f := range scoring.SetFields(set) {
		r := &gridRow{fieldID: f.FieldID, label: widget.NewLabelWithStyle(strconv.Itoa(f.Number)+". "+f.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			total: widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})}
		r.label.Truncation = fyne.TextTruncateEllipsis
		// a fixed width: the totals change as one types, and a label's width is taken when laid out
		r.box = container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(totalW, cellH), r.total), r.label)
		g.fields[f.FieldID] = r
		g.rows = append(g.rows, r)
		objs = append(objs, widget.NewSeparator(), r.box)
		for _, c := range set.Items {
			if c.FieldID != f.FieldID {
				continue
			}
			r := g.itemRow(c, leaf[c.ID])
			g.rows = append(g.rows, r)
			objs = append(objs, r.box)
		}
	}
	g.rowsBox.Objects = objs
	g.rowsBox.Refresh()
}

func (g *gridView) itemRow(c app.Criterion, isLeaf bool) *gridRow {
	r := &gridRow{c: c}
	indent := "    "
	if c.ParentID != 0 {
		indent = "            "
	}
	// shortened by hand: a truncating label shapes its text again at every layout, which made a
	// grid of 100 items take a second to open
	r.label = widget.NewLabel(indent + c.Code + " " + shortText(c.Name, labelRunes) + " (" + c.Max.String() + ")")
	if !isLeaf {
		r.label.TextStyle.Italic = true
		r.box = r.label
		return r
	}
	n := len(g.leaves)
	r.self, r.appr, r.note = newGridEntry(n, 0, g.move), newGridEntry(n, 1, g.move), newGridEntry(n, 2, g.move)
	if c.Survey {
		r.self.SetPlaceHolder("Số k.sát")
		r.appr.SetPlaceHolder("Số h.lòng")
	}
	for _, e := range []*gridEntry{r.self, r.appr, r.note} {
		e.OnChanged = func(string) { g.onCellChanged(r) }
		e.focused = func(e *gridEntry) { g.focusRow = e.row }
	}
	r.mark = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	r.mark.Importance = widget.DangerImportance
	r.na = NewCheck("", func(bool) { g.onCellChanged(r) }) // shown only where «Không áp dụng» is allowed
	var na fyne.CanvasObject = r.na
	if !c.NAAllowed {
		na = layout.NewSpacer()
	}
	right := container.NewHBox(fixed(cellW, r.self), fixed(cellW, r.appr), fixed(markW, r.mark), fixed(noteW, r.note), fixed(checkW, na))
	r.box = container.NewBorder(nil, nil, nil, right, r.label)
	g.leaves = append(g.leaves, r)
	return r
}
