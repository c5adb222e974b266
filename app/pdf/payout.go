package pdf

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"thidua/app"
)

// Payout writes the finance office's "Danh sách chi tiền thưởng" of one decision to w: A4
// portrait with the NĐ 30/2020 margins and two-column header, the title and the decision it
// belongs to, the table (STT | Họ và tên / Tên tập thể | Chức vụ, đơn vị | Số tiền (đồng) |
// Ký nhận) with its header row repeated on every page and no row cut across pages, the total in
// figures and in words, and three signature blocks. The output depends on p alone: the same
// payout gives the same bytes. An error of fpdf is returned, never a panic.
func Payout(w io.Writer, p app.Payout) error {
	return payout(w, p, nil)
}

// payout is Payout with a watcher of the table rows (see doc.onRow).
func payout(w io.Writer, p app.Payout, onRow func(page int, top float64, r row)) error {
	f, err := newDocument()
	if err != nil {
		return err
	}
	p = cleanPayout(p)
	stamp(f, p.Title, p.Date)
	d := &doc{f: f, onRow: onRow}
	d.newPage()
	d.header(p.Agency, p.Office)
	d.title(p.Title, p.Subtitle)
	t := payoutTable{d: d, head: d.measure(payoutHeaderCells(), 0)}
	t.body(p.Rows)
	t.tail(p)
	return f.Output(w)
}

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

// cleanPayout normalises every text of p (see clean) without touching the caller's rows.
func cleanPayout(p app.Payout) app.Payout {
	p.Agency, p.Office, p.Place = clean(p.Agency), clean(p.Office), clean(p.Place)
	p.Title, p.Subtitle, p.TotalWords = clean(p.Title), clean(p.Subtitle), clean(p.TotalWords)
	rows := make([]app.PayoutRow, len(p.Rows))
	for i, r := range p.Rows {
		r.Name, r.PositionUnit, r.Group = clean(r.Name), clean(r.PositionUnit), clean(r.Group)
		rows[i] = r
	}
	p.Rows = rows
	return p
}

// doc is a document being laid out: the page flow and the blocks every NĐ 30 document shares.
type doc struct {
	f *fpdf.Fpdf
	// onRow, when set, is told where each table row went (tests check the page flow with it).
	onRow func(page int, top float64, r row)
}

// newPage starts a page; from page 2 on its number is centred in the top margin (NĐ 30/2020
// Phụ lục I: page 1 carries no number).
func (d *doc) newPage() {
	d.f.AddPage()
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
	lines := d.wrap(text, w)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := w/float64(len(lines)), w
	for hi-lo > 0.2 {
		mid := (lo + hi) / 2
		if len(d.wrap(text, mid)) == len(lines) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return d.wrap(text, hi)
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

// rule draws a horizontal rule of length l centred on cx at height y.
func (d *doc) rule(cx, y, l float64) {
	d.f.SetLineWidth(ruleWidth)
	d.f.Line(cx-l/2, y, cx+l/2, y)
}

// maxHeadingLines bounds every heading (agency, title, subtitle), so that whatever the settings
// say the first page keeps room for the table.
const maxHeadingLines = 4

// header draws the two-column head of an NĐ 30/2020 document (cells 1 and 2) and leaves y
// under the taller column.
func (d *doc) header(agency, office string) {
	top := d.f.GetY()
	yl := d.agencyBlock(top, agency, office)
	yr := d.nationBlock(top)
	d.f.SetY(max(yl, yr))
}

// agencyBlock is cell 2: the issuing body in capitals, bold, with a rule under it 1/3–1/2 as
// long. When an office draws the list up, the agency is its governing body, in regular type
// above it (NĐ 30/2020: "UBND HUYỆN …" / "PHÒNG NỘI VỤ").
func (d *doc) agencyBlock(y float64, agency, office string) float64 {
	x, w := float64(marginLeft), float64(headerLeftW)
	issuer := agency
	if office != "" {
		d.f.SetFont(family, regular, sizeNation)
		y = d.centred(d.capLines(d.wrapBalanced(strings.ToUpper(agency), w), maxHeadingLines, w), x, y, w, headerLine)
		issuer = office
	}
	d.f.SetFont(family, bold, sizeNation)
	lines := d.capLines(d.wrapBalanced(strings.ToUpper(issuer), w), maxHeadingLines, w)
	y = d.centred(lines, x, y, w, headerLine)
	if len(lines) == 0 {
		return y
	}
	widest := 0.0
	for _, l := range lines {
		widest = max(widest, d.f.GetStringWidth(l))
	}
	d.rule(x+w/2, y+ruleGap, widest*agencyRuleRatio)
	return y + ruleGap
}

// nationBlock is cell 1: the national name and the motto with a rule as long as the motto.
func (d *doc) nationBlock(y float64) float64 {
	x, w := float64(marginLeft+headerLeftW), float64(headerRightW)
	d.f.SetFont(family, bold, sizeNation)
	y = d.centred(d.wrapBalanced("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", w), x, y, w, headerLine)
	d.f.SetFont(family, bold, sizeMotto)
	const motto = "Độc lập - Tự do - Hạnh phúc"
	y = d.centred([]string{motto}, x, y, w, headerLine)
	d.rule(x+w/2, y+ruleGap, d.f.GetStringWidth(motto))
	return y + ruleGap
}

// title draws the document's name (bold) and the line under it (italic), centred on the text
// width, and leaves y where the body begins.
func (d *doc) title(title, subtitle string) {
	y := d.f.GetY() + titleGap
	d.f.SetFont(family, bold, sizeTitle)
	y = d.centred(d.capLines(d.wrapBalanced(title, textW), maxHeadingLines, textW), marginLeft, y, textW, titleLine)
	d.f.SetFont(family, italic, sizeSubtitle)
	y = d.centred(d.capLines(d.wrapBalanced(subtitle, textW), maxHeadingLines, textW), marginLeft, y, textW, subtitleLine)
	d.f.SetXY(marginLeft, y+afterSubtitle)
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

// payoutTable flows the rows of a payout list over pages.
type payoutTable struct {
	d    *doc
	head row
}

func payoutHeaderCells() []cell {
	cs := make([]cell, len(payoutCols))
	for i, w := range payoutCols {
		cs[i] = cell{text: app.PayoutHeader[i], w: w, align: "C", style: bold}
	}
	return cs
}

// put draws rows that must stay on one page (a group heading and its first recipient); when
// they do not fit, it starts a page and repeats the header row first.
func (t *payoutTable) put(rows ...row) {
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

// body draws the header row, then each group's heading and its recipients.
func (t *payoutTable) body(rows []app.PayoutRow) {
	t.d.draw(t.head) // the title block is bounded (see maxHeadingLines): it always fits
	group := ""
	for _, r := range rows {
		line := t.recipient(r)
		if r.Group == group {
			t.put(line)
			continue
		}
		group = r.Group
		t.put(t.groupRow(group), line)
	}
}

// groupRow is "I | Tập thể" in bold, the label across the other columns.
func (t *payoutTable) groupRow(g string) row {
	num, label := "", g
	if n, l, ok := strings.Cut(g, ". "); ok {
		num, label = n, l
	}
	rest := textW - payoutCols[0]
	return t.d.measure([]cell{
		{text: num, w: payoutCols[0], align: "C", style: bold},
		{text: label, w: rest, align: "L", style: bold},
	}, 0)
}

// recipient is one recipient's row, tall enough to sign in. A collective with no position
// spreads its (often long) name over the name and position columns.
func (t *payoutTable) recipient(r app.PayoutRow) row {
	c := payoutCols
	cells := []cell{
		{text: strconv.Itoa(r.No), w: c[0], align: "C", fit: true},
		{text: r.Name, w: c[1], align: "L"},
		{text: r.PositionUnit, w: c[2], align: "L"},
		{text: app.FormatMoney(r.Amount), w: c[3], align: "R", fit: true},
		{w: c[4]},
	}
	if r.PositionUnit == "" {
		cells[1].w += c[2]
		cells = append(cells[:2], cells[3:]...)
	}
	return t.d.measure(cells, payoutRowMin)
}

// tail draws the total row, the amount in words and the signature blocks, all on one page:
// a total apart from its words, or signatures alone on a page, would invite a forged page.
func (t *payoutTable) tail(p app.Payout) {
	d := t.d
	c := payoutCols
	total := d.measure([]cell{
		{text: "Tổng cộng", w: c[0] + c[1] + c[2], align: "C", style: bold},
		{text: app.FormatMoney(p.Total), w: c[3], align: "R", style: bold, fit: true},
		{w: c[4]},
	}, 0)
	d.f.SetFont(family, italic, sizeWords)
	words := d.capLines(d.wrap("Bằng chữ: "+p.TotalWords, textW), maxHeadingLines, textW)
	h := total.h + wordsGap + float64(len(words))*wordsLine + signGap + signHeight
	if !d.fits(h) {
		d.newPage()
		d.draw(t.head)
	}
	d.draw(total)
	d.f.SetFont(family, italic, sizeWords)
	y := d.f.GetY() + wordsGap
	for _, l := range words {
		d.f.SetXY(marginLeft, y)
		d.f.CellFormat(textW, wordsLine, l, "", 0, "L", false, 0, "")
		y += wordsLine
	}
	d.signatures(y+signGap, p.Place, p.Date)
}

// signHeight is the height of the signature blocks: date line, titles, notes, room to sign.
const signHeight = 3*signLine + signDateGap + signSpace

// signers of a payout list: who drew it up, the accountant, the head of the paying unit.
var signers = [...]struct{ title, note string }{
	{"NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"},
	{"KẾ TOÁN", "(Ký, ghi rõ họ tên)"},
	{"THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)"},
}

// signatures draws the place-and-date line over the last column, left blank for the day the
// money is paid (it is not the decision's date), then three titled blocks with room to sign.
func (d *doc) signatures(y float64, place string, date time.Time) {
	year := "......"
	if !date.IsZero() {
		year = strconv.Itoa(date.Year())
	}
	line := "ngày ...... tháng ...... năm " + year
	if place != "" {
		line = place + ", " + line
	}
	d.f.SetFont(family, italic, sizeSign)
	lw := d.f.GetStringWidth(line) + 1
	last := signCols[len(signCols)-1]
	cx := marginLeft + textW - last/2
	x := min(cx-lw/2, marginLeft+textW-lw)
	d.f.SetXY(x, y)
	d.f.CellFormat(lw, signLine, line, "", 0, "C", false, 0, "")
	y += signLine + signDateGap
	x = marginLeft
	for i, s := range signers {
		w := signCols[i]
		d.f.SetFont(family, bold, sizeSign)
		d.centred([]string{s.title}, x, y, w, signLine)
		d.f.SetFont(family, italic, sizeSignNote)
		d.centred([]string{s.note}, x, y+signLine, w, signLine)
		x += w
	}
	d.f.SetXY(marginLeft, y+2*signLine+signSpace)
}

// Documents implements app.Documents with the layouts of this package.
type Documents struct{}

// Payout writes the payout list as PDF.
func (Documents) Payout(w io.Writer, p app.Payout) error { return Payout(w, p) }
