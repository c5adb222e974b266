package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"thidua/app"
)

// Reading any bytes as a list either fails with a sentence for the user or returns a table whose
// rows carry increasing row numbers — never a panic, never an internal error for bad content.
func checkRead(t *testing.T, tab app.Table, err error) {
	t.Helper()
	if err != nil {
		var ae *app.Error
		if !errors.As(err, &ae) || ae.Message == "" {
			t.Fatalf("not a user error: %v", err)
		}
		return
	}
	prev := tab.HeaderRow
	for i, n := range tab.RowNums {
		if n <= prev || len(tab.Rows[i]) < len(tab.Header) {
			t.Fatalf("row %d numbered %d after %d, %d cells for %d headers", i, n, prev, len(tab.Rows[i]), len(tab.Header))
		}
		prev = n
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{"Tên đơn vị,Loại\nĐơn vị 1,Xã\n", "\uFEFFa;b\r\n1;2\r\n", "a,b\n\"x,y\n", "a,b\nx\"y,z\n", "a\tb\n'=1+1\t'@x\n", "\xff\xfe"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := Files{}.ReadTable(bytes.NewReader(b), "a.csv")
		checkRead(t, tab, err)
	})
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(xlsxWith(f, rowsXML(3, "A1:B3")))
	f.Add(xlsxWith(f, rowsXML(3, "A1:B9")))
	whole := rowsXML(5, "A1:B5")
	f.Add(xlsxWith(f, whole[:len(whole)-40]))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := Files{}.ReadTable(bytes.NewReader(b), "a.xlsx")
		checkRead(t, tab, err)
	})
}

// What the CSV export writes, the import reads back cell for cell (cells normalised as the import
// does: no carriage returns, no blank rows).
func FuzzCSVRoundTrip(f *testing.F) {
	for _, s := range []string{"=HYPERLINK(\"x\")", "+1+1", "-5", "'=1", "''", "a,b", "\"q\"", "dòng\nhai", "@"} {
		f.Add(s, "Nam")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if strings.ContainsAny(a+b, "\r\x00") || !utf8.ValidString(a) || !utf8.ValidString(b) || strings.TrimSpace(a+b) == "" {
			return
		}
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > time.Second {
				t.Fatalf("%v for %d+%d bytes", d, len(a), len(b))
			}
		}()
		tab := app.Table{Header: []string{"Tên", "Ghi chú"}, HeaderRow: 1, Rows: [][]string{{a, b}}, RowNums: []int{2}}
		var buf bytes.Buffer
		if err := writeCSV(&buf, tab); err != nil {
			t.Fatal(err)
		}
		cells, err := csv.NewReader(bytes.NewReader(trimBOM(buf.Bytes()))).ReadAll()
		if err != nil {
			t.Fatalf("the export is not strict CSV: %v", err)
		}
		for _, c := range cells[1][:2] {
			if c != "" && strings.ContainsRune("=+@\t", rune(c[0])) || c != "" && c[0] == '-' && !isPlainNumber(c) {
				t.Fatalf("formula cell written: %q", c)
			}
		}
		back, err := Files{}.ReadTable(&buf, "a.csv")
		if err != nil {
			t.Fatalf("own export refused: %v", err)
		}
		if blankRow(tab.Rows[0]) {
			return
		}
		if !reflect.DeepEqual(back.Rows, tab.Rows) {
			t.Fatalf("round trip %q → %q", tab.Rows, back.Rows)
		}
	})
}
