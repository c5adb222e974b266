package app

import (
	"strings"
	"time"

	"thidua/app/viet"
)

// CheckBaseSalary checks a new or edited row of the base-salary table: a date, an amount, and the
// legal basis it comes from (a decree: «Nghị định số 73/2024/NĐ-CP»).
func CheckBaseSalary(r Dated[int64]) error {
	if r.From.IsZero() {
		return FieldError("Áp dụng từ", "Cần ngày áp dụng.")
	}
	if r.Value <= 0 {
		return FieldError("Mức lương cơ sở", "Mức lương cơ sở phải lớn hơn 0.")
	}
	return viet.RequireText("Căn cứ", r.Ref, 300)
}

// RowUsed says whether an issued decision was computed with the row in force from `from`: one
// signed on or after it and before the next row (next zero: none). Such a row is part of what was
// paid and can be neither edited nor deleted.
func RowUsed(from, next time.Time, issuedOn []time.Time) bool {
	for _, d := range issuedOn {
		if !d.Before(from) && (next.IsZero() || d.Before(next)) {
			return true
		}
	}
	return false
}

// NextFrom is the start of the row after the one starting on from, zero when it is the last.
func NextFrom[T any](rows []Dated[T], from time.Time) time.Time {
	var next time.Time
	for _, r := range rows {
		if r.From.After(from) && (next.IsZero() || r.From.Before(next)) {
			next = r.From
		}
	}
	return next
}

// ParseMoney reads an amount of đồng as the office writes it: «2.530.000», «2530000», «2.530.000 đ».
func ParseMoney(field, s string) (int64, error) {
	v := strings.NewReplacer(".", "", " ", "", "đ", "", "₫", "").Replace(viet.Normalize(s))
	var n int64
	for _, c := range v {
		if c < '0' || c > '9' || n > 1e12 {
			return 0, FieldError(field, "%s không phải là số tiền hợp lệ; viết ví dụ 2.530.000.", viet.Quote(s))
		}
		n = n*10 + int64(c-'0')
	}
	if v == "" {
		return 0, FieldError(field, "Cần số tiền, ví dụ 2.530.000.")
	}
	return n, nil
}
