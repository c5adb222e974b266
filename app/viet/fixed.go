package viet

import (
	"strconv"
	"strings"
)

// formatFixed writes v / 10^scale with a decimal comma, trimming trailing
// zeros (Vietnamese decimal style, NĐ 30/2020 Phụ lục I).
func FormatFixed(v int64, scale int) string {
	neg, u := abs64(v)
	pow := uint64(1)
	for range scale {
		pow *= 10
	}
	s := strconv.FormatUint(u/pow, 10)
	if frac := u % pow; frac != 0 {
		f := strconv.FormatUint(frac, 10)
		f = strings.Repeat("0", scale-len(f)) + f
		s += "," + strings.TrimRight(f, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// parseFixed reads an optionally signed decimal with "," or "." as the
// decimal mark and at most scale decimals, into units of 10^-scale. No
// thousands separators: "1.000" would be ambiguous. The integer part is
// limited to 12 digits, so nothing overflows.
func ParseFixed(s string, scale int) (int64, bool) {
	neg := false
	if r, ok := strings.CutPrefix(s, "-"); ok {
		neg, s = true, r
	}
	ip, fp, hasFrac := strings.Cut(s, ",")
	if !hasFrac {
		ip, fp, hasFrac = strings.Cut(s, ".")
	}
	if !AllDigits(ip) || len(ip) > 12 {
		return 0, false
	}
	if hasFrac && (!AllDigits(fp) || len(fp) > scale) {
		return 0, false
	}
	n, _ := strconv.ParseInt(ip, 10, 64)
	for i := range scale {
		n *= 10
		if i < len(fp) {
			n += int64(fp[i] - '0')
		}
	}
	if neg {
		n = -n
	}
	return n, true
}

// FormatFixedPadded is FormatFixed with every decimal written, so a column of numbers lines up:
// "84,10", "84,98", "10,00".
func FormatFixedPadded(v int64, scale int) string {
	s := FormatFixed(v, scale)
	if scale <= 0 {
		return s
	}
	i := strings.IndexByte(s, ',')
	if i < 0 {
		s += ","
		i = len(s) - 1
	}
	return s + strings.Repeat("0", scale-(len(s)-i-1))
}
