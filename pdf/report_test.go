package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
)

// reportRanking is a ranking of n communes, the first Xuất sắc, and one unit not scored.
func reportRanking(n int) app.Ranking {
	k := app.KindRanking{Kind: app.UnitCommune}
	for i := range n {
		k.Rows = append(k.Rows, app.RankRow{Unit: app.Unit{Name: "UBND xã Trà Số " + strconv.Itoa(i+1)}, Rank: i + 1,
			Max: 10000, Self: app.Points(9500 - 10*i), Appraised: app.Points(9200 - 100*i), PctBP: 9200 - 100*i, Band: "Tốt",
			Fields: []app.FieldTotal{{Number: 1, Name: "Cải cách thể chế", Max: 1400, Appraised: 1200, Lost: 200}}})
	}
	k.Rows[0].Band = "Xuất sắc"
	k.Rows = append(k.Rows, app.RankRow{Unit: app.Unit{Name: "UBND xã Chưa Chấm"}, Band: app.NotScored})
	return app.Ranking{Campaign: app.Campaign{Year: 2024, Launch: app.LaunchDoc{Number: "18/KH-UBND", Date: time.Date(2024, 1, 16, 0, 0, 0, 0, time.UTC)}},
		Bands: app.DefaultBands(), Kinds: []app.KindRanking{k}}
}

func tinyPNG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 40, 10))
	img.Set(1, 1, color.RGBA{200, 0, 0, 255})
	var b bytes.Buffer
	_ = png.Encode(&b, img)
	return b.Bytes()
}

func TestReport(t *testing.T) {
	s := app.Settings{Agency: "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", AgencyShort: "UBND huyện Bắc Trà My", Place: "Bắc Trà My", Symbol: "QĐ-UBND"}
	doc := docs.BuildReport(reportRanking(40), s, app.Signer{FullName: "Thái Hoàng Vũ", Mode: app.SignHead}, time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC))
	doc.Charts = []docs.ReportChart{{Title: "Biểu đồ 1. Thử", PNG: tinyPNG()}}
	var a, b bytes.Buffer
	if err := Report(&a, doc); err != nil {
		t.Fatal(err)
	}
	if err := Report(&b, doc); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same report differ")
	}
	if n := PageCount(a.Bytes()); n < 3 {
		t.Errorf("40 units on %d pages", n)
	}
	certNeedPoppler(t)
	text := certPDFText(t, a.Bytes())
	for _, want := range []string{"BÁO CÁO", "Kết quả đánh giá, xếp loại công tác cải cách hành chính năm 2024", "Số:", "/BC-UBND",
		"Bắc Trà My, ngày 15 tháng 01 năm 2025", "Kế hoạch số 18/KH-UBND ngày 16/01/2024", "- Xuất sắc (từ 90% trở lên): 1 đơn vị;",
		"- Tốt (từ 80% đến dưới 90%): 39 đơn vị;", "- Chưa chấm: 1 đơn vị.", "UBND xã Trà Số 40", "UBND xã Chưa Chấm", "Chưa chấm",
		"Biểu đồ 1. Thử", "CHỦ TỊCH", "Thái Hoàng Vũ", "LV 1 (−2)"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// the header row repeats on every page of the table
	if n := strings.Count(text, "Xếp loại\n"); n < 2 {
		t.Errorf("table header printed %d times", n)
	}
}
