package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// otherField is the choice of a field outside the six reform fields.
const otherField = "Khác"

// initiativeForm is the registration form of TT 18/2013 Phụ lục I: the initiative, its
// description in the parts of the form, and the table of authors with their shares.
type initiativeForm struct {
	t       *initiativesTab
	rec     app.InitiativeRecord
	staff   []app.Person // of the chosen unit: the authors offered
	title   *Entry
	similar *widget.Label
	field   *Select
	other   *Entry
	kind    *Select
	unit    *Select
	applied *Entry
	parts   []*Entry // known state, purpose, novelty, steps, conditions, benefits, first users
	authors []*authorRow
	list    *fyne.Container
	addBtn  *Button
	dlg     *dialog.FormDialog
	items   []*widget.FormItem // the form's fields (the keyboard: first focused, Enter submits)
}

// authorRow is a line of the table of authors: a name from the unit's staff or typed, and a share.
type authorRow struct {
	name  *SelectEntry
	share *Entry
	box   *fyne.Container
}

var partLabels = []string{"Tình trạng giải pháp đã biết", "Mục đích của giải pháp", "Điểm mới của giải pháp", "Các bước thực hiện",
	"Điều kiện cần thiết để áp dụng", "Lợi ích thu được", "Người tham gia áp dụng lần đầu"}

func (t *initiativesTab) onRegister() {
	t.openForm(app.InitiativeRecord{Initiative: app.Initiative{CampaignID: t.u.CampaignID()}})
}

func (t *initiativesTab) onEdit() {
	in, ok := t.current()
	if !ok {
		return
	}
	r, err := t.svc.InitiativeRecord(context.Background(), in.ID)
	if err != nil {
		t.u.showError(err)
		return
	}
	t.openForm(r)
}

func (t *initiativesTab) openForm(r app.InitiativeRecord) {
	if r.CampaignID == 0 {
		t.u.showError(app.Errorf(app.EINVALID, "Chưa có phong trào: hãy tạo phong trào trước."))
		return
	}
	t.form = newInitiativeForm(t, r)
	t.u.presentForm(t.form.dlg, t.form.items)
}

func newInitiativeForm(t *initiativesTab, r app.InitiativeRecord) *initiativeForm {
	f := &initiativeForm{t: t, rec: r}
	f.title = NewEntry()
	f.title.OnChanged = f.onTitle
	f.similar = widget.NewLabel("")
	f.similar.Wrapping = fyne.TextWrapWord
	fields := []string{}
	for _, x := range t.fields {
		fields = append(fields, x.Name)
	}
	f.field = NewSelect(append(fields, otherField), nil)
	f.field.PlaceHolder = "(chọn lĩnh vực)"
	f.other = NewEntry()
	f.other.SetPlaceHolder("tên lĩnh vực, khi chọn «Khác»")
	kinds := []string{}
	for _, k := range initiatives.Kinds {
		kinds = append(kinds, k.Label())
	}
	f.kind = NewSelect(kinds, nil)
	f.kind.PlaceHolder = "(chọn loại giải pháp)"
	units := []string{}
	for _, u := range t.units {
		if u.Active {
			units = append(units, u.Name)
		}
	}
	f.unit = NewSelect(units, f.onUnit)
	f.unit.PlaceHolder = "(chọn đơn vị)"
	f.applied = NewEntry()
	f.applied.SetPlaceHolder("dd/mm/yyyy")
	items := []*widget.FormItem{widget.NewFormItem("Tên sáng kiến", f.title), widget.NewFormItem("", f.similar),
		widget.NewFormItem("Lĩnh vực", container.NewGridWithColumns(2, f.field, f.other)), widget.NewFormItem("Loại giải pháp", f.kind),
		widget.NewFormItem("Đơn vị", f.unit), widget.NewFormItem("Ngày áp dụng lần đầu", f.applied)}
	// The description parts fold away (an accordion): the form fits a laptop screen.
	desc := widget.NewAccordion()
	for _, l := range partLabels {
		e := NewMultiLineEntry()
		e.SetMinRowsVisible(3)
		f.parts = append(f.parts, e)
		desc.Append(widget.NewAccordionItem(l, e))
	}
	items = append(items, widget.NewFormItem("Mô tả (Phụ lục I)", desc))
	f.list = container.NewVBox()
	f.addBtn = NewButton("Thêm tác giả", func() { f.addAuthor(app.Author{}) })
	items = append(items, widget.NewFormItem("Tác giả (tỷ lệ %)", container.NewVBox(f.list, f.addBtn)))
	title := "Đăng ký sáng kiến"
	if r.ID != 0 {
		title = "Sửa đăng ký sáng kiến"
	}
	f.items = items
	f.dlg = dialog.NewForm(title, "Lưu", "Hủy", items, f.onConfirm, t.u.win)
	f.dlg.Resize(fyne.NewSize(900, 680))
	f.fill(r)
	return f
}

// fill puts a registration into the form.
func (f *initiativeForm) fill(r app.InitiativeRecord) {
	f.title.SetText(r.Title)
	switch {
	case r.FieldID != 0:
		f.field.SetSelected(r.FieldName)
	case r.FieldOther != "":
		f.field.SetSelected(otherField)
		f.other.SetText(r.FieldOther)
	}
	if r.Kind != "" {
		f.kind.SetSelected(r.Kind.Label())
	}
	if r.UnitName != "" {
		f.unit.SetSelected(r.UnitName)
	}
	if !r.FirstApplied.IsZero() {
		f.applied.SetText(viet.FormatDate(r.FirstApplied))
	}
	for i, v := range []string{r.KnownState, r.Purpose, r.Novelty, r.Steps, r.Conditions, r.Benefits, r.FirstUsers} {
		f.parts[i].SetText(v)
	}
	for _, a := range r.Authors {
		f.addAuthor(a)
	}
	if len(r.Authors) == 0 {
		f.addAuthor(app.Author{SharePct: 100})
	}
}

func (f *initiativeForm) addAuthor(a app.Author) {
	row := &authorRow{name: NewSelectEntry(f.staffNames()), share: NewEntry()}
	row.name.SetPlaceHolder("họ và tên (chọn trong đơn vị hoặc gõ)")
	row.name.SetText(a.FullName)
	row.share.SetPlaceHolder("%")
	if a.SharePct > 0 {
		row.share.SetText(strconv.Itoa(a.SharePct))
	}
	remove := NewButton("Bỏ", func() { f.removeAuthor(row) })
	row.box = container.NewBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(70, 36), row.share), remove), row.name)
	f.authors = append(f.authors, row)
	f.list.Add(row.box)
}

func (f *initiativeForm) removeAuthor(row *authorRow) {
	for i, r := range f.authors {
		if r == row {
			f.authors = append(f.authors[:i], f.authors[i+1:]...)
		}
	}
	f.list.Remove(row.box)
}

func (f *initiativeForm) staffNames() []string {
	var names []string
	for _, p := range f.staff {
		names = append(names, p.FullName)
	}
	return names
}

// onUnit offers the unit's staff as authors.
func (f *initiativeForm) onUnit(name string) {
	f.staff = nil
	for _, u := range f.t.units {
		if u.Name != name {
			continue
		}
		ps, err := f.t.svc.People(context.Background(), u.ID)
		if err != nil {
			f.t.u.showError(err)
			return
		}
		for _, p := range ps {
			if p.Active {
				f.staff = append(f.staff, p)
			}
		}
	}
	for _, a := range f.authors {
		a.name.SetOptions(f.staffNames())
	}
}

// onTitle shows the titles of all years that look like the one typed, so that the same
// initiative is not registered twice.
func (f *initiativeForm) onTitle(title string) {
	if len(strings.Fields(title)) < 2 {
		f.similar.SetText("")
		return
	}
	sim, err := f.t.svc.SimilarInitiatives(context.Background(), title, f.rec.ID)
	if err != nil || len(sim) == 0 {
		f.similar.SetText("")
		return
	}
	lines := []string{"Đã có sáng kiến tương tự:"}
	for i, s := range sim {
		if i == 5 {
			lines = append(lines, fmt.Sprintf("… và %d sáng kiến khác", len(sim)-5))
			break
		}
		lines = append(lines, fmt.Sprintf("• %s (%d, %s) — giống %d%%", s.Title, s.Year, s.UnitName, s.Percent))
	}
	f.similar.SetText(strings.Join(lines, "\n"))
}

// value reads the form; a share that is not a number is refused here, naming the author.
func (f *initiativeForm) value() (app.InitiativeRecord, error) {
	r := f.rec
	r.Title = f.title.Text
	r.FieldID, r.FieldName, r.FieldOther = 0, "", ""
	for _, x := range f.t.fields {
		if x.Name == f.field.Selected {
			r.FieldID, r.FieldName = x.ID, x.Name
		}
	}
	if f.field.Selected == otherField {
		r.FieldOther = f.other.Text
	}
	r.Kind = ""
	for _, k := range initiatives.Kinds {
		if k.Label() == f.kind.Selected {
			r.Kind = k
		}
	}
	r.UnitID = 0
	for _, u := range f.t.units {
		if u.Name == f.unit.Selected {
			r.UnitID, r.UnitName = u.ID, u.Name
		}
	}
	var err error
	if r.FirstApplied, err = viet.ParseDate(f.applied.Text); err != nil && strings.TrimSpace(f.applied.Text) != "" {
		return r, app.FieldError(initiatives.FieldApplied, "%s: %s không phải ngày dd/mm/yyyy.", app.FieldPrefix(initiatives.FieldApplied), viet.Quote(f.applied.Text))
	}
	ps := []*string{&r.KnownState, &r.Purpose, &r.Novelty, &r.Steps, &r.Conditions, &r.Benefits, &r.FirstUsers}
	for i, e := range f.parts {
		*ps[i] = e.Text
	}
	r.Authors, err = f.authorValues()
	return r, err
}

func (f *initiativeForm) authorValues() ([]app.Author, error) {
	var as []app.Author
	for _, row := range f.authors {
		name := viet.Normalize(row.name.Text)
		if name == "" && strings.TrimSpace(row.share.Text) == "" {
			continue
		}
		a := app.Author{FullName: name}
		pct, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(row.share.Text), "%")))
		if err != nil {
			return nil, app.FieldError(initiatives.FieldAuthors, "%s: tỷ lệ đóng góp của %s phải là một số từ 1 đến 100.",
				app.FieldPrefix(initiatives.FieldAuthors), name)
		}
		a.SharePct = pct
		for _, p := range f.staff {
			if viet.FoldKey(p.FullName) == viet.FoldKey(name) {
				a.PersonID, a.FullName = p.ID, p.FullName
			}
		}
		as = append(as, a)
	}
	return as, nil
}

func (f *initiativeForm) onConfirm(ok bool) {
	if !ok {
		return
	}
	r, err := f.value()
	if err == nil {
		err = f.t.svc.SaveInitiative(context.Background(), &r, f.t.u.today())
	}
	if err != nil {
		f.t.u.showErrorThen(err, func() { f.t.u.present(f.dlg, firstField(f.items)) })
		return
	}
	f.rec = r
	f.t.onFilter("")
	f.t.selectID(r.ID)
}
