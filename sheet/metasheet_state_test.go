package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"testing"

	"thidua/app"
)

// TestUnitBook_MetaSheetVeryHidden: the program's sheet is "veryHidden" in xl/workbook.xml — Excel's
// «Unhide» does not list it (a plain "hidden" sheet would be one click away) — and the reader still
// finds it.
func TestUnitBook_MetaSheetVeryHidden(t *testing.T) {
	var buf bytes.Buffer
	if err := (Files{}).WriteUnitBook(&buf, testBook()); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var wb []byte
	for _, f := range z.File {
		if f.Name == "xl/workbook.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			wb, _ = io.ReadAll(r)
			r.Close()
		}
	}
	re := regexp.MustCompile(`<sheet [^>]*name="` + app.BookMetaSheet + `"[^>]*>`)
	tag := re.Find(wb)
	if tag == nil {
		t.Fatalf("no sheet %s in workbook.xml: %s", app.BookMetaSheet, wb)
	}
	if !bytes.Contains(tag, []byte(`state="veryHidden"`)) {
		t.Errorf("sheet %s is not veryHidden: %s", app.BookMetaSheet, tag)
	}
	if n := len(regexp.MustCompile(`state="(very)?[hH]idden"`).FindAll(wb, -1)); n != 1 {
		t.Errorf("%d hidden sheets, want only the program's", n)
	}
	got, err := (Files{}).ReadUnitBook(bytes.NewReader(buf.Bytes()), "so.xlsx")
	if err != nil {
		t.Fatalf("reader does not find the veryHidden sheet: %v", err)
	}
	if got.Meta.BookID != testBook().BookID {
		t.Errorf("book id read back = %q", got.Meta.BookID)
	}
}
