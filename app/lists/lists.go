package lists

import (
	"context"
	"io"
	"slices"
	"time"

	"thidua/app"
)

// ListKind names the lists the office keeps in Excel: units or people.
type ListKind string

// The lists.
const (
	ListUnits  ListKind = "units"
	ListPeople ListKind = "people"
)

var listLabels = map[ListKind]string{ListUnits: "đơn vị", ListPeople: "cán bộ"}

// Label is what the list is called in messages.
func (k ListKind) Label() string { return listLabels[k] }

// ParseListKind reads the command line's -kind: units, people, proposals or awards.
func ParseListKind(s string) (ListKind, error) {
	if _, ok := listLabels[ListKind(s)]; ok {
		return ListKind(s), nil
	}
	return "", app.Errorf(app.EINVALID, "Loại danh sách '%s' không hợp lệ: dùng units (đơn vị), people (cán bộ), proposals (đề nghị), awards (khen thưởng) hoặc initiatives (sáng kiến).", s)
}

// errNoRows is the error of a file with a header and nothing under it.
func errNoRows() error {
	return app.Errorf(app.EINVALID, "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.")
}

// parsedRows is the file row of every non-blank data row, in order: when a parse had no errors,
// these are the rows of the entities it returned.
func parsedRows(t app.Table, cols []ImportColumn) []int {
	idx, _ := columnIndex(t, cols)
	var rows []int
	for i, row := range t.Rows {
		if _, blank := pickCells(row, idx); !blank {
			rows = append(rows, t.FileRow(i))
		}
	}
	return rows
}

// ImportList reads a list from an .xlsx or .csv file and stores it all or nothing: when any row
// is wrong, nothing is stored and rowErrs holds every bad row (row, column, reason). err is for a
// file that cannot be read or a storage failure. asOf is today (the latest valid birth year).
func ImportList(ctx context.Context, svc app.UnitService, sheets app.Spreadsheets, kind ListKind, r io.Reader, fileName string,
	asOf time.Time, progress func(done, total int)) (res app.ImportResult, rowErrs []*app.Error, err error) {
	t, err := sheets.ReadTable(r, fileName)
	if err != nil {
		return res, nil, err
	}
	switch kind {
	case ListUnits:
		us, errs := ParseUnits(t)
		if len(errs) > 0 {
			return res, errs, nil
		}
		if len(us) == 0 {
			return res, nil, errNoRows()
		}
		res, err = svc.ImportUnits(ctx, us, parsedRows(t, UnitColumns))
	default:
		var units []app.Unit
		if units, err = svc.Units(ctx); err != nil {
			return res, nil, err
		}
		ps, errs := ParsePeople(t, units, asOf.Year())
		if len(errs) > 0 {
			return res, errs, nil
		}
		if len(ps) == 0 {
			return res, nil, errNoRows()
		}
		res, err = svc.ImportPeople(ctx, ps, parsedRows(t, PersonColumns), progress)
	}
	return res, nil, err
}

// ExportList writes every unit, or every person, as .xlsx or .csv, in the order the Đơn vị tab
// shows them: units by kind and name; people unit by unit, each unit's staff by given name.
// It returns the number of rows written.
func ExportList(ctx context.Context, svc app.UnitService, sheets app.Spreadsheets, kind ListKind, w io.Writer, fileName string) (int, error) {
	units, err := svc.Units(ctx)
	if err != nil {
		return 0, err
	}
	if kind == ListUnits {
		return len(units), sheets.WriteTable(w, fileName, UnitsTable(units), UnitWidths)
	}
	people, err := svc.People(ctx, 0)
	if err != nil {
		return 0, err
	}
	pos := make(map[int64]int, len(units))
	for i, u := range units {
		pos[u.ID] = i
	}
	slices.SortStableFunc(people, func(a, b app.Person) int { return pos[a.UnitID] - pos[b.UnitID] })
	return len(people), sheets.WriteTable(w, fileName, PeopleTable(people, units), PersonWidths)
}

// WriteTemplate writes the import template of a list: the header row and one example row.
func WriteTemplate(sheets app.Spreadsheets, kind ListKind, w io.Writer, fileName string) error {
	if kind == ListUnits {
		return sheets.WriteTable(w, fileName, UnitTemplate(), UnitWidths)
	}
	return sheets.WriteTable(w, fileName, PersonTemplate(), PersonWidths)
}
