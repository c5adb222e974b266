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
	toc := layoutText(t, buf.Bytes(), 2, 3)
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
