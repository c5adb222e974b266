package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
)

// Fixtures: a decision signed by a vice-chairman, three recipients whose texts push every box.
const (
	certLongName       = "Công Tôn Nữ Thị Hồng Nhung Bảo Ngọc Phương Thảo"
	certLongCollective = "Trung tâm Văn hóa - Thông tin và Truyền thanh - Truyền hình huyện Bắc Trà My"
	certLongPosition   = "Phó Trưởng phòng Tài nguyên và Môi trường, kiêm Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện, " +
		"Ủy viên Ban Chấp hành Công đoàn cơ sở cơ quan Ủy ban nhân dân huyện Bắc Trà My"
)

// certLongAchievement is over 400 characters.
var certLongAchievement = strings.Repeat("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ cải cách hành chính, "+
	"chủ trì xây dựng và vận hành Bộ phận Tiếp nhận và Trả kết quả, số hóa hồ sơ thủ tục hành chính; ", 2) +
	"góp phần quan trọng vào thành tích chung của huyện Bắc Trà My năm 2024."

var certSignedOn = time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)

func certTestSettings() app.Settings {
	return app.Settings{Agency: "Ủy ban nhân dân huyện Bắc Trà My", Place: "Bắc Trà My", Symbol: "QĐ-UBND"}
}

func certTestDecision() app.Decision {
	return app.Decision{Number: 7, Symbol: "QĐ-UBND", Year: 2025, SignedOn: certSignedOn, SignMode: app.SignDeputy,
		SignerTitle: "Phó Chủ tịch", SignerName: "Trần Thị Lan", Subject: app.DecisionSubject(2024)}
}

// certFixtures: a usual person, a long name with a long position and achievement, a long
// collective.
func certFixtures() []docs.CertificateDoc {
	return docs.BuildCertificates(certTestDecision(), []app.Award{
		{ID: 1, Recipient: app.RecipientPerson, Name: "Nguyễn Văn Hùng", Gender: app.Male,
			PositionUnit: "Chuyên viên, Phòng Nội vụ", CertificateNo: "2025-001"},
		{ID: 2, Recipient: app.RecipientPerson, Name: certLongName, Gender: app.Female,
			PositionUnit: certLongPosition, Achievement: certLongAchievement, CertificateNo: "2025-002"},
		{ID: 3, Recipient: app.RecipientUnit, Name: certLongCollective, CertificateNo: "2025-003"},
	}, certTestSettings())
}

// certMany is n certificates with names that differ (as in life: nothing the layout measures
// is the same twice but the position, the usual achievement and the foot).
func certMany(n int) []docs.CertificateDoc {
	families := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Công Tôn Nữ", "Dương"}
	middles := []string{"Thị Hồng", "Văn", "Ngọc", "Thị Thu", "Đình", "Thị Ngọc Hoàng", "Hữu", "Quốc"}
	givens := []string{"Nhung", "Bảy", "Ánh", "Dũng", "Hưởng", "Tuyết", "Thắng", "Khuê", "Phương Uyển", "Nguyệt", "Ước", "Ỷ"}
	units := []string{"Chuyên viên, Phòng Nội vụ", certLongPosition, "Công chức Văn phòng - Thống kê, UBND xã Trà Giáp",
		"Viên chức, Trung tâm Văn hóa - Thông tin và Truyền thanh - Truyền hình huyện Bắc Trà My", "Kế toán, Ban Quản lý Dự án - Quỹ đất huyện"}
	awards := make([]app.Award, n)
	for i := range awards {
		name := families[i%len(families)] + " " + middles[i/len(families)%len(middles)] + " " +
			givens[i/(len(families)*len(middles))%len(givens)]
		a := app.Award{ID: int64(i + 1), Recipient: app.RecipientPerson, Name: name, Gender: app.Gender([]string{"male", "female"}[i%2]),
			PositionUnit: units[i%len(units)], CertificateNo: viet.CertificateNumber(2025, i+1)}
		if i%7 == 3 {
			a = app.Award{ID: int64(i + 1), Recipient: app.RecipientUnit, Name: certLongCollective, CertificateNo: a.CertificateNo}
		}
		if i%3 == 1 {
			a.Achievement = certLongAchievement[:strings.Index(certLongAchievement, ";")+1]
		}
		awards[i] = a
	}
	return docs.BuildCertificates(certTestDecision(), awards, certTestSettings())
}

func mustCertificates(tb testing.TB, cs []docs.CertificateDoc, blank *app.BlankLayout) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := Certificates(&b, cs, blank, nil); err != nil {
		tb.Fatalf("Certificates: %v", err)
	}
	return b.Bytes()
}

func mustCalibration(tb testing.TB, l app.BlankLayout) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := Calibration(&b, l); err != nil {
		tb.Fatalf("Calibration: %v", err)
	}
	return b.Bytes()
}

var certMediaBoxRE = regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`)

// certCheckMediaBoxes checks that every page (and the page tree) is w × h mm.
func certCheckMediaBoxes(t *testing.T, pdf []byte, w, h float64) {
	t.Helper()
	boxes := certMediaBoxRE.FindAllSubmatch(pdf, -1)
	if len(boxes) == 0 {
		t.Fatal("no /MediaBox")
	}
	for _, m := range boxes {
		bw, _ := strconv.ParseFloat(string(m[1]), 64)
		bh, _ := strconv.ParseFloat(string(m[2]), 64)
		if math.Abs(bw-w*72/25.4) > 0.02 || math.Abs(bh-h*72/25.4) > 0.02 {
			t.Errorf("/MediaBox %s × %s pt, want %g × %g mm", m[1], m[2], w, h)
		}
	}
}

// certNeedPoppler fails a test when pdftotext is not installed (make deps installs poppler-utils).
func certNeedPoppler(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext missing: run make deps")
	}
}

// certPDFText is the text of all pages, as pdftotext reads it (reading order, one line a line).
func certPDFText(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// certWord is a word as pdftotext -bbox places it, in millimetres from the page's top left.
type certWord struct {
	page                   int
	text                   string
	xMin, yMin, xMax, yMax float64
}

var (
	certBboxPageRE = regexp.MustCompile(`<page `)
	certBboxWordRE = regexp.MustCompile(`<word xMin="([0-9.-]+)" yMin="([0-9.-]+)" xMax="([0-9.-]+)" yMax="([0-9.-]+)">([^<]*)</word>|<page `)
)

// certWords lists the words of every page with their boxes.
func certWords(t *testing.T, pdf []byte) []certWord {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var words []certWord
	page := 0
	for _, m := range certBboxWordRE.FindAllStringSubmatch(string(out), -1) {
		if certBboxPageRE.MatchString(m[0]) {
			page++
			continue
		}
		w := certWord{page: page, text: m[5]}
		for i, p := range []*float64{&w.xMin, &w.yMin, &w.xMax, &w.yMax} {
			v, _ := strconv.ParseFloat(m[i+1], 64)
			*p = v * 25.4 / 72
		}
		words = append(words, w)
	}
	return words
}

// inside reports whether the word lies in the rectangle, give or take tol mm.
func (w certWord) inside(x, y, wd, ht, tol float64) bool {
	return w.xMin >= x-tol && w.xMax <= x+wd+tol && w.yMin >= y-tol && w.yMax <= y+ht+tol
}

func (w certWord) String() string {
	return fmt.Sprintf("p%d %q [%.1f,%.1f]-[%.1f,%.1f]", w.page, w.text, w.xMin, w.yMin, w.xMax, w.yMax)
}

func TestCertificates_plain(t *testing.T) {
	if n := len([]rune(certLongAchievement)); n < 400 {
		t.Fatalf("the long achievement has %d characters, want 400 or more", n)
	}
	cs := certFixtures()
	var calls [][2]int
	var b bytes.Buffer
	if err := Certificates(&b, cs, nil, func(done, total int) { calls = append(calls, [2]int{done, total}) }); err != nil {
		t.Fatal(err)
	}
	pdf := b.Bytes()
	if n := PageCount(pdf); n != len(cs) {
		t.Errorf("%d pages, want %d", n, len(cs))
	}
	certCheckMediaBoxes(t, pdf, 297, 210)
	if !slices.Equal(calls, [][2]int{{1, 3}, {2, 3}, {3, 3}}) {
		t.Errorf("progress calls %v", calls)
	}
	certNeedPoppler(t)
	text := certPDFText(t, pdf)
	for _, want := range []string{"GIẤY KHEN", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "TẶNG", "Quyết định số 07/QĐ-UBND ngày 10/01/2025", "Số sổ vàng: 2025-001",
		"Số sổ vàng: 2025-003", "Bắc Trà My, ngày 10 tháng 01 năm 2025", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Lan",
		"Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024."} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	// Each name stands whole on one line, with its honorific.
	lines := strings.Split(text, "\n")
	for _, name := range []string{"Ông Nguyễn Văn Hùng", "Bà " + certLongName, certLongCollective} {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, name) }) {
			t.Errorf("no line holds the whole name %q", name)
		}
	}
	if got := strings.Count(text, "GIẤY KHEN"); got != len(cs) {
		t.Errorf("GIẤY KHEN printed %d times, want %d", got, len(cs))
	}
}

// TestCertificates_plainBoxes checks with the words' boxes that everything stays inside the
// border and that no two words overlap, however long the texts.
func TestCertificates_plainBoxes(t *testing.T) {
	certNeedPoppler(t)
	words := certWords(t, mustCertificates(t, certFixtures(), nil))
	if len(words) < 50 {
		t.Fatalf("only %d words", len(words))
	}
	for _, w := range words {
		if !w.inside(certInside, certInside, certW-2*certInside, certH-2*certInside, 0) {
			t.Errorf("outside the border: %v", w)
		}
	}
	certCheckOverlaps(t, words)
	// The recipient block keeps to the width of the centred text.
	for _, w := range words {
		if w.yMin > certMidTop && w.yMax < certMidBottom && !w.inside(certTextL, certMidTop, certTextW, certMidBottom-certMidTop, 0.05) {
			t.Errorf("recipient text wider than its box: %v", w)
		}
	}
	// The long achievement shrank into its lines between the name and the foot.
	for _, w := range words {
		if w.page == 2 && w.text == "2024." && !(w.yMax < certPlaceDateTop && w.yMin > certMidTop) {
			t.Errorf("end of the achievement at %v, outside the recipient block", w)
		}
	}
}

// TestCertificates_absurdName checks that even a name far too long for any size stays on one
// line inside the border.
func TestCertificates_absurdName(t *testing.T) {
	c := certFixtures()[0]
	c.Name = strings.Repeat("Công Tôn Nữ Thị Hồng Nhung ", 8) + "Thảo"
	pdf := mustCertificates(t, []docs.CertificateDoc{c}, nil)
	certNeedPoppler(t)
	if text := certPDFText(t, pdf); !strings.Contains(text, "Ông "+c.Name) {
		t.Errorf("the name is broken:\n%s", text)
	}
	for _, w := range certWords(t, pdf) {
		if w.yMin > certMidTop && w.yMax < certMidBottom && !w.inside(certTextL, certMidTop, certTextW, certMidBottom-certMidTop, 0.05) {
			t.Errorf("outside: %v", w)
		}
	}
}

// certCheckOverlaps reports two words of a page whose boxes overlap by more than 0.2 mm.
func certCheckOverlaps(t *testing.T, words []certWord) {
	t.Helper()
	for i, w := range words {
		for _, v := range words[i+1:] {
			if v.page == w.page && min(w.xMax, v.xMax)-max(w.xMin, v.xMin) > 0.2 && min(w.yMax, v.yMax)-max(w.yMin, v.yMin) > 0.2 {
				t.Errorf("words overlap: %v and %v", w, v)
			}
		}
	}
}

func TestCertificates_reproducible(t *testing.T) {
	cs := certMany(20)
	blank := app.DefaultBlankLayout()
	for _, l := range []*app.BlankLayout{nil, &blank} {
		a, b := mustCertificates(t, cs, l), mustCertificates(t, cs, l)
		if !bytes.Equal(a, b) {
			t.Errorf("two renders differ (blank %v)", l != nil)
		}
	}
	if !bytes.Equal(mustCalibration(t, blank), mustCalibration(t, blank)) {
		t.Error("two calibration pages differ")
	}
}

// TestCertificates_blank prints each field of the default blank alone and checks that all its
// words lie in its box, for the longest texts.
func TestCertificates_blank(t *testing.T) {
	certNeedPoppler(t)
	cs := certFixtures()
	full := app.DefaultBlankLayout()
	pdf := mustCertificates(t, cs, &full)
	if n := PageCount(pdf); n != len(cs) {
		t.Errorf("%d pages, want %d", n, len(cs))
	}
	certCheckMediaBoxes(t, pdf, 297, 210)
	text := certPDFText(t, pdf)
	for _, absent := range []string{"GIẤY KHEN", "CỘNG HÒA", "TẶNG"} {
		if strings.Contains(text, absent) {
			t.Errorf("a blank gets %q: it is printed on it already", absent)
		}
	}
	for _, want := range []string{"Bà " + certLongName, certLongCollective, "Số sổ vàng: 2025-002", "Quyết định số 07/QĐ-UBND"} {
		if !strings.Contains(text, want) {
			t.Errorf("blank text lacks %q", want)
		}
	}
	for _, fl := range full.Fields {
		t.Run(fl.Field, func(t *testing.T) {
			one := full
			one.Fields = []app.BlankField{fl}
			words := certWords(t, mustCertificates(t, cs, &one))
			if len(words) == 0 {
				t.Fatal("nothing printed")
			}
			for _, w := range words {
				if !w.inside(fl.X, fl.Y, fl.W, fl.H, 0.05) {
					t.Errorf("outside its box %+v: %v", fl, w)
				}
			}
		})
	}
}

// TestCertificates_blankSize prints on an A3 blank with the boxes where an A3 form has them.
func TestCertificates_blankSize(t *testing.T) {
	l := app.BlankLayout{PaperKind: "a3_landscape", PageW: 420, PageH: 297, Fields: []app.BlankField{
		{Field: app.FieldName, X: 60, Y: 130, W: 300, H: 16, Size: 30, Bold: true, Align: "C"},
		{Field: app.FieldSignerName, X: 250, Y: 260, W: 140, H: 10, Size: 16, Bold: true, Align: "R"},
	}}
	pdf := mustCertificates(t, certFixtures(), &l)
	certCheckMediaBoxes(t, pdf, 420, 297)
	certNeedPoppler(t)
	for _, w := range certWords(t, pdf) {
		if !w.inside(60, 130, 300, 16, 0.05) && !w.inside(250, 260, 140, 10, 0.05) {
			t.Errorf("outside the boxes: %v", w)
		}
	}
}

// TestCertificates_blankOffset checks that the printer's offset moves every word by exactly
// that much.
func TestCertificates_blankOffset(t *testing.T) {
	certNeedPoppler(t)
	cs := certFixtures()
	l := app.DefaultBlankLayout()
	base := certWords(t, mustCertificates(t, cs, &l))
	l.OffsetX, l.OffsetY = 4.5, -3
	moved := certWords(t, mustCertificates(t, cs, &l))
	if len(base) != len(moved) || len(base) == 0 {
		t.Fatalf("%d words, then %d with an offset", len(base), len(moved))
	}
	for i, w := range base {
		m := moved[i]
		if m.text != w.text || math.Abs(m.xMin-w.xMin-4.5) > 0.02 || math.Abs(m.yMin-w.yMin+3) > 0.02 {
			t.Errorf("word %v moved to %v, want +4.5, -3 mm", w, m)
		}
	}
}

func TestCalibration(t *testing.T) {
	l := app.DefaultBlankLayout()
	l.OffsetX, l.OffsetY = 1.5, -2
	pdf := mustCalibration(t, l)
	if n := PageCount(pdf); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	certCheckMediaBoxes(t, pdf, 297, 210)
	certNeedPoppler(t)
	text := certPDFText(t, pdf)
	want := []string{"Trang canh chỉnh phôi Giấy khen — in trên giấy thường, đặt lên phôi để so",
		"In ở cỡ thực tế (Actual size / 100%)", "ngang 1,5 mm, dọc -2 mm", "Thước 100 mm"}
	for _, f := range app.BlankFields {
		want = append(want, app.BlankFieldLabel(f))
	}
	for _, s := range want {
		if !strings.Contains(text, s) {
			t.Errorf("calibration page lacks %q", s)
		}
	}
	// The boxes move with the offset (the first word of each label starts at its box).
	for _, w := range certWords(t, pdf) {
		if w.text == "Thành" { // "Thành tích"
			fl, _ := l.Field(app.FieldAchievement)
			if !w.inside(fl.X+l.OffsetX, fl.Y+l.OffsetY, fl.W, fl.H, 0.05) {
				t.Errorf("label %v not in its moved box", w)
			}
		}
	}
}

func TestCertificates_errors(t *testing.T) {
	var b bytes.Buffer
	var e *app.Error
	if err := Certificates(&b, nil, nil, nil); !errors.As(err, &e) || e.Code != app.EINVALID {
		t.Errorf("no certificates: %v, want EINVALID", err)
	}
	bad := []func(*app.BlankLayout){
		func(l *app.BlankLayout) { l.PageW = 0 },
		func(l *app.BlankLayout) { l.PageH = math.NaN() },
		func(l *app.BlankLayout) { l.OffsetX = math.Inf(1) },
		func(l *app.BlankLayout) { l.Fields[2].W = -1 },
		func(l *app.BlankLayout) { l.Fields[0].Size = 0 },
		func(l *app.BlankLayout) { l.Fields[1].Y = math.NaN() },
	}
	for i, f := range bad {
		l := app.DefaultBlankLayout()
		f(&l)
		if err := Certificates(&b, certFixtures(), &l, nil); !errors.As(err, &e) || e.Code != app.EINVALID {
			t.Errorf("bad layout %d: %v, want EINVALID", i, err)
		}
		if err := Calibration(&b, l); !errors.As(err, &e) || e.Code != app.EINVALID {
			t.Errorf("bad layout %d, calibration: %v, want EINVALID", i, err)
		}
	}
}

// TestCertificates_hostileText feeds decomposed Vietnamese, an emoji (above U+FFFF: fpdf would
// fail the whole file), controls and empty fields.
func TestCertificates_hostileText(t *testing.T) {
	c := certFixtures()[0]
	c.Name = "Nguye\u0302\u0303n Va\u0306n \U0001F600A\x00"
	c.Achievement = "\tDòng một\r\nDòng hai\u200b"
	c.SignerLines = []string{"", "CHỦ TỊCH", "  "}
	c.RegisterLine, c.PositionUnit, c.SignerName = "", "", ""
	blank := app.DefaultBlankLayout()
	certNeedPoppler(t)
	for _, l := range []*app.BlankLayout{nil, &blank} {
		pdf := mustCertificates(t, []docs.CertificateDoc{c}, l)
		if text := certPDFText(t, pdf); !strings.Contains(text, "Ông Nguyễn Văn A") || !strings.Contains(text, "Dòng một Dòng hai") {
			t.Errorf("cleaned text missing (blank %v):\n%s", l != nil, text)
		}
	}
}

// TestCertificates_sizeLinear checks that the file grows by the same amount for each page: the
// artwork is stored once, not per page. (Fonts are a fixed part, so the total for 200 is less
// than twice the total for 100; the part per page is what must stay constant.)
func TestCertificates_sizeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 600 pages")
	}
	size := func(n int) float64 { return float64(len(mustCertificates(t, certMany(n), nil))) }
	s100, s200, s300 := size(100), size(200), size(300)
	perPage1, perPage2 := (s200-s100)/100, (s300-s200)/100
	if math.Abs(perPage2-perPage1) > 0.1*perPage1 {
		t.Errorf("bytes per page: %.0f from 100 to 200, %.0f from 200 to 300", perPage1, perPage2)
	}
	// The fixed part (fonts, artwork) is under 2 × 100 pages' worth: 200 pages ≈ 2 × 100 pages
	// within what the fonts add.
	fixed := s100 - 100*perPage1
	if r := (s200 - fixed) / (s100 - fixed); math.Abs(r-2) > 0.2 {
		t.Errorf("pages of 200 certificates take %.2f × those of 100", r)
	}
	if perPage1 > 3000 {
		t.Errorf("%.0f bytes per certificate: is the artwork repeated on every page?", perPage1)
	}
	t.Logf("sizes %.0f, %.0f, %.0f bytes; %.0f bytes per page; fixed %.0f", s100, s200, s300, perPage1, fixed)
}

func BenchmarkCertificates500(b *testing.B) {
	benchmarkCertificates(b, nil)
}

func BenchmarkCertificates500Blank(b *testing.B) {
	l := app.DefaultBlankLayout()
	benchmarkCertificates(b, &l)
}

func benchmarkCertificates(b *testing.B, blank *app.BlankLayout) {
	cs := certMany(500)
	var size int
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Certificates(&buf, cs, blank, nil); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/500, "bytes/cert")
}
