package app

import "io"

// Table is a spreadsheet read into text: the header row and the data rows.
// Cells hold the text as the file has it (not yet normalised); the import
// parsers normalise every cell before use.
type Table struct {
	Header []string
	Rows   [][]string
	// RowNums[i] is the 1-based row of Rows[i] in the file, as Excel shows it,
	// so that an import error can say which line to correct. Readers keep the
	// true numbers when they skip blank rows.
	RowNums []int
	// HeaderRow is the 1-based row of Header in the file (the first non-empty
	// row; usually 1). Zero means unknown: the parsers then take the row
	// before the first data row, or 1.
	HeaderRow int
	// Types[j] says how a writer stores the cells of column j; nil or
	// shorter means text. Only writers read it: readers leave it nil and give
	// back the strings that were written.
	Types []CellType
}

// CellType is how a writer stores the cells of a column. Whatever the type,
// a cell of a Table is text: a typed cell holds a plain integer ("1410000",
// "-5", no separators, no leading zeros) or nothing; a cell that is not such
// an integer is written as text.
type CellType int

// Cell types.
const (
	// CellText is stored as text, exactly as given (leading zeros, "=…").
	CellText CellType = iota
	// CellInteger is a plain integer, stored as a number in .xlsx.
	CellInteger
	// CellMoney is an amount in đồng, stored as a number shown "#,##0" in
	// .xlsx (Excel groups the digits in the user's locale: 1.410.000 on a
	// Vietnamese Windows) and as plain digits in .csv.
	CellMoney
)

// ColumnType is the type of column j: CellText when Types does not say.
func (t Table) ColumnType(j int) CellType {
	if j >= 0 && j < len(t.Types) {
		return t.Types[j]
	}
	return CellText
}

// Spreadsheets reads and writes tables as Excel or CSV files; sheet
// implements it and main wires it in. Errors meant for the user are *Error
// with Vietnamese messages.
type Spreadsheets interface {
	// ReadTable reads the first sheet of an .xlsx file or a .csv file; the
	// format comes from the extension of fileName. Blank rows are dropped.
	ReadTable(r io.Reader, fileName string) (Table, error)
	// WriteTable writes t as .xlsx or .csv (from the extension of fileName):
	// the header in row 1, the rows from row 2 without gaps (RowNums and
	// HeaderRow are ignored). widths are column widths in Excel character
	// units and may be nil.
	WriteTable(w io.Writer, fileName string, t Table, widths []float64) error
}

// HeaderFileRow is the row of the header for error messages, never below 1.
func (t Table) HeaderFileRow() int {
	switch {
	case t.HeaderRow > 0:
		return t.HeaderRow
	case len(t.RowNums) > 0 && t.RowNums[0] > 1:
		return t.RowNums[0] - 1
	}
	return 1
}

// FileRow is the file row of Rows[i] for error messages, never below 1.
func (t Table) FileRow(i int) int {
	if i < len(t.RowNums) && t.RowNums[i] > 0 {
		return t.RowNums[i]
	}
	if n := t.HeaderFileRow() + 1 + i; n > 0 {
		return n
	}
	return 1 // the row count overflowed: the numbers in RowNums were nonsense
}

// AddRow appends a row numbered as a writer lays it out: right after the
// header, no gaps.
func (t *Table) AddRow(cells []string) {
	t.Rows = append(t.Rows, cells)
	t.RowNums = append(t.RowNums, t.HeaderRow+len(t.Rows))
}
