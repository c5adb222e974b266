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
