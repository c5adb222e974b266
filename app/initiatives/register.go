package initiatives

import (
	"fmt"
	"slices"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// Field names of the registration form, as the messages name them.
const (
	FieldTitle   = "Tên sáng kiến"
	FieldKind    = "Loại giải pháp"
	FieldUnit    = "Đơn vị"
	FieldField   = "Lĩnh vực"
	FieldApplied = "Ngày áp dụng lần đầu"
	FieldAuthors = "Tác giả"
)

// Kinds lists the kinds of solution in the order of NĐ 13/2012 Điều 3.
var Kinds = []app.SolutionKind{app.SolutionTechnical, app.SolutionManagement, app.SolutionOperational, app.SolutionApplied}

// Normalize composes (NFC), trims and folds the spaces of every text of a registration.
func Normalize(r *app.InitiativeRecord) {
	r.Title = viet.Normalize(r.Title)
	r.FieldOther = viet.Normalize(r.FieldOther)
	for _, p := range []*string{&r.KnownState, &r.Purpose, &r.Novelty, &r.Steps, &r.Conditions, &r.Benefits, &r.FirstUsers} {
		*p = viet.NormalizeMultiline(*p)
	}
	for i := range r.Authors {
		r.Authors[i].FullName = viet.Normalize(r.Authors[i].FullName)
	}
}

// Validate checks a registration as of a date: a title, a kind, a unit, a field (one of the six
// or "Khác" with its name), a first application not in the future, and the authors.
func Validate(r app.InitiativeRecord, asOf time.Time) error {
	if err := viet.RequireText(FieldTitle, r.Title, 500); err != nil {
		return err
	}
	if !slices.Contains(Kinds, r.Kind) {
		return app.FieldError(FieldKind, "%s: hãy chọn một trong bốn loại giải pháp.", app.FieldPrefix(FieldKind))
	}
	if r.UnitID == 0 {
		return app.FieldError(FieldUnit, "%s: hãy chọn đơn vị áp dụng sáng kiến.", app.FieldPrefix(FieldUnit))
	}
	if r.FieldID == 0 && r.FieldOther == "" {
		return app.FieldError(FieldField, "%s: hãy chọn lĩnh vực cải cách, hoặc «Khác» và ghi tên lĩnh vực.", app.FieldPrefix(FieldField))
	}
	if r.FirstApplied.IsZero() {
		return app.FieldError(FieldApplied, "%s: hãy ghi ngày áp dụng lần đầu hoặc áp dụng thử.", app.FieldPrefix(FieldApplied))
	}
	if !asOf.IsZero() && r.FirstApplied.After(asOf) {
		return app.FieldError(FieldApplied, "%s (%s) ở sau ngày hôm nay: sáng kiến phải đã được áp dụng.",
			app.FieldPrefix(FieldApplied), viet.FormatDate(r.FirstApplied))
	}
	return CheckAuthors(r.Authors)
}

// CheckAuthors checks the table of authors of the registration form: at least one, every share
// between 1 and 100, nobody twice, and the shares totalling exactly 100%.
func CheckAuthors(as []app.Author) error {
	if len(as) == 0 {
		return app.FieldError(FieldAuthors, "%s: sáng kiến phải có ít nhất một tác giả.", app.FieldPrefix(FieldAuthors))
	}
	total := 0
	seen := map[string]bool{}
	for i, a := range as {
		name := viet.Normalize(a.FullName)
		if name == "" && a.PersonID == 0 {
			return app.FieldError(FieldAuthors, "%s: dòng %d chưa có họ và tên.", app.FieldPrefix(FieldAuthors), i+1)
		}
		if a.SharePct < 1 || a.SharePct > 100 {
			return app.FieldError(FieldAuthors, "%s: tỷ lệ đóng góp của %s phải từ 1 đến 100%%.", app.FieldPrefix(FieldAuthors), name)
		}
		key := authorKey(a)
		if seen[key] {
			return app.FieldError(FieldAuthors, "%s: %s có hai lần trong danh sách tác giả.", app.FieldPrefix(FieldAuthors), name)
		}
		seen[key] = true
		total += a.SharePct
	}
	if total != 100 {
		return app.FieldError(FieldAuthors, "%s: tổng tỷ lệ đóng góp là %d%%, phải đúng 100%%.", app.FieldPrefix(FieldAuthors), total)
	}
	return nil
}

func authorKey(a app.Author) string {
	if a.PersonID != 0 {
		return fmt.Sprintf("#%d", a.PersonID)
	}
	return viet.FoldKey(a.FullName)
}

// AuthorsText writes the authors as the lists do: "Nguyễn Văn A (60%); Trần Thị B (40%)".
func AuthorsText(as []app.Author) string {
	s := ""
	for i, a := range as {
		if i > 0 {
			s += "; "
		}
		s += fmt.Sprintf("%s (%d%%)", a.FullName, a.SharePct)
	}
	return s
}
