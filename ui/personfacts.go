package ui

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// personFacts shows and edits what the eligibility checks read of a person: the yearly ratings and
// the periods of discipline or investigation.
// personFactPorts is what a person's details read and write: ratings and discipline, and the
// initiatives the person authored.
type personFactPorts interface {
	app.PersonFactService
	InitiativeList(ctx context.Context, f app.InitiativeFilter) ([]app.Initiative, error)
}

type personFacts struct {
	u       *UI
	svc     personFactPorts
	person  app.Person
	summary *widget.Label
	content fyne.CanvasObject

	year, from, to, note *Entry
	rating               *Select
	kind                 *Select
	warning              *Check
}

func newPersonFacts(u *UI, svc personFactPorts, p app.Person) *personFacts {
	f := &personFacts{u: u, svc: svc, person: p}
	f.summary = widget.NewLabel("")
	f.summary.Wrapping = fyne.TextWrapWord
	rate := NewButton("Xếp loại năm…", f.onRating)
	disc := NewButton("Kỷ luật / điều tra…", f.onDiscipline)
	f.content = container.NewBorder(nil, nil, nil, container.NewHBox(rate, disc), f.summary)
	f.refresh()
	return f
}

func (f *personFacts) refresh() {
	ctx := context.Background()
	ratings, err := f.svc.Ratings(ctx, f.person.ID)
	if err != nil {
		f.u.showError(err)
		return
	}
	ds, err := f.svc.Disciplines(ctx, f.person.ID)
	if err != nil {
		f.u.showError(err)
		return
	}
	var years []int
	for y := range ratings {
		years = append(years, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	var parts []string
	for _, y := range years {
		parts = append(parts, strconv.Itoa(y)+": "+ratings[y].Label())
	}
	text := "Xếp loại: chưa có."
	if len(parts) > 0 {
		text = "Xếp loại — " + strings.Join(parts, "; ") + "."
	}
	if len(ds) == 0 {
		text += "\nKỷ luật, điều tra: không có."
	}
	for _, d := range ds {
		period := "từ " + viet.FormatDate(d.From)
		if !d.To.IsZero() {
			period += " đến " + viet.FormatDate(d.To)
		}
		line := "\n" + d.Kind.Label() + " " + period
		if d.Warning {
			line += " (cảnh cáo trở lên)"
		}
		if d.Note != "" {
			line += ": " + d.Note
		}
		text += line
	}
	f.summary.SetText(text + personInitiativesText(f.svc, f.person.ID))
}

func (f *personFacts) onRating() {
	year := f.u.today().Year()
	for _, c := range f.u.campaigns {
		if c.ID == f.u.CampaignID() {
			year = c.Year
		}
	}
	f.year = textEntry(strconv.Itoa(year), func(s string) error { _, err := viet.ParseYear("Năm", s); return err })
	var labels []string
	for _, r := range app.Ratings {
		labels = append(labels, r.Label())
	}
	labels = append(labels, app.Rating("").Label())
	f.rating = newSelect(labels, nil)
	items := []*widget.FormItem{widget.NewFormItem("Năm", f.year), widget.NewFormItem("Xếp loại", f.rating)}
	f.u.showForm("Xếp loại chất lượng của "+f.person.FullName, "Lưu", items, fyne.NewSize(560, 240), f.saveRating, f.saved)
}

func (f *personFacts) saveRating() error {
	y, err := viet.ParseYear("Năm", f.year.Text)
	if err != nil {
		return err
	}
	var r app.Rating
	for _, x := range app.Ratings {
		if x.Label() == f.rating.Selected {
			r = x
		}
	}
	return f.svc.SetRating(context.Background(), f.person.ID, y, r)
}

// saved shows the new facts and runs the checks of the proposals again.
func (f *personFacts) saved() {
	f.refresh()
	f.u.onCampaignChanged("")
}

func (f *personFacts) onDiscipline() {
	f.kind = newSelect([]string{app.Disciplined.Label(), app.Investigation.Label()}, nil)
	f.kind.SetSelectedIndex(0)
	f.warning = NewCheck("Từ mức cảnh cáo trở lên", nil)
	f.from = textEntry(viet.FormatDate(f.u.today()), func(s string) error { _, err := viet.ParseDate(s); return err })
	f.to = textEntry("", func(s string) error {
		if viet.Normalize(s) == "" {
			return nil
		}
		_, err := viet.ParseDate(s)
		return err
	})
	f.to.SetPlaceHolder("để trống nếu chưa kết thúc")
	f.note = textEntry("", nil)
	items := []*widget.FormItem{
		widget.NewFormItem("Loại", f.kind), widget.NewFormItem("", f.warning),
		widget.NewFormItem("Từ ngày", f.from), widget.NewFormItem("Đến ngày", f.to), widget.NewFormItem("Ghi chú", f.note),
	}
	f.u.showForm("Kỷ luật, điều tra: "+f.person.FullName, "Lưu", items, fyne.NewSize(620, 380), f.saveDiscipline, f.saved)
}

func (f *personFacts) saveDiscipline() error {
	x := app.Discipline{PersonID: f.person.ID, Kind: app.Disciplined, Warning: f.warning.Checked, Note: f.note.Text}
	if f.kind.Selected == app.Investigation.Label() {
		x.Kind = app.Investigation
	}
	var err error
	if x.From, err = viet.ParseDate(f.from.Text); err != nil {
		return err
	}
	if viet.Normalize(f.to.Text) != "" {
		if x.To, err = viet.ParseDate(f.to.Text); err != nil {
			return err
		}
	}
	return f.svc.AddDiscipline(context.Background(), &x)
}
