package docs

import (
	"slices"
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func summaryIn() SummaryInput {
	on := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	return SummaryInput{On: on, Overview: app.Overview{AsOf: on, Campaign: app.Campaign{Year: 2024},
		Awards: []app.FormFigure{{Code: "giay_khen", Name: "Giấy khen", Units: 5, Persons: 13, Money: 16_990_000}},
		Decisions: []app.DecisionFigure{{Number: "07/QĐ-UBND", Status: app.DecisionIssued, Awards: 18, Money: 16_280_000},
			{Number: "12/QĐ-UBND", Status: app.DecisionIssued, Imported: true, Awards: 1, Money: 710_000}},
		Years: []app.YearFigure{{Year: 2024, Awards: 19, Money: 16_990_000}}},
		Settings: app.Settings{Agency: "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", AgencyShort: "UBND huyện Bắc Trà My", Symbol: "QĐ-UBND"},
		Signer:   app.Signer{FullName: "Thái Hoàng Vũ", Title: "Chủ tịch", Mode: app.SignHead}}
}

func blockWith(doc SummaryDoc, heading string) SummaryBlock {
	for _, b := range doc.Blocks {
		if strings.HasPrefix(b.Heading, heading) {
			return b
		}
	}
	return SummaryBlock{}
}

// TestBuildSummary_OpeningOfIOnlyWhenNothingWritten: the automatic sentence of I. stands in for the
// office's text, never before it.
func TestBuildSummary_OpeningOfIOnlyWhenNothingWritten(t *testing.T) {
	in := summaryIn()
	if ps := blockWith(BuildSummary(in), "I. ").Paras; len(ps) != 1 || !strings.HasPrefix(ps[0], "Ngay từ đầu năm") {
		t.Errorf("nothing written: %q", ps)
	}
	in.Texts = app.SummaryTexts{app.PartDirection: "Ban hành kế hoạch kịp thời.\nTổ chức hội nghị."}
	if ps := blockWith(BuildSummary(in), "I. ").Paras; !slices.Equal(ps, []string{"Ban hành kế hoạch kịp thời.", "Tổ chức hội nghị."}) {
		t.Errorf("written: %q", ps)
	}
}

// TestReports_SignedForTheCommittee: the summary, the years report and the ranking report are
// signed «TM. ỦY BAN NHÂN DÂN», with «KT. CHỦ TỊCH» for a vice-chairman.
func TestReports_SignedForTheCommittee(t *testing.T) {
	head := app.Signer{FullName: "A", Mode: app.SignHead}
	deputy := app.Signer{FullName: "B", Title: "Phó Chủ tịch", Mode: app.SignDeputy}
	in := summaryIn()
	for _, c := range []struct {
		signer app.Signer
		want   []string
	}{{head, []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}}, {deputy, []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}}} {
		in.Signer = c.signer
		got := map[string][]string{
			"summary": BuildSummary(in).Frame.SignerLines,
			"years":   BuildYearsSummary(YearsInput{From: 2019, To: 2024, Settings: in.Settings, Signer: c.signer, On: in.On}).Frame.SignerLines,
			"ranking": BuildReport(app.Ranking{Campaign: in.Overview.Campaign}, in.Settings, c.signer, in.On).Frame.SignerLines,
		}
		for what, lines := range got {
			if !slices.Equal(lines, c.want) {
				t.Errorf("%s signed by %s: %q, want %q", what, c.signer.FullName, lines, c.want)
			}
		}
	}
}

// TestBuildSummary_TotalsMarkedAndCountingSaid: total rows are marked in the model (not guessed
// from their text), and III says what it counts, imported decisions listed as such.
func TestBuildSummary_TotalsMarkedAndCountingSaid(t *testing.T) {
	doc := BuildSummary(summaryIn())
	forms := blockWith(doc, "2. Số lượng khen thưởng").Table
	if forms == nil || !slices.Equal(forms.Totals, []int{len(forms.Rows) - 1}) || forms.Rows[len(forms.Rows)-1][0] != "Tổng cộng" {
		t.Fatalf("forms table totals: %+v", forms)
	}
	years := blockWith(doc, "3. Khen thưởng qua các năm").Table
	if years == nil || !slices.Equal(years.Totals, []int{len(years.Rows) - 1}) {
		t.Errorf("years table totals: %+v", years)
	}
	dec := blockWith(doc, "1. Các quyết định")
	if len(dec.Paras) == 0 || !strings.Contains(dec.Paras[0], "1 quyết định khen thưởng năm 2024 được nhập từ hồ sơ") ||
		!strings.Contains(dec.Paras[0], "không tính dự thảo và quyết định đã thu hồi") || dec.Table.Rows[1][3] != "Nhập từ hồ sơ" {
		t.Errorf("decisions: %q %q", dec.Paras, dec.Table.Rows)
	}
	stats := []app.AwardStat{{UnitID: 1, UnitName: "Khối trưởng thôn", UnitKind: app.UnitKinds[0], FormCode: "giay_khen", FormName: "Giấy khen",
		Recipient: app.RecipientUnit, N: 2, Money: 1000}}
	yd := BuildYearsSummary(YearsInput{From: 2019, To: 2024, Stats: stats})
	st := blockWith(yd, "II. THỐNG KÊ").Table
	// kind row, the unit (whose name starts like a kind's and is not a total), grand total
	if st == nil || !slices.Equal(st.Totals, []int{0, 2}) {
		t.Errorf("statistics totals: %+v", st)
	}
}

// TestReportRows_TwoDecimals: the ranking columns always have two decimals.
func TestReportRows_TwoDecimals(t *testing.T) {
	rows := reportRows(app.KindRanking{Rows: []app.RankRow{{Rank: 1, Unit: app.Unit{Name: "X"}, Self: 8410, Appraised: 8498, Max: 10000, PctBP: 8410}}})
	if got := rows[0][2:6]; !slices.Equal(got, []string{"84,10", "84,98", "100,00", "84,10"}) {
		t.Errorf("%q", got)
	}
}

// TestSummarySheets_WideEnough: every column of the workbook is as wide as its longest cell (a
// money cell with its thousands' marks), the money typed.
func TestSummarySheets_WideEnough(t *testing.T) {
	in := summaryIn()
	in.Overview.Launched = []app.LaunchRow{{UnitName: "Ủy ban nhân dân thị trấn Trà My, huyện Bắc Trà My", DocNumber: "05/KH-UBND"}}
	in.Overview.Periods = []app.PeriodFigure{{Name: "Kế hoạch phát động", Launch: true, OnTime: 1}}
	for _, s := range SummarySheets(BuildSummary(in), nil, false) {
		for i, r := range append([][]string{s.Table.Header}, s.Table.Rows...) {
			for j, v := range r {
				n := float64(len([]rune(v)))
				if i > 0 && s.Table.ColumnType(j) == app.CellMoney {
					n += float64(len(v) / 3)
				}
				if s.Widths[j] < n {
					t.Errorf("%s column %d: %v wide for %q", s.Name, j, s.Widths[j], v)
				}
			}
		}
		if s.Name == "Theo hình thức" && s.Table.ColumnType(4) != app.CellMoney {
			t.Errorf("money column not typed")
		}
		if s.Name == "Qua các năm" && (s.Table.ColumnType(0) != app.CellInteger || s.Table.ColumnType(2) != app.CellMoney) {
			t.Errorf("the year «#,##0» (2.024) or the money not typed: %v", s.Table.Types)
		}
	}
}
