package viet

import (
	"strconv"
	"strings"

	"thidua/app/apperr"
)

// ParseIssueNumber reads the number the records office (văn thư) gave a decision, written any way
// the office writes it: «15», «15/QĐ-UBND», «Số 15/QĐ-UBND», «Số: 15/QĐ-UBND», and — for the
// documents that carry their year (NĐ 30/2020 Phụ lục I, văn bản quy phạm) — «15/2025/QĐ-UBND».
// A symbol other than the decision's, or a year other than its year, is refused with a message
// that says what to type, so the register never holds a number of another series.
func ParseIssueNumber(s, symbol string, year int) (int, error) {
	v := Dashes.Replace(Normalize(s))
	example := DecisionNumber(15, symbol)
	if v == "" {
		return 0, apperr.FieldError("Số quyết định", "Nhập số do văn thư cấp, ví dụ 15 hoặc %s.", example)
	}
	rest := stripSoPrefix(v)
	if AllDigits(rest) {
		return issueNumber(rest, v, example)
	}
	rest = strings.Join(strings.Fields(strings.NewReplacer("/", " / ", "-", " - ").Replace(rest)), " ")
	rest = strings.NewReplacer(" / ", "/", " - ", "-").Replace(rest)
	parts := strings.Split(rest, "/")
	switch {
	case len(parts) == 3 && AllDigits(parts[1]) && len(parts[1]) == 4:
		if y, _ := strconv.Atoi(parts[1]); y != year {
			return 0, apperr.FieldError("Số quyết định",
				"Số %s ghi năm %s, nhưng quyết định thuộc năm %d. Nhập số của năm %d, ví dụ %s.",
				Quote(v), parts[1], year, year, example)
		}
		parts = []string{parts[0], parts[2]}
	case len(parts) != 2:
		return 0, apperr.FieldError("Số quyết định", "%s không đúng dạng. Nhập số do văn thư cấp, ví dụ 15 hoặc %s.", Quote(v), example)
	}
	if !strings.EqualFold(parts[1], Normalize(symbol)) {
		return 0, apperr.FieldError("Số quyết định",
			"Ký hiệu %s khác ký hiệu của quyết định này (%s). Nhập số, ví dụ 15, hoặc %s.", Quote(parts[1]), symbol, example)
	}
	return issueNumber(parts[0], v, example)
}

func issueNumber(num, typed, example string) (int, error) {
	n, err := strconv.Atoi(num)
	if num == "" || !AllDigits(num) || len(num) > 7 || err != nil || n <= 0 || n > maxDecisionNumber {
		return 0, apperr.FieldError("Số quyết định", "%s không phải là số quyết định hợp lệ. Nhập số do văn thư cấp, ví dụ 15 hoặc %s.",
			Quote(typed), example)
	}
	return n, nil
}
