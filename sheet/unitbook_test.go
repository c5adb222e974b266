package sheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

func testBook() app.UnitBook {
	return app.UnitBook{BookID: "2024-C1-U7", CampaignID: 1, Year: 2024, CampaignName: "Phong trào 2024", UnitID: 7, UnitName: "UBND xã Trà Ka",
		SetName: "Bộ tiêu chí xã", Fields: []string{"Cải cách thể chế"},
		Criteria: []app.BookCriterion{
			{Code: "1", Name: "Xây dựng văn bản", Field: 1, Max: 1000},
			{Code: "1.1", Name: "Ban hành đúng quy trình", Field: 1, Max: 600, Leaf: true, Self: "5.5"},
			{Code: "1.2", Name: "Rà soát", Field: 1, Max: 400, Leaf: true, NAAllowed: true, NA: true},
		},
		Staff: []string{"Hồ Thị Lan"}, Forms: []string{"Giấy khen"}, ReformFields: []string{"Cải cách thể chế", "Khác"},
		SolutionKinds: []string{"Giải pháp kỹ thuật"}, Guide: []string{"Hướng dẫn."}}
}

func TestUnitBook_Layout(t *testing.T) {
	var buf bytes.Buffer
	if err := (Files{}).WriteUnitBook(&buf, testBook()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, "|") != "Hướng dẫn|Tự chấm điểm|Đề nghị khen thưởng|Sáng kiến|ThiDuaCCHC" {
		t.Errorf("sheets = %v", got)
	}
	if vis, _ := f.GetSheetVisible(app.BookMetaSheet); vis {
		t.Error("the program's sheet is visible")
	}
	for _, sh := range f.GetSheetList() {
		if p, err := f.GetSheetProtection(sh); err != nil || p.SelectLockedCells != true {
			t.Errorf("%s not protected: %+v %v", sh, p, err)
		}
	}
	if v, _ := f.GetCellFormula(app.BookScoreSheet, "D10"); !strings.HasPrefix(v, "SUMIFS(") {
		t.Errorf("the field's total is not a formula: %q", v)
	}
	if v, _ := f.GetCellFormula(app.BookScoreSheet, "D11"); v != "SUM(D10:D10)" {
		t.Errorf("the total is not a formula: %q", v)
	}
	dvs, _ := f.GetDataValidations(app.BookScoreSheet)
	var limit bool
	for _, dv := range dvs {
		limit = limit || (dv.Sqref == "D6" && dv.Type == "decimal" && dv.Formula2 == "6")
	}
	if !limit {
		t.Errorf("«Tự chấm» of 1.1 is not limited to 0…6: %+v", dvs)
	}
	rb, err := (Files{}).ReadUnitBook(bytes.NewReader(buf.Bytes()), "so.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if rb.Meta.BookID != "2024-C1-U7" || rb.Meta.Hash != app.LockedHash("2024-C1-U7", 1, 7, testBook().Criteria) {
		t.Errorf("meta = %+v", rb.Meta)
	}
	if len(rb.Criteria) != 3 || rb.Criteria[1].Self != "5.5" || !rb.Criteria[2].NA || rb.Criteria[1].Row != 6 {
		t.Errorf("criteria read back = %+v", rb.Criteria)
	}
	if rb.Proposals.HeaderRow != 2 || len(rb.Proposals.Rows) != 0 || rb.Initiatives.Header[3] != "Tác giả (tỷ lệ %)" {
		t.Errorf("lists = %+v / %+v", rb.Proposals, rb.Initiatives)
	}
}

// TestUnitBook_MaximumResavedAsLongFloat: Excel may write 6 back as 6.000000000000001 and 4 as
// 3.9999999999999996; the maximum is still 6 and 4, and the locked content is as it went out.
func TestUnitBook_MaximumResavedAsLongFloat(t *testing.T) {
	var buf bytes.Buffer
	if err := (Files{}).WriteUnitBook(&buf, testBook()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(app.BookScoreSheet, "C6", 6.000000000000001); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(app.BookScoreSheet, "C7", 3.9999999999999996); err != nil {
		t.Fatal(err)
	}
	if raw, _ := f.GetCellValue(app.BookScoreSheet, "C6", excelize.Options{RawCellValue: true}); raw == "6" {
		t.Fatalf("the cell was not written as a long float: %q", raw)
	}
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	rb, err := (Files{}).ReadUnitBook(bytes.NewReader(out.Bytes()), "so.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if rb.Criteria[1].Max != 600 || rb.Criteria[2].Max != 400 {
		t.Errorf("maxima read back = %v, %v; want 6 and 4", rb.Criteria[1].Max, rb.Criteria[2].Max)
	}
	if rb.Meta.Hash != app.LockedHash(rb.Meta.BookID, rb.Meta.CampaignID, rb.Meta.UnitID, rb.Criteria) {
		t.Error("a workbook re-saved by Excel no longer matches its locked content")
	}
}
