package scoring

import (
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// ScoreHeader is the layout of the scores export and of a unit's self-assessment import.
var ScoreHeader = []string{"Loại đơn vị", "Đơn vị", "Mã", "Nội dung", "Điểm tối đa", "Không áp dụng", "Tự chấm", "Thẩm định", "Ghi chú"}

// ScoreWidths are the column widths of the scores sheet.
var ScoreWidths = []float64{14, 34, 8, 60, 12, 14, 10, 11, 30}

// RankHeader is the layout of the ranking export.
var RankHeader = []string{"Loại đơn vị", "Hạng", "Đơn vị", "Điểm tự chấm", "Điểm thẩm định", "Điểm tối đa", "Tỷ lệ (%)", "Xếp loại"}

// RankWidths are the column widths of the ranking sheet.
var RankWidths = []float64{14, 8, 40, 14, 16, 12, 10, 14}

// ScoreRows are the lines of the scores export for one unit: every leaf of its set, unscored ones
// with empty scores.
func ScoreRows(u app.Unit, set app.CriteriaSet, scores map[int64]app.Score) []app.ScoreRow {
	var out []app.ScoreRow
	for _, c := range Leaves(set) {
		s := scores[c.ID]
		r := app.ScoreRow{Kind: u.Kind, Unit: u.Name, Code: c.Code, Name: c.Name, Max: c.Max, NA: s.NA, Note: s.Note}
		if s.HasSelf {
			r.Self = s.Self.String()
		}
		if s.HasAppraised {
			r.Appraised = s.Appraised.String()
		}
		out = append(out, r)
	}
	return out
}

// ScoreTable lays rows out as the export sheet.
func ScoreTable(rows []app.ScoreRow) app.Table {
	t := app.Table{Header: ScoreHeader, HeaderRow: 1}
	for _, r := range rows {
		na := ""
		if r.NA {
			na = "x"
		}
		t.AddRow([]string{r.Kind.Label(), r.Unit, r.Code, r.Name, r.Max.String(), na, r.Self, r.Appraised, r.Note})
	}
	return t
}

// RankTable lays a ranking out as one table; the kind is the first column.
func RankTable(kinds []app.KindRanking) app.Table {
	t := app.Table{Header: RankHeader, HeaderRow: 1}
	for _, k := range kinds {
		for _, r := range k.Rows {
			rank, pct := "", ""
			if r.Rank > 0 {
				rank, pct = itoa(r.Rank), r.Percent()
			}
			t.AddRow([]string{k.Kind.Label(), rank, r.Unit.Name, r.Self.String(), r.Appraised.String(), r.Max.String(), pct, r.Band})
		}
	}
	return t
}

// ParseSelfAssessment reads a unit's self-assessment in the export layout: for each row the unit
// (which must be u), the code of an item of its set, «Không áp dụng» and «Tự chấm» (the note is
// kept; the appraisal is ignored — it is the office's — and so is «Tự chấm» of a survey item,
// whose points come from its figures). All or
// nothing: every bad cell is returned, named by row and column.
func ParseSelfAssessment(t app.Table, u app.Unit, set app.CriteriaSet, old map[int64]app.Score) ([]app.Score, []*app.Error) {
	col, errs := columns(t, []string{"Đơn vị", "Mã", "Không áp dụng", "Tự chấm"})
	if len(errs) > 0 {
		return nil, errs
	}
	note := indexOf(t.Header, "Ghi chú")
	byCode := map[string]app.Criterion{}
	for _, c := range Leaves(set) {
		byCode[c.Code] = c
	}
	seen := map[string]int{}
	var out []app.Score
	for i, row := range t.Rows {
		line := t.FileRow(i)
		cell := func(j int) string {
			if j >= 0 && j < len(row) {
				return viet.Normalize(row[j])
			}
			return ""
		}
		s, err := parseSelfRow(cell, col, note, u, byCode, seen, line, old)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		seen[cell(col[1])] = line
		out = append(out, s)
	}
	if len(out) == 0 && len(errs) == 0 {
		errs = append(errs, app.Errorf(app.EINVALID, "Tệp không có dòng điểm nào.").AtRow(t.HeaderFileRow()+1))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

func parseSelfRow(cell func(int) string, col []int, note int, u app.Unit, byCode map[string]app.Criterion,
	seen map[string]int, line int, old map[int64]app.Score) (app.Score, *app.Error) {
	if name := cell(col[0]); viet.FoldKey(name) != viet.FoldKey(u.Name) {
		return app.Score{}, at(app.FieldError("Đơn vị", "Trường «Đơn vị»: %s không phải là %s.", viet.Quote(name), u.Name), line)
	}
	code := cell(col[1])
	c, ok := byCode[code]
	if !ok {
		return app.Score{}, at(app.FieldError("Mã", "Trường «Mã»: không có tiêu chí được chấm mã %s trong bộ tiêu chí.", viet.Quote(code)), line)
	}
	if prev, dup := seen[code]; dup {
		return app.Score{}, at(app.FieldError("Mã", "Trường «Mã»: tiêu chí %s đã có ở dòng %d.", code, prev), line)
	}
	na, err := parseMark("Không áp dụng", cell(col[2]))
	if err != nil {
		return app.Score{}, at(err, line)
	}
	s := old[c.ID]
	s.CriterionID = c.ID
	if note >= 0 {
		s.Note = cell(note)
	}
	if na && !c.NAAllowed {
		return app.Score{}, at(app.FieldError("Không áp dụng", "Trường «Không áp dụng»: tiêu chí %s không cho chọn «Không áp dụng».", code), line)
	}
	s.NA = na
	if na {
		s.Self, s.HasSelf = 0, false
		return s, nil
	}
	if c.Survey || c.FromReports { // its points come from the survey figures, or from the report tracking
		return s, nil
	}
	p, has, err := ParseScore("Tự chấm", cell(col[3]), c.Max)
	if err != nil {
		return app.Score{}, at(err, line)
	}
	s.Self, s.HasSelf = p, has
	return s, nil
}

// parseMark reads a yes/no cell: "x", "có", "1" are yes; blank, "không", "0" are no.
func parseMark(field, v string) (bool, error) {
	switch viet.FoldKey(v) {
	case "":
		return false, nil
	case "x", "co", "1", "yes":
		return true, nil
	case "khong", "0", "no":
		return false, nil
	}
	return false, app.FieldError(field, "Trường «%s»: %s — ghi «x» hoặc để trống.", field, viet.Quote(v))
}

func columns(t app.Table, names []string) ([]int, []*app.Error) {
	idx := make([]int, len(names))
	var errs []*app.Error
	for i, n := range names {
		idx[i] = indexOf(t.Header, n)
		if idx[i] < 0 {
			errs = append(errs, app.FieldError(n, "Thiếu cột «%s» (tệp phải theo mẫu xuất ra).", n).AtRow(t.HeaderFileRow()))
		}
	}
	return idx, errs
}

func indexOf(header []string, name string) int {
	for j, h := range header {
		if viet.FoldKey(strings.TrimSpace(h)) == viet.FoldKey(name) {
			return j
		}
	}
	return -1
}

func at(err error, row int) *app.Error {
	if ae, ok := err.(*app.Error); ok {
		return ae.AtRow(row)
	}
	return app.Errorf(app.EINVALID, "%s", err.Error()).AtRow(row)
}

// RankSheets are the ranking export: one sheet per unit kind.
func RankSheets(r app.Ranking) []app.Sheet {
	var out []app.Sheet
	for _, k := range r.Kinds {
		out = append(out, app.Sheet{Name: k.Kind.Label(), Table: RankTable([]app.KindRanking{k}), Widths: RankWidths})
	}
	return out
}
