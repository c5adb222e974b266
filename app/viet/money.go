package viet

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Money is int64 đồng everywhere in the application; there is no money type
// and never a float (0,3 × 2.340.000 is not exact in binary).

// FormatMoney writes d with dots between thousands, as Vietnamese documents
// do (NĐ 30/2020 Phụ lục I uses the Vietnamese number style: "." groups
// thousands, "," marks decimals): 1410000 → "1.410.000", -5000 → "-5.000".
func FormatMoney(d int64) string {
	neg, u := abs64(d)
	digits := strconv.FormatUint(u, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(digits[i])
	}
	return b.String()
}

// FormatMoneyVND is FormatMoney followed by " đ": "1.410.000 đ".
func FormatMoneyVND(d int64) string {
	return FormatMoney(d) + " đ"
}

// abs64 returns the sign and magnitude of d; the magnitude is unsigned so
// that math.MinInt64 has one.
func abs64(d int64) (neg bool, u uint64) {
	if d < 0 {
		return true, uint64(-(d + 1)) + 1
	}
	return false, uint64(d)
}

var digitWords = [10]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// scaleWords name the powers of 1000 within a billion; beyond it the names
// repeat with "tỷ" ("nghìn tỷ", "triệu tỷ", "tỷ tỷ").
var scaleWords = [3]string{"", "nghìn", "triệu"}

// MoneyInWords writes an amount in words as the "Bằng chữ" line of payment
// documents does, in sentence case and ending in "đồng":
//
//	1410000   → "Một triệu bốn trăm mười nghìn đồng"
//	1050000   → "Một triệu không trăm năm mươi nghìn đồng"
//	105000000 → "Một trăm linh năm triệu đồng"
//	1000000001 → "Một tỷ không trăm linh một đồng"
//
// Rules: the highest group is read without leading zeros; every later
// non-zero group is read in full ("không trăm …", "linh" for a zero tens
// digit); all-zero groups are skipped. "mười" for 10–19, "mươi" from 20;
// "mốt" for 1 after "mươi"; "lăm" for 5 after "mười"/"mươi"; "bốn"
// everywhere (the form the official documents use). Negative amounts begin
// with "Âm".
func MoneyInWords(d int64) string {
	neg, u := abs64(d)
	if u == 0 {
		return "Không đồng"
	}
	var groups []int // least significant first
	for ; u > 0; u /= 1000 {
		groups = append(groups, int(u%1000))
	}
	var words []string
	if neg {
		words = append(words, "âm")
	}
	first := true
	for i := len(groups) - 1; i >= 0; i-- {
		if groups[i] == 0 {
			continue
		}
		words = appendGroupWords(words, groups[i], !first)
		first = false
		if s := scaleWords[i%3]; s != "" {
			words = append(words, s)
		}
		for k := 0; k < i/3; k++ {
			words = append(words, "tỷ")
		}
	}
	words = append(words, "đồng")
	s := strings.Join(words, " ")
	return UpperFirst(s)
}

// appendGroupWords appends the words of one group 1–999. full asks for the
// hundreds even when zero ("không trăm"), as for a group after a higher one.
func appendGroupWords(w []string, g int, full bool) []string {
	h, t, u := g/100, g/10%10, g%10
	if full || h > 0 {
		w = append(w, digitWords[h], "trăm")
		full = true
	}
	switch {
	case t == 0 && u != 0 && full:
		w = append(w, "linh")
	case t == 1:
		w = append(w, "mười")
	case t >= 2:
		w = append(w, digitWords[t], "mươi")
	}
	switch {
	case u == 0:
	case u == 1 && t >= 2:
		w = append(w, "mốt")
	case u == 5 && t >= 1:
		w = append(w, "lăm")
	default:
		w = append(w, digitWords[u])
	}
	return w
}

// upperFirst upper-cases the first letter of s.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
