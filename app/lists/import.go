package lists

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"thidua/app"
	"thidua/app/viet"
)

// ImportColumn is a column of an import file: its header text and whether
// the file must have it.
type ImportColumn struct {
	Name     string
	Required bool
}

// UnitColumns are the columns of a unit list, in the order of an export.
var UnitColumns = []ImportColumn{
	{"Tên đơn vị", true}, {"Loại", true}, {"Tên viết tắt", false}, {"Thủ trưởng", false},
	{"Địa chỉ", false}, {"Điện thoại", false}, {"Email", false},
}

// PersonColumns are the columns of a staff list, in the order of an export.
var PersonColumns = []ImportColumn{
	{"Họ và tên", true}, {"Giới tính", true}, {"Năm sinh", false}, {"Chức vụ", false},
	{"Đơn vị", true}, {"Đối tượng", true},
}

// Positions in UnitColumns.
const (
	ucName = iota
	ucKind
	ucShort
	ucHead
	ucAddress
	ucPhone
	ucEmail
)

// Positions in PersonColumns.
const (
	pcName = iota
	pcGender
	pcBirth
	pcPosition
	pcUnit
	pcCategory
)

// UnitWidths and PersonWidths are the export column widths in Excel
// character units, one per column of UnitColumns and PersonColumns.
var (
	UnitWidths   = []float64{40, 12, 18, 26, 45, 16, 30}
	PersonWidths = []float64{30, 10, 10, 28, 34, 30}
)

// maxImportErrors caps the error list: a file with the wrong columns in
// every row would otherwise produce one error a cell, more than anyone reads.
const maxImportErrors = 1000

// ParseUnits reads a unit list. It returns the units of the rows without
// errors and every error found, in row order, each placed at its row (and
// column); the caller imports nothing when there is any error. A missing or
// repeated column stops the parse with errors at the header row.
//
// A row is skipped when every recognised column is blank, so rows holding
// only an "STT" number do not count.
func ParseUnits(t app.Table) ([]app.Unit, []*app.Error) {
	idx, errs := columnIndex(t, UnitColumns)
	if len(errs) > 0 {
		return nil, errs
	}
	var (
		out   []app.Unit
		list  importErrors
		first = make(map[string]int) // FoldKey of a name → row where it first appears
	)
	for i, row := range t.Rows {
		vals, blank := pickCells(row, idx)
		if blank {
			continue
		}
		n := t.FileRow(i)
		u, rowErrs := parseUnit(vals)
		if key := viet.FoldKey(u.Name); key != "" {
			if prev, dup := first[key]; dup {
				rowErrs = append(rowErrs, app.FieldError(UnitColumns[ucName].Name, "%s: %s trùng với dòng %d.",
					app.FieldPrefix(UnitColumns[ucName].Name), viet.Quote(u.Name), prev))
			} else {
				first[key] = n
			}
		}
		list.addRow(n, rowErrs, UnitColumns)
		if len(rowErrs) == 0 {
			out = append(out, u)
		}
	}
	return out, list.result()
}

// parseUnit reads the normalised cells of one row.
func parseUnit(vals []string) (app.Unit, []*app.Error) {
	u := app.Unit{
		Name:      vals[ucName],
		ShortName: vals[ucShort],
		Head:      vals[ucHead],
		Address:   vals[ucAddress],
		Phone:     vals[ucPhone],
		Email:     vals[ucEmail],
		Active:    true,
	}
	var errs []*app.Error
	kind, kerr := parseUnitKind(vals[ucKind])
	u.Kind = kind
	u.Normalize()
	// Validate stops at the first wrong field; give it a valid kind when the
	// kind is already reported, so that it can find the next problem.
	check := u
	if kerr != nil {
		errs = append(errs, kerr)
		check.Kind = app.UnitOther
	}
	if err := check.Validate(); err != nil {
		errs = append(errs, toError(err))
	}
	return u, errs
}

// parseUnitKind reads the "Loại" cell.
func parseUnitKind(v string) (app.UnitKind, *app.Error) {
	field := UnitColumns[ucKind].Name
	switch looseKey(v) {
	case "":
		return "", app.FieldError(field, "%s không được để trống.", app.FieldPrefix(field))
	case "xa":
		return app.UnitCommune, nil
	case "thi tran":
		return app.UnitTown, nil
	case "phong ban":
		return app.UnitDepartment, nil
	case "khac":
		return app.UnitOther, nil
	}
	return "", app.FieldError(field, "%s: %s không phải là loại đơn vị hợp lệ (Xã, Thị trấn, Phòng/ban, Khác).",
		app.FieldPrefix(field), viet.Quote(v))
}

// ParsePeople reads a staff list. Each row's "Đơn vị" must name exactly one
// of units (by full name or short name, accents and case ignored);
// maxBirthYear is the latest acceptable birth year (rules never read the
// clock). Results and errors as for ParseUnits.
func ParsePeople(t app.Table, units []app.Unit, maxBirthYear int) ([]app.Person, []*app.Error) {
	idx, errs := columnIndex(t, PersonColumns)
	if len(errs) > 0 {
		return nil, errs
	}
	ui := newUnitIndex(units)
	var (
		out  []app.Person
		list importErrors
	)
	for i, row := range t.Rows {
		vals, blank := pickCells(row, idx)
		if blank {
			continue
		}
		p, rowErrs := parsePerson(vals, ui, maxBirthYear)
		list.addRow(t.FileRow(i), rowErrs, PersonColumns)
		if len(rowErrs) == 0 {
			out = append(out, p)
		}
	}
	return out, list.result()
}

// parsePerson reads the normalised cells of one row.
func parsePerson(vals []string, ui unitIndex, maxBirthYear int) (app.Person, []*app.Error) {
	p := app.Person{FullName: vals[pcName], Position: vals[pcPosition], Active: true}
	var errs []*app.Error
	note := func(e *app.Error) {
		if e != nil {
			errs = append(errs, e)
		}
	}
	var gerr, yerr, uerr, cerr *app.Error
	p.Gender, gerr = parseGender(vals[pcGender])
	p.BirthYear, yerr = parseBirthYear(vals[pcBirth], maxBirthYear)
	u, uerr := ui.find(vals[pcUnit])
	p.UnitID, p.UnitName = u.ID, u.Name
	p.Category, cerr = parseCategory(vals[pcCategory])
	note(gerr)
	note(yerr)
	note(uerr)
	note(cerr)
	p.Normalize()
	// As for units: let Validate look past the cells already reported.
	check := p
	if gerr != nil {
		check.Gender = app.Male
	}
	if yerr != nil {
		check.BirthYear = 0
	}
	if uerr != nil {
		check.UnitID = -1
	}
	if cerr != nil {
		check.Category = app.Cadre
	}
	if err := check.Validate(maxBirthYear); err != nil {
		errs = append(errs, toError(err))
	}
	return p, errs
}

// parseGender reads the "Giới tính" cell: Nam or Nữ.
func parseGender(v string) (app.Gender, *app.Error) {
	field := PersonColumns[pcGender].Name
	switch looseKey(v) {
	case "":
		return "", app.FieldError(field, "%s không được để trống.", app.FieldPrefix(field))
	case "nam":
		return app.Male, nil
	case "nu":
		return app.Female, nil
	}
	return "", app.FieldError(field, "%s: %s phải là Nam hoặc Nữ.", app.FieldPrefix(field), viet.Quote(v))
}

// parseBirthYear reads the optional "Năm sinh" cell; 0 when blank.
func parseBirthYear(v string, maxBirthYear int) (int, *app.Error) {
	if v == "" {
		return 0, nil
	}
	field := PersonColumns[pcBirth].Name
	y, err := viet.ParseYear(field, v)
	if err == nil {
		err = viet.CheckYear(field, y, 1900, maxBirthYear)
	}
	if err != nil {
		return 0, toError(err)
	}
	return y, nil
}

// categoryKeys maps the looseKey of each accepted "Đối tượng" text to its
// category: the labels, and the short form offices write.
var categoryKeys = func() map[string]app.Category {
	m := map[string]app.Category{looseKey("Không chuyên trách"): app.PartTime}
	for _, c := range app.Categories {
		m[looseKey(c.Label())] = c
	}
	return m
}()

// parseCategory reads the "Đối tượng" cell.
func parseCategory(v string) (app.Category, *app.Error) {
	field := PersonColumns[pcCategory].Name
	key := looseKey(v)
	if key == "" {
		return "", app.FieldError(field, "%s không được để trống.", app.FieldPrefix(field))
	}
	if c, ok := categoryKeys[key]; ok {
		return c, nil
	}
	labels := make([]string, len(app.Categories))
	for i, c := range app.Categories {
		labels[i] = c.Label()
	}
	return "", app.FieldError(field, "%s: %s không phải là đối tượng hợp lệ (%s).",
		app.FieldPrefix(field), viet.Quote(v), strings.Join(labels, ", "))
}

// unitIndex finds a unit by the name written in a staff list.
type unitIndex struct {
	units           []app.Unit
	byName, byShort map[string][]int // FoldKey → positions in units
}

func newUnitIndex(units []app.Unit) unitIndex {
	x := unitIndex{units: units, byName: make(map[string][]int), byShort: make(map[string][]int)}
	for i, u := range units {
		if k := viet.FoldKey(u.Name); k != "" {
			x.byName[k] = append(x.byName[k], i)
		}
		if k := viet.FoldKey(u.ShortName); k != "" {
			x.byShort[k] = append(x.byShort[k], i)
		}
	}
	return x
}

// find returns the one unit named v. A match on the full name wins over
// matches on short names, so the full name an export writes always finds its
// unit even when it is another unit's short name.
func (x unitIndex) find(v string) (app.Unit, *app.Error) {
	field := PersonColumns[pcUnit].Name
	key := viet.FoldKey(v)
	if key == "" {
		return app.Unit{}, app.FieldError(field, "%s không được để trống.", app.FieldPrefix(field))
	}
	hits := x.byName[key]
	if len(hits) == 0 {
		hits = x.byShort[key]
	}
	switch len(hits) {
	case 0:
		return app.Unit{}, app.FieldError(field, "%s: không tìm thấy đơn vị %s.", app.FieldPrefix(field), viet.Quote(v))
	case 1:
		return x.units[hits[0]], nil
	}
	names := make([]string, 0, len(hits))
	for _, h := range hits {
		names = append(names, viet.Quote(x.units[h].Name))
	}
	return app.Unit{}, app.FieldError(field, "%s: %s trùng tên với nhiều đơn vị (%s); hãy ghi tên đầy đủ của đơn vị.",
		app.FieldPrefix(field), viet.Quote(v), strings.Join(names, ", "))
}

// UnitsTable is the export of units, one row each, in the given order.
func UnitsTable(us []app.Unit) app.Table {
	t := newExportTable(UnitColumns, len(us))
	for _, u := range us {
		t.AddRow([]string{u.Name, u.Kind.Label(), u.ShortName, u.Head, u.Address, u.Phone, u.Email})
	}
	return t
}

// PeopleTable is the export of people, one row each, in the given order.
// "Đơn vị" is the unit's full name, looked up in units by UnitID (else
// p.UnitName), so that the file imports back.
func PeopleTable(ps []app.Person, units []app.Unit) app.Table {
	names := make(map[int64]string, len(units))
	for _, u := range units {
		names[u.ID] = u.Name
	}
	t := newExportTable(PersonColumns, len(ps))
	for _, p := range ps {
		unit, ok := names[p.UnitID]
		if !ok {
			unit = p.UnitName
		}
		year := ""
		if p.BirthYear != 0 {
			year = strconv.Itoa(p.BirthYear)
		}
		t.AddRow([]string{p.FullName, p.Gender.Label(), year, p.Position, unit, p.Category.Label()})
	}
	return t
}

// UnitTemplate is the blank unit list offered for download: the header and
// one example row that imports clean.
func UnitTemplate() app.Table {
	t := newExportTable(UnitColumns, 1)
	t.AddRow([]string{"UBND xã Trà Bui", app.UnitCommune.Label(), "Trà Bui", "Hồ Văn Minh",
		"Thôn 1, xã Trà Bui, huyện Bắc Trà My, tỉnh Quảng Nam", "0235 3880 123", "trabui@quangnam.gov.vn"})
	return t
}

// PersonTemplate is the blank staff list offered for download: the header
// and one example row (its unit, "Phòng Nội vụ", must exist to import).
func PersonTemplate() app.Table {
	t := newExportTable(PersonColumns, 1)
	t.AddRow([]string{"Nguyễn Thị Hồng Nhung", app.Female.Label(), "1988", "Chuyên viên", "Phòng Nội vụ", app.CivilServant.Label()})
	return t
}

// newExportTable starts a table with the names of cols as its header at row 1.
func newExportTable(cols []ImportColumn, rows int) app.Table {
	t := app.Table{Header: make([]string, len(cols)), HeaderRow: 1}
	for i, c := range cols {
		t.Header[i] = c.Name
	}
	t.Rows = make([][]string, 0, rows)
	t.RowNums = make([]int, 0, rows)
	return t
}

// columnIndex finds each of cols in the header, comparing FoldKeys so that
// case, accents, spacing and Unicode form do not matter. idx[i] is the
// header position of cols[i], -1 when absent. Unknown columns are ignored;
// a missing required column or a repeated known one is an error at the
// header row.
func columnIndex(t app.Table, cols []ImportColumn) (idx []int, errs []*app.Error) {
	row := t.HeaderFileRow()
	want := make(map[string]int, len(cols))
	idx = make([]int, len(cols))
	for i, c := range cols {
		want[viet.FoldKey(c.Name)] = i
		idx[i] = -1
	}
	for j, h := range t.Header {
		i, ok := want[viet.FoldKey(h)]
		switch {
		case !ok:
		case idx[i] >= 0:
			e := app.Errorf(app.EINVALID, "Cột «%s» có hai lần ở dòng tiêu đề (cột %s và cột %s).",
				cols[i].Name, columnLetters(idx[i]), columnLetters(j))
			e.Row = row
			errs = append(errs, e)
		default:
			idx[i] = j
		}
	}
	for i, c := range cols {
		if c.Required && idx[i] < 0 {
			e := app.Errorf(app.EINVALID, "Thiếu cột «%s» ở dòng tiêu đề.", c.Name)
			e.Row = row
			errs = append(errs, e)
		}
	}
	if len(errs) == 0 {
		errs = unprintableCells(t, idx, cols)
	}
	return idx, errs
}

// columnLetters is the Excel name of the 0-based column i: A, B, …, Z, AA.
func columnLetters(i int) string {
	var b []byte
	for i++; i > 0; i = (i - 1) / 26 {
		b = append(b, byte('A'+(i-1)%26))
	}
	slices.Reverse(b)
	return string(b)
}

// pickCells returns the normalised cells of row for the columns at idx, and
// whether all of them are blank.
func pickCells(row []string, idx []int) (vals []string, blank bool) {
	vals = make([]string, len(idx))
	blank = true
	for c, j := range idx {
		if j >= 0 && j < len(row) {
			vals[c] = viet.Normalize(row[j])
			blank = blank && vals[c] == ""
		}
	}
	return vals, blank
}

// looseKey is the FoldKey of v with punctuation read as spaces, for cells
// that hold one of a few fixed words: "Phòng/ban", "Phòng, ban" and
// "phong  ban" are all "phong ban".
func looseKey(v string) string {
	k := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, viet.FoldKey(v))
	return strings.Join(strings.Fields(k), " ")
}

// toError returns err as an *Error; the validation helpers only return
// *Error, anything else is kept as an invalid-input message.
func toError(err error) *app.Error {
	var e *app.Error
	if errors.As(err, &e) {
		return e
	}
	return app.Errorf(app.EINVALID, "%s", err.Error())
}

// importErrors collects the errors of an import, up to maxImportErrors.
type importErrors struct {
	list []*app.Error
	more int
}

// addRow places the errors of one row at row n, ordered by column.
func (l *importErrors) addRow(n int, errs []*app.Error, cols []ImportColumn) {
	pos := func(e *app.Error) int {
		return slices.IndexFunc(cols, func(c ImportColumn) bool { return c.Name == e.Field })
	}
	slices.SortStableFunc(errs, func(a, b *app.Error) int { return pos(a) - pos(b) })
	for _, e := range errs {
		if len(l.list) >= maxImportErrors {
			l.more++
			continue
		}
		placed := e.AtRow(n)
		l.list = append(l.list, placed)
	}
}

// result is the list, with a closing line counting what was left out. That
// line has no row: it sums up the rows after the last one listed.
func (l *importErrors) result() []*app.Error {
	if l.more > 0 {
		return append(l.list, app.Errorf(app.EINVALID, "… và %d lỗi khác.", l.more))
	}
	return l.list
}
