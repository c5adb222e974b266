package pdf

import (
	"io"
	"strconv"
	"time"

	"thidua/app/docs"
	"thidua/app/viet"
)

// Payout writes the finance office's "Danh sách chi tiền thưởng" of one decision to w: A4
// portrait with the NĐ 30/2020 margins and two-column header, the title and the decision it
// belongs to, the table (STT | Họ và tên / Tên tập thể | Chức vụ, đơn vị | Số tiền (đồng) |
// Ký nhận) with its header row repeated on every page and no row cut across pages, the total in
// figures and in words, and three signature blocks. The output depends on p alone: the same
// payout gives the same bytes. An error of fpdf is returned, never a panic.
func Payout(w io.Writer, p docs.Payout) error {
	return payout(w, p, nil)
}

// payout is Payout with a watcher of the table rows (see doc.onRow).
func payout(w io.Writer, p docs.Payout, onRow func(page int, top float64, r row)) error {
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
	t := payoutTable{newTable(d, payoutCols[:], docs.PayoutHeader)}
	t.body(p.Rows)
	t.tail(p)
	return f.Output(w)
}

// cleanPayout normalises every text of p (see clean) without touching the caller's rows.
func cleanPayout(p docs.Payout) docs.Payout {
	p.Agency, p.Office, p.Place = clean(p.Agency), clean(p.Office), clean(p.Place)
	p.Title, p.Subtitle, p.TotalWords = clean(p.Title), clean(p.Subtitle), clean(p.TotalWords)
	rows := make([]docs.PayoutRow, len(p.Rows))
	for i, r := range p.Rows {
		r.Name, r.PositionUnit, r.Group = clean(r.Name), clean(r.PositionUnit), clean(r.Group)
		rows[i] = r
	}
	p.Rows = rows
	return p
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

// payoutTable flows the rows of a payout list over pages.
type payoutTable struct {
	table
}

// body draws the header row, then each group's heading and its recipients.
func (t *payoutTable) body(rows []docs.PayoutRow) {
	t.d.draw(t.head) // the title block is bounded (see maxHeadingLines): it always fits
	group := ""
	for _, r := range rows {
		line := t.recipient(r)
		if r.Group == group {
			t.put(line)
			continue
		}
		group = r.Group
		t.put(t.groupRow(group, payoutCols[0]), line)
	}
}

// recipient is one recipient's row, tall enough to sign in. A collective with no position
// spreads its (often long) name over the name and position columns.
func (t *payoutTable) recipient(r docs.PayoutRow) row {
	c := payoutCols
	cells := []cell{
		{text: strconv.Itoa(r.No), w: c[0], align: "C", fit: true},
		{text: r.Name, w: c[1], align: "L"},
		{text: r.PositionUnit, w: c[2], align: "L"},
		{text: viet.FormatMoney(r.Amount), w: c[3], align: "R", fit: true},
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
func (t *payoutTable) tail(p docs.Payout) {
	d := t.d
	c := payoutCols
	total := d.measure([]cell{
		{text: "Tổng cộng", w: c[0] + c[1] + c[2], align: "C", style: bold},
		{text: viet.FormatMoney(p.Total), w: c[3], align: "R", style: bold, fit: true},
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
func (Documents) Payout(w io.Writer, p docs.Payout) error { return Payout(w, p) }
