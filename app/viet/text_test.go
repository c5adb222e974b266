package viet

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfd returns the decomposed form, as text pasted from macOS arrives.
func nfd(s string) string { return norm.NFD.String(s) }

func TestNormalize_Cases(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Empty", "", ""},
		{"OnlySpaces", " \t\u00a0\n ", ""},
		{"Trim", "  Nguyễn Văn An  ", "Nguyễn Văn An"},
		{"InnerRuns", "Nguyễn \t Văn\u00a0\u00a0An", "Nguyễn Văn An"},
		{"LineBreaks", "Phòng\r\nNội vụ", "Phòng Nội vụ"},
		{"IdeographicAndEnSpace", "Trà\u3000My\u2002xã", "Trà My xã"},
		{"NFDToNFC", nfd("Đặng Thị Hồng Nhung"), "Đặng Thị Hồng Nhung"},
		{"ControlDropped", "Bắc\x00 Trà\x07 My\x1b", "Bắc Trà My"},
		{"ZeroWidthAndBOM", "\ufeffTrà\u200b My\u200d", "Trà My"},
		{"SoftHyphen", "cải\u00adcách", "cảicách"},
		{"EmojiDropped", "Khen 🎉 thưởng", "Khen thưởng"},
		{"SupplementaryCJKDropped", "a𠀀b", "ab"},
		{"InvalidUTF8Dropped", "a\xffb", "ab"},
		{"NoMarkOrphanedByDrop", "e\u200d\u0301", "é"},
		{"KeepsPunctuation", "Số: 07/QĐ-UBND", "Số: 07/QĐ-UBND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeMultiline_Cases(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Empty", "\n \n", ""},
		{"KeepsSingleBreaks", "Dòng một\nDòng hai", "Dòng một\nDòng hai"},
		{"FoldsSpacesInLines", "  Dòng   một \t\n\tDòng\u00a0hai ", "Dòng một\nDòng hai"},
		{"CRLF", "a\r\nb\rc", "a\nb\nc"},
		{"OneBlankLineMax", "a\n\n\n \n\t\nb", "a\n\nb"},
		{"TrimBlankEnds", "\n\n a \n\n", "a"},
		{"UnicodeSeparators", "a\u2028b\u2029\u2029c", "a\nb\n\nc"},
		{"NFC", nfd("Thành tích\nxuất sắc"), "Thành tích\nxuất sắc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeMultiline(tt.in); got != tt.want {
				t.Errorf("NormalizeMultiline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldKey_Cases(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Thị Hồng Nhung", "nguyen thi hong nhung"},
		{"Đặng", "dang"},
		{"ĐẶNG VĂN ĐỨC", "dang van duc"},
		{nfd("Trương Ưng Ơn"), "truong ung on"},
		{"Ðào", "dao"}, // U+00D0 from old TCVN3 conversions
		{"  Bắc   Trà My ", "bac tra my"},
		{"Phòng Tài chính - Kế hoạch", "phong tai chinh - ke hoach"},
		{"a \u0301 b", "a b"}, // a stray mark between spaces
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := FoldKey(tt.in); got != tt.want {
				t.Errorf("FoldKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMatchFold_Cases(t *testing.T) {
	key := FoldKey("Nguyễn Thị Hồng Nhung")
	tests := []struct {
		query string
		want  bool
	}{
		{"nhung", true},
		{"Hồng Nhung", true},
		{"hong nhung", true},
		{"HONG", true},
		{"nguyen nhung", false}, // not contiguous: FoldQuery finds it
		{"nhùng x", false},
		{"", true},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := MatchFold(key, tt.query); got != tt.want {
				t.Errorf("MatchFold(%q, %q) = %v, want %v", key, tt.query, got, tt.want)
			}
		})
	}
}

func TestFoldQuery_Match(t *testing.T) {
	key := FoldKey("Nguyễn Thị Hồng Nhung")
	tests := []struct {
		query string
		want  bool
	}{
		{"nguyen nhung", true},
		{"Nhung  Nguyễn", true},
		{"đặng nhung", false},
		{"thi", true},
		{"   ", true},
		{"nhungx", false},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := NewFoldQuery(tt.query).Match(key); got != tt.want {
				t.Errorf("NewFoldQuery(%q).Match(%q) = %v, want %v", tt.query, key, got, tt.want)
			}
		})
	}
	t.Run("NoAllocation", func(t *testing.T) {
		q := NewFoldQuery("nguyen nhung")
		if n := testing.AllocsPerRun(100, func() { q.Match(key) }); n != 0 {
			t.Errorf("Match allocates %v times", n)
		}
	})
}

func TestGivenName_Cases(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Thị Hồng Nhung", "Nhung"},
		{" Lê  Văn Đức ", "Đức"},
		{"An", "An"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := GivenName(tt.in); got != tt.want {
				t.Errorf("GivenName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNameCollator_Less(t *testing.T) {
	c := NewNameCollator()
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"GivenNameFirst", "Trần Văn Bình", "Nguyễn Thị An", false},
		{"GivenNameFirstReverse", "Nguyễn Thị An", "Trần Văn Bình", true},
		{"ABeforeABreve", "Lê Thị Anh", "Lê Thị Ăn", true},
		{"ABreveBeforeACircumflex", "Lê Thị Ăn", "Lê Thị Ân", true},
		{"DBeforeDStroke", "Phạm Văn Dũng", "Lê Văn Đức", true},
		{"DStrokeBeforeE", "Lê Văn Đức", "Hồ Thị Em", true},
		{"OBeforeOHorn", "Hà Văn Oanh", "Hà Văn Ơn", true},
		{"UBeforeUHorn", "Hà Văn Uyên", "Hà Văn Ưng", true},
		{"SameGivenThenWholeName", "Trần Thị Hoa", "Nguyễn Thị Hoa", false},
		{"SameGivenThenWholeNameReverse", "Nguyễn Thị Hoa", "Trần Thị Hoa", true},
		{"NFDEqualsNFC", nfd("Đặng Hoa"), "Đặng Hoa", nfd("Đặng Hoa") < "Đặng Hoa"},
		{"Equal", "Lê Hoa", "Lê Hoa", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Less(tt.a, tt.b); got != tt.want {
				t.Errorf("Less(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestNameCollator_CompareText(t *testing.T) {
	c := NewNameCollator()
	tests := []struct {
		a, b string
		want int
	}{
		{"Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", -1},
		{"Xã Trà Đốc", "Xã Trà Dương", 1},
		{"Ủy ban", "Ủy ban", 0},
		{"Văn phòng", "Ủy ban", 1},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			if got := c.CompareText(tt.a, tt.b); got != tt.want {
				t.Errorf("CompareText(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
	t.Run("Concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for range 200 {
					if c.CompareText("Đức", "Dũng") != 1 || !c.Less("Dũng", "Đức") {
						t.Error("wrong order under concurrency")
						return
					}
				}
			})
		}
		wg.Wait()
	})
}

func TestSortPeopleNames_Order(t *testing.T) {
	names := []string{
		"Trần Văn Bình",
		"Lê Văn Đức",
		"Võ Thị Ánh",
		"Hoàng Ân",
		"Phạm Văn Dũng",
		"Nguyễn Thị An",
		"Trần Thị Hoa",
		"Nguyễn Thị Hoa",
	}
	want := []string{
		"Nguyễn Thị An",
		"Võ Thị Ánh",
		"Hoàng Ân",
		"Trần Văn Bình",
		"Phạm Văn Dũng",
		"Lê Văn Đức",
		"Nguyễn Thị Hoa",
		"Trần Thị Hoa",
	}
	SortPeopleNames(names)
	if !slices.Equal(names, want) {
		t.Errorf("SortPeopleNames =\n%s\nwant\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}
	t.Run("AgreesWithLess", func(t *testing.T) {
		c := NewNameCollator()
		got := slices.Clone(want)
		slices.Reverse(got)
		slices.SortStableFunc(got, func(a, b string) int {
			switch {
			case c.Less(a, b):
				return -1
			case c.Less(b, a):
				return 1
			}
			return 0
		})
		if !slices.Equal(got, want) {
			t.Errorf("sort by Less = %q, want %q", got, want)
		}
	})
}

// checkNormalized asserts the properties every stored line must have.
func checkNormalized(t *testing.T, in, got string) {
	t.Helper()
	if !utf8.ValidString(got) {
		t.Fatalf("Normalize(%q) = %q: invalid UTF-8", in, got)
	}
	if !norm.NFC.IsNormalString(got) {
		t.Fatalf("Normalize(%q) = %q: not NFC", in, got)
	}
	if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
		t.Fatalf("Normalize(%q) = %q: spaces not folded/trimmed", in, got)
	}
	for _, r := range got {
		if r > 0xFFFF || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || (unicode.IsSpace(r) && r != ' ') {
			t.Fatalf("Normalize(%q) = %q: contains %U", in, got, r)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", " Nguyễn  Văn\tAn ", nfd("Đặng Thị Hồng"), "a\u200d\u0301", "🎉x", "\xff\xfe", "e\u0301\u0301\u0323", "\u2000\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Normalize(s)
		checkNormalized(t, s, got)
		if again := Normalize(got); again != got {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, got, again)
		}
		ml := NormalizeMultiline(s)
		for _, line := range strings.Split(ml, "\n") {
			if line != "" {
				checkNormalized(t, s, line)
			}
		}
		if strings.Contains(ml, "\n\n\n") || strings.HasPrefix(ml, "\n") || strings.HasSuffix(ml, "\n") {
			t.Fatalf("NormalizeMultiline(%q) = %q: blank lines not folded", s, ml)
		}
		if again := NormalizeMultiline(ml); again != ml {
			t.Fatalf("NormalizeMultiline not idempotent: %q → %q", ml, again)
		}
	})
}

func FuzzFoldKey(f *testing.F) {
	for _, s := range []string{"Nguyễn Thị Hồng Nhung", "Đặng", nfd("Ưng Ơn"), "ÐÀO", "한국어"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := FoldKey(s)
		if again := FoldKey(k); again != k {
			t.Fatalf("FoldKey not idempotent: %q → %q → %q", s, k, again)
		}
		checkNormalized(t, s, k)
		if d := FoldKey(nfd(s)); d != k {
			t.Fatalf("FoldKey differs for NFD input: %q vs %q", d, k)
		}
		for _, r := range k {
			if r == 'đ' || r == 'Đ' || (r < unicode.MaxASCII && unicode.IsUpper(r)) {
				t.Fatalf("FoldKey(%q) = %q keeps %q", s, k, r)
			}
		}
	})
}

func TestFoldQuery_Rank(t *testing.T) {
	q := NewFoldQuery("nguyen thi anh")
	cases := []struct {
		name string
		want int
	}{
		{"Nguyễn Thị Ánh Tuyết", 0},
		{"Trần Nguyễn Thị Ánh", 0},
		{"Nguyễn Anh Thị", 1},
		{"Nguyễn Thị Hạnh", 2},
	}
	for _, c := range cases {
		k := FoldKey(c.name)
		if !q.Match(k) {
			t.Fatalf("%s: no match", c.name)
		}
		if got := q.Rank(k); got != c.want {
			t.Errorf("Rank(%q) = %d, want %d", c.name, got, c.want)
		}
	}
}
