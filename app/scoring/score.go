package scoring

import (
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Step is the smallest part of a point a score may hold: 0,25.
const Step app.Points = 25

// ParseScore reads a typed score for an item of maximum max: "7", "7,5", "7.25". Blank means no
// score (ok false). A score lies in 0 ≤ score ≤ max in steps of 0,25; field names the column.
func ParseScore(field, s string, max app.Points) (p app.Points, ok bool, err error) {
	s = viet.Normalize(s)
	if s == "" {
		return 0, false, nil
	}
	v, good := viet.ParseFixed(s, 2)
	if !good {
		return 0, false, app.FieldError(field, "Trường «%s»: %s không phải là số điểm (ví dụ 7,5 hoặc 7.5).", field, viet.Quote(s))
	}
	p = app.Points(v)
	switch {
	case p < 0:
		return 0, false, app.FieldError(field, "Trường «%s»: điểm không được âm (%s).", field, p)
	case p > max:
		return 0, false, app.FieldError(field, "Trường «%s»: %s vượt điểm tối đa %s.", field, p, max)
	case p%Step != 0:
		return 0, false, app.FieldError(field, "Trường «%s»: %s không chia hết cho 0,25 (điểm chấm theo bậc 0,25).", field, p)
	}
	return p, true, nil
}

// SurveyPoints are the points of a survey criterion: satisfied / surveyed × max, rounded half up
// to the hundredth.
func SurveyPoints(surveyed, satisfied int, max app.Points) (app.Points, error) {
	switch {
	case surveyed <= 0:
		return 0, app.FieldError("Số người được khảo sát", "Trường «Số người được khảo sát» phải lớn hơn 0.")
	case satisfied < 0:
		return 0, app.FieldError("Số người hài lòng", "Trường «Số người hài lòng» không được âm.")
	case satisfied > surveyed:
		return 0, app.FieldError("Số người hài lòng", "Số người hài lòng (%d) không thể nhiều hơn số người được khảo sát (%d).", satisfied, surveyed)
	}
	n := int64(satisfied) * int64(max)
	return app.Points((2*n + int64(surveyed)) / (2 * int64(surveyed))), nil
}

// SurveyFormula shows how the points were computed: "(412 / 450) × 5 = 4,58".
func SurveyFormula(surveyed, satisfied int, max app.Points) string {
	p, err := SurveyPoints(surveyed, satisfied, max)
	if err != nil {
		return ""
	}
	return "(" + strconv.Itoa(satisfied) + " / " + strconv.Itoa(surveyed) + ") × " + max.String() + " = " + p.String()
}

// parseCount reads a non-negative whole number of people.
func parseCount(field, s string) (int, bool, error) {
	s = strings.ReplaceAll(viet.Normalize(s), ".", "")
	if s == "" {
		return 0, false, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, false, app.FieldError(field, "Trường «%s»: %s không phải là số người.", field, viet.Quote(s))
	}
	return n, true, nil
}

// ApplyEdit turns what was typed for item c into the stored score, keeping the evidence of old.
// A survey item takes both points from its figures; «Không áp dụng» clears the points and is
// refused where the item does not allow it.
func ApplyEdit(c app.Criterion, old app.Score, e app.ScoreEdit) (app.Score, error) {
	s := app.Score{CriterionID: c.ID, Note: viet.Normalize(e.Note), NA: e.NA, Evidence: old.Evidence}
	if e.NA {
		if !c.NAAllowed {
			return s, app.FieldError("Không áp dụng", "Tiêu chí %s không cho chọn «Không áp dụng».", c.Code)
		}
		return s, nil
	}
	if c.Survey {
		return applySurvey(c, s, e)
	}
	var err error
	if s.Self, s.HasSelf, err = ParseScore("Tự chấm", e.Self, c.Max); err != nil {
		return s, withCode(err, c.Code)
	}
	if s.Appraised, s.HasAppraised, err = ParseScore("Thẩm định", e.Appraised, c.Max); err != nil {
		return s, withCode(err, c.Code)
	}
	return s, nil
}

func applySurvey(c app.Criterion, s app.Score, e app.ScoreEdit) (app.Score, error) {
	surveyed, ok1, err := parseCount("Số người được khảo sát", e.Surveyed)
	if err != nil {
		return s, withCode(err, c.Code)
	}
	satisfied, ok2, err := parseCount("Số người hài lòng", e.Satisfied)
	if err != nil {
		return s, withCode(err, c.Code)
	}
	if !ok1 && !ok2 {
		return s, nil
	}
	p, err := SurveyPoints(surveyed, satisfied, c.Max)
	if err != nil {
		return s, withCode(err, c.Code)
	}
	s.Surveyed, s.Satisfied = surveyed, satisfied
	s.Self, s.Appraised, s.HasSelf, s.HasAppraised = p, p, true, true
	return s, nil
}

// withCode prefixes the item's code to a validation message: "Tiêu chí 2.3: …".
func withCode(err error, code string) error {
	if ae, ok := err.(*app.Error); ok {
		c := *ae
		c.Message = "Tiêu chí " + code + ": " + c.Message
		return &c
	}
	return err
}

func itoa(n int) string { return strconv.Itoa(n) }
