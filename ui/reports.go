package ui

import (
	"context"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// reportPorts is what the «Báo cáo» view asks: the tracking and the workbooks.
type reportPorts interface {
	app.ReportService
	app.WorkbookService
	UnitBook(ctx context.Context, campaignID, unitID int64) (app.UnitBook, error)
	Settings(ctx context.Context) (app.Settings, error)
	Signers(ctx context.Context) ([]app.Signer, error)
}

// reportsView is Đơn vị → Báo cáo: the grid unit × period coloured by status as of a date, the
// filters, a count per period, and the actions (record a report, periods, công văn đôn đốc, the
// units' workbooks out and back).
type reportsView struct {
	u    *UI
	svc  reportPorts
	grid app.ReportGrid
	rows []int // the grid's rows shown, after the filters

	content fyne.CanvasObject
	asOf    *Entry
	period  *Select // «Kỳ»: the column the status filter, the công văn and the returns use
	state   *Select
	kind    *Select
	table   *Table
	counts  *widget.Label
	sel     widget.TableCellID // the cell chosen (Row -1: none); Row counts shown rows from 1

	record, openFile, unrecord, periods, remind, booksOut, booksIn, points *Button

	wantPeriod string // the period to show once the grid is read (Tổng quan opens a period)

	// the dialogs last opened, for tests
	recordForm *formDialog
	preview    *returnsPreview
}

var (
	allPeriods = "Mọi kỳ"
	allStates  = "Mọi trạng thái"
	allKinds   = "Mọi loại đơn vị"
)

func newReportsView(u *UI, svc reportPorts) *reportsView {
	v := &reportsView{u: u, svc: svc, sel: widget.TableCellID{Row: -1}}
	v.asOf = NewEntry()
	v.asOf.SetText(viet.FormatDate(u.today()))
	v.asOf.OnSubmitted = func(string) { v.reload(u.CampaignID()) }
	v.period = newSelect(nil, func(string) { v.applyFilters() })
	states := []string{allStates}
	for _, s := range app.StateLabels {
		states = append(states, s.Label)
	}
	v.state = newSelect(states, func(string) { v.applyFilters() })
	v.state.SetSelectedIndex(0)
	kinds := []string{allKinds}
	for _, k := range app.UnitKinds {
		kinds = append(kinds, k.Label())
	}
	v.kind = newSelect(kinds, func(string) { v.applyFilters() })
	v.kind.SetSelectedIndex(0)
	v.table = NewTableWithHeaders(v.size, v.create, v.update)
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = v.create
	v.table.UpdateHeader = v.updateHeader
	v.table.OnSelected = v.onSelected
	v.counts = widget.NewLabel("")
	v.counts.Wrapping = fyne.TextWrapWord
	v.makeButtons()
	show := NewButton("Xem", func() { v.reload(u.CampaignID()) })
	filters := wrapRow(widget.NewLabel("Tính đến ngày"), fixedWidth(v.asOf, 120), show,
		widget.NewLabel("Kỳ"), fixedWidth(v.period, 190), fixedWidth(v.state, 165), fixedWidth(v.kind, 175))
	actions := wrapRow(v.record, v.openFile, v.unrecord, v.periods, v.remind, v.booksOut, v.booksIn, v.points)
	v.content = container.NewBorder(container.NewVBox(filters, actions), v.counts, nil, nil, v.table)
	return v
}

// fixedWidth keeps an entry at w wide whatever is typed (the window never grows).
func fixedWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

func (v *reportsView) makeButtons() {
	v.record = NewButton("Ghi nhận báo cáo…", v.onRecord)
	v.openFile = NewButton("Mở tệp đã nhận", v.onOpenFile)
	v.unrecord = NewButton("Xóa ghi nhận", v.onUnrecord)
	v.periods = NewButton("Kỳ báo cáo…", v.onPeriods)
	v.remind = NewButton("Công văn đôn đốc…", v.onReminder)
	v.booksOut = NewButton("Xuất sổ cho đơn vị…", v.onBooksOut)
	v.booksIn = NewButton("Nhận sổ từ đơn vị…", v.onBooksIn)
	v.points = NewButton("Tính điểm «Chế độ báo cáo»", v.onPoints)
	v.record.Disable()
	v.openFile.Disable()
	v.unrecord.Disable()
}

// unitsArea is the Đơn vị tab: the list of units and staff, and the report tracking beside it.
func (u *UI) unitsArea() fyne.CanvasObject {
	inner := container.NewAppTabs(
		container.NewTabItem("Danh sách", u.units.content),
		container.NewTabItem("Báo cáo", u.reports.content),
	)
	inner.OnSelected = func(it *container.TabItem) {
		if it.Content == u.reports.content {
			u.reports.reload(u.CampaignID())
		}
	}
	return inner
}

func (v *reportsView) asOfDate() (time.Time, error) {
	t, err := viet.ParseDate(v.asOf.Text)
	if err != nil {
		return t, app.FieldError("Tính đến ngày", "Trường «Tính đến ngày»: %s không phải ngày dd/mm/yyyy.", viet.Quote(v.asOf.Text))
	}
	return t, nil
}

func (v *reportsView) reload(campaignID int64) {
	if campaignID == 0 {
		v.grid = app.ReportGrid{}
		v.applyFilters()
		return
	}
	asOf, err := v.asOfDate()
	if err != nil {
		v.u.showError(err)
		return
	}
	var g app.ReportGrid
	v.u.background(func() error {
		var err error
		g, err = v.svc.ReportGrid(context.Background(), campaignID, asOf)
		return err
	}, func(err error) {
		if err != nil {
			v.u.showError(err)
			return
		}
		v.grid = g
		keep := v.period.Selected
		if v.wantPeriod != "" {
			keep, v.wantPeriod = v.wantPeriod, ""
		}
		opts := []string{allPeriods}
		for _, p := range g.Periods {
			opts = append(opts, p.Name)
		}
		v.period.SetOptions(opts)
		if keep == "" || g.PeriodIndex(keep) < 0 {
			keep = allPeriods
		}
		v.period.SetSelected(keep)
		v.applyFilters()
	})
}

// periodIndex is the period chosen in «Kỳ», -1 for all.
func (v *reportsView) periodIndex() int { return v.grid.PeriodIndex(v.period.Selected) }

func (v *reportsView) applyFilters() {
	if v.table == nil { // the selects are set up before the table
		return
	}
	v.rows = v.rows[:0]
	pi := v.periodIndex()
	for i, r := range v.grid.Rows {
		if v.kind.SelectedIndex() > 0 && r.Unit.Kind.Label() != v.kind.Selected {
			continue
		}
		if v.state.SelectedIndex() > 0 && !rowHasState(r, pi, app.StateLabels[v.state.SelectedIndex()-1].State) {
			continue
		}
		v.rows = append(v.rows, i)
	}
	v.sel = widget.TableCellID{Row: -1}
	v.table.UnselectAll()
	v.record.Disable()
	v.openFile.Disable()
	v.unrecord.Disable()
	for i, p := range v.grid.Periods { // wide enough for the header: «Kế hoạch phát động (hạn 31/01)»
		v.table.SetColumnWidth(i+1, headerFit(column{p.Name + " (hạn " + shortDue(p.Due) + ")", 165}))
	}
	v.table.SetColumnWidth(0, 270)
	v.table.Refresh()
	v.counts.SetText(v.countText())
}

func rowHasState(r app.ReportRow, pi int, s app.ReportState) bool {
	for i, c := range r.Cells {
		if (pi < 0 || i == pi) && c.Status.State == s {
			return true
		}
	}
	return false
}

// countText is the count per period under the grid.
func (v *reportsView) countText() string {
	if len(v.grid.Periods) == 0 {
		if v.u.CampaignID() != 0 {
			return "Phong trào chưa có kỳ báo cáo: bấm «Kỳ báo cáo…» để tạo các kỳ mặc định."
		}
		return ""
	}
	var parts []string
	for i, p := range v.grid.Periods {
		parts = append(parts, p.Name+": "+v.countOf(i))
	}
	return "Đến ngày " + viet.FormatDate(v.grid.AsOf) + " — " + strings.Join(parts, "; ") + "."
}

func (v *reportsView) countOf(i int) string {
	s := strconv.Itoa(v.grid.Count(i, app.ReportOnTime)) + " đúng hạn, " + strconv.Itoa(v.grid.Count(i, app.ReportLate)) + " trễ"
	if n := v.grid.Count(i, app.ReportMissing); n > 0 {
		s += ", " + strconv.Itoa(n) + " chưa báo cáo"
	}
	if n := v.grid.Count(i, app.ReportNotDue); n > 0 {
		s += ", " + strconv.Itoa(n) + " chưa đến hạn"
	}
	return s
}

func (v *reportsView) size() (int, int) { return len(v.rows), len(v.grid.Periods) + 1 }

func (v *reportsView) create() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(canvas.NewRectangle(color.Transparent), l)
}

// stateColours are the cells' backgrounds: translucent, so that the theme's text stays readable
// on the light and the dark theme alike.
var stateColours = map[app.ReportState]color.Color{
	app.ReportOnTime:  color.NRGBA{R: 0x2e, G: 0xa0, B: 0x43, A: 0x59},
	app.ReportLate:    color.NRGBA{R: 0xf0, G: 0xa8, B: 0x00, A: 0x66},
	app.ReportMissing: color.NRGBA{R: 0xe0, G: 0x3c, B: 0x31, A: 0x70},
}

// cellText is what a cell shows: the unit's name, or the status with the date received.
func (v *reportsView) cellText(row, col int) string {
	if row < 0 || row >= len(v.rows) {
		return ""
	}
	r := v.grid.Rows[v.rows[row]]
	if col == 0 {
		return r.Unit.Name
	}
	c := r.Cells[col-1]
	if c.Received {
		return c.Status.Label() + " · " + c.Report.ReceivedOn.Format("02/01")
	}
	return c.Status.Label()
}

func (v *reportsView) update(id widget.TableCellID, o fyne.CanvasObject) {
	st := o.(*fyne.Container)
	bg, l := st.Objects[0].(*canvas.Rectangle), st.Objects[1].(*widget.Label)
	l.TextStyle = fyne.TextStyle{}
	l.SetText(v.cellText(id.Row, id.Col))
	bg.FillColor = color.Transparent
	if id.Col > 0 && id.Row < len(v.rows) {
		if c, ok := stateColours[v.grid.Rows[v.rows[id.Row]].Cells[id.Col-1].Status.State]; ok {
			bg.FillColor = c
		}
	}
	bg.Refresh()
}

func (v *reportsView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	st := o.(*fyne.Container)
	st.Objects[0].(*canvas.Rectangle).FillColor = color.Transparent
	l := st.Objects[1].(*widget.Label)
	l.TextStyle = fyne.TextStyle{Bold: true}
	switch {
	case id.Col == 0:
		l.SetText("Đơn vị")
	case id.Col-1 < len(v.grid.Periods):
		p := v.grid.Periods[id.Col-1]
		l.SetText(p.Name + " (hạn " + shortDue(p.Due) + ")")
	}
}

func (v *reportsView) onSelected(id widget.TableCellID) {
	v.sel = id
	c, ok := v.cell()
	if !ok {
		v.record.Disable()
		v.openFile.Disable()
		v.unrecord.Disable()
		return
	}
	v.record.Enable()
	if c.Received {
		v.unrecord.Enable()
	} else {
		v.unrecord.Disable()
	}
	if c.Report.FilePath != "" {
		v.openFile.Enable()
	} else {
		v.openFile.Disable()
	}
}

// cell is the report cell chosen (a period column of a unit row).
func (v *reportsView) cell() (app.ReportCell, bool) {
	if v.sel.Row < 0 || v.sel.Row >= len(v.rows) || v.sel.Col < 1 || v.sel.Col > len(v.grid.Periods) {
		return app.ReportCell{}, false
	}
	return v.grid.Rows[v.rows[v.sel.Row]].Cells[v.sel.Col-1], true
}

// selectedUnit is the unit of the chosen row, if any.
func (v *reportsView) selectedUnit() (app.Unit, bool) {
	if v.sel.Row < 0 || v.sel.Row >= len(v.rows) {
		return app.Unit{}, false
	}
	return v.grid.Rows[v.rows[v.sel.Row]].Unit, true
}

// shortDue is a due date as the header shows it: «15/03».
func shortDue(t time.Time) string {
	if t.IsZero() {
		return "không hạn"
	}
	return t.Format("02/01")
}
