package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"thidua/app"
)

// mustRefuse reads data as fileName and fails unless it is refused with a message holding every
// part of want.
func mustRefuse(tb testing.TB, fileName string, data []byte, want ...string) {
	tb.Helper()
	tab, err := Files{}.ReadTable(bytes.NewReader(data), fileName)
	var ae *app.Error
	if !errors.As(err, &ae) || ae.Code != app.EINVALID {
		tb.Fatalf("read %d rows, err %v; want the file refused", len(tab.Rows), err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			tb.Errorf("message %q lacks %q", err.Error(), w)
		}
	}
}

func TestReadTable_CSVStrayQuotes(t *testing.T) {
	// Six rows; the opening quote of row 3 is never closed: lazy quotes read «Đã nhập 2».
	data := "Tên đơn vị,Loại\nĐơn vị 1,Xã\n\"Đơn vị 2,Xã\nĐơn vị 3,Xã\nĐơn vị 4,Xã\nĐơn vị 5,Xã\nĐơn vị 6,Xã\n"
	mustRefuse(t, "a.csv", []byte(data), "Dòng 3, cột «A»", "ngoặc kép", "Không nhập gì")
	// A quote in the middle of an unquoted cell (hand-edited files).
	mustRefuse(t, "a.csv", []byte("Tên đơn vị,Loại\nĐơn vị 1,Xã\nĐơn vị 2,X\"ã\n"), "Dòng 3, cột «B»")
	// Quotes used the way Excel writes them still read.
	tab, err := Files{}.ReadTable(strings.NewReader("Tên đơn vị,Loại\n\"Trường \"\"Hoa Mai\"\"\",Khác\n"), "a.csv")
	if err != nil || tab.Rows[0][0] != `Trường "Hoa Mai"` {
		t.Errorf("an escaped quote: %v %q", err, tab.Rows)
	}
}

// rowsXML is a worksheet of n rows of two inline-string cells, declaring dim as its dimension.
func rowsXML(n int, dim string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	fmt.Fprintf(&b, `<dimension ref="%s"/><sheetData>`, dim)
	b.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Giới tính</t></is></c></row>`)
	for i := 2; i <= n; i++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>Người %d</t></is></c><c r="B%d" t="inlineStr"><is><t>Nam</t></is></c></row>`, i, i, i, i)
	}
	b.WriteString(`</sheetData></worksheet>`)
	return b.String()
}

// xlsxWith is a minimal workbook whose only sheet is sheet.
func xlsxWith(tb testing.TB, sheet string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := map[string]string{
		"[Content_Types].xml":        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels":                `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml":   sheet,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadTable_XLSXDamaged(t *testing.T) {
	whole := rowsXML(10001, "A1:B10001")
	t.Run("OK", func(t *testing.T) {
		tab, err := Files{}.ReadTable(bytes.NewReader(xlsxWith(t, whole)), "a.xlsx")
		if err != nil || len(tab.Rows) != 10000 {
			t.Fatalf("a whole sheet: %d rows, %v", len(tab.Rows), err)
		}
	})
	t.Run("ErrCutShort", func(t *testing.T) {
		mustRefuse(t, "a.xlsx", xlsxWith(t, whole[:len(whole)/2]), "bị hỏng", "Không nhập gì")
	})
	t.Run("ErrEndsEarlyButWellFormed", func(t *testing.T) {
		short := rowsXML(4977, "A1:B10001")
		mustRefuse(t, "a.xlsx", xlsxWith(t, short), "10001", "4977")
	})
	t.Run("ErrMalformed", func(t *testing.T) {
		bad := strings.Replace(whole, `<row r="5000">`, `<row r="5000"><c>`, 1)
		mustRefuse(t, "a.xlsx", xlsxWith(t, bad), "bị hỏng")
	})
	t.Run("ErrControlCharacter", func(t *testing.T) {
		bad := strings.Replace(whole, `<t>Người 7</t>`, "<t>Người\x01 7</t>", 1)
		mustRefuse(t, "a.xlsx", xlsxWith(t, bad), "từ khoảng dòng 7")
	})
}

func TestReadTable_TooLarge(t *testing.T) {
	t.Run("CSVRows", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Họ và tên,Giới tính\n")
		for i := 0; i <= maxRows+1; i++ {
			b.WriteString("A,Nam\n")
		}
		mustRefuse(t, "a.csv", []byte(b.String()), "100.000 dòng")
	})
	t.Run("XLSXRows", func(t *testing.T) {
		mustRefuse(t, "a.xlsx", xlsxWith(t, rowsXML(maxRows+3, "A1")), "100.000 dòng")
	})
	t.Run("XLSXUnzipped", func(t *testing.T) {
		// A small entry that declares more than the limit unpacked: refused before anything unpacks.
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Store,
			CompressedSize64: 3, UncompressedSize64: maxUnzipSize + 1})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte("<a>")); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		mustRefuse(t, "a.xlsx", buf.Bytes(), fmt.Sprintf("%d MB", maxUnzipSize>>20))
	})
}

// No temporary file is made while reading a large workbook: excelize unpacks sheets over 16 MB to
// temporary files (removed on Close, but left behind when the program is killed meanwhile) unless
// told to keep them in memory. The test watches the temporary folder during the read.
func TestReadTable_XLSXMakesNoTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	big := strings.Replace(rowsXML(20000, "A1:B20000"), "<sheetData>", strings.Repeat(" ", 17<<20)+"<sheetData>", 1)
	file := xlsxWith(t, big)
	done := make(chan error)
	go func() {
		_, err := Files{}.ReadTable(bytes.NewReader(file), "a.xlsx")
		done <- err
	}()
	seen := 0
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			if seen > 0 {
				t.Errorf("the read made temporary files (%d seen)", seen)
			}
			return
		default:
			if left, _ := os.ReadDir(dir); len(left) > seen {
				seen = len(left)
			}
			time.Sleep(time.Millisecond)
		}
	}
}
