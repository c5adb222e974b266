// Package sheet reads and writes app.Table as Excel (.xlsx) and CSV files,
// the two formats the office exchanges unit and staff lists in. It
// implements app.Spreadsheets; main wires it in.
package sheet

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Files implements app.Spreadsheets for .xlsx and .csv files.
type Files struct{}

var _ app.Spreadsheets = Files{}

// maxFileSize bounds what ReadTable loads into memory. A list of 10.000
// people is well under 1 MB as .xlsx and 2 MB as .csv.
const maxFileSize = 64 << 20

// Errors the user sees.
var (
	errFormat   = app.Errorf(app.EINVALID, "Chỉ nhận tệp .xlsx hoặc .csv.")
	errBadXLSX  = app.Errorf(app.EINVALID, "Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx.")
	errTooLarge = app.Errorf(app.EINVALID, "Tệp quá lớn (trên %d MB).", maxFileSize>>20)
	errNoHeader = app.Errorf(app.EINVALID, "Tệp không có dữ liệu: không tìm thấy dòng tiêu đề.")
)

// ReadTable reads the first visible sheet of an .xlsx file, or a .csv file,
// as text: the first non-empty row is the header, blank rows are dropped and
// the others keep their row numbers as Excel shows them.
func (Files) ReadTable(r io.Reader, fileName string) (app.Table, error) {
	ext := strings.ToLower(filepath.Ext(fileName))
	if ext != ".xlsx" && ext != ".csv" {
		return app.Table{}, errFormat
	}
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return app.Table{}, fmt.Errorf("sheet: read %s: %w", fileName, err)
	}
	if len(data) > maxFileSize {
		return app.Table{}, errTooLarge
	}
	if ext == ".xlsx" {
		return readXLSX(data)
	}
	return readCSV(data)
}

// WriteTable writes t as .xlsx or .csv, chosen by the extension of fileName.
func (Files) WriteTable(w io.Writer, fileName string, t app.Table, widths []float64) error {
	switch strings.ToLower(filepath.Ext(fileName)) {
	case ".xlsx":
		return writeXLSX(w, t, widths)
	case ".csv":
		return writeCSV(w, t)
	}
	return errFormat
}

// tableBuilder collects rows as a reader meets them.
type tableBuilder struct {
	t app.Table
}

// add takes row n (1-based) of the file and returns its index in Rows, or
// -1 for a blank row or the header. The first non-blank row is the header;
// its trailing blank cells are dropped. Data rows are padded to the
// header's width so that a parser may index any column.
func (b *tableBuilder) add(n int, cells []string) int {
	if blankRow(cells) {
		return -1
	}
	if b.t.HeaderRow == 0 {
		for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
			cells = cells[:len(cells)-1]
		}
		b.t.Header, b.t.HeaderRow = cells, n
		return -1
	}
	if short := len(b.t.Header) - len(cells); short > 0 {
		cells = append(cells, make([]string, short)...)
	}
	b.t.Rows = append(b.t.Rows, cells)
	b.t.RowNums = append(b.t.RowNums, n)
	return len(b.t.Rows) - 1
}

// table returns the table; a file without any non-blank row is an error.
func (b *tableBuilder) table() (app.Table, error) {
	if b.t.HeaderRow == 0 {
		return app.Table{}, errNoHeader
	}
	return b.t, nil
}

// blankRow reports whether every cell is blank once normalised (spaces,
// NBSP, zero-width characters: what a stray keystroke leaves in Excel).
func blankRow(cells []string) bool {
	for _, c := range cells {
		if c != "" && viet.Normalize(c) != "" {
			return false
		}
	}
	return true
}

// utf8BOM is the byte order mark Excel writes at the start of "CSV UTF-8"
// files and needs to recognise them as UTF-8.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// trimBOM drops a leading UTF-8 byte order mark.
func trimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, utf8BOM)
}
