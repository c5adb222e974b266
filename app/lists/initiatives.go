package lists

import (
	"context"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// ListInitiatives is the list of sáng kiến: a unit's initiatives recognised at its level in, the
// district's list with steps and results out.
const ListInitiatives ListKind = "initiatives"

func init() { listLabels[ListInitiatives] = "sáng kiến" }

// InitiativeColumns are the columns an import reads, in the order of an export.
var InitiativeColumns = []ImportColumn{
	{"Tên sáng kiến", true}, {"Lĩnh vực", true}, {"Loại giải pháp", true}, {"Đơn vị", true}, {"Tác giả", true},
	{"Ngày áp dụng lần đầu", true}, {"Số quyết định công nhận cấp cơ sở", true}, {"Ngày công nhận cấp cơ sở", true},
}

// InitiativeExtraColumns close an export; an import ignores them.
var InitiativeExtraColumns = []ImportColumn{{"Năm", false}, {"Bước", false}, {"Điểm trung bình", false}, {"Số phiếu", false},
	{"Kết quả", false}, {"Cấp công nhận", false}}

// InitiativeWidths are the export's column widths.
var InitiativeWidths = []float64{60, 30, 24, 30, 44, 14, 20, 14, 8, 22, 10, 8, 12, 14}

const (
	icTitle = iota
	icField
	icKind
	icUnit
	icAuthors
	icApplied
	icBaseNo
	icBaseDate
)

// InitiativesTable is the export: one row per initiative, the authors as "Tên (60%); Tên (40%)".
func InitiativesTable(rows []app.InitiativeExportRow) app.Table {
	t := newExportTable(slices.Concat(InitiativeColumns, InitiativeExtraColumns), len(rows))
	for _, r := range rows {
		mean, sheets := "", ""
		if r.Sheets > 0 {
			mean, sheets = initiatives.MeanText(r.MeanX100), strconv.Itoa(r.Sheets)
		}
		t.AddRow([]string{r.Title, r.FieldName, r.Kind.Label(), r.UnitName, initiatives.AuthorsText(r.Authors),
			viet.FormatDate(r.FirstApplied), r.BaseNo, viet.FormatDate(r.BaseDate), strconv.Itoa(r.Year), r.Step.Label(),
			mean, sheets, r.Result, levelText(r.Level)})
	}
	return t
}

func levelText(l app.RecognitionLevel) string {
	if l == "" {
		return ""
	}
	return l.Label()
}

// initiativeLookup resolves the cells of a row against the registry.
type initiativeLookup struct {
	units  unitIndex
	people map[string][]app.Person // FoldKey of the name → people
	fields []app.ReformField
}

// ParseInitiatives reads a unit's list of initiatives recognised at its level. Every row needs a
// title, a field (one of the reform fields, or "Khác" / "Khác: tên"), a kind, a unit, the authors
// as "Tên (60%); Tên (40%)" totalling 100% (one author alone may omit the share), the date of
// first application and the unit's decision (number, date). Authors are matched to the registry
// accent-insensitively — a namesake in the row's unit first — and kept as typed when unknown.
func ParseInitiatives(t app.Table, units []app.Unit, people []app.Person, fields []app.ReformField) ([]app.InitiativeRecord, []*app.Error) {
	idx, errs := columnIndex(t, InitiativeColumns)
	if len(errs) > 0 {
		return nil, errs
	}
	l := initiativeLookup{units: newUnitIndex(units), people: map[string][]app.Person{}, fields: fields}
	for _, p := range people {
		k := viet.FoldKey(p.FullName)
		l.people[k] = append(l.people[k], p)
	}
	var out []app.InitiativeRecord
	var list importErrors
	for i, row := range t.Rows {
		vals, blank := pickCells(row, idx)
		if blank {
			continue
		}
		r, rowErrs := l.parse(vals)
		list.addRow(t.FileRow(i), rowErrs, InitiativeColumns)
		if len(rowErrs) == 0 {
			out = append(out, r)
		}
	}
	return out, list.result()
}

func colErr(c int, format string, args ...any) *app.Error {
	name := InitiativeColumns[c].Name
	return app.FieldError(name, "%s "+format, append([]any{app.FieldPrefix(name)}, args...)...)
}

func (l initiativeLookup) parse(v []string) (app.InitiativeRecord, []*app.Error) {
	var r app.InitiativeRecord
	var errs []*app.Error
	if r.Title = v[icTitle]; r.Title == "" {
		errs = append(errs, colErr(icTitle, "không được để trống."))
	}
	if e := l.field(v[icField], &r); e != nil {
		errs = append(errs, e)
	}
	if r.Kind = parseKind(v[icKind]); r.Kind == "" {
		errs = append(errs, colErr(icKind, "phải là một trong: kỹ thuật, quản lý, tác nghiệp, ứng dụng tiến bộ kỹ thuật."))
	}
	u, e := l.units.find(v[icUnit])
	if e != nil {
		errs = append(errs, colErr(icUnit, "%s", strings.TrimPrefix(e.Message, app.FieldPrefix(PersonColumns[pcUnit].Name)+" ")))
	}
	r.UnitID, r.UnitName = u.ID, u.Name
	var err error
	if r.FirstApplied, err = viet.ParseDateCell(v[icApplied]); err != nil {
		errs = append(errs, colErr(icApplied, "%s không phải ngày dd/mm/yyyy.", viet.Quote(v[icApplied])))
	}
	base := app.StepRecord{Step: app.StepBaseRecognised, Ref: v[icBaseNo]}
	if base.Ref == "" {
		errs = append(errs, colErr(icBaseNo, "không được để trống."))
	}
	if base.On, err = viet.ParseDateCell(v[icBaseDate]); err != nil {
		errs = append(errs, colErr(icBaseDate, "%s không phải ngày dd/mm/yyyy.", viet.Quote(v[icBaseDate])))
	} else if !r.FirstApplied.IsZero() && base.On.Before(r.FirstApplied) {
		errs = append(errs, colErr(icBaseDate, "%s ở trước ngày áp dụng lần đầu.", viet.FormatDate(base.On)))
	}
	r.History = []app.StepRecord{base}
	if r.Authors, e = l.authors(v[icAuthors], u.ID); e != nil {
		errs = append(errs, e)
	}
	return r, errs
}

func (l initiativeLookup) field(v string, r *app.InitiativeRecord) *app.Error {
	k := looseKey(v)
	for _, f := range l.fields {
		if k == looseKey(f.Name) || strings.EqualFold(v, f.Code) {
			r.FieldID, r.FieldName = f.ID, f.Name
			return nil
		}
	}
	if k == "khac" || strings.HasPrefix(k, "khac ") {
		other := "Khác"
		if _, after, ok := strings.Cut(v, ":"); ok && strings.TrimSpace(after) != "" {
			other = after
		}
		r.FieldOther, r.FieldName = viet.Normalize(other), viet.Normalize(other)
		return nil
	}
	names := make([]string, 0, len(l.fields))
	for _, f := range l.fields {
		names = append(names, f.Name)
	}
	return colErr(icField, "%s không phải lĩnh vực cải cách (%s) hoặc «Khác: tên lĩnh vực».", viet.Quote(v), strings.Join(names, "; "))
}

func parseKind(v string) app.SolutionKind {
	k := strings.TrimPrefix(looseKey(v), "giai phap ")
	for _, kind := range initiatives.Kinds {
		if k == strings.TrimPrefix(looseKey(kind.Label()), "giai phap ") {
			return kind
		}
	}
	return ""
}

var shareRe = regexp.MustCompile(`^(.*?)\s*\(\s*(\d{1,3})\s*%?\s*\)$`)

// authors reads "Tên (60%); Tên (40%)" and matches each name to the registry.
func (l initiativeLookup) authors(v string, unitID int64) ([]app.Author, *app.Error) {
	parts := strings.Split(v, ";")
	var as []app.Author
	for _, p := range parts {
		p = viet.Normalize(p)
		if p == "" {
			continue
		}
		a := app.Author{FullName: p}
		if m := shareRe.FindStringSubmatch(p); m != nil {
			a.FullName = viet.Normalize(m[1])
			a.SharePct, _ = strconv.Atoi(m[2])
		} else if len(parts) == 1 {
			a.SharePct = 100
		} else {
			return nil, colErr(icAuthors, "%s chưa ghi tỷ lệ đóng góp, ví dụ «Nguyễn Văn A (60%%)».", viet.Quote(p))
		}
		a.PersonID, a.FullName = l.person(a.FullName, unitID)
		as = append(as, a)
	}
	if err := initiatives.CheckAuthors(as); err != nil {
		msg := strings.TrimPrefix(app.ErrorMessage(err), app.FieldPrefix(initiatives.FieldAuthors)+": ")
		return nil, colErr(icAuthors, "%s", msg)
	}
	return as, nil
}

// person is the registry's person of that name: the one in the unit, else the only one; else
// the name as typed.
func (l initiativeLookup) person(name string, unitID int64) (int64, string) {
	ps := l.people[viet.FoldKey(name)]
	var inUnit []app.Person
	for _, p := range ps {
		if p.UnitID == unitID {
			inUnit = append(inUnit, p)
		}
	}
	switch {
	case len(inUnit) == 1:
		return inUnit[0].ID, inUnit[0].FullName
	case len(inUnit) == 0 && len(ps) == 1:
		return ps[0].ID, ps[0].FullName
	}
	return 0, name
}

// InitiativeSources is what importing a unit's initiatives reads and writes: the registry its
// authors are matched against, the reform fields, and the initiatives.
type InitiativeSources interface {
	AwardSources
	ReformFields(ctx context.Context) ([]app.ReformField, error)
	app.InitiativeService
}

// ImportInitiativesFile reads a unit's list of recognised initiatives and stores it in the year's
// campaign, all or nothing.
func ImportInitiativesFile(ctx context.Context, svc InitiativeSources, sheets app.Spreadsheets, year int, r io.Reader, fileName string) (app.ImportResult, []*app.Error, error) {
	t, reg, err := readWithRegistry(ctx, svc, sheets, r, fileName)
	if err != nil {
		return app.ImportResult{}, nil, err
	}
	fields, err := svc.ReformFields(ctx)
	if err != nil {
		return app.ImportResult{}, nil, err
	}
	rs, errs := ParseInitiatives(t, reg.units, reg.people, fields)
	if len(errs) > 0 {
		return app.ImportResult{}, errs, nil
	}
	if len(rs) == 0 {
		return app.ImportResult{}, nil, errNoRows()
	}
	res, err := svc.ImportInitiatives(ctx, year, rs, parsedRows(t, InitiativeColumns))
	if e, ok := err.(*app.Error); ok && e.Row > 0 {
		return app.ImportResult{}, []*app.Error{e}, nil
	}
	return res, nil, err
}

// ExportInitiativesFile writes the initiatives of a year (0: all years).
func ExportInitiativesFile(ctx context.Context, svc app.InitiativeService, sheets app.Spreadsheets, year int, w io.Writer, fileName string) (int, error) {
	rows, err := svc.InitiativeExportRows(ctx, year)
	if err != nil {
		return 0, err
	}
	return len(rows), sheets.WriteTable(w, fileName, InitiativesTable(rows), InitiativeWidths)
}
