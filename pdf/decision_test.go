package pdf

import (
	"bytes"
	"flag"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
)

// -update rewrites the golden files in testdata. Registered in init, after every package-level
// variable, so that another test file of the package may declare the same flag first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// decisionBasis is the căn cứ of the 2024 legal period, as the seed has it (no end punctuation:
// BuildDecisionDoc adds it).
var decisionBasis = []string{
	"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
	"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
	"Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
	"Căn cứ Thông tư số 01/2024/TT-BNV ngày 24 tháng 02 năm 2024 của Bộ trưởng Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, khen thưởng",
	"Căn cứ Kế hoạch số 18/KH-UBND ngày 16/01/2024 của UBND huyện về thực hiện công tác cải cách hành chính năm 2024",
}

func sampleDecisionRecord(signed time.Time) app.Decision {
	return app.Decision{
		Number: 7, Symbol: "QĐ-UBND", Year: signed.Year(), SignedOn: signed,
		SignerName: "Thái Hoàng Vũ", SignerTitle: "Chủ tịch", SignMode: app.SignHead,
		Subject:     app.DecisionSubject(2024),
		ProposalRef: "Tờ trình số 05/TTr-NV ngày 06/01/2025 của Phòng Nội vụ",
		Basis:       decisionBasis, CC: app.DefaultCC, Status: app.DecisionIssued,
	}
}

var testCampaign = app.Campaign{Year: 2024, Name: "Phong trào thi đua cải cách hành chính năm 2024"}

// decisionAwards has units collectives at unitBonus and people individuals at personBonus, with
// names and units from the payout fixtures (long ones among them).
func decisionAwards(units, people int, unitBonus, personBonus int64) []app.Award {
	var a []app.Award
	for i := range units {
		a = append(a, app.Award{Recipient: app.RecipientUnit, Name: collectives[i%len(collectives)], FormCode: "giay_khen", Bonus: unitBonus})
	}
	for i := range people {
		name := families[i%len(families)] + " " + middles[i/3%len(middles)] + " " + givens[i/7%len(givens)]
		a = append(a, app.Award{Recipient: app.RecipientPerson, Name: name, PositionUnit: jobs[i%len(jobs)], FormCode: "giay_khen", Bonus: personBonus})
	}
	return a
}

// sampleDecisionDoc is Quyết định 07/QĐ-UBND of the sample: 5 collectives at 1.410.000 đ and
// 13 people at 710.000 đ, 16.280.000 đ in all.
func sampleDecisionDoc() docs.DecisionDoc {
	return docs.BuildDecisionDoc(sampleDecisionRecord(decisionDate), decisionAwards(5, 13, 1410000, 710000), testSettings(), testCampaign)
}

// longDecisionDoc has a very long subject, long names and units, a deputy signer and a long
// nơi nhận.
func longDecisionDoc() docs.DecisionDoc {
	d := sampleDecisionRecord(decisionDate)
	d.Subject = "Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho các tập thể, cá nhân đã có thành tích xuất sắc tiêu biểu trong phong trào thi đua cải cách hành chính, chuyển đổi số và xây dựng chính quyền điện tử, chính quyền số gắn với thực hiện Đề án 06 của Chính phủ trên địa bàn huyện Bắc Trà My năm 2024"
	d.SignMode, d.SignerTitle, d.SignerName = app.SignDeputy, "Phó Chủ tịch", "Tôn Nữ Thị Ngọc Hoàng Phương Uyển"
	d.CC = append(append([]string(nil), app.DefaultCC[:3]...),
		"Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Quảng Nam (để báo cáo)", "Các cơ quan, đơn vị có tên tại Điều 1", "Lưu: VT, NV")
	awards := decisionAwards(8, 30, 1410000, 710000)
	awards[0].Name = "Trung tâm Văn hóa - Thông tin và Truyền thanh - Truyền hình huyện Bắc Trà My (nay là Trung tâm Văn hóa, Thể thao và Truyền thông huyện)"
	awards[9].Name = "Tôn Nữ Thị Ngọc Hoàng Phương Uyển Nguyệt"
	return docs.BuildDecisionDoc(d, awards, testSettings(), testCampaign)
}

// bigDecisionDoc lists n recipients: 20 collectives and n−20 people.
func bigDecisionDoc(n int) docs.DecisionDoc {
	return docs.BuildDecisionDoc(sampleDecisionRecord(decisionDate), decisionAwards(20, n-20, 1410000, 710000), testSettings(), testCampaign)
}

// salaryDecisionDoc is a decision signed on day with the Giấy khen bonus of the base salary in
// force then (NĐ 73/2024: 1.800.000 đ until 30/06/2024, 2.340.000 đ from 01/07/2024).
func salaryDecisionDoc(day time.Time, unit, person int64) docs.DecisionDoc {
	d := sampleDecisionRecord(day)
	d.Number = 45
	d.ProposalRef = ""
	d.Basis = decisionBasis[1:4] // three căn cứ: the decision fits on page 1
	return docs.BuildDecisionDoc(d, decisionAwards(2, 4, unit, person), testSettings(), testCampaign)
}

func draftDecisionDoc() docs.DecisionDoc {
	d := sampleDecisionRecord(decisionDate)
	d.Number = 0
	d.Status = app.DecisionDraft
	return docs.BuildDecisionDoc(d, decisionAwards(5, 13, 1410000, 710000), testSettings(), testCampaign)
}

func mustDecision(tb testing.TB, dd docs.DecisionDoc) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := Decision(&b, dd); err != nil {
		tb.Fatalf("Decision: %v", err)
	}
	if dir := os.Getenv("THIDUA_PDF_OUT"); dir != "" { // keep the files to look at them
		name := strings.NewReplacer("/", "_", " ", "_").Replace(tb.Name()) + ".pdf"
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return b.Bytes()
}

// checkPageNumbers asserts that page 1 has no number and every later page begins with its own.
func checkPageNumbers(t *testing.T, pdf []byte, pages int) {
	t.Helper()
	for page := 1; page <= pages; page++ {
		text := pdfText(t, pdf, page, page)
		num := strconv.Itoa(page) + " "
		switch {
		case page == 1 && (strings.HasPrefix(text, "1 ") || strings.HasPrefix(text, "DỰ THẢO 1 ")):
			t.Errorf("page 1 carries a page number: %.40q", text)
		case page > 1 && !strings.HasPrefix(text, num) && !strings.HasPrefix(text, "DỰ THẢO "+num):
			t.Errorf("page %d does not begin with its number: %.60q", page, text)
		}
	}
}

func TestDecision_sample(t *testing.T) {
	dd := sampleDecisionDoc()
	pdf := mustDecision(t, dd)
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", pdf[:min(len(pdf), 16)])
	}
	// Five căn cứ at 14 pt push the signature to page 2 (with the last lines of Điều 3); the
	// list of 18 (long units wrap to three lines) takes pages 3 and 4.
	pages := pageCount(pdf)
	if pages != 4 {
		t.Errorf("%d pages, want 4", pages)
	}
	checkA4(t, pdf)
	first := pdfText(t, pdf, 1, 1)
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN", "HUYỆN BẮC TRÀ MY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"Số: 07/QĐ-UBND", "Bắc Trà My, ngày 10 tháng 01 năm 2025", "QUYẾT ĐỊNH",
		"CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
		"Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 05/TTr-NV", "QUYẾT ĐỊNH:",
		"Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Bắc Trà My cho 5 tập thể và 13 cá nhân",
		"Điều 2. Mỗi tập thể được thưởng 1.410.000 đồng; mỗi cá nhân được thưởng 710.000 đồng.",
		"16.280.000 đồng (Bằng chữ: Mười sáu triệu hai trăm tám mươi nghìn đồng)", "Điều 3.",
	} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q\n%s", want, first)
		}
	}
	second := pdfText(t, pdf, 2, 2)
	for _, want := range []string{"Quyết định này./.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, NV.", "CHỦ TỊCH", "Thái Hoàng Vũ"} {
		if !strings.Contains(second, want) {
			t.Errorf("page 2 lacks %q\n%s", want, second)
		}
	}
	if strings.Contains(first+second, "DỰ THẢO") {
		t.Error("an issued decision is marked DỰ THẢO")
	}
	list := pdfText(t, pdf, 3, 0)
	for _, want := range []string{
		"DANH SÁCH", "Tập thể, cá nhân được tặng Giấy khen của Chủ tịch UBND huyện Bắc Trà My",
		"(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)",
		"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)", "Tập thể", "Cá nhân",
		"Phòng Tư pháp", "Nguyễn Thị Hồng Nhung", "Tổng cộng", "16.280.000",
		"Bằng chữ: Mười sáu triệu hai trăm tám mươi nghìn đồng",
	} {
		if !strings.Contains(list, want) {
			t.Errorf("the list lacks %q\n%s", want, list)
		}
	}
	checkPageNumbers(t, pdf, pages)
	checkInside(t, pdf)
	checkNumberDateBaseline(t, pdf)
	checkJustified(t, pdf)
}

// TestDecision_golden compares whole files byte for byte; go test ./pdf -run golden -update
// rewrites them after an intended change of layout (look at them first).
func TestDecision_golden(t *testing.T) {
	for _, c := range []struct {
		name string
		dd   docs.DecisionDoc
	}{
		{"decision_sample", sampleDecisionDoc()},
		{"decision_draft", draftDecisionDoc()},
		{"decision_long", longDecisionDoc()},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := mustDecision(t, c.dd)
			path := filepath.Join("testdata", c.name+".pdf")
			if updating() {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (%d vs %d bytes); if the change is intended, look at it and run with -update",
					c.name, path, len(got), len(want))
			}
		})
	}
}

func TestDecision_draft(t *testing.T) {
	pdf := mustDecision(t, draftDecisionDoc())
	pages := pageCount(pdf)
	for page := 1; page <= pages; page++ {
		// In content order: the diagonal watermark (pdftotext -raw gives it a letter a line),
		// then the framed mark, then the page.
		text := pdfTextRaw(t, pdf, page)
		if !strings.HasPrefix(text, "D Ự T H Ả O DỰ THẢO ") {
			t.Errorf("page %d lacks the watermark or the framed mark: %.80q", page, text)
		}
	}
	text := pdfTextRaw(t, pdf, 0)
	for _, want := range []string{"Số: /QĐ-UBND", "(Kèm theo Quyết định số /QĐ-UBND ngày / /2025 của Chủ tịch UBND huyện Bắc Trà My)"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q (blanks folded)", want)
		}
	}
	checkPageNumbers(t, pdf, pages)
	checkInside(t, pdf)
}

// pdfTextRaw is pdfText of one page (0: all) in the order of the content streams.
func pdfTextRaw(t *testing.T, pdf []byte, page int) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext missing: run make deps")
	}
	args := []string{"-raw", "-enc", "UTF-8"}
	if page > 0 {
		args = append(args, "-f", strconv.Itoa(page), "-l", strconv.Itoa(page))
	}
	cmd := exec.Command("pdftotext", append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestDecision_long(t *testing.T) {
	dd := longDecisionDoc()
	pdf := mustDecision(t, dd)
	checkA4(t, pdf)
	pages := pageCount(pdf)
	if pages < 3 {
		t.Errorf("%d pages", pages)
	}
	text := pdfText(t, pdf, 1, 0)
	for _, want := range []string{
		"chính quyền số gắn với thực hiện Đề án 06", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tôn Nữ Thị Ngọc Hoàng Phương Uyển",
		"Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Quảng Nam (để", "nay là Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
		"Tôn Nữ Thị Ngọc Hoàng Phương Uyển Nguyệt", "- Lưu: VT, NV.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	checkPageNumbers(t, pdf, pages)
	checkInside(t, pdf)
	checkJustified(t, pdf)
}

// Both base salaries: the bonus follows the decision's date (NĐ 98/2023 Điều 54: the base
// salary in force when the decision is issued).
func TestDecision_baseSalaries(t *testing.T) {
	for _, c := range []struct {
		day            time.Time
		unit, person   int64
		date, each     string
		total, inWords string
	}{
		{time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC), 1080000, 540000, "Bắc Trà My, ngày 30 tháng 6 năm 2024",
			"Mỗi tập thể được thưởng 1.080.000 đồng; mỗi cá nhân được thưởng 540.000 đồng.", "4.320.000",
			"Bốn triệu ba trăm hai mươi nghìn đồng"},
		{time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC), 1410000, 710000, "Bắc Trà My, ngày 01 tháng 7 năm 2024",
			"Mỗi tập thể được thưởng 1.410.000 đồng; mỗi cá nhân được thưởng 710.000 đồng.", "5.660.000",
			"Năm triệu sáu trăm sáu mươi nghìn đồng"},
	} {
		t.Run(viet.ISODate(c.day), func(t *testing.T) {
			pdf := mustDecision(t, salaryDecisionDoc(c.day, c.unit, c.person))
			if n := pageCount(pdf); n != 2 {
				t.Errorf("%d pages, want the decision with its signature on page 1 and the list on page 2", n)
			}
			if p1 := pdfText(t, pdf, 1, 1); !strings.Contains(p1, "Thái Hoàng Vũ") || strings.Contains(p1, "DANH SÁCH") {
				t.Errorf("page 1 is not the whole decision: %s", p1)
			}
			text := pdfText(t, pdf, 1, 0)
			for _, want := range []string{c.date, c.each, "Tổng số tiền thưởng: " + c.total + " đồng", c.inWords,
				"Theo đề nghị của Trưởng phòng Nội vụ,", "Số: 45/QĐ-UBND", "ngày " + viet.FormatDateShort(c.day)} {
				if !strings.Contains(text, want) {
					t.Errorf("text lacks %q\n%s", want, text)
				}
			}
			checkInside(t, pdf)
		})
	}
}

func TestDecision_300(t *testing.T) {
	dd := bigDecisionDoc(300)
	pdf := mustDecision(t, dd)
	pages := pageCount(pdf)
	if pages < 10 {
		t.Fatalf("%d pages for 300 rows", pages)
	}
	checkA4(t, pdf)
	checkPageNumbers(t, pdf, pages)
	from := 0 // the list's first page
	for page := 1; page <= pages; page++ {
		text := pdfText(t, pdf, page, page)
		if from == 0 && strings.HasPrefix(text, strconv.Itoa(page)+" DANH SÁCH ") {
			from = page
		}
		if from != 0 && !strings.Contains(text, "Họ và tên / Tên tập thể") {
			t.Errorf("page %d lacks the header row", page)
		}
	}
	if from == 0 {
		t.Fatal("no page begins with DANH SÁCH")
	}
	last := pdfText(t, pdf, pages, pages)
	for _, want := range []string{"Tổng cộng", viet.FormatMoney(dd.Total), dd.TotalWords} {
		if !strings.Contains(last, want) {
			t.Errorf("last page lacks %q", want)
		}
	}
	if dd.Total != 20*1410000+280*710000 {
		t.Errorf("Total = %d", dd.Total)
	}
	checkInside(t, pdf)
}

// placed is where a table row went.
type placed struct {
	page     int
	top, bot float64
	first    string
}

// checkFlow checks the rows of a table as drawn and counts the recipients among them.
func checkFlow(t *testing.T, rows []placed) int {
	t.Helper()
	recipients, page := 0, 0
	for i, r := range rows {
		if r.top < marginTop-0.01 || r.bot > bottomLimit+0.01 {
			t.Errorf("row %d (%q) spans %.1f–%.1f mm on page %d", i, r.first, r.top, r.bot, r.page)
		}
		if r.page != page {
			if r.first != "STT" {
				t.Errorf("page %d opens with %q, not the header row", r.page, r.first)
			}
			page = r.page
		}
		if (r.first == "I" || r.first == "II") && (i+1 >= len(rows) || rows[i+1].page != r.page) {
			t.Errorf("group heading %q alone at the foot of page %d", r.first, r.page)
		}
		if _, err := strconv.Atoi(r.first); err == nil {
			recipients++
		}
	}
	return recipients
}

// TestDecision_pageFlow follows every row of the list: each drawn once, whole, between the
// margins, every page of the list opening with the header row, no group heading left alone.
func TestDecision_pageFlow(t *testing.T) {
	dd := bigDecisionDoc(300)
	var rows []placed
	var b bytes.Buffer
	err := decision(&b, dd, func(page int, top float64, r row) {
		rows = append(rows, placed{page, top, top + r.h, r.cells[0].text})
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := checkFlow(t, rows); n != 300 {
		t.Errorf("%d recipient rows, want 300", n)
	}
	// The list starts on a page of its own, right after the signature.
	pdf := b.Bytes()
	if p := rows[0].page; p < 2 || !strings.Contains(pdfText(t, pdf, p-1, p-1), "Thái Hoàng Vũ") ||
		!strings.HasPrefix(pdfText(t, pdf, p, p), strconv.Itoa(p)+" DANH SÁCH ") {
		t.Errorf("the list does not start on a new page after the signature (page %d)", p)
	}
}

// Text that reaches the layout unnormalised, words wider than a line and absurd lengths must
// neither fail the document nor spill out of the margins.
func TestDecision_hostileText(t *testing.T) {
	dd := sampleDecisionDoc()
	dd.Subject = "Về việc tặng Giấy khen 😀 " + strings.Repeat("rất dài ", 200)
	dd.Basis = append(dd.Basis, "Căn cứ https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-30-2020-ND-CP-cong-tac-van-thu-433311.aspx-va-mot-chuoi-rat-dai-khong-co-khoang-trang;")
	dd.Articles[0].Text = "Tặng Giấy khen cho Nguye\u0302\u0303n Va\u0306n An\u200b."
	dd.CC = append(dd.CC, strings.Repeat("- Một nơi nhận rất dài;", 40))
	dd.SignerName = strings.Repeat("Tôn Nữ ", 20)
	dd.Groups[1].Rows[0].PositionUnit = strings.Repeat("Phó Trưởng phòng Tài nguyên và Môi trường ", 300)
	dd.ParentAgency = strings.Repeat("ỦY BAN NHÂN DÂN TỈNH ", 20)
	pdf := mustDecision(t, dd)
	if n := pageCount(pdf); n > 6 {
		t.Errorf("%d pages: something was not capped", n)
	}
	text := pdfText(t, pdf, 1, 0)
	if !strings.Contains(text, "Nguyễn Văn An") {
		t.Error("decomposed name not composed")
	}
	checkInside(t, pdf)
}

func TestDecision_reproducible(t *testing.T) {
	a := mustDecision(t, longDecisionDoc())
	b := mustDecision(t, longDecisionDoc())
	if !bytes.Equal(a, b) {
		t.Error("two renders of the same decision differ")
	}
	if !bytes.Contains(a, []byte("D:20250110000000")) {
		t.Error("creation date is not the decision's date")
	}
	var _ docs.Documents = Documents{}
}

func TestDecisionGeometry(t *testing.T) {
	sum := 0.0
	for _, w := range decListCols {
		sum += w
	}
	if sum != textW {
		t.Errorf("list columns add up to %v mm, text width is %v", sum, textW)
	}
}

// bboxWords are the words pdftotext -bbox finds on page (1-based), in points.
type bboxWord struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

func bboxWords(t *testing.T, pdf []byte, page int) []bboxWord {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext missing: run make deps")
	}
	p := strconv.Itoa(page)
	cmd := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", "-f", p, "-l", p, "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var ws []bboxWord
	for _, m := range wordBoxRE.FindAllSubmatch(out, -1) {
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(string(m[i+1]), 64)
		}
		ws = append(ws, bboxWord{string(m[5]), v[0], v[1], v[2], v[3]})
	}
	return ws
}

// checkNumberDateBaseline asserts that "Số:" and the place-and-date line stand on one line
// (NĐ 30/2020 cells 3 and 4), the date centred under the national name.
func checkNumberDateBaseline(t *testing.T, pdf []byte) {
	t.Helper()
	first := map[string]bboxWord{} // the first of each word on page 1
	for _, w := range bboxWords(t, pdf, 1) {
		if _, ok := first[w.text]; !ok {
			first[w.text] = w
		}
	}
	so, ok1 := first["Số:"]
	date, ok2 := first["Bắc"]
	motto, ok3 := first["Độc"]
	if !ok1 || !ok2 || !ok3 {
		t.Fatal("Số, the date or the motto not found")
	}
	// Baseline ≈ yMax − descent; the sizes differ by 1 pt, so the boxes by a fraction of it.
	if d := math.Abs(so.yMax - date.yMax); d > 0.6 {
		t.Errorf("Số at y %.1f pt, date at %.1f pt: not one baseline", so.yMax, date.yMax)
	}
	if so.yMin < motto.yMax {
		t.Error("Số is not under the header")
	}
}

// checkJustified asserts that the body of page 1 is justified: many lines end at the right
// margin, none beyond it.
func checkJustified(t *testing.T, pdf []byte) {
	t.Helper()
	const pt = 72 / 25.4
	right := (marginLeft + textW) * pt
	ends := map[float64]float64{} // line (yMax rounded) → rightmost xMax
	for _, w := range bboxWords(t, pdf, 1) {
		y := math.Round(w.yMax)
		ends[y] = max(ends[y], w.xMax)
	}
	flush := 0
	for _, x := range ends {
		if math.Abs(x-right) < 0.6 {
			flush++
		}
		if x > right+0.6 {
			t.Errorf("a line ends at %.1f pt, beyond the margin at %.1f", x, right)
		}
	}
	if flush < 8 {
		t.Errorf("%d lines end at the right margin, want the body justified", flush)
	}
}

func BenchmarkDecision300(b *testing.B) {
	dd := bigDecisionDoc(300)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Decision(&buf, dd); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "pdf-bytes")
}
