package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"thidua/manual"
)

// The printed manual: a cover, the contents with the page on which each chapter and section
// starts (checked against the page's own text), the chapters with their pictures, page numbers.
func TestManual_ContentsPointAtThePages(t *testing.T) {
	certNeedPoppler(t)
	chs, err := manual.Chapters()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := Manual(&buf, chs, "9.9")
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(certPDFText(t, buf.Bytes()), "\f")
	if n < 20 || len(pages) < n {
		t.Fatalf("%d pages, pdftotext read %d", n, len(pages))
	}
	if !strings.Contains(pages[0], "HƯỚNG DẪN SỬ DỤNG") || !strings.Contains(pages[0], "Phiên bản 9.9") {
		t.Errorf("cover: %q", pages[0])
	}
	if !strings.Contains(pages[1], "MỤC LỤC") {
		t.Errorf("page 2 is not the contents: %q", pages[1][:min(200, len(pages[1]))])
	}
	// The layout's own record, the same as the second pass printed.
	m, err := layoutManual(chs, "9.9", nil)
	if err != nil {
		t.Fatal(err)
	}
	toc := layoutText(t, buf.Bytes(), 2, m.pages[manual.Place{Chapter: 0, Section: -1}]-1) // the contents' pages
	for ci, c := range chs {
		p := m.pages[manual.Place{Chapter: ci, Section: -1}]
		if p < 3 || !strings.Contains(pages[p-1], "Chương "+strconv.Itoa(ci+1)) {
			t.Errorf("chapter %d «%s» recorded on page %d, which does not show it", ci+1, c.Title, p)
		}
		line := tocLineOf(toc, strconv.Itoa(ci+1)+". "+firstWords(c.Title))
		if !strings.HasSuffix(line, " "+strconv.Itoa(p)) {
			t.Errorf("the contents say %q for chapter %d, which starts on page %d", line, ci+1, p)
		}
		for si, s := range c.Sections {
			if s.Level != 2 {
				continue
			}
			sp := m.pages[manual.Place{Chapter: ci, Section: si}]
			if sp < p || !strings.Contains(pages[sp-1], firstWords(s.Title)) {
				t.Errorf("section «%s» recorded on page %d, which does not show it", s.Title, sp)
			}
		}
	}
	for i := 1; i < n; i++ { // every page but the cover carries its number at the foot
		lines := strings.Fields(pages[i])
		if len(lines) == 0 || lines[len(lines)-1] != strconv.Itoa(i+1) {
			t.Errorf("page %d does not end with its number", i+1)
		}
	}
	text := strings.Join(pages, "\n")
	for _, want := range []string{"Bấm «Sao lưu ngay».", "Thẻ Xếp hạng", "Dòng 3, cột «Năm sinh»"} {
		if !strings.Contains(text, want) {
			t.Errorf("the manual lacks %q", want)
		}
	}
	if got, want := bytes.Count(buf.Bytes(), []byte("/Subtype /Image")), len(manual.Pictures(chs)); got != want {
		t.Errorf("%d pictures in the PDF, the chapters show %d", got, want)
	}
}

// layoutText is the text of pages from–to with pdftotext -layout: a line of the contents stays
// one line, its page number at the end.
func layoutText(t *testing.T, pdf []byte, from, to int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", "-f", strconv.Itoa(from), "-l", strconv.Itoa(to), path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// firstWords is the start of a title, short enough not to wrap in the contents.
func firstWords(s string) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(3, len(w))], " ")
}

// tocLineOf is the line of the contents that starts with prefix, its dots removed.
func tocLineOf(toc, prefix string) string {
	for _, l := range strings.Split(toc, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return strings.Join(strings.Fields(strings.ReplaceAll(l, ".", " ")), " ")
		}
	}
	return ""
}

func TestManualWords_Bold(t *testing.T) {
	var parts []string
	for _, w := range manualWords("Bấm **Lưu**, rồi mở thẻ **Đơn vị** `x`.") {
		parts = append(parts, w.style+":"+strings.ReplaceAll(w.text, "\x00", "|"))
	}
	// «Lưu» bold with its comma glued on in regular; «Đơn vị» two bold words; the backticks gone.
	if got, want := strings.Join(parts, " "), ":Bấm B:Lưu||, :rồi :mở :thẻ B:Đơn B:vị :x."; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
}

// BenchmarkManual: the whole printed manual, both passes and the pictures.
func BenchmarkManual(b *testing.B) {
	chs, err := manual.Chapters()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := Manual(&buf, chs, "1.0"); err != nil {
			b.Fatal(err)
		}
	}
}

func newTestManual(t *testing.T) *manualDoc {
	t.Helper()
	m, err := newManualDoc("1.0")
	if err != nil {
		t.Fatal(err)
	}
	m.newPage(marginTop)
	return m
}

// A paragraph never leaves one line alone at the foot of a page or at the head of the next.
func TestManual_NoLoneLine(t *testing.T) {
	long := strings.Repeat("Chương trình kiểm tra cả tệp trước khi ghi vào dữ liệu. ", 8) // several lines
	for _, room := range []float64{0.5, 1.2, 2.5, 3.5} {                                  // lines left on the page
		m := newTestManual(t)
		m.y = bottomLimit - room*manLineText
		perPage := map[int]int{}
		m.onLine = func(page int, _ float64) { perPage[page]++ }
		m.richText(long, 0, "")
		if len(perPage) < 2 {
			continue
		}
		for p, n := range perPage {
			if n == 1 {
				t.Errorf("room for %.1f lines: page %d holds one line of the paragraph (%v)", room, p, perPage)
			}
		}
	}
}

// A remark over a page break has its bar on both pages, each within the page.
func TestManual_NoteBarOverThePage(t *testing.T) {
	m := newTestManual(t)
	m.y = bottomLimit - 2.5*manLineText
	type bar struct {
		page        int
		top, bottom float64
	}
	var bars []bar
	m.onBar = func(p int, top, bottom float64) { bars = append(bars, bar{p, top, bottom}) }
	m.noteBar = true
	m.richText(strings.Repeat("Số liệu tính đến ngày in, nên in sau khi ban hành. ", 10), manIndent, "")
	m.noteBar = false
	if len(bars) != 2 || bars[0].page == bars[1].page {
		t.Fatalf("bars %+v, want one on each page", bars)
	}
	for _, b := range bars {
		if b.top >= b.bottom || b.bottom > bottomLimit || b.top < marginTop-1 {
			t.Errorf("bar %+v outside the text of its page", b)
		}
	}
}

// A word longer than the line is cut to fit; straight quotes print curly.
func TestManual_LongWordsAndQuotes(t *testing.T) {
	m := newTestManual(t)
	word := strings.Repeat("C:\\Users\\NguyenVanA\\Documents\\ThiDua\\", 6)
	lines := m.manualLines(manualWords("Tệp "+word+" đã lưu."), textW)
	if len(lines) < 3 {
		t.Fatalf("%d lines", len(lines))
	}
	var joined string
	for _, l := range lines {
		w := 0.0
		for i, x := range l {
			w += m.wordWidth(x)
			if i > 0 {
				w += 1
			}
			joined += x.text
		}
		if w > textW+0.01 {
			t.Errorf("a line %.1f mm wide, more than %.1f", w, textW)
		}
	}
	if !strings.Contains(joined, word) {
		t.Error("the cut word lost letters")
	}
	if got := curlyQuotes(`ghi "Chưa chấm" và ("KAD"), 12"`); got != `ghi “Chưa chấm” và (“KAD”), 12”` {
		t.Errorf("curlyQuotes: %q", got)
	}
	if got := curlyQuotes("ghi \"6 tháng\": `thidua print reminder -period \"6 tháng\"`"); got != "ghi “6 tháng”: `thidua print reminder -period \"6 tháng\"`" {
		t.Errorf("a command's quotes curled: %q", got)
	}
}

// The PDF's date is the build's, not 1970.
func TestManual_Date(t *testing.T) {
	if d := buildDate(); d.Year() < 2020 {
		t.Errorf("the manual's date %v", d)
	}
}
