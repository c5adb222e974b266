package sheet

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/viet"
)

// sheetName is the one sheet WriteTable creates (Excel allows 31 characters).
const sheetName = "Danh sách"

// maxUnzipSize bounds the unpacked size of an .xlsx, so that a zip bomb
// fails instead of filling memory; real lists unpack to a few MB.
const maxUnzipSize = 256 << 20

// readXLSX reads the first visible sheet of an .xlsx file, once inspectXLSX has found it whole and
// within the limits. The XML limit equals the size limit so that excelize keeps every part in memory
// and never leaves unpacked temporary files behind (a killed import used to leave gigabytes).
func readXLSX(data []byte) (app.Table, error) {
	if err := inspectXLSX(data); err != nil {
		return app.Table{}, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipSize, UnzipXMLSizeLimit: maxUnzipSize})
	if err != nil {
		return app.Table{}, errBadXLSX
	}
	defer f.Close()
	name := firstVisibleSheet(f)
	if name == "" {
		return app.Table{}, errBadXLSX
	}
	return readSheet(f, name)
}

// firstVisibleSheet is the first sheet in tab order that is not hidden: the
// one a user who prepared the list sees first.
func firstVisibleSheet(f *excelize.File) string {
	names := f.GetSheetList()
	for _, name := range names {
		if visible, err := f.GetSheetVisible(name); err == nil && visible {
			return name
		}
	}
	if len(names) > 0 {
		return names[0]
	}
	return ""
}

// readSheet streams the rows of a sheet as Excel shows them, then fixes the
// few cells that may be whole numbers shown with digit grouping (see
// plainNumber).
func readSheet(f *excelize.File, name string) (app.Table, error) {
	rows, err := f.Rows(name)
	if err != nil {
		return app.Table{}, errBadXLSX
	}
	defer rows.Close()
	var (
		b     tableBuilder
		fixes []cellPos
	)
	// Next yields every row in order, empty ones included, so the count is
	// the row number.
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns()
		if err != nil {
			return app.Table{}, errBadXLSX
		}
		if i := b.add(n, cells); i >= 0 {
			for col, c := range cells {
				if maybeGroupedNumber(c) {
					fixes = append(fixes, cellPos{i, col})
				}
			}
		}
	}
	if rows.Error() != nil {
		return app.Table{}, errBadXLSX
	}
	if err := fixNumbers(f, name, &b.t, fixes); err != nil {
		return app.Table{}, err
	}
	if err := fixDates(f, name, &b.t); err != nil {
		return app.Table{}, err
	}
	return b.table()
}

// cellPos is a cell of a table: the index in Rows and the column.
type cellPos struct{ row, col int }

// fixNumbers replaces the cells at fixes by plainNumber. Reading a raw value
// parses the whole sheet once more, so it is done only for files that have
// such cells (unit lists with phone numbers, years in a "#,##0" column).
func fixNumbers(f *excelize.File, name string, t *app.Table, fixes []cellPos) error {
	rawOpts := excelize.Options{RawCellValue: true}
	for _, p := range fixes {
		ref, err := excelize.CoordinatesToCellName(p.col+1, t.RowNums[p.row])
		if err != nil {
			return errBadXLSX
		}
		raw, err := f.GetCellValue(name, ref, rawOpts)
		if err != nil {
			return errBadXLSX
		}
		t.Rows[p.row][p.col] = plainNumber(t.Rows[p.row][p.col], raw)
	}
	return nil
}

// fixDates rewrites the cells that hold a number shown with a date format
// as dd/mm/yyyy: Excel stores a date as a day count and shows it in a format
// of the author's locale ("01-15-24", "15/01/2024", "15-Jan-24"), which the
// import could not read back reliably. Nothing is done for a workbook
// without a date format, such as every file WriteTable makes, so reading a
// long list does not parse the sheet a second time.
func fixDates(f *excelize.File, name string, t *app.Table) error {
	styles := dateStyles(f)
	if len(styles) == 0 {
		return nil
	}
	offset := 0 // added to a serial to count from 1900
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil && *props.Date1904 {
		offset = 1462 // days from 01/01/1900 (serial 1) to 01/01/1904 (serial 0 of 1904)
	}
	for i, row := range t.Rows {
		for col, shown := range row {
			if !strings.ContainsAny(shown, "0123456789") {
				continue // every date format shows digits, names of days aside
			}
			ref, err := excelize.CoordinatesToCellName(col+1, t.RowNums[i])
			if err != nil {
				return errBadXLSX
			}
			if style, err := f.GetCellStyle(name, ref); err != nil || !styles[style] {
				continue
			}
			raw, err := f.GetCellValue(name, ref, excelize.Options{RawCellValue: true})
			if err != nil {
				return errBadXLSX
			}
			row[col] = dateText(shown, raw, offset)
		}
	}
	return nil
}

// dateText is the date of a cell as dd/mm/yyyy, or shown when the cell is
// not a formatted number (text typed into a date column, where the stored
// value is what is shown) or not a day Excel can show. A time of day is
// dropped. The serial is read by app.ParseDate, so that a date cell and the
// same serial in a text cell give the same day.
func dateText(shown, raw string, offset int) string {
	if raw == shown {
		return shown
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil || v < 1 || v >= 1e7 {
		return shown
	}
	d, err := viet.ParseDateCell(strconv.Itoa(int(v) + offset))
	if err != nil {
		return shown
	}
	return viet.FormatDate(d)
}

// maxStyles bounds the styles dateStyles looks at (Excel's own limit).
const maxStyles = excelize.MaxCellStyles

// dateStyles are the style IDs of the workbook whose number format is a
// date.
func dateStyles(f *excelize.File) map[int]bool {
	out := make(map[int]bool)
	for id := 0; id < maxStyles; id++ {
		st, err := f.GetStyle(id)
		if err != nil || st == nil {
			break
		}
		if isDateFormat(st.NumFmt, st.CustomNumFmt) {
			out[id] = true
		}
	}
	return out
}

// isDateFormat reports whether a number format shows a date: a built-in
// date format, or a custom code with a day or a year in it.
func isDateFormat(id int, custom *string) bool {
	if custom != nil {
		return isDateCode(*custom)
	}
	// ECMA-376 Part 1, 18.8.30: 14–17 and 22 are dates (22 with a time);
	// 27–31, 36 and 50–58 are the East Asian dates; 18–21 and 45–47 are
	// times of day only.
	switch {
	case id >= 14 && id <= 17, id == 22, id >= 27 && id <= 31, id == 36, id >= 50 && id <= 58:
		return true
	}
	return false
}

// isDateCode reports whether the first section of a custom number format
// code (the one for positive numbers) shows a day or a year: a d or y
// outside quoted text, escapes ("\d", "_d", "*d": a literal, a space as wide
// as d, a fill) and brackets ([Red], [$-42A], [h]). Months alone are not
// enough: m is also minutes.
func isDateCode(code string) bool {
	skip, quoted, bracket := false, false, false
	for _, r := range code {
		switch {
		case skip:
			skip = false
		case quoted:
			quoted = r != '"'
		case bracket:
			bracket = r != ']'
		case r == '"':
			quoted = true
		case r == '[':
			bracket = true
		case strings.ContainsRune(`\_*`, r):
			skip = true
		case r == ';':
			return false
		case strings.ContainsRune("dDyY", r):
			return true
		}
	}
	return false
}

// maybeGroupedNumber reports whether s could be a number shown with digit
// grouping or decimals ("1,985", "1.985", "1 985", "1985.0"): digits, an
// optional leading minus, and at least one separator.
func maybeGroupedNumber(s string) bool {
	digits, seps := 0, 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',' || r == ' ' || r == '\u00a0' || r == '\u202f':
			seps++
		case r == '-' && i == 0:
		default:
			return false
		}
	}
	return digits > 0 && seps > 0
}

// plainNumber returns the plain digits of a whole number that Excel shows
// with digit grouping or zero decimals: a birth year typed as a number in a
// column formatted "#,##0" shows as "1,985" (or "1.985" in Vietnamese
// Excel), with "0.0" as "1985.0", but must import as "1985". raw is the
// stored value. Anything else (text, fractions, dates) is returned as shown.
func plainNumber(shown, raw string) string {
	if shown == raw {
		return shown
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil || v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return shown
	}
	plain := strconv.FormatFloat(v, 'f', -1, 64)
	if digitsOf(shown) == plain || digitsOf(trimZeroDecimals(shown)) == plain {
		return plain
	}
	return shown
}

// trimZeroDecimals drops a decimal part of zeros: "1,985.00" → "1,985".
func trimZeroDecimals(s string) string {
	t := strings.TrimRight(s, "0")
	if len(t) < len(s) && len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == ',') {
		return t[:len(t)-1]
	}
	return s
}

// digitsOf keeps the ASCII digits and minus signs of s.
func digitsOf(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c == '-' {
			b = append(b, c)
		}
	}
	return string(b)
}

// writeXLSX writes t on one sheet: a bold, shaded header row frozen above
// the data and carrying an autofilter, the data from row 2 without gaps
// (t.RowNums is ignored). Text cells are text and typed cells numbers (see
// typedCell), so reading the file back gives the same strings. The
// StreamWriter keeps 10.000 rows fast and small.
func writeXLSX(w io.Writer, t app.Table, widths []float64) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheetName); err != nil {
		return fmt.Errorf("sheet: write xlsx: %w", err)
	}
	sw, err := f.NewStreamWriter(sheetName)
	if err != nil {
		return fmt.Errorf("sheet: write xlsx: %w", err)
	}
	if err := layOut(f, sw, t, widths); err != nil {
		return fmt.Errorf("sheet: write xlsx: %w", err)
	}
	if err := writeRows(f, sw, t); err != nil {
		return fmt.Errorf("sheet: write xlsx: %w", err)
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("sheet: write xlsx: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("sheet: write xlsx: %w", err)
	}
	return nil
}

// layOut sets what the StreamWriter needs before the first row: column
// widths, the frozen header and the autofilter.
func layOut(f *excelize.File, sw *excelize.StreamWriter, t app.Table, widths []float64) error {
	// Right to left: excelize puts each new <col> first and writes them as
	// they are, and Excel wants them in column order.
	for i := len(widths) - 1; i >= 0; i-- {
		if widths[i] <= 0 {
			continue
		}
		if err := sw.SetColWidth(i+1, i+1, min(widths[i], excelize.MaxColumnWidth)); err != nil {
			return err
		}
	}
	err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
	if err != nil || len(t.Header) == 0 {
		return err
	}
	// After NewStreamWriter, which has already written <sheetPr>: AutoFilter
	// would otherwise mark the sheet filterMode, "a filter is applied".
	last, err := excelize.CoordinatesToCellName(len(t.Header), len(t.Rows)+1)
	if err != nil {
		return err
	}
	return f.AutoFilter(sheetName, "A1:"+last, nil)
}

// writeRows writes the header (styled) and the data rows.
func writeRows(f *excelize.File, sw *excelize.StreamWriter, t app.Table) error {
	style, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
	})
	if err != nil {
		return err
	}
	header := make([]any, len(t.Header))
	for i, h := range t.Header {
		header[i] = excelize.Cell{StyleID: style, Value: h}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	styles, err := newNumberStyles(f, t)
	if err != nil {
		return err
	}
	var values []any
	for i, row := range t.Rows {
		values = values[:0]
		for j, v := range row {
			values = append(values, styles.cell(v, t.ColumnType(j)))
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, values); err != nil {
			return err
		}
	}
	return nil
}

// numberStyles are the styles of typed cells, made only when t has such a
// column (an unused style would still be written to the file).
type numberStyles struct {
	integer, money int
}

// Built-in number formats of Excel (ECMA-376 Part 1, 18.8.30). Built-in
// formats follow the user's locale: "#,##0" shows 1.410.000 in Vietnamese
// Excel and 1,410,000 in English.
const (
	numFmtInteger = 1 // "0": never 1.23E+11, as General shows 12 digits
	numFmtGrouped = 3 // "#,##0"
)

func newNumberStyles(f *excelize.File, t app.Table) (numberStyles, error) {
	var s numberStyles
	for _, typ := range t.Types {
		var err error
		switch {
		case typ == app.CellInteger && s.integer == 0:
			s.integer, err = f.NewStyle(&excelize.Style{NumFmt: numFmtInteger})
		case typ == app.CellMoney && s.money == 0:
			s.money, err = f.NewStyle(&excelize.Style{NumFmt: numFmtGrouped})
		}
		if err != nil {
			return s, err
		}
	}
	return s, nil
}

// maxExactNumber bounds the integers written as numbers: Excel keeps 15
// significant digits and would change the rest.
const maxExactNumber = 1e15

// cell is what the StreamWriter gets for the text v of a column of type typ:
// nil for an empty cell (no cell at all: a smaller file), a number for a
// typed cell holding a plain integer, else the text. "007" or "1.410.000"
// in a money column stay text, so the file never shows a value the table
// does not have.
func (s numberStyles) cell(v string, typ app.CellType) any {
	if v == "" {
		return nil
	}
	style := s.integer
	switch typ {
	case app.CellInteger:
	case app.CellMoney:
		style = s.money
	default:
		return v
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || strconv.FormatInt(n, 10) != v || n <= -maxExactNumber || n >= maxExactNumber {
		return v
	}
	return excelize.Cell{StyleID: style, Value: n}
}
