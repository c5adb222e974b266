package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
)

var decisionDate = time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)

func testSettings() app.Settings {
	return app.Settings{
		Agency:      "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY",
		AgencyShort: "UBND huyện Bắc Trà My",
		Place:       "Bắc Trà My",
		Office:      "Phòng Nội vụ",
		Symbol:      "QĐ-UBND",
	}
}

func testDecision() app.Decision {
	return app.Decision{Number: 7, Symbol: "QĐ-UBND", Year: 2025, SignedOn: decisionDate, Status: app.DecisionIssued}
}

// smallPayout has one collective and two people.
func smallPayout() docs.Payout {
	return docs.BuildPayout(testDecision(), []app.Award{
		{Recipient: app.RecipientPerson, Name: "Nguyễn Thị Hồng Nhung", PositionUnit: "Chuyên viên, Phòng Nội vụ", Bonus: 710000},
		{Recipient: app.RecipientUnit, Name: "Phòng Tư pháp", Bonus: 1410000},
		{Recipient: app.RecipientPerson, Name: "Hồ Văn Bảy", PositionUnit: "Công chức Văn phòng - Thống kê, UBND xã Trà Bui", Bonus: 710000},
	}, testSettings())
}

var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Tôn Nữ", "Dương"}
	middles  = []string{"Thị Hồng", "Văn", "Ngọc", "Thị Thu", "Đình", "Thị Ngọc Hoàng", "Hữu", "Quốc"}
	givens   = []string{"Nhung", "Bảy", "Ánh", "Dũng", "Hưởng", "Tuyết", "Thắng", "Khuê", "Phương Uyển", "Nguyệt", "Ước", "Ỷ"}
	jobs     = []string{
		"Chuyên viên, Phòng Nội vụ",
		"Phó Trưởng phòng Tài nguyên và Môi trường, kiêm Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện",
		"Công chức Văn phòng - Thống kê, UBND xã Trà Giáp",
		"Viên chức, Trung tâm Văn hóa - Thông tin và Truyền thanh - Truyền hình huyện Bắc Trà My",
		"Kế toán, Ban Quản lý Dự án - Quỹ đất huyện",
	}
	collectives = []string{
		"Phòng Tư pháp",
		"Trung tâm Văn hóa - Thông tin và Truyền thanh - Truyền hình huyện Bắc Trà My",
		"Bộ phận Tiếp nhận và Trả kết quả thủ tục hành chính, UBND xã Trà Đốc",
		"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
	}
)

// longPayout has 20 collectives and n−20 people, with names and units long enough to wrap.
func longPayout(n int) docs.Payout {
	awards := make([]app.Award, 0, n)
	for i := range n {
		if i < 20 {
			awards = append(awards, app.Award{Recipient: app.RecipientUnit,
				Name: collectives[i%len(collectives)], Bonus: 1410000})
			continue
		}
		name := families[i%len(families)] + " " + middles[i/3%len(middles)] + " " + givens[i/7%len(givens)]
		awards = append(awards, app.Award{Recipient: app.RecipientPerson, Name: name,
			PositionUnit: jobs[i%len(jobs)], Bonus: 710000})
	}
	return docs.BuildPayout(testDecision(), awards, testSettings())
}

func mustRender(tb testing.TB, p docs.Payout) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := Payout(&b, p); err != nil {
		tb.Fatalf("Payout: %v", err)
	}
	if dir := os.Getenv("THIDUA_PDF_OUT"); dir != "" { // keep the files to look at them
		name := strings.NewReplacer("/", "_", " ", "_").Replace(tb.Name()) + ".pdf"
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return b.Bytes()
}

var (
	pageRE     = regexp.MustCompile(`/Type /Page\b[^s]`)
	mediaBoxRE = regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`)
)

// pageCount counts the page objects of a PDF written by fpdf.
func pageCount(pdf []byte) int { return len(pageRE.FindAll(pdf, -1)) }

// checkA4 asserts that every MediaBox is A4 portrait (595.28 × 841.89 pt).
func checkA4(t *testing.T, pdf []byte) {
	t.Helper()
	boxes := mediaBoxRE.FindAllSubmatch(pdf, -1)
	if len(boxes) == 0 {
		t.Fatal("no /MediaBox")
	}
	for _, m := range boxes {
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		h, _ := strconv.ParseFloat(string(m[2]), 64)
		if w < 595 || w > 596 || h < 841.5 || h > 842.5 {
			t.Errorf("MediaBox %s × %s pt, want A4 portrait 595.28 × 841.89", m[1], m[2])
		}
	}
}

// pdfText extracts the text of pages first..last (0 = to the end) with pdftotext, spaces and
// line breaks folded into single spaces; it fails the test when pdftotext is not installed.
func pdfText(t *testing.T, pdf []byte, first, last int) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext missing: run make deps")
	}
	args := []string{"-enc", "UTF-8", "-f", strconv.Itoa(first)}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	cmd := exec.Command("pdftotext", append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestPayout_small(t *testing.T) {
	p := smallPayout()
	pdf := mustRender(t, p)
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", pdf[:min(len(pdf), 16)])
	}
	if n := pageCount(pdf); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	checkA4(t, pdf)
	text := pdfText(t, pdf, 1, 0)
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", "PHÒNG NỘI VỤ",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"DANH SÁCH CHI TIỀN THƯỞNG", "Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025",
		"của Chủ tịch UBND huyện Bắc Trà My",
		"STT", "Ký nhận", "Tập thể", "Cá nhân",
		"Nguyễn Thị Hồng Nhung", "Phòng Tư pháp", "Hồ Văn Bảy", "1.410.000", "710.000",
		"Tổng cộng", "2.830.000", "Bằng chữ: Hai triệu tám trăm ba mươi nghìn đồng",
		"Bắc Trà My, ngày ...... tháng ...... năm 2025",
		"NGƯỜI LẬP BIỂU", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q\n%s", want, text)
		}
	}
	if text[0] == '1' {
		t.Errorf("page 1 carries a page number: %.40q", text)
	}
	checkInside(t, pdf)
}

func TestPayout_long(t *testing.T) {
	p := longPayout(300)
	if len(p.Rows) != 300 {
		t.Fatalf("%d rows", len(p.Rows))
	}
	pdf := mustRender(t, p)
	pages := pageCount(pdf)
	if pages < 2 {
		t.Fatalf("%d pages for 300 rows, want several", pages)
	}
	checkA4(t, pdf)

	all := pdfText(t, pdf, 1, 0)
	for _, want := range []string{
		"DANH SÁCH CHI TIỀN THƯỞNG", "Kèm theo Quyết định số 07/QĐ-UBND",
		p.Rows[20].Name, p.Rows[299].Name, "1.410.000", "Bằng chữ:", p.TotalWords,
		viet.FormatMoney(p.Total),
	} {
		if !strings.Contains(all, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if p.Total != 20*1410000+280*710000 {
		t.Errorf("Total = %d", p.Total)
	}

	// Every page after the first: its number at the top and the header row repeated.
	for page := 1; page <= pages; page++ {
		text := pdfText(t, pdf, page, page)
		if page > 1 && !strings.HasPrefix(text, strconv.Itoa(page)+" ") {
			t.Errorf("page %d does not begin with its number: %.60q", page, text)
		}
		if !strings.Contains(text, "Họ và tên / Tên tập thể") || !strings.Contains(text, "Ký nhận") {
			t.Errorf("page %d lacks the header row", page)
		}
	}
	checkInside(t, pdf)
}

// TestPayout_pageFlow follows every table row: each recipient drawn once, whole, between the
// margins, every page opening with the header row, no page left with a lone group heading.
func TestPayout_pageFlow(t *testing.T) {
	p := longPayout(300)
	type placed struct {
		page     int
		top, bot float64
		first    string
	}
	var rows []placed
	onRow := func(page int, top float64, r row) {
		rows = append(rows, placed{page, top, top + r.h, r.cells[0].text})
	}
	var b bytes.Buffer
	if err := payout(&b, p, onRow); err != nil {
		t.Fatal(err)
	}
	recipients, page := 0, 0
	for i, r := range rows {
		if r.top < marginTop-0.01 || r.bot > bottomLimit+0.01 {
			t.Errorf("row %d (%q) spans %.1f–%.1f mm on page %d, outside the margins", i, r.first, r.top, r.bot, r.page)
		}
		if r.page != page { // a new page opens with the header row
			if r.first != "STT" {
				t.Errorf("page %d opens with %q, not the header row", r.page, r.first)
			}
			page = r.page
		}
		if r.first == "I" || r.first == "II" {
			if i+1 >= len(rows) || rows[i+1].page != r.page {
				t.Errorf("group heading %q is alone at the foot of page %d", r.first, r.page)
			}
		}
		if _, err := strconv.Atoi(r.first); err == nil {
			recipients++
		}
	}
	if recipients != len(p.Rows) {
		t.Errorf("%d recipient rows drawn, want %d", recipients, len(p.Rows))
	}
	if page < 2 {
		t.Errorf("%d pages", page)
	}
}

var (
	pageBoxRE = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	wordBoxRE = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// checkInside asserts that every word printed lies inside the text area (the page number, in
// the top margin, excepted): no cell spills over the bottom or the right margin.
func checkInside(t *testing.T, pdf []byte) {
	t.Helper()
	cmd := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	const pt = 72 / 25.4 // points per mm
	if len(pageBoxRE.FindAll(out, -1)) == 0 {
		t.Fatal("pdftotext -bbox: no pages")
	}
	words := wordBoxRE.FindAllSubmatch(out, -1)
	if len(words) == 0 {
		t.Fatal("pdftotext -bbox: no words")
	}
	for _, m := range words {
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(string(m[i+1]), 64)
		}
		if v[1] < marginTop*pt-1 { // the page number
			continue
		}
		if v[0] < marginLeft*pt-1 || v[2] > (marginLeft+textW)*pt+1 || v[3] > bottomLimit*pt+1 {
			t.Errorf("word %q at (%.0f,%.0f)–(%.0f,%.0f) pt is outside the text area", m[5], v[0], v[1], v[2], v[3])
		}
	}
}

func TestPayout_reproducible(t *testing.T) {
	a := mustRender(t, longPayout(60))
	b := mustRender(t, longPayout(60))
	if !bytes.Equal(a, b) {
		t.Error("two renders of the same payout differ")
	}
	if !bytes.Contains(a, []byte("D:20250110000000")) {
		t.Error("creation date is not the decision's date")
	}
}

// Documents built at once share the embedded font bytes (see newDocument); with -race this
// also checks that fpdf does not write into them.
func TestPayout_concurrent(t *testing.T) {
	want := mustRender(t, smallPayout())
	var wg sync.WaitGroup
	outs := make([][]byte, 4)
	errs := make([]error, len(outs))
	for i := range outs {
		wg.Go(func() {
			var b bytes.Buffer
			errs[i] = Payout(&b, smallPayout())
			outs[i] = b.Bytes()
		})
	}
	wg.Wait()
	for i := range outs {
		if errs[i] != nil || !bytes.Equal(outs[i], want) {
			t.Errorf("render %d: err %v, equal %v", i, errs[i], bytes.Equal(outs[i], want))
		}
	}
}

// Text that reaches the layout unnormalised (decomposed marks, emoji, control characters) and
// text far too long for a cell must neither fail the document nor spill out of it.
func TestPayout_hostileText(t *testing.T) {
	p := smallPayout()
	p.Rows[1].Name = "Nguye\u0302\u0303n Va\u0306n An 😀\u200b"
	p.Rows[2].PositionUnit = strings.Repeat("Phó Trưởng phòng Tài nguyên và Môi trường ", 300)
	p.Agency = strings.Repeat("ỦY BAN NHÂN DÂN ", 40)
	p.TotalWords += " 🙂"
	pdf := mustRender(t, p)
	if n := pageCount(pdf); n > 3 {
		t.Errorf("%d pages: the long cell was not capped", n)
	}
	text := pdfText(t, pdf, 1, 0)
	if !strings.Contains(text, "Nguyễn Văn An") {
		t.Errorf("decomposed name not composed: %s", text)
	}
	checkInside(t, pdf)
}

func TestPayout_empty(t *testing.T) {
	p := docs.BuildPayout(app.Decision{Symbol: "QĐ-UBND"}, nil, app.Settings{})
	pdf := mustRender(t, p)
	if pageCount(pdf) != 1 {
		t.Errorf("%d pages", pageCount(pdf))
	}
	text := pdfText(t, pdf, 1, 0)
	for _, want := range []string{"(chưa có số)", "Tổng cộng", "Bằng chữ: Không đồng", "ngày ...... tháng ...... năm ......"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q\n%s", want, text)
		}
	}
}

func TestGeometry(t *testing.T) {
	sum := 0.0
	for _, w := range payoutCols {
		sum += w
	}
	if sum != textW {
		t.Errorf("payout columns add up to %v mm, text width is %v", sum, textW)
	}
	sum = 0
	for _, w := range signCols {
		sum += w
	}
	if sum != textW || len(signCols) != len(signers) {
		t.Errorf("signature columns add up to %v mm for %d signers", sum, len(signers))
	}
	if len(payoutCols) != len(docs.PayoutHeader) {
		t.Errorf("%d columns, %d headings", len(payoutCols), len(docs.PayoutHeader))
	}
	if textW != 165 {
		t.Errorf("text width %v mm, NĐ 30/2020 margins give 165", textW)
	}
}

func BenchmarkPayout300(b *testing.B) {
	p := longPayout(300)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Payout(&buf, p); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "pdf-bytes")
}
