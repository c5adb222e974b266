package pdf

import (
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
)

// TestReport_SectionHeadingsKeptWithTheirTable: whatever comes before, no page of the ranking
// report ends with a kind's heading — it goes to the next page with the table's header row and
// first unit (the first row measured, however many lines it takes).
func TestReport_SectionHeadingsKeptWithTheirTable(t *testing.T) {
	s := app.Settings{Agency: "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", AgencyShort: "UBND huyện Bắc Trà My", Place: "Bắc Trà My", Symbol: "QĐ-UBND"}
	base := docs.BuildReport(reportRanking(4), s, app.Signer{FullName: "Thái Hoàng Vũ", Mode: app.SignHead}, time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC))
	sec := base.Sections[0]
	headings := map[string]bool{}
	base.Sections = nil
	for i := range 4 {
		x := sec
		x.Heading = "2." + strconv.Itoa(i+1) + ". Khối thử " + strconv.Itoa(i+1)
		x.Rows = nil
		for _, r := range sec.Rows {
			if !strings.Contains(strings.Join(r, " "), "Chưa") { // a row whose words are all in the header
				x.Rows = append(x.Rows, r)
			}
		}
		first := append([]string{}, x.Rows[0]...)
		first[1] = "Trung tâm Văn hóa - Thông tin và Truyền thanh - Truyền hình huyện Bắc Trà My" // a first row of several lines
		x.Rows[0] = first
		headings[x.Heading] = true
		base.Sections = append(base.Sections, x)
	}
	headWords := map[string]bool{}
	for _, h := range docs.ReportHeader {
		for _, w := range strings.Fields(h) {
			headWords[w] = true
		}
	}
	onlyHeader := func(line string) bool {
		for _, w := range strings.Fields(line) {
			if !headWords[w] {
				return false
			}
		}
		return line != ""
	}
	ends := sweepPageFeet(t, 30, base.Intro, func(w io.Writer, intro []string) error {
		doc := base
		doc.Intro = intro
		return Report(w, doc)
	}, func(extra, page, pages int, last string) {
		if headings[last] {
			t.Errorf("%d lines added: page %d of %d ends with the heading %q", extra, page, pages, last)
		}
		if onlyHeader(last) {
			t.Errorf("%d lines added: page %d of %d ends with the table's header row %q", extra, page, pages, last)
		}
	})
	if len(ends) < 10 {
		t.Errorf("the page feet hardly moved (%d different last lines)", len(ends))
	}
}
