package viet

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"thidua/app/apperr"
)

// DecisionNumber writes a document's number and symbol as NĐ 30/2020 Phụ lục
// I (số, ký hiệu của văn bản) requires: the number, "/", the symbol, no
// spaces, numbers below 10 with a leading 0: "07/QĐ-UBND", "123/QĐ-UBND".
func DecisionNumber(number int, symbol string) string {
	return fmt.Sprintf("%02d/%s", number, Normalize(symbol))
}

// DecisionNumberLine is cell 3 of a NĐ 30/2020 document: "Số: 07/QĐ-UBND".
func DecisionNumberLine(number int, symbol string) string {
	return "Số: " + DecisionNumber(number, symbol)
}

// maxDecisionNumber bounds the number part; a register restarts every year
// and never comes near it.
const maxDecisionNumber = 9_999_999

// dashes are the characters word processors put where a hyphen was typed.
var Dashes = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2212", "-")

// ParseDecisionNumber reads a number and symbol such as "07/QĐ-UBND",
// "7/QĐ-UBND" or "Số: 07/QĐ-UBND". Spaces around "/" and "-" and typographic
// dashes are tolerated (they come from copied documents); the symbol keeps
// its letters' case, since some symbols are mixed case (TTr = Tờ trình,
// NĐ 30/2020 Phụ lục III).
func ParseDecisionNumber(s string) (int, string, error) {
	v := Dashes.Replace(Normalize(s))
	bad := func() (int, string, error) {
		return 0, "", apperr.Errorf(apperr.EINVALID, "Số quyết định %s không đúng dạng số/ký hiệu, ví dụ 07/QĐ-UBND.", Quote(v))
	}
	rest := stripSoPrefix(v)
	// Join the pieces around "/" and "-"; any other space is an error.
	rest = strings.Join(strings.Fields(strings.ReplaceAll(strings.ReplaceAll(rest, "/", " / "), "-", " - ")), " ")
	rest = strings.NewReplacer(" / ", "/", " - ", "-").Replace(rest)
	num, sym, ok := strings.Cut(rest, "/")
	if !ok || len(num) > 7 || !AllDigits(num) || !validSymbol(sym) {
		return bad()
	}
	n, _ := strconv.Atoi(num)
	if n <= 0 || n > maxDecisionNumber {
		return bad()
	}
	return n, sym, nil
}

// stripSoPrefix removes a leading "Số:" / "Số" / "So:" (any case).
func stripSoPrefix(v string) string {
	r := []rune(v)
	if len(r) >= 2 && unicode.ToLower(r[0]) == 's' && (unicode.ToLower(r[1]) == 'ố' || unicode.ToLower(r[1]) == 'o') {
		rest := strings.TrimSpace(string(r[2:]))
		if after, ok := strings.CutPrefix(rest, ":"); ok {
			return strings.TrimSpace(after)
		}
		// Without a colon, only when a number follows ("Số 07/…").
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return rest
		}
	}
	return v
}

// validSymbol accepts groups of letters and digits joined by single hyphens,
// starting with a letter: "QĐ-UBND", "TTr-NV", "KH-UBND".
func validSymbol(sym string) bool {
	if sym == "" {
		return false
	}
	for i, part := range strings.Split(sym, "-") {
		if part == "" {
			return false
		}
		for j, r := range part {
			if !unicode.IsLetter(r) && !(unicode.IsDigit(r) && r < 0x80) {
				return false
			}
			if i == 0 && j == 0 && !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// CertificateNumber is the số sổ vàng of a certificate: the year and the
// sequence within it, at least three digits: "2024-015", "2024-1234".
func CertificateNumber(year, seq int) string {
	return fmt.Sprintf("%d-%03d", year, seq)
}
