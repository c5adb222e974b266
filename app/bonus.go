package app

import (
	"math"
	"math/bits"
	"time"

	"thidua/app/viet"
)

// Bonus returns the bonus in đồng for a coefficient in thousandths of the
// base salary (0,3 → 300): coef × base, rounded UP to the next 10.000 đồng.
//
// NĐ 98/2023 Điều 54–58 fix each bonus as a multiple of the mức lương cơ sở
// and the amount is "làm tròn số lên hàng chục nghìn đồng"; the Ban Thi đua –
// Khen thưởng Trung ương confirmed that "lên" means ceiling
// (1.112.000 → 1.120.000), not nearest. So 0,3 × 2.340.000 = 702.000 → 710.000.
//
// Integer arithmetic only: ceil(ceil(x/1000)/10000) = ceil(x/10⁷), and the
// product is taken in 128 bits so that no input overflows. Non-positive
// inputs give 0; an amount beyond int64 saturates at the largest multiple of
// 10.000 that fits.
func Bonus(coefThousandths int64, base int64) int64 {
	if coefThousandths <= 0 || base <= 0 {
		return 0
	}
	const unit = 1000 * 10000 // thousandths × rounding step
	const maxSteps = math.MaxInt64 / 10000
	hi, lo := bits.Mul64(uint64(coefThousandths), uint64(base))
	if hi >= unit { // the quotient would not fit in 64 bits (Div64 panics)
		return maxSteps * 10000
	}
	q, r := bits.Div64(hi, lo, unit)
	if r != 0 {
		q++
	}
	if q > maxSteps {
		q = maxSteps
	}
	return int64(q) * 10000
}

// FormatCoefficient writes a coefficient in thousandths with a decimal comma
// and no trailing zeros, as the decrees print them: 300 → "0,3",
// 1500 → "1,5", 1000 → "1", 250 → "0,25".
func FormatCoefficient(th int64) string {
	return viet.FormatFixed(th, 3)
}

// ParseCoefficient reads a coefficient ("0,3", "0.3", "1") into thousandths.
// At most three decimals; negative coefficients are refused.
func ParseCoefficient(s string) (int64, error) {
	if viet.Normalize(s) == "" {
		return 0, Errorf(EINVALID, "Chưa nhập hệ số.")
	}
	v, ok := viet.ParseFixed(viet.Normalize(s), 3)
	if !ok || v < 0 {
		return 0, Errorf(EINVALID, "%s không phải là hệ số hợp lệ (tối đa 3 chữ số thập phân, ví dụ 0,3).", viet.Quote(viet.Normalize(s)))
	}
	return v, nil
}

// Dated is one row of a legal table that changes by decree: a value, the
// date it takes effect and the act that set it (e.g. mức lương cơ sở
// 2.340.000 from 01/07/2024, "NĐ 73/2024/NĐ-CP").
type Dated[T any] struct {
	From  time.Time
	Value T
	Ref   string
}

// InForce returns the row in force on asOf: the one with the latest From not
// after asOf; rows may come in any order. NĐ 98/2023 Điều 54 takes the base
// salary in force on the day the decision is signed, so the lookup is by the
// decision date. Dates compare as civil dates (each read in its own
// location), so 01/07/2024 00:00 in Vietnam is 01/07/2024 even though it is
// still 30/06 in UTC. Of two rows with the same From, the first wins.
func InForce[T any](rows []Dated[T], asOf time.Time) (Dated[T], bool) {
	day := CivilDay(asOf)
	var best Dated[T]
	found := false
	for _, r := range rows {
		f := CivilDay(r.From)
		if f > day {
			continue
		}
		if !found || f > CivilDay(best.From) {
			best, found = r, true
		}
	}
	return best, found
}

// CivilDay maps a time to a comparable number for its calendar date.
func CivilDay(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// Coefficient is a bonus coefficient in force from a date (NĐ 98/2023 Điều 54–58).
type Coefficient struct {
	FormCode    FormCode
	FormName    string
	Recipient   RecipientKind
	Thousandths int64
	From        time.Time
	Ref         string
}

// BonusFor computes the bonus of one award from the legal tables, as of the decision date:
// coefficient in force × base salary in force, rounded up to 10.000 đ. ok is false when either table
// has no row in force on that date — the caller says so to the user instead of paying 0.
func BonusFor(formCode FormCode, kind RecipientKind, asOf time.Time, coefs []Coefficient, salaries []Dated[int64]) (amount int64, ok bool) {
	var rows []Dated[int64]
	for _, c := range coefs {
		if c.FormCode == formCode && c.Recipient == kind {
			rows = append(rows, Dated[int64]{From: c.From, Value: c.Thousandths, Ref: c.Ref})
		}
	}
	coef, ok := InForce(rows, asOf)
	if !ok {
		return 0, false
	}
	base, ok := InForce(salaries, asOf)
	if !ok {
		return 0, false
	}
	return Bonus(coef.Value, base.Value), true
}
