package manual

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func mustChapters(t *testing.T) []Chapter {
	t.Helper()
	chs, err := Chapters()
	if err != nil {
		t.Fatal(err)
	}
	if len(chs) < 10 {
		t.Fatalf("%d chapters", len(chs))
	}
	return chs
}

// Every tab of the window has its chapter; a sub-tab with its own chapter wins over its tab's.
func TestForTab_EveryTab(t *testing.T) {
	chs := mustChapters(t)
	for path, want := range map[string]string{
		"Đơn vị":                      "Đơn vị và cán bộ",
		"Tiêu chí/Chấm điểm":          "Tiêu chí: bộ tiêu chí, chấm điểm, thẩm định, xếp loại",
		"Sáng kiến":                   "Sáng kiến: đăng ký, hội đồng chấm, công nhận",
		"Khen thưởng/Sổ vàng":         "Khen thưởng: đề nghị, quyết định, Giấy khen, sổ vàng",
		"Cài đặt/Chung":               "Cài đặt: cơ quan, mức lương cơ sở, người ký",
		"Cài đặt/Sao lưu và phục hồi": "Sao lưu và phục hồi",
		"Cài đặt/Nhật ký thay đổi":    "Nhật ký thay đổi",
	} {
		ci, ok := ForTab(chs, strings.Split(path, "/"))
		if !ok || chs[ci].Title != want {
			t.Errorf("F1 on %s opens %q (%v), want %q", path, chs[ci].Title, ok, want)
		}
	}
	if _, ok := ForTab(chs, []string{"Không có"}); ok {
		t.Error("a tab no chapter names was found")
	}
}

func TestSearch_AccentsIgnored(t *testing.T) {
	chs := mustChapters(t)
	titles := func(q string) []string {
		var out []string
		for _, p := range Search(chs, q) {
			out = append(out, chs[p.Chapter].Sections[p.Section].Title)
		}
		return out
	}
	if got := titles("sao luu ngay"); !slices.Contains(got, "Sao lưu ngay và chép ra nơi khác") {
		t.Errorf("«sao luu ngay» found %q", got)
	}
	if got := titles("MỨC LƯƠNG CƠ SỞ"); !slices.Contains(got, "Mức lương cơ sở") {
		t.Errorf("«MỨC LƯƠNG CƠ SỞ» found %q", got)
	}
	if got := titles("unikey"); len(got) == 0 {
		t.Error("«unikey» found nothing")
	}
	if got := titles("xyzzy khong co"); len(got) != 0 {
		t.Errorf("nonsense found %q", got)
	}
	if got := titles("  "); got != nil {
		t.Errorf("an empty search found %q", got)
	}
}

func TestParseChapter(t *testing.T) {
	c, err := ParseChapter("x.md", "# Tựa\n<!-- tab: A/B -->\nMở đầu\ncòn nữa.\n\n## Phần một\n\n1. Bấm «Lưu».\n2. Xong.\n\n![Hình](shots/a.png)\n- ý\n> lưu ý\n> tiếp\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Tựa" || len(c.Tabs) != 1 || c.Tabs[0] != "A/B" || len(c.Sections) != 2 {
		t.Fatalf("%+v", c)
	}
	var kinds []BlockKind
	for _, b := range c.Sections[1].Blocks {
		kinds = append(kinds, b.Kind)
	}
	if !slices.Equal(kinds, []BlockKind{Heading, Step, Step, Picture, Bullet, Note}) {
		t.Errorf("blocks %v", kinds)
	}
	if b := c.Sections[0].Blocks[1]; b.Kind != Paragraph || b.Text != "Mở đầu còn nữa." {
		t.Errorf("paragraph %+v", b)
	}
	if n := c.Sections[1].Blocks[5]; n.Text != "lưu ý tiếp" {
		t.Errorf("note %+v", n)
	}
	for _, bad := range []string{"chữ trước\n# T\n", "## Không tựa\n", "# A\n# B\n", "không có tựa\n"} {
		if _, err := ParseChapter("bad.md", bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	chs, err := Parse(fstest.MapFS{"README.md": {Data: []byte("# not a chapter")}, "2.md": {Data: []byte("# Hai")}, "1.md": {Data: []byte("# Một")}})
	if err != nil || len(chs) != 2 || chs[0].Title != "Một" {
		t.Errorf("Parse: %+v %v", chs, err)
	}
}

// Every picture a chapter shows is embedded.
func TestPictures_Embedded(t *testing.T) {
	chs := mustChapters(t)
	pics := Pictures(chs)
	if len(pics) < 10 {
		t.Fatalf("only %d pictures", len(pics))
	}
	for _, p := range pics {
		if b, err := Image(p); err != nil || len(b) < 1000 {
			t.Errorf("%s: %d bytes, %v", p, len(b), err)
		}
	}
}

// TestManual_QuotedNamesExist: every «…» of the manual is a button, field, tab or menu item the
// window shows — a piece of a string literal of ui/*.go — so that a renamed button fails here
// until the manual follows.
func TestManual_QuotedNamesExist(t *testing.T) {
	lits := uiStrings(t)
	chs := mustChapters(t)
	n := 0
	for _, c := range chs {
		for _, s := range c.Sections {
			for _, q := range quoted(s.Markdown) {
				n++
				if !slices.ContainsFunc(lits, func(l string) bool { return strings.Contains(l, q) }) {
					t.Errorf("%s, «%s»: the manual quotes «%s», which the program does not show (no string of ui/*.go holds it)", c.File, s.Title, q)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d quoted names: is the scan right?", n)
	}
}

func TestQuoted_Nested(t *testing.T) {
	got := quoted("Bấm «Tạo quyết định từ các đề nghị «Đạt»» rồi «Lưu».")
	if !slices.Equal(got, []string{"Tạo quyết định từ các đề nghị «Đạt»", "Lưu"}) {
		t.Errorf("%q", got)
	}
}

// quoted are the outermost «…» of a text, nested ones kept inside.
func quoted(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '«':
			if depth == 0 {
				start = i + len("«")
			}
			depth++
		case '»':
			if depth > 0 {
				depth--
				if depth == 0 {
					out = append(out, s[start:i])
				}
			}
		}
	}
	return out
}

// uiStrings are the string literals of the window's code (ui/*.go, tests left out).
func uiStrings(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "ui", "*.go"))
	if err != nil || len(files) < 20 {
		t.Fatalf("ui sources: %d, %v", len(files), err)
	}
	var out []string
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var sc scanner.Scanner
		sc.Init(fset.AddFile(f, -1, len(src)), src, nil, 0)
		for {
			_, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			if tok == token.STRING {
				if s, err := strconv.Unquote(lit); err == nil {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// BenchmarkSearch: one search over the whole manual, as each letter typed in the help window runs it.
func BenchmarkSearch(b *testing.B) {
	chs, err := Chapters()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if len(Search(chs, "sao luu phuc hoi")) == 0 {
			b.Fatal("nothing found")
		}
	}
}
