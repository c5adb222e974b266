package app

import (
	"strings"
	"time"
)

// FormAuthority says who may confer a form, from a date until a date (Luật TĐKT 2022 Điều 80).
type FormAuthority struct {
	FormCode  FormCode
	Authority string // "district_chair", "commune_chair", "province_chair", "agency_head"
	From      time.Time
	To        time.Time // zero: still in force
	Ref       string
}

// AuthorityDistrictChair is the Chủ tịch UBND cấp huyện, who signs this office's decisions.
const AuthorityDistrictChair = "district_chair"

// DisciplineKind is what stands in the way of an award (NĐ 98/2023 Điều 4).
type DisciplineKind string

// Discipline kinds, as stored.
const (
	Disciplined   DisciplineKind = "discipline"    // đang thi hành kỷ luật (khiển trách trở lên)
	Investigation DisciplineKind = "investigation" // đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại
)

// Label is the Vietnamese name.
func (k DisciplineKind) Label() string {
	if k == Investigation {
		return "Đang bị xem xét, điều tra"
	}
	return "Đang thi hành kỷ luật"
}

// Discipline is a period during which a person may not be rewarded.
type Discipline struct {
	ID       int64
	PersonID int64
	Kind     DisciplineKind
	Warning  bool      // cảnh cáo or above (matters for Tập thể lao động tiên tiến)
	From     time.Time // first day
	To       time.Time // last day; zero: not ended
	Note     string
}

// ActiveOn reports whether the period covers day.
func (d Discipline) ActiveOn(day time.Time) bool {
	if day.Before(d.From) {
		return false
	}
	return d.To.IsZero() || !day.After(d.To)
}

// Rating is a person's yearly rating (xếp loại chất lượng), which LĐTT and CSTĐCS look at.
type Rating string

// Ratings, as stored, best first.
const (
	RatingExcellent Rating = "excellent" // Hoàn thành xuất sắc nhiệm vụ
	RatingGood      Rating = "good"      // Hoàn thành tốt nhiệm vụ
	RatingDone      Rating = "done"      // Hoàn thành nhiệm vụ
	RatingNotDone   Rating = "not_done"  // Không hoàn thành nhiệm vụ
)

// Ratings lists the ratings, best first.
var Ratings = []Rating{RatingExcellent, RatingGood, RatingDone, RatingNotDone}

// Label is the Vietnamese name.
func (r Rating) Label() string {
	switch r {
	case RatingExcellent:
		return "Hoàn thành xuất sắc nhiệm vụ"
	case RatingGood:
		return "Hoàn thành tốt nhiệm vụ"
	case RatingDone:
		return "Hoàn thành nhiệm vụ"
	case RatingNotDone:
		return "Không hoàn thành nhiệm vụ"
	}
	return "Chưa có xếp loại"
}

// Severity is how a reason weighs: OK, a warning the office may override with a written reason, or
// a block (the law does not allow it; NĐ 98/2023 allows no "vận dụng").
type Severity string

// Severities, lightest first.
const (
	SeverityOK      Severity = "ok"
	SeverityWarning Severity = "warning"
	SeverityBlock   Severity = "block"
)

// Reason is one result of the legal checks of a proposal, citing its article.
type Reason struct {
	Severity Severity
	Text     string // Vietnamese sentence: what holds or what is wrong
	Cite     string // "Luật TĐKT 2022, Điều 23"
}

// String is "Text (Cite)." — the citation inside the sentence.
func (r Reason) String() string {
	if r.Cite == "" {
		return r.Text
	}
	text, dot := strings.CutSuffix(r.Text, ".")
	s := text + " (" + r.Cite + ")"
	if dot {
		s += "."
	}
	return s
}
