package pdf

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
)

func summaryInput(t *testing.T) docs.SummaryInput {
	on := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	o := app.Overview{AsOf: on,
		Campaign: app.Campaign{Year: 2024, Launch: app.LaunchDoc{Number: "18/KH-UBND", Date: time.Date(2024, 1, 16, 0, 0, 0, 0, time.UTC)}},
		Periods: []app.PeriodFigure{{Name: "Kế hoạch phát động", Launch: true, Due: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC), OnTime: 2, Late: 1, Missing: 24},
			{Name: "Quý I", Due: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), OnTime: 20, Late: 4, Missing: 3}},
		Launched: []app.LaunchRow{{UnitName: "UBND xã Trà Giang", ReceivedOn: time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC), DocNumber: "05/KH-UBND"},
			{UnitName: "Phòng Nội vụ", ReceivedOn: time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC), Late: true}},
		Steps:          []app.Count{{Key: "registered", Label: "Đăng ký", N: 5}, {Key: "district_recognised", Label: "Công nhận cấp huyện", N: 7}},
		Fields:         []app.Count{{Key: "1", Label: "Cải cách thể chế", N: 12}},
		Awards:         []app.FormFigure{{Code: "giay_khen", Name: "Giấy khen", Units: 5, Persons: 13, Money: 16_280_000}},
		Decisions:      []app.DecisionFigure{{Number: "07/QĐ-UBND", SignedOn: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), Status: app.DecisionIssued, Awards: 18, Money: 16_280_000}},
		Fund:           app.Fund{Set: true, Amount: 20_000_000, Issued: 16_280_000},
		Years:          []app.YearFigure{{Year: 2023, Awards: 40, Money: 30_000_000}, {Year: 2024, Awards: 19, Money: 16_990_000}},
		RecognisedBase: 18, RecognisedDistrict: 7,
	}
	return docs.SummaryInput{Overview: o, On: on,
		Texts: app.SummaryTexts{app.PartDirection: "Ban hành kế hoạch kịp thời, đúng quy định.", app.PartStrengths: "Các xã tích cực hưởng ứng.",
			app.PartNextYear: "Tiếp tục đẩy mạnh chuyển đổi số."},
		Settings: app.Settings{Agency: "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", AgencyShort: "UBND huyện Bắc Trà My", Place: "Bắc Trà My", Symbol: "QĐ-UBND"},
		Signer:   app.Signer{FullName: "Thái Hoàng Vũ", Title: "Chủ tịch", Mode: app.SignHead},
		Charts:   []docs.ReportChart{{Title: "Biểu đồ 1. Xếp loại", PNG: tinyPNG()}, {Title: "Biểu đồ 2. Qua các năm", PNG: tinyPNG()}},
	}
}

// TestSummary_SectionsFiguresChartsAndText: the report has the NĐ 30 frame, the five sections in
// order, the figures given, the office's text as typed, both charts as images, nothing outside
// the margins.
func TestSummary_SectionsFiguresChartsAndText(t *testing.T) {
	doc := docs.BuildSummary(summaryInput(t))
	var b bytes.Buffer
	if err := Summary(&b, doc); err != nil {
		t.Fatal(err)
	}
	pdf := b.Bytes()
	checkA4(t, pdf)
	checkInside(t, pdf)
	text := pdfText(t, pdf, 1, 0)
	last := 0
	for _, want := range []string{"ỦY BAN NHÂN DÂN", "BÁO CÁO", "Tổng kết phong trào thi đua cải cách hành chính năm 2024",
		"Kế hoạch số 18/KH-UBND ngày 16/01/2024", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "Ban hành kế hoạch kịp thời, đúng quy định.",
		"Có 3/27 cơ quan, đơn vị", "UBND xã Trà Giang", "Trễ hạn", "II. KẾT QUẢ", "18 sáng kiến được công nhận cấp cơ sở", "Cải cách thể chế",
		"Quý I", "III. KHEN THƯỞNG", "07/QĐ-UBND", "16.280.000", "còn lại 3.720.000 đồng", "2023", "30.000.000",
		"IV. ĐÁNH GIÁ CHUNG", "Các xã tích cực hưởng ứng.", "2. Hạn chế", "V. PHƯƠNG HƯỚNG NĂM 2025", "Tiếp tục đẩy mạnh chuyển đổi số.",
		"Biểu đồ 1. Xếp loại", "Biểu đồ 2. Qua các năm", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Thái Hoàng Vũ"} {
		i := strings.Index(text[last:], want) // each after the one before
		if i < 0 {
			t.Errorf("missing %q (or out of order)", want)
			continue
		}
		last += i
	}
	if strings.Contains(text, "Ngay từ đầu năm") {
		t.Error("the automatic opening of I. printed although the office wrote its own")
	}
	if n := bytes.Count(pdf, []byte("/Subtype /Image")); n != 2 {
		t.Errorf("%d images, want the 2 charts", n)
	}
}
