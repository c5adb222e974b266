package pdf

import (
	"bytes"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"thidua/app/docs"
)

// pdfPages is the text of every page as pdftotext -layout reads it, one string a page.
func pdfPages(t *testing.T, pdf []byte) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext missing: run make deps")
	}
	cmd := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// lastLine is a page's last line with text, its spaces trimmed.
// sweepPageFeet renders a document n times, with 0…n-1 lines added to its opening so that every
// heading comes to a page's foot once, and hands check the last line of every page but the last
// (its words joined by single spaces); it returns the different last lines seen.
func sweepPageFeet(t *testing.T, n int, intro []string, write func(io.Writer, []string) error,
	check func(extra, page, pages int, last string)) map[string]bool {
	t.Helper()
	ends := map[string]bool{}
	for extra := 0; extra < n; extra++ {
		lines := append([]string{}, intro...)
		for i := range extra {
			lines = append(lines, "Dòng thêm "+strconv.Itoa(i+1)+".")
		}
		var b bytes.Buffer
		if err := write(&b, lines); err != nil {
			t.Fatal(err)
		}
		pages := pdfPages(t, b.Bytes())
		for i, p := range pages[:len(pages)-1] {
			last := strings.Join(strings.Fields(lastLine(p)), " ")
			ends[last] = true
			check(extra, i+1, len(pages), last)
		}
	}
	return ends
}

func lastLine(page string) string {
	lines := strings.Split(page, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if s := strings.TrimSpace(lines[i]); s != "" {
			return s
		}
	}
	return ""
}

// TestSummary_HeadingsKeptWithWhatFollows: whatever text comes before, no page of the summary
// report ends with a section heading or a table's caption — each goes to the next page with the
// start of what follows (two lines of text, a table's header row and first row, a chart). The
// introduction is lengthened one line at a time so every heading passes every page foot.
func TestSummary_HeadingsKeptWithWhatFollows(t *testing.T) {
	base := docs.BuildSummary(summaryInput(t))
	headings := map[string]bool{}
	for _, b := range base.Blocks {
		if b.Heading != "" {
			headings[strings.Join(strings.Fields(b.Heading), " ")] = true
		}
	}
	if !headings["II. KẾT QUẢ"] {
		t.Fatalf("the sample has no «II. KẾT QUẢ»: %v", headings)
	}
	ends := sweepPageFeet(t, 48, base.Intro, func(w io.Writer, intro []string) error {
		doc := base
		doc.Intro = intro
		return Summary(w, doc)
	}, func(extra, page, pages int, last string) {
		if headings[last] {
			t.Errorf("%d lines added: page %d of %d ends with the heading %q", extra, page, pages, last)
		}
	})
	if len(ends) < 10 {
		t.Errorf("the page feet hardly moved (%d different last lines): the test does not sweep the headings", len(ends))
	}
}
