package viet

import (
	"net/mail"
	"strconv"
	"strings"
	"unicode/utf8"

	"thidua/app/apperr"
)

// Validation helpers. Each returns nil or an *Error (EINVALID) whose message
// names the field in the form «…», so the user knows what to correct:
//
//	Trường «Họ và tên» không được để trống.
//	Trường «Năm sinh»: '19a5' không phải là năm hợp lệ.
//
// Values are checked as Normalize would store them.

// RequireText checks that value is not blank and, when max > 0, has at most
// max characters (counted after normalisation, so decomposed input is not
// penalised).
func RequireText(field, value string, max int) error {
	v := Normalize(value)
	if v == "" {
		return apperr.FieldError(field, "%s không được để trống.", apperr.FieldPrefix(field))
	}
	if max > 0 && utf8.RuneCountInString(v) > max {
		return apperr.FieldError(field, "%s dài quá %d ký tự.", apperr.FieldPrefix(field), max)
	}
	return nil
}

// CheckYear checks that min ≤ y ≤ max.
func CheckYear(field string, y, min, max int) error {
	if y < min || y > max {
		return apperr.FieldError(field, "%s: năm %d phải nằm trong khoảng %d–%d.", apperr.FieldPrefix(field), y, min, max)
	}
	return nil
}

// ParseYear reads a four-digit year. A blank value is an error: a field that
// may be empty should not be parsed.
func ParseYear(field, s string) (int, error) {
	v := Normalize(s)
	if v == "" {
		return 0, apperr.FieldError(field, "%s không được để trống.", apperr.FieldPrefix(field))
	}
	if len(v) != 4 || !AllDigits(v) || v[0] == '0' {
		return 0, apperr.FieldError(field, "%s: %s không phải là năm hợp lệ.", apperr.FieldPrefix(field), Quote(v))
	}
	y, _ := strconv.Atoi(v)
	return y, nil
}

// CheckEmail accepts an empty value or one plain address (no display name,
// the domain with a dot).
func CheckEmail(field, v string) error {
	v = Normalize(v)
	if v == "" {
		return nil
	}
	a, err := mail.ParseAddress(v)
	ok := err == nil && a.Name == "" && a.Address == v && !strings.ContainsAny(v, " <>")
	if ok {
		at := strings.LastIndexByte(v, '@')
		dom := v[at+1:]
		ok = strings.Contains(dom, ".") && !strings.HasPrefix(dom, ".") && !strings.HasSuffix(dom, ".")
	}
	if !ok {
		return apperr.FieldError(field, "%s: %s không phải là địa chỉ email hợp lệ.", apperr.FieldPrefix(field), Quote(v))
	}
	return nil
}

// CheckPhone accepts an empty value or a phone number written with digits,
// spaces, dots and hyphens, optionally starting with "+", holding 8 to 15
// digits (8 for old landlines, 15 is the E.164 maximum).
func CheckPhone(field, v string) error {
	v = Normalize(v)
	if v == "" {
		return nil
	}
	digits := 0
	ok := true
	for i, r := range v {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ' || r == '.' || r == '-':
		case r == '+' && i == 0:
		default:
			ok = false
		}
	}
	if !ok || digits < 8 || digits > 15 {
		return apperr.FieldError(field, "%s: %s không phải là số điện thoại hợp lệ (8–15 chữ số).", apperr.FieldPrefix(field), Quote(v))
	}
	return nil
}

// quoteInput quotes a user's value for a message, shortened so that a pasted
// paragraph does not flood the dialog.
func Quote(v string) string {
	const max = 40
	if utf8.RuneCountInString(v) > max {
		r := []rune(v)
		v = string(r[:max]) + "…"
	}
	return "'" + v + "'"
}

func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
