package lists

import (
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// RegistrationColumns are the columns of the «Sáng kiến» sheet of a unit's workbook: what a unit
// registers. The unit's decision (number and date) is optional: given, the initiative comes in at
// «Công nhận cấp cơ sở»; absent, at «Đăng ký».
var RegistrationColumns = []ImportColumn{
	{"Tên sáng kiến", true}, {"Lĩnh vực", true}, {"Loại giải pháp", true}, {"Tác giả (tỷ lệ %)", true}, {"Ngày áp dụng", true},
	{"Tóm tắt", false}, {"Số quyết định công nhận cấp cơ sở", false}, {"Ngày công nhận cấp cơ sở", false},
}

const (
	rgTitle = iota
	rgField
	rgKind
	rgAuthors
	rgApplied
	rgSummary
	rgBaseNo
	rgBaseDate
)

// regErr is an error of the registration column c; the registry's messages name their own column
// (InitiativeColumns), which renamed re-labels.
func regErr(c int, format string, args ...any) *app.Error {
	name := RegistrationColumns[c].Name
	return app.FieldError(name, "%s "+format, append([]any{app.FieldPrefix(name)}, args...)...)
}

func renamed(e *app.Error, c int) *app.Error {
	to := RegistrationColumns[c].Name
	out := *e
	out.Message = strings.Replace(e.Message, "«"+e.Field+"»", "«"+to+"»", 1)
	out.Field = to
	return &out
}

// ParseInitiativeRegistrations reads the initiatives a unit registers in its workbook: every row
// needs a title, a field, a kind, the authors as "Tên (60%); Tên (40%)" (matched to the registry
// accent-insensitively, the unit's people first) and the date of first application; the summary
// is kept as the purpose. Row numbers and errors as for ParseInitiatives; a title twice is an error.
func ParseInitiativeRegistrations(t app.Table, unit app.Unit, people []app.Person, fields []app.ReformField) ([]app.InitiativeRecord, []*app.Error) {
	idx, errs := columnIndex(t, RegistrationColumns)
	if len(errs) > 0 {
		return nil, errs
	}
	l := initiativeLookup{units: newUnitIndex([]app.Unit{unit}), people: map[string][]app.Person{}, fields: fields}
	for _, p := range people {
		k := viet.FoldKey(p.FullName)
		l.people[k] = append(l.people[k], p)
	}
	var out []app.InitiativeRecord
	var list importErrors
	seen := map[string]bool{}
	for i, row := range t.Rows {
		vals, blank := pickCells(row, idx)
		if blank {
			continue
		}
		r, rowErrs := l.registration(vals, unit)
		if k := viet.FoldKey(r.Title); k != "" && seen[k] {
			rowErrs = append(rowErrs, regErr(rgTitle, "%s đã có ở một dòng trên.", viet.Quote(r.Title)))
		} else {
			seen[k] = true
		}
		list.addRow(t.FileRow(i), rowErrs, RegistrationColumns)
		if len(rowErrs) == 0 {
			out = append(out, r)
		}
	}
	return out, list.result()
}

// baseRecognition reads the unit's decision (number and date) recognising the initiative.
func baseRecognition(no, on string, applied time.Time) (app.StepRecord, []*app.Error) {
	base := app.StepRecord{Step: app.StepBaseRecognised, Ref: no}
	var errs []*app.Error
	if no == "" {
		errs = append(errs, regErr(rgBaseNo, "để trống trong khi có ngày công nhận: ghi số quyết định, hoặc xóa cả hai ô."))
	}
	if on == "" {
		return base, append(errs, regErr(rgBaseDate, "Có số quyết định công nhận cấp cơ sở thì ghi cả ngày công nhận."))
	}
	var err error
	base.On, err = viet.ParseDateCell(on)
	switch {
	case err != nil || base.On.IsZero():
		errs = append(errs, regErr(rgBaseDate, "%s không phải ngày dd/mm/yyyy.", viet.Quote(on)))
	case !applied.IsZero() && base.On.Before(applied):
		errs = append(errs, regErr(rgBaseDate, "%s ở trước ngày áp dụng lần đầu.", viet.FormatDate(base.On)))
	}
	return base, errs
}

func (l initiativeLookup) registration(v []string, unit app.Unit) (app.InitiativeRecord, []*app.Error) {
	r := app.InitiativeRecord{Initiative: app.Initiative{UnitID: unit.ID, UnitName: unit.Name}}
	var errs []*app.Error
	if r.Title = v[rgTitle]; r.Title == "" {
		errs = append(errs, regErr(rgTitle, "không được để trống."))
	}
	if e := l.field(v[rgField], &r); e != nil {
		errs = append(errs, renamed(e, rgField))
	}
	if r.Kind = parseKind(v[rgKind]); r.Kind == "" {
		errs = append(errs, regErr(rgKind, "phải là một trong: kỹ thuật, quản lý, tác nghiệp, ứng dụng tiến bộ kỹ thuật."))
	}
	var err error
	if r.FirstApplied, err = viet.ParseDateCell(v[rgApplied]); err != nil || r.FirstApplied.IsZero() {
		errs = append(errs, regErr(rgApplied, "%s không phải ngày dd/mm/yyyy.", viet.Quote(v[rgApplied])))
	}
	r.Purpose = viet.NormalizeMultiline(v[rgSummary])
	if no, on := v[rgBaseNo], v[rgBaseDate]; no != "" || on != "" {
		base, e := baseRecognition(no, on, r.FirstApplied)
		errs = append(errs, e...)
		r.History = []app.StepRecord{base}
	}
	if v[rgAuthors] == "" {
		errs = append(errs, regErr(rgAuthors, "không được để trống."))
	} else if as, e := l.authors(v[rgAuthors], unit.ID); e != nil {
		errs = append(errs, renamed(e, rgAuthors))
	} else {
		r.Authors = as
	}
	return r, errs
}
