package pdf

import (
	"math"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// The blocks every NĐ 30/2020 document of this package shares: the page flow with its page
// numbers, the two-column header, centred headings with their rules, wrapped text, and tables
// whose rows are measured before they are drawn so that no row is cut across pages.

// stamp sets the document's metadata. The dates come from the document itself (fpdf would take
// the clock for a zero date), and the catalogue is sorted: two renders compare byte for byte.
func stamp(f *fpdf.Fpdf, title string, date time.Time) {
	if date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	f.SetTitle(title, true)
	f.SetLang("vi-VN")
	f.SetCreationDate(date)
	f.SetModificationDate(date)
	f.SetCatalogSort(true)
}

// doc is a document being laid out: the page flow and the blocks every NĐ 30 document shares.
type doc struct {
	f *fpdf.Fpdf
	// onRow, when set, is told where each table row went (tests check the page flow with it).
	onRow func(page int, top float64, r row)
	// onPage, when set, draws on every new page before its content (the mark of a draft).
	onPage func()
}

// newPage starts a page; from page 2 on its number is centred in the top margin (NĐ 30/2020
// Phụ lục I: page 1 carries no number).
func (d *doc) newPage() {
	d.f.AddPage()
	if d.onPage != nil {
		d.onPage()
	}
	if n := d.f.PageNo(); n > 1 {
		d.f.SetFont(family, regular, sizePageNo)
		d.f.SetXY(marginLeft, pageNoY)
		d.f.CellFormat(textW, pageNoLine, strconv.Itoa(n), "", 0, "C", false, 0, "")
	}
	d.f.SetXY(marginLeft, marginTop)
}

// fits reports whether a block h high still fits above the bottom margin.
func (d *doc) fits(h float64) bool {
	return d.f.GetY()+h <= bottomLimit+0.01
}

// wrap splits text into lines no wider than w in the current font. SplitText counts runes;
// SplitLines counts bytes and breaks Vietnamese lines too early.
func (d *doc) wrap(text string, w float64) []string {
	if text == "" {
		return nil
	}
	return d.f.SplitText(text, w)
}

// wrapBalanced wraps text into as few lines as wrap would, but as even as possible: a centred
// heading reads "ỦY BAN NHÂN DÂN / HUYỆN BẮC TRÀ MY", not "ỦY BAN NHÂN DÂN HUYỆN / BẮC TRÀ MY".
// It looks for the narrowest width that still gives the same number of lines.
func (d *doc) wrapBalanced(text string, w float64) []string {
	return balanced(text, w, d.wrap)
}

// balanced is wrapBalanced with any wrapping function.
func balanced(text string, w float64, wrap func(string, float64) []string) []string {
	lines := wrap(text, w)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := w/float64(len(lines)), w
	for hi-lo > 0.2 {
		mid := (lo + hi) / 2
		if len(wrap(text, mid)) == len(lines) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return wrap(text, hi)
}

// centred draws lines centred in [x, x+w] from y, lineH apart, and returns the y below them.
func (d *doc) centred(lines []string, x, y, w, lineH float64) float64 {
	for _, l := range lines {
		d.f.SetXY(x, y)
		d.f.CellFormat(w, lineH, l, "", 0, "C", false, 0, "")
		y += lineH
	}
	return y
}

// widest is the width of the longest of lines in the current font.
func (d *doc) widest(lines []string) float64 {
	w := 0.0
	for _, l := range lines {
		w = max(w, d.f.GetStringWidth(l))
	}
	return w
}

// rule draws a horizontal rule of length l centred on cx at height y.
func (d *doc) rule(cx, y, l float64) {
	d.f.SetLineWidth(ruleWidth)
	d.f.Line(cx-l/2, y, cx+l/2, y)
}

// maxHeadingLines bounds every heading (agency, title, subtitle), so that whatever the settings
// say the first page keeps room for the body.
const maxHeadingLines = 4

// headerSpec is what the two-column head of an NĐ 30/2020 document says and how large: the
// governing body (regular, may be empty) and the issuing body (bold) on the left, the national
// name and the motto on the right.
type headerSpec struct {
	parent    []string // cơ quan chủ quản, regular
	issuer    []string // cơ quan ban hành, bold, ruled
	size      float64  // agency lines and the national name
	mottoSize float64
	line      float64 // line height
	ruleGap   float64 // from the bottom of a line box to the rule under it
}

// header draws the head of a list drawn up by office for agency (the payout list).
func (d *doc) header(agency, office string) {
	h := headerSpec{issuer: []string{agency}, size: sizeNation, mottoSize: sizeMotto, line: headerLine, ruleGap: ruleGap}
	if office != "" {
		h.parent, h.issuer = []string{agency}, []string{office}
	}
	d.headerBlock(h)
}

// headerBlock draws the two-column head (cells 1 and 2) and leaves y under the taller column.
func (d *doc) headerBlock(h headerSpec) {
	top := d.f.GetY()
	yl := d.agencyBlock(top, h)
	yr := d.nationBlock(top, h)
	d.f.SetY(max(yl, yr))
}

// headingLines wraps each of texts balanced to w in the current font, capped altogether.
func (d *doc) headingLines(texts []string, w float64) []string {
	var lines []string
	for _, t := range texts {
		lines = append(lines, d.wrapBalanced(strings.ToUpper(t), w)...)
	}
	return d.capLines(lines, maxHeadingLines, w)
}

// agencyBlock is cell 2: the issuing body in capitals, bold, with a rule under it 1/3–1/2 as
// long; its governing body, when there is one, in regular type above it (NĐ 30/2020: "UBND
// HUYỆN …" / "PHÒNG NỘI VỤ").
func (d *doc) agencyBlock(y float64, h headerSpec) float64 {
	x, w := float64(marginLeft), float64(headerLeftW)
	if len(h.parent) > 0 {
		d.f.SetFont(family, regular, h.size)
		y = d.centred(d.headingLines(h.parent, w), x, y, w, h.line)
	}
	d.f.SetFont(family, bold, h.size)
	lines := d.headingLines(h.issuer, w)
	y = d.centred(lines, x, y, w, h.line)
	if len(lines) == 0 {
		return y
	}
	d.rule(x+w/2, y+h.ruleGap, d.widest(lines)*agencyRuleRatio)
	return y + h.ruleGap
}

// nationBlock is cell 1: the national name and the motto with a rule as long as the motto.
func (d *doc) nationBlock(y float64, h headerSpec) float64 {
	x, w := float64(marginLeft+headerLeftW), float64(headerRightW)
	d.f.SetFont(family, bold, h.size)
	y = d.centred(d.wrapBalanced("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", w), x, y, w, h.line)
	d.f.SetFont(family, bold, h.mottoSize)
	const motto = "Độc lập - Tự do - Hạnh phúc"
	y = d.centred([]string{motto}, x, y, w, h.line)
	d.rule(x+w/2, y+h.ruleGap, d.f.GetStringWidth(motto))
	return y + h.ruleGap
}

// capLines keeps the first n lines and marks the cut with an ellipsis, shortening the last
// line until it fits w in the current font again.
func (d *doc) capLines(lines []string, n int, w float64) []string {
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	last := []rune(strings.TrimSpace(lines[n-1]))
	for len(last) > 0 && d.f.GetStringWidth(string(last)+"…") > w {
		last = last[:len(last)-1]
	}
	lines[n-1] = strings.TrimSpace(string(last)) + "…"
	return lines
}

// cell is one cell of a table row: its text, width, alignment ("L", "C", "R") and font style.
// A fit cell (a number) stays on one line and is set smaller when it is too wide.
type cell struct {
	text  string
	w     float64
	align string
	style string
	fit   bool
}

// row is a measured table row: the wrapped lines of every cell and the row's height.
type row struct {
	cells []cell
	lines [][]string
	h     float64
}

// maxCellLines keeps a row shorter than a page under a repeated header row, whatever the text:
// a row that could not fit on any page would be printed over the bottom margin.
var maxCellLines = int(math.Floor((bottomLimit - marginTop - 4*tableLine - 4*cellPadY) / tableLine))

// measure wraps every cell to its width and sizes the row: the tallest cell plus padding, and
// at least minH.
func (d *doc) measure(cells []cell, minH float64) row {
	r := row{cells: cells, lines: make([][]string, len(cells))}
	n := 1
	for i, c := range cells {
		d.f.SetFont(family, c.style, sizeTable)
		switch {
		case c.fit && c.text != "":
			r.lines[i] = []string{c.text}
		default:
			r.lines[i] = d.capLines(d.wrap(c.text, c.w-2*cellPadX), maxCellLines, c.w-2*cellPadX)
		}
		n = max(n, len(r.lines[i]))
	}
	r.h = max(minH, float64(n)*tableLine+2*cellPadY)
	return r
}

// draw draws a measured row at the current y, every cell framed, its text centred vertically,
// and moves y below it.
func (d *doc) draw(r row) {
	x, y := float64(marginLeft), d.f.GetY()
	if d.onRow != nil {
		d.onRow(d.f.PageNo(), y, r)
	}
	d.f.SetLineWidth(tableBorder)
	for i, c := range r.cells {
		d.f.Rect(x, y, c.w, r.h, "D")
		d.setCellFont(c)
		ty := y + (r.h-float64(len(r.lines[i]))*tableLine)/2
		for j, l := range r.lines[i] {
			d.f.SetXY(x+cellPadX, ty+float64(j)*tableLine)
			d.f.CellFormat(c.w-2*cellPadX, tableLine, l, "", 0, c.align, false, 0, "")
		}
		x += c.w
	}
	d.f.SetXY(marginLeft, y+r.h)
}

// setCellFont selects the cell's style at the table size, or smaller for a fit cell that would
// not fit its width otherwise.
func (d *doc) setCellFont(c cell) {
	d.f.SetFont(family, c.style, sizeTable)
	if !c.fit {
		return
	}
	if w, room := d.f.GetStringWidth(c.text), c.w-2*cellPadX; w > room {
		d.f.SetFontSize(sizeTable * room / w)
	}
}

// table flows rows over pages under a header row repeated on every page.
type table struct {
	d    *doc
	head row
}

// newTable measures the header row: labels in bold, centred, in columns of widths cols.
func newTable(d *doc, cols []float64, labels []string) table {
	cs := make([]cell, len(cols))
	for i, w := range cols {
		cs[i] = cell{text: labels[i], w: w, align: "C", style: bold}
	}
	return table{d: d, head: d.measure(cs, 0)}
}

// put draws rows that must stay on one page (a group heading and its first recipient); when
// they do not fit, it starts a page and repeats the header row first.
func (t *table) put(rows ...row) {
	h := 0.0
	for _, r := range rows {
		h += r.h
	}
	if !t.d.fits(h) {
		t.d.newPage()
		t.d.draw(t.head)
	}
	for _, r := range rows {
		t.d.draw(r)
	}
}

// groupRow is "I | Tập thể" in bold: the numeral under STT (of width stt), the label across
// the other columns.
func (t *table) groupRow(g string, stt float64) row {
	num, label := "", g
	if n, l, ok := strings.Cut(g, ". "); ok {
		num, label = n, l
	}
	return t.d.measure([]cell{
		{text: num, w: stt, align: "C", style: bold},
		{text: label, w: textW - stt, align: "L", style: bold},
	}, 0)
}
