package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// column is a table column: its Vietnamese title and width in Fyne units.
type column struct {
	title string
	width float32
}

// textTable is a read-only widget.Table of text cells fed by two functions: the row count and the
// text of a cell. Tests read the same cell function the table draws from.
type textTable struct {
	*Table
	cols   []column
	widths []float32 // as set: the column's width or its title's, the wider
	rows   func() int
	cell   func(row, col int) string
	onSel  func(row int)
}

func newTextTable(cols []column, rows func() int, cell func(row, col int) string) *textTable {
	t := &textTable{cols: cols, rows: rows, cell: cell}
	t.Table = NewTableWithHeaders(t.size, t.create, t.update)
	t.ShowHeaderColumn = false
	t.CreateHeader = t.create
	t.UpdateHeader = t.updateHeader
	t.OnSelected = t.selected
	for i, c := range cols {
		t.widths = append(t.widths, headerFit(c))
		t.SetColumnWidth(i, t.widths[i])
	}
	return t
}

// headerFit is a column's width, widened so that its bold title shows whole: a header cut to
// «Đối tư…» leaves the office guessing (Fyne 2.7 has no tooltips).
func headerFit(c column) float32 {
	title := widget.NewLabelWithStyle(c.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return fyne.Max(c.width, title.MinSize().Width+2*theme.Padding()) // the header cell's own inset
}

func (t *textTable) size() (int, int) { return t.rows(), len(t.cols) }

func (t *textTable) create() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (t *textTable) update(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.TextStyle = fyne.TextStyle{}
	l.SetText(t.cell(id.Row, id.Col))
}

func (t *textTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Col >= 0 && id.Col < len(t.cols) {
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.SetText(t.cols[id.Col].title)
	}
}

func (t *textTable) selected(id widget.TableCellID) {
	if t.onSel != nil {
		t.onSel(id.Row)
	}
}

// text is the whole visible content, row by row, for tests and for copying.
func (t *textTable) text() [][]string {
	out := make([][]string, t.rows())
	for r := range out {
		out[r] = make([]string, len(t.cols))
		for c := range t.cols {
			out[r][c] = t.cell(r, c)
		}
	}
	return out
}
