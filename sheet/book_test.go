package sheet

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

func TestFiles_WriteSheets(t *testing.T) {
	sheets := []app.Sheet{
		{Name: "Xã", Table: app.Table{Header: []string{"Hạng", "Đơn vị"}, Rows: [][]string{{"1", "UBND xã Trà Bui"}}}},
		{Name: "Phòng, ban", Table: app.Table{Header: []string{"Hạng", "Đơn vị"}, Rows: [][]string{{"1", "Phòng Nội vụ"}, {"", "Phòng Dân tộc"}}}},
	}
	var b bytes.Buffer
	if err := (Files{}).WriteSheets(&b, "x.xlsx", sheets); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Xã" || got[1] != "Phòng, ban" {
		t.Fatalf("sheets %q", got)
	}
	if v, _ := f.GetCellValue("Phòng, ban", "B3"); v != "Phòng Dân tộc" {
		t.Errorf("B3 = %q", v)
	}
	var c bytes.Buffer
	if err := (Files{}).WriteSheets(&c, "x.csv", sheets); err != nil {
		t.Fatal(err)
	}
	tb, err := (Files{}).ReadTable(&c, "x.csv")
	if err != nil || len(tb.Rows) != 3 || tb.Header[1] != "Đơn vị" {
		t.Errorf("csv: %+v %v", tb, err)
	}
}

// TestFiles_WriteSheets_NumbersFormatted: typed columns are numbers, money shown «#,##0»; text
// in a typed column stays text.
func TestFiles_WriteSheets_NumbersFormatted(t *testing.T) {
	sheets := []app.Sheet{{Name: "Tiền", Widths: []float64{30, 10, 20}, Table: app.Table{Header: []string{"Đơn vị", "Số", "Tiền thưởng"},
		Types: []app.CellType{app.CellText, app.CellInteger, app.CellMoney},
		Rows:  [][]string{{"Phòng Nội vụ", "3", "1410000"}, {"Cộng", "", "1.410.000"}}}}}
	var b bytes.Buffer
	if err := (Files{}).WriteSheets(&b, "x.xlsx", sheets); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, cell := range []string{"B2", "C2"} { // a number has no string type
		if typ, err := f.GetCellType("Tiền", cell); err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s: type %v, want a number (%v)", cell, typ, err)
		}
	}
	if typ, _ := f.GetCellType("Tiền", "C3"); typ != excelize.CellTypeSharedString {
		t.Errorf("C3 «1.410.000» type %v, want text", typ)
	}
	if v, _ := f.GetCellValue("Tiền", "C2", excelize.Options{RawCellValue: true}); v != "1410000" {
		t.Errorf("C2 raw %q", v)
	}
	id, _ := f.GetCellStyle("Tiền", "C2")
	st, err := f.GetStyle(id)
	if err != nil || st.NumFmt != numFmtGrouped {
		t.Errorf("C2 number format %+v %v, want #,##0", st, err)
	}
	if w, _ := f.GetColWidth("Tiền", "A"); w != 30 {
		t.Errorf("column A %v wide", w)
	}
}
