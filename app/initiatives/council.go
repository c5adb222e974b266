package initiatives

import (
	"fmt"
	"slices"

	"thidua/app"
	"thidua/app/viet"
)

// DefaultRubric is the score sheet a campaign starts with (domain.md §3.3, after Sơn La's Mẫu 03:
// novelty 30, applicability 30, effect 40 = 100); each campaign may change it.
func DefaultRubric() []app.RubricLine {
	return []app.RubricLine{{Name: "Tính mới, tính sáng tạo", Max: 30}, {Name: "Khả năng áp dụng, nhân rộng", Max: 30},
		{Name: "Hiệu quả", Max: 40}}
}

// DefaultRules: pass at 70/100, ask for a review when two totals differ by more than 20 points.
var DefaultRules = app.ScoringRules{Threshold: 70, Divergence: 20}

// RubricTotal is the total of the rubric's maxima.
func RubricTotal(lines []app.RubricLine) int {
	t := 0
	for _, l := range lines {
		t += l.Max
	}
	return t
}

// ValidateRubric checks an edited rubric: named lines, no name twice, positive maxima totalling
// 100 so that the threshold reads as points out of 100.
func ValidateRubric(lines []app.RubricLine) error {
	if len(lines) == 0 {
		return app.Errorf(app.EINVALID, "Phiếu chấm phải có ít nhất một tiêu chí.")
	}
	seen := map[string]bool{}
	for i, l := range lines {
		name := viet.Normalize(l.Name)
		if name == "" {
			return app.FieldError("Tiêu chí", "Tiêu chí dòng %d chưa có tên.", i+1)
		}
		if seen[viet.FoldKey(name)] {
			return app.FieldError("Tiêu chí", "Tiêu chí «%s» có hai lần.", name)
		}
		seen[viet.FoldKey(name)] = true
		if l.Max < 1 || l.Max > 100 {
			return app.FieldError("Điểm tối đa", "Điểm tối đa của «%s» phải từ 1 đến 100.", name)
		}
	}
	if t := RubricTotal(lines); t != 100 {
		return app.FieldError("Điểm tối đa", "Tổng điểm tối đa của phiếu chấm là %d, phải đúng 100.", t)
	}
	return nil
}

// ValidateRules checks a threshold and a divergence limit against the rubric's total.
func ValidateRules(r app.ScoringRules, total int) error {
	if r.Threshold < 1 || r.Threshold > total {
		return app.FieldError("Điểm đạt", "%s phải từ 1 đến %d.", app.FieldPrefix("Điểm đạt"), total)
	}
	if r.Divergence < 0 || r.Divergence > total {
		return app.FieldError("Độ lệch", "%s phải từ 0 đến %d.", app.FieldPrefix("Độ lệch"), total)
	}
	return nil
}

// CheckSheet checks a member's sheet against the rubric: one whole number per line, from 0 to the
// line's maximum.
func CheckSheet(rubric []app.RubricLine, s app.ScoreSheet) error {
	for _, l := range rubric {
		p, ok := s.Points[l.ID]
		if !ok {
			return app.FieldError(l.Name, "%s: chưa chấm điểm.", app.FieldPrefix(l.Name))
		}
		if p < 0 || p > l.Max {
			return app.FieldError(l.Name, "%s: %d điểm, phải từ 0 đến %d.", app.FieldPrefix(l.Name), p, l.Max)
		}
	}
	for id := range s.Points {
		if !hasLine(rubric, id) {
			return app.Errorf(app.EINVALID, "Phiếu chấm có tiêu chí không thuộc phiếu của phong trào.")
		}
	}
	return nil
}

func hasLine(rubric []app.RubricLine, id int64) bool {
	for _, l := range rubric {
		if l.ID == id {
			return true
		}
	}
	return false
}

// SheetTotal is the total of a sheet.
func SheetTotal(s app.ScoreSheet) int {
	t := 0
	for _, p := range s.Points {
		t += p
	}
	return t
}

// AutoRecusal tells whether a member must not score an initiative: an author of it (the same
// person, or the same name for someone typed), or someone of the unit that applied it.
func AutoRecusal(m app.CouncilMember, in app.Initiative) (string, bool) {
	for _, a := range in.Authors {
		if (m.PersonID != 0 && a.PersonID == m.PersonID) ||
			((m.PersonID == 0 || a.PersonID == 0) && viet.FoldKey(a.FullName) == viet.FoldKey(m.FullName)) {
			return "Là tác giả, đồng tác giả của sáng kiến", true
		}
	}
	if m.UnitID != 0 && m.UnitID == in.UnitID {
		return "Công tác tại đơn vị có sáng kiến", true
	}
	return "", false
}

// Facts are what the council's result of one initiative looks at.
type Facts struct {
	Initiative app.Initiative
	Members    []app.CouncilMember
	Sheets     []app.ScoreSheet
	Recusals   []app.Recusal // the ones members declared; the automatic ones are found here
	Rules      app.ScoringRules
	Viewer     int64 // the member looking (0: the summary, everything shown)
}

// Result is the council's result: the mean of the sheets that count (submitted, not recused) in
// hundredths, passed when the mean reaches the threshold, divergent when two counted totals differ
// by more than the limit. A viewer who has not submitted sees no one else's total and no mean.
func Result(f Facts) app.CouncilResult {
	r := app.CouncilResult{InitiativeID: f.Initiative.ID, Title: f.Initiative.Title, UnitName: f.Initiative.UnitName,
		Authors: AuthorsText(f.Initiative.Authors), Threshold: f.Rules.Threshold}
	sheets := map[int64]app.ScoreSheet{}
	for _, s := range f.Sheets {
		sheets[s.MemberID] = s
	}
	var counted []int
	for _, m := range f.Members {
		t := memberTotal(m, f, sheets)
		if t.Submitted && !t.Recused {
			counted = append(counted, t.Total)
		}
		r.Members = append(r.Members, t)
	}
	if r.Sheets = len(counted); r.Sheets > 0 {
		sum := 0
		for _, t := range counted {
			sum += t
		}
		r.MeanX100 = (sum*100 + r.Sheets/2) / r.Sheets
		r.Passed = sum >= f.Rules.Threshold*r.Sheets // mean ≥ threshold, without rounding
		r.Divergent = slices.Max(counted)-slices.Min(counted) > f.Rules.Divergence
	}
	if f.Viewer != 0 && !sheets[f.Viewer].Submitted {
		for i := range r.Members {
			if r.Members[i].MemberID != f.Viewer {
				r.Members[i].Hidden, r.Members[i].Total = true, 0
			}
		}
		r.MeanX100, r.Passed, r.Divergent = 0, false, false
	}
	return r
}

// memberTotal is a member's line: the sheet's total, and a recusal found by the rules or declared.
func memberTotal(m app.CouncilMember, f Facts, sheets map[int64]app.ScoreSheet) app.MemberTotal {
	t := app.MemberTotal{MemberID: m.ID, Name: m.FullName, Role: m.Role}
	if reason, ok := AutoRecusal(m, f.Initiative); ok {
		t.Recused, t.Reason = true, reason
	} else {
		for _, x := range f.Recusals {
			if x.MemberID == m.ID {
				t.Recused, t.Reason = true, x.Reason
			}
		}
	}
	if s, ok := sheets[m.ID]; ok {
		t.Filled, t.Submitted, t.Total = true, s.Submitted, SheetTotal(s)
	}
	return t
}

// MeanText writes a mean in hundredths as the lists do: "78,5".
func MeanText(x100 int) string { return viet.FormatFixed(int64(x100), 2) }

// ResultText is "Đạt" or "Không đạt" for a scored initiative, "" before any counted sheet.
func ResultText(r app.CouncilResult) string {
	switch {
	case r.Sheets == 0:
		return ""
	case r.Passed:
		return "Đạt"
	}
	return "Không đạt"
}

// Summary is one line of the council's minutes: "Đạt — 78,5/100 (4 phiếu)".
func Summary(r app.CouncilResult) string {
	if r.Sheets == 0 {
		return "Chưa có phiếu"
	}
	s := fmt.Sprintf("%s — %s/100 (%d phiếu)", ResultText(r), MeanText(r.MeanX100), r.Sheets)
	if r.Divergent {
		s += "; các thành viên chấm lệch nhau nhiều, đề nghị xem lại"
	}
	return s
}
