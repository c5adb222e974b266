package app

import "thidua/app/viet"

// Points is a score in hundredths of a point. PAR index rubrics give points
// with up to two decimals (0,25; 0,5), and summing floats would drift: 250
// is 2,5 points.
type Points int64

// String writes the score with a decimal comma and no trailing zeros, the
// Vietnamese number style of NĐ 30/2020 Phụ lục I: "2,5", "10", "0,25".
func (p Points) String() string {
	return viet.FormatFixed(int64(p), 2)
}

// ParsePoints reads "2,5", "2.5", "10" or "-0,5" (a deduction; some rubrics
// subtract points). At most two decimals.
func ParsePoints(s string) (Points, error) {
	if viet.Normalize(s) == "" {
		return 0, Errorf(EINVALID, "Chưa nhập số điểm.")
	}
	v, ok := viet.ParseFixed(viet.Normalize(s), 2)
	if !ok {
		return 0, Errorf(EINVALID, "%s không phải là số điểm hợp lệ (tối đa 2 chữ số thập phân, ví dụ 2,5).", viet.Quote(viet.Normalize(s)))
	}
	return Points(v), nil
}
