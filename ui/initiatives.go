package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/initiatives"
)

// initiativePorts is what the Sáng kiến tab asks: the initiatives and the registry it picks
// units, fields and authors from.
type initiativePorts interface {
	app.InitiativeService
	app.UnitListService
	app.PeopleService
	app.LegalTableService
	ReformFields(ctx context.Context) ([]app.ReformField, error)
	// For the printed lists: the office's names and the proposals with their checks.
	app.OfficeSettingsService
	app.ProposalService
	app.AwardListService
}

// initiativesTab is the Sáng kiến tab: the initiatives of a year with their step, authors and
// council result; registration, the pipeline's steps, the council's scoring and the recognition.
type initiativesTab struct {
	u       *UI
	svc     initiativePorts
	content fyne.CanvasObject
	items   []app.Initiative
	table   *textTable
	sel     int // selected row, -1 for none

	units  []app.Unit
	fields []app.ReformField
	stepF  *Select
	unitF  *Select
	fieldF *Select
	yearF  *Select

	register, edit, attach, advance, score, council, recognise, importBtn, export, printBtn *Button

	form       *initiativeForm // the registration form, when open (tests)
	scorer     *scoreView      // the score sheet, when open (tests)
	councilDlg *councilView    // the council's set-up, when open (tests)
	stepDlg    *stepDialog     // the «Chuyển bước» form, when open (tests)
	recog      *recogDialog    // the «Quyết định công nhận» form, when open (tests)
}

var initiativeCols = []column{{"STT", 50}, {"Tên sáng kiến", 330}, {"Bước", 170}, {"Điểm TB", 75}, {"Kết quả chấm", 190}, {"Tác giả", 250}, {"Đơn vị", 190},
	{"Cấp công nhận", 110}, {"Lĩnh vực", 180}, {"Loại giải pháp", 150}}

const allOptionYear = "Mọi năm"

func newInitiativesTab(u *UI, svc initiativePorts) *initiativesTab {
	t := &initiativesTab{u: u, svc: svc, sel: -1}
	t.table = newTextTable(initiativeCols, func() int { return len(t.items) }, t.cell)
	t.table.onSel = func(r int) { t.sel = r }
	steps := []string{allOption}
	for _, s := range app.InitiativeSteps {
		steps = append(steps, s.Label())
	}
	for _, r := range reachedOptions {
		steps = append(steps, r.label)
	}
	t.stepF = NewSelect(steps, t.onFilter)
	t.unitF = NewSelect(nil, t.onFilter)
	t.fieldF = NewSelect(nil, t.onFilter)
	t.yearF = NewSelect(nil, t.onFilter)
	for _, f := range []*Select{t.stepF, t.unitF, t.fieldF} {
		f.PlaceHolder = allOption // until the filters are loaded: nothing chosen is every one
	}
	t.register = NewButton("Đăng ký sáng kiến", t.onRegister)
	t.edit = NewButton("Sửa", t.onEdit)
	t.attach = NewButton("Đính kèm…", t.onAttach)
	t.advance = NewButton("Chuyển bước…", t.onAdvance)
	t.score = NewButton("Chấm điểm…", t.onScore)
	t.council = NewButton("Hội đồng…", t.onCouncil)
	t.recognise = NewButton("Quyết định công nhận…", t.onRecognise)
	t.importBtn = NewButton("Nhập Excel…", t.onImport)
	t.export = NewButton("Xuất Excel…", t.onExport)
	t.printBtn = NewButton("In danh sách…", t.onPrint)
	filters := wrapRow(widget.NewLabel("Bước:"), t.stepF, widget.NewLabel("Đơn vị:"), t.unitF,
		widget.NewLabel("Lĩnh vực:"), t.fieldF, widget.NewLabel("Năm:"), t.yearF)
	actions := wrapRow(t.register, t.edit, t.attach, t.advance, t.score, t.council, t.recognise, t.importBtn, t.export, t.printBtn)
	t.content = container.NewBorder(container.NewVBox(filters, actions), nil, nil, nil, t.table)
	return t
}

// reload reads the registry and lists the campaign's year.
func (t *initiativesTab) reload(campaignID int64) {
	ctx := context.Background()
	var err error
	if t.units, err = t.svc.Units(ctx); err != nil {
		t.u.showError(err)
	}
	if t.fields, err = t.svc.ReformFields(ctx); err != nil {
		t.u.showError(err)
	}
	units, fields, years := []string{allOption}, []string{allOption}, []string{allOptionYear}
	for _, x := range t.units {
		units = append(units, x.Name)
	}
	for _, f := range t.fields {
		fields = append(fields, f.Name)
	}
	for _, c := range t.u.campaigns {
		if y := strconv.Itoa(c.Year); !contains(years, y) {
			years = append(years, y)
		}
	}
	t.unitF.SetOptions(units)
	t.fieldF.SetOptions(fields)
	t.yearF.SetOptions(years)
	for _, s := range []*Select{t.stepF, t.unitF, t.fieldF} {
		if s.Selected == "" || !contains(s.Options, s.Selected) {
			s.Selected = allOption
			s.Refresh()
		}
	}
	t.yearF.Selected = allOptionYear
	if c := t.u.currentCampaign(); c.Year != 0 && campaignID != 0 {
		t.yearF.Selected = strconv.Itoa(c.Year)
	}
	t.yearF.Refresh()
	t.onFilter("")
}

// filter is what the four selectors ask for.
func (t *initiativesTab) filter() app.InitiativeFilter {
	var f app.InitiativeFilter
	for _, s := range app.InitiativeSteps {
		if s.Label() == t.stepF.Selected {
			f.Step = s
		}
	}
	for _, r := range reachedOptions {
		if r.label == t.stepF.Selected {
			f.Reached = r.step
		}
	}
	for _, x := range t.units {
		if x.Name == t.unitF.Selected {
			f.UnitID = x.ID
		}
	}
	for _, x := range t.fields {
		if x.Name == t.fieldF.Selected {
			f.FieldID = x.ID
		}
	}
	f.Year, _ = strconv.Atoi(t.yearF.Selected)
	return f
}

// onFilter lists the initiatives that pass the filters.
func (t *initiativesTab) onFilter(string) {
	t.items = nil
	if len(t.u.campaigns) > 0 {
		ins, err := t.svc.InitiativeList(context.Background(), t.filter())
		if err != nil {
			t.u.showError(err)
		}
		t.items = ins
	}
	t.sel = -1
	t.table.UnselectAll()
	t.table.Refresh()
}

// current is the selected initiative; it tells the user to pick one when none is.
func (t *initiativesTab) current() (app.Initiative, bool) {
	if t.sel < 0 || t.sel >= len(t.items) {
		t.u.showError(app.Errorf(app.EINVALID, "Hãy chọn một sáng kiến trong bảng."))
		return app.Initiative{}, false
	}
	return t.items[t.sel], true
}

func (t *initiativesTab) selectID(id int64) {
	for i, in := range t.items {
		if in.ID == id {
			t.table.Select(widget.TableCellID{Row: i, Col: 1})
			t.sel = i
		}
	}
}

func (t *initiativesTab) cell(r, c int) string {
	x := t.items[r]
	switch c {
	case 0:
		return strconv.Itoa(r + 1)
	case 1:
		return x.Title
	case 2:
		return x.Step.Label()
	case 3:
		if x.Score == 0 {
			return ""
		}
		return initiatives.MeanText(int(x.Score*100 + 0.5))
	case 4:
		return resultText(x)
	case 5:
		return initiatives.AuthorsText(x.Authors)
	case 6:
		return x.UnitName
	case 7:
		if x.Level == "" {
			return ""
		}
		return x.Level.Label()
	case 8:
		return x.FieldName
	case 9:
		return x.Kind.Label()
	}
	return ""
}

// resultText is the council's result in the table: "Đạt, 4 phiếu — lệch nhiều, xem lại".
func resultText(x app.Initiative) string {
	if x.Sheets == 0 {
		return ""
	}
	s := "Không đạt"
	if x.Passed {
		s = "Đạt"
	}
	s += ", " + strconv.Itoa(x.Sheets) + " phiếu"
	if x.Divergent {
		s += " — lệch nhiều, xem lại"
	}
	return s
}

// reachedOptions are the step filter's choices of initiatives that reached a recognition, whatever
// step they are at now (Tổng quan's «Đã công nhận …» figures open them).
var reachedOptions = []struct {
	label string
	step  app.InitiativeStep
}{{"Đã công nhận cấp cơ sở", app.StepBaseRecognised}, {"Đã công nhận cấp huyện", app.StepDistrictRecognised}}
