package scoring

import (
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// SetHeader is the layout of a criteria set in a spreadsheet (export and import).
var SetHeader = []string{"Mã", "Lĩnh vực", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm", "Không áp dụng", "Tính từ khảo sát"}

// SetWidths are the column widths of the set's sheet.
var SetWidths = []float64{8, 30, 60, 12, 50, 14, 16}

// SetTable lays a set out for export.
func SetTable(set app.CriteriaSet) app.Table {
	t := app.Table{Header: SetHeader, HeaderRow: 1}
	mark := func(b bool) string {
		if b {
			return "x"
		}
		return ""
	}
	for _, c := range set.Items {
		t.AddRow([]string{c.Code, c.FieldName, c.Name, c.Max.String(), c.Guidance, mark(c.NAAllowed), mark(c.Survey)})
	}
	return t
}

// ImportItem is a row of an imported set: the item and the code of its parent ("" for a criterion
// directly under its field).
type ImportItem struct {
	Item   app.Criterion
	Parent string
}

// ParseSetTable reads a set in the export layout. The code gives the tree: "2.1" is a criterion of
// the field named in «Lĩnh vực», "2.1.3" a part of "2.1" (which must come before it); a criterion
// with parts takes the sum of their maxima. All or nothing: every bad cell by row and column.
func ParseSetTable(t app.Table, fields []app.ReformField) ([]ImportItem, []*app.Error) {
	col, errs := columns(t, SetHeader[:4])
	if len(errs) > 0 {
		return nil, errs
	}
	guide, na, survey := indexOf(t.Header, SetHeader[4]), indexOf(t.Header, SetHeader[5]), indexOf(t.Header, SetHeader[6])
	byName := map[string]app.ReformField{}
	for _, f := range fields {
		byName[viet.FoldKey(f.Name)] = f
	}
	seen := map[string]app.Criterion{}
	var out []ImportItem
	for i, row := range t.Rows {
		line := t.FileRow(i)
		cell := func(j int) string {
			if j >= 0 && j < len(row) {
				return viet.Normalize(row[j])
			}
			return ""
		}
		it, err := parseSetRow(cell, col, guide, na, survey, byName, seen)
		if err != nil {
			errs = append(errs, at(err, line))
			continue
		}
		seen[it.Item.Code] = it.Item
		out = append(out, it)
	}
	if len(out) == 0 && len(errs) == 0 {
		errs = append(errs, app.Errorf(app.EINVALID, "Tệp không có tiêu chí nào.").AtRow(t.HeaderFileRow()+1))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

func parseSetRow(cell func(int) string, col []int, guide, na, survey int, byName map[string]app.ReformField,
	seen map[string]app.Criterion) (ImportItem, error) {
	code := cell(col[0])
	parts := strings.Split(code, ".")
	if code == "" || len(parts) < 2 || len(parts) > 3 {
		return ImportItem{}, app.FieldError("Mã", "Trường «Mã»: %s — mã có dạng 1.2 (tiêu chí) hoặc 1.2.3 (tiêu chí thành phần).", viet.Quote(code))
	}
	if _, dup := seen[code]; dup {
		return ImportItem{}, app.FieldError("Mã", "Trường «Mã»: %s có hai lần.", code)
	}
	it := ImportItem{Item: app.Criterion{Code: code, Name: cell(col[2]), Guidance: cell(guide)}}
	if len(parts) == 3 {
		it.Parent = parts[0] + "." + parts[1]
		p, ok := seen[it.Parent]
		if !ok {
			return ImportItem{}, app.FieldError("Mã", "Trường «Mã»: tiêu chí %s phải đứng trước %s.", it.Parent, code)
		}
		it.Item.FieldID = p.FieldID
	} else {
		f, ok := byName[viet.FoldKey(cell(col[1]))]
		if !ok {
			return ImportItem{}, app.FieldError("Lĩnh vực", "Trường «Lĩnh vực»: %s không phải là một lĩnh vực cải cách.", viet.Quote(cell(col[1])))
		}
		it.Item.FieldID = f.ID
	}
	if it.Item.Name == "" {
		return ImportItem{}, app.FieldError("Nội dung", "Trường «Nội dung» chưa nhập.")
	}
	max, ok, err := ParseScore("Điểm tối đa", cell(col[3]), 1000_00)
	if err != nil {
		return ImportItem{}, err
	}
	if !ok {
		return ImportItem{}, app.FieldError("Điểm tối đa", "Trường «Điểm tối đa» chưa nhập.")
	}
	it.Item.Max = max
	var e1, e2 error
	it.Item.NAAllowed, e1 = parseMark(SetHeader[5], cell(na))
	it.Item.Survey, e2 = parseMark(SetHeader[6], cell(survey))
	if e1 != nil {
		return ImportItem{}, e1
	}
	return it, e2
}
