package viet

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFormatMoney_Cases(t *testing.T) {
	tests := []struct {
		d    int64
		want string
	}{
		{0, "0"},
		{5, "5"},
		{999, "999"},
		{1000, "1.000"},
		{10000, "10.000"},
		{710000, "710.000"},
		{1410000, "1.410.000"},
		{21150000, "21.150.000"},
		{1000000000, "1.000.000.000"},
		{-5000, "-5.000"},
		{-999, "-999"},
		{math.MaxInt64, "9.223.372.036.854.775.807"},
		{math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.d), func(t *testing.T) {
			if got := FormatMoney(tt.d); got != tt.want {
				t.Errorf("FormatMoney(%d) = %q, want %q", tt.d, got, tt.want)
			}
		})
	}
	t.Run("VND", func(t *testing.T) {
		if got := FormatMoneyVND(1410000); got != "1.410.000 đ" {
			t.Errorf("FormatMoneyVND = %q", got)
		}
	})
}

var moneyWordsCases = []struct {
	d    int64
	want string
}{
	{0, "Không đồng"},
	{1, "Một đồng"},
	{4, "Bốn đồng"},
	{5, "Năm đồng"},
	{10, "Mười đồng"},
	{11, "Mười một đồng"},
	{14, "Mười bốn đồng"},
	{15, "Mười lăm đồng"},
	{20, "Hai mươi đồng"},
	{21, "Hai mươi mốt đồng"},
	{24, "Hai mươi bốn đồng"},
	{25, "Hai mươi lăm đồng"},
	{101, "Một trăm linh một đồng"},
	{105, "Một trăm linh năm đồng"},
	{110, "Một trăm mười đồng"},
	{115, "Một trăm mười lăm đồng"},
	{1005, "Một nghìn không trăm linh năm đồng"},
	{1015, "Một nghìn không trăm mười lăm đồng"},
	{10000, "Mười nghìn đồng"},
	{702000, "Bảy trăm linh hai nghìn đồng"},
	{710000, "Bảy trăm mười nghìn đồng"},
	{1000000, "Một triệu đồng"},
	{1050000, "Một triệu không trăm năm mươi nghìn đồng"},
	{1410000, "Một triệu bốn trăm mười nghìn đồng"},
	{1872000, "Một triệu tám trăm bảy mươi hai nghìn đồng"},
	{2340000, "Hai triệu ba trăm bốn mươi nghìn đồng"},
	{3510000, "Ba triệu năm trăm mười nghìn đồng"},
	{21150000, "Hai mươi mốt triệu một trăm năm mươi nghìn đồng"},
	{105000000, "Một trăm linh năm triệu đồng"},
	{1000000000, "Một tỷ đồng"},
	{1000000001, "Một tỷ không trăm linh một đồng"},
	{1001000000, "Một tỷ không trăm linh một triệu đồng"},
	{1000010000, "Một tỷ không trăm mười nghìn đồng"},
	{1000000000000, "Một nghìn tỷ đồng"},
	{999999999999999, "Chín trăm chín mươi chín nghìn tỷ chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"},
	{2000000000000000, "Hai triệu tỷ đồng"},
	{math.MaxInt64, "Chín tỷ tỷ hai trăm hai mươi ba triệu tỷ ba trăm bảy mươi hai nghìn tỷ không trăm ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng"},
	{-1410000, "Âm một triệu bốn trăm mười nghìn đồng"},
	{-5, "Âm năm đồng"},
}

func TestMoneyInWords_Cases(t *testing.T) {
	for _, tt := range moneyWordsCases {
		t.Run(fmt.Sprint(tt.d), func(t *testing.T) {
			if got := MoneyInWords(tt.d); got != tt.want {
				t.Errorf("MoneyInWords(%d) =\n  %q\nwant\n  %q", tt.d, got, tt.want)
			}
		})
	}
}

func TestWordsToNumber_RejectsWrongForms(t *testing.T) {
	// The round-trip parser is strict, so a wrong spelling in MoneyInWords
	// cannot pass FuzzMoneyInWords by parsing leniently.
	for _, s := range []string{
		"Mười mốt đồng",
		"Hai mươi năm đồng",
		"Năm lăm đồng",
		"Hai mươi một đồng",
		"Một trăm một đồng",
		"Một trăm lăm đồng",
		"Không trăm năm đồng",
		"Một triệu năm mươi nghìn đồng",
		"Một nghìn triệu đồng",
		"Một triệu một triệu đồng",
		"Một tỷ không trăm không mươi đồng",
		"Một trăm linh đồng",
		"một đồng",
		"Một",
		"Không trăm đồng",
		"Mười mười đồng",
		"Một triệu không trăm đồng",
	} {
		t.Run(s, func(t *testing.T) {
			if n, neg, err := wordsToNumber(s); err == nil {
				t.Errorf("wordsToNumber(%q) = %d (neg %v), want an error", s, n, neg)
			}
		})
	}
}

func FuzzMoneyInWords(f *testing.F) {
	for _, tt := range moneyWordsCases {
		f.Add(tt.d)
	}
	f.Add(int64(math.MinInt64))
	f.Fuzz(func(t *testing.T, d int64) {
		s := MoneyInWords(d)
		first, _ := utf8.DecodeRuneInString(s)
		if !unicode.IsUpper(first) {
			t.Fatalf("MoneyInWords(%d) = %q: does not start with a capital", d, s)
		}
		if !strings.HasSuffix(s, " đồng") {
			t.Fatalf("MoneyInWords(%d) = %q: does not end with \" đồng\"", d, s)
		}
		if strings.Contains(s, "  ") || strings.TrimSpace(s) != s {
			t.Fatalf("MoneyInWords(%d) = %q: stray spaces", d, s)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Fatalf("MoneyInWords(%d) = %q: not NFC", d, s)
		}
		u, neg, err := wordsToNumber(s)
		if err != nil {
			t.Fatalf("MoneyInWords(%d) = %q: %v", d, s, err)
		}
		wantNeg, wantU := abs64(d)
		if u != wantU || neg != wantNeg {
			t.Fatalf("MoneyInWords(%d) = %q reads back as %v%d", d, s, map[bool]string{true: "-"}[neg], u)
		}
	})
}

// wordsToNumber reads the output of MoneyInWords back into a sign and a
// magnitude, strictly: it accepts only the spelling rules MoneyInWords
// promises, so the round trip checks them.
func wordsToNumber(s string) (uint64, bool, error) {
	if s == "Không đồng" {
		return 0, false, nil
	}
	first, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) {
		return 0, false, errors.New("no capital")
	}
	s = string(unicode.ToLower(first)) + s[n:]
	body, ok := strings.CutSuffix(s, " đồng")
	if !ok {
		return 0, false, errors.New("no đồng")
	}
	tok := strings.Split(body, " ")
	neg := false
	if tok[0] == "âm" {
		neg, tok = true, tok[1:]
	}
	p := &wordParser{tok: tok}
	var total uint64
	lastScale := uint64(math.MaxUint64)
	for groupNo := 0; p.i < len(p.tok); groupNo++ {
		g, err := p.group(groupNo > 0)
		if err != nil {
			return 0, false, err
		}
		scale, err := p.scale()
		if err != nil {
			return 0, false, err
		}
		if scale >= lastScale {
			return 0, false, fmt.Errorf("scale %d after %d", scale, lastScale)
		}
		lastScale = scale
		hi, lo := bits.Mul64(g, scale)
		if hi != 0 || lo > math.MaxUint64-total {
			return 0, false, errors.New("overflow")
		}
		total += lo
	}
	if total == 0 {
		return 0, false, errors.New("no number")
	}
	return total, neg, nil
}

type wordParser struct {
	tok []string
	i   int
}

func (p *wordParser) peek(k int) string {
	if p.i+k < len(p.tok) {
		return p.tok[p.i+k]
	}
	return ""
}

func digitOf(w string) int {
	for d, dw := range digitWords {
		if w == dw {
			return d
		}
	}
	return -1
}

// group reads one group 1–999. full: it follows a higher group and must
// state its hundreds ("không trăm").
func (p *wordParser) group(full bool) (uint64, error) {
	h, hasH, err := p.hundreds(full)
	if err != nil {
		return 0, err
	}
	t, tens, err := p.tens(hasH)
	if err != nil {
		return 0, err
	}
	u, err := p.units(tens, hasH)
	if err != nil {
		return 0, err
	}
	g := uint64(h*100 + t*10 + u)
	if g == 0 {
		return 0, fmt.Errorf("empty or zero group at %q", p.peek(0))
	}
	return g, nil
}

func (p *wordParser) hundreds(full bool) (int, bool, error) {
	d := digitOf(p.peek(0))
	if d < 0 || p.peek(1) != "trăm" {
		if full {
			return 0, false, fmt.Errorf("group without hundreds at %q", p.peek(0))
		}
		return 0, false, nil
	}
	if d == 0 && !full {
		return 0, false, errors.New("leading không trăm")
	}
	p.i += 2
	return d, true, nil
}

// tens returns the tens digit and the word that carried it: "", "linh",
// "mười" or "mươi".
func (p *wordParser) tens(hasH bool) (int, string, error) {
	switch w := p.peek(0); {
	case w == "linh":
		if !hasH {
			return 0, "", errors.New("linh without trăm")
		}
		p.i++
		return 0, "linh", nil
	case w == "mười":
		p.i++
		return 1, "mười", nil
	case digitOf(w) >= 2 && p.peek(1) == "mươi":
		p.i += 2
		return digitOf(w), "mươi", nil
	}
	return 0, "", nil
}

func (p *wordParser) units(tens string, hasH bool) (int, error) {
	w := p.peek(0)
	d := unitValue(w, tens)
	if d < 0 {
		return 0, fmt.Errorf("%q after %q", w, tens)
	}
	if d > 0 && (p.peek(1) == "trăm" || p.peek(1) == "mươi") {
		d = 0 // the digit starts the next group
	}
	if d > 0 && tens == "" && hasH {
		return 0, errors.New("unit after trăm without linh")
	}
	if d > 0 {
		p.i++
	}
	if tens == "linh" && d == 0 {
		return 0, errors.New("linh without a unit")
	}
	return d, nil
}

// unitValue returns the units digit w stands for after the tens word tens:
// 0 when w is no digit, -1 when w is a digit spelt wrongly there.
func unitValue(w, tens string) int {
	afterTen := tens == "mười" || tens == "mươi"
	switch d := digitOf(w); {
	case w == "mốt":
		return map[bool]int{true: 1, false: -1}[tens == "mươi"]
	case w == "lăm":
		return map[bool]int{true: 5, false: -1}[afterTen]
	case d < 1:
		return 0
	case d == 1 && tens == "mươi", d == 5 && afterTen:
		return -1
	default:
		return d
	}
}

// scale reads the scale words after a group: [nghìn|triệu] tỷ*.
func (p *wordParser) scale() (uint64, error) {
	s := uint64(1)
	switch p.peek(0) {
	case "nghìn":
		s, p.i = 1e3, p.i+1
	case "triệu":
		s, p.i = 1e6, p.i+1
	}
	for p.peek(0) == "tỷ" {
		if s > math.MaxUint64/1_000_000_000 {
			return 0, errors.New("scale overflow")
		}
		s, p.i = s*1e9, p.i+1
	}
	if p.i < len(p.tok) && digitOf(p.peek(0)) < 0 {
		return 0, fmt.Errorf("unexpected word %q", p.peek(0))
	}
	return s, nil
}
