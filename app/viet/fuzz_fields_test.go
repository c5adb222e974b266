package viet

import (
	"strconv"
	"testing"

	"thidua/app/apperr"
)

// Decimals (scores, coefficients): what parses formats back to itself, at every scale.
func FuzzParseFixed(f *testing.F) {
	for _, s := range []string{"2,5", "-0,05", "10", "1.000", "", "-", ",5", "5,", "999999999999,999"} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, scale int) {
		if scale < 0 || scale > 4 {
			return
		}
		v, ok := ParseFixed(s, scale)
		if !ok {
			return
		}
		back, ok := ParseFixed(FormatFixed(v, scale), scale)
		if !ok || back != v {
			t.Fatalf("ParseFixed(%q, %d) = %d; %q reads back as %d, %v", s, scale, v, FormatFixed(v, scale), back, ok)
		}
	})
}

// Years: a parsed year is four digits and prints as what it is.
func FuzzParseYear(f *testing.F) {
	for _, s := range []string{"1985", "19a5", "", "0", "-1985", "1.985", "２０２４", "99999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := ParseYear("Năm sinh", s)
		if err != nil {
			if apperr.ErrorCode(err) != apperr.EINVALID {
				t.Fatalf("ParseYear(%q): %v", s, err)
			}
			return
		}
		if y < 1000 || y > 9999 || Normalize(s) != strconv.Itoa(y) {
			t.Fatalf("ParseYear(%q) = %d", s, y)
		}
	})
}

// Phones and e-mails: refusals are EINVALID; an accepted value holds no control character.
func FuzzCheckPhoneEmail(f *testing.F) {
	for _, s := range []string{"0235 3882 100", "+84 905 123 456", "a@b.vn", "x@", "", "=1+1", "@SUM(1)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, err := range []error{CheckPhone("Điện thoại", s), CheckEmail("Email", s)} {
			if err != nil && apperr.ErrorCode(err) != apperr.EINVALID {
				t.Fatalf("%q: %v", s, err)
			}
		}
	})
}
