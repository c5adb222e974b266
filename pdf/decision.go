package pdf

import (
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"thidua/app/docs"
	"thidua/app/viet"
)

// Decision writes a decision laid out as NĐ 30/2020 Phụ lục I shows a quyết định cá biệt (Mẫu
// 1.2): A4 portrait, margins 20/20/30/15 mm, Liberation Serif (Times New Roman metrics); the
// agency and the number on the left, the national name, the motto and the place and date on the
// right, the number and the date on one baseline; the title, the subject with its rule and the
// authority centred; the căn cứ and the proposal in italics, "QUYẾT ĐỊNH:", the articles with
// their heads in bold, all justified with a first-line indent; Nơi nhận and the signer; then,
// from a new page, the attached list (Mẫu 2.1) with its header row repeated on every page and no
// row cut across pages. Pages are numbered from page 2 in the top margin. A draft carries
// "DỰ THẢO" across every page. The same d gives the same bytes; an error of fpdf is returned,
// never a panic.
func Decision(w io.Writer, d docs.DecisionDoc) error {
	return decision(w, d, nil)
}

// Decision writes the decision as PDF.
func (Documents) Decision(w io.Writer, d docs.DecisionDoc) error { return Decision(w, d) }

// decision is Decision with a watcher of the table rows (see doc.onRow).
func decision(w io.Writer, dd docs.DecisionDoc, onRow func(page int, top float64, r row)) error {
	f, err := newDocument()
	if err != nil {
		return err
	}
	dd = cleanDecision(dd)
	stamp(f, decisionTitle(dd), dd.Date)
	l := &decisionLayout{doc: &doc{f: f, onRow: onRow}, dd: dd}
	if dd.Draft {
		l.onPage = l.draftMark
	}
	l.newPage()
	l.header()
	l.titleBlock()
	fb := l.measureFooter()
	l.body(fb.h)
	l.footer(fb)
	l.list()
	return f.Output(w)
}

// decisionTitle is the PDF's own title: "Quyết định số 07/QĐ-UBND", "Dự thảo quyết định".
func decisionTitle(dd docs.DecisionDoc) string {
	if dd.Draft {
		return "Dự thảo quyết định"
	}
	n := strings.TrimSpace(strings.TrimPrefix(dd.NumberLine, "Số:"))
	if n == "" {
		return "Quyết định"
	}
	return "Quyết định số " + n
}

// cleanSpaced is clean for a line whose runs of spaces are meant (the blanks of a draft's
// number and date, filled in by hand): every word is cleaned, the spaces between them kept.
func cleanSpaced(s string) string {
	parts := strings.Split(s, " ")
	for i, p := range parts {
		parts[i] = clean(p)
	}
	return strings.TrimSpace(strings.Join(parts, " "))
}

func cleanAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// cleanDecision normalises every text of dd (see clean) without touching the caller's slices.
func cleanDecision(dd docs.DecisionDoc) docs.DecisionDoc {
	dd.ParentAgency, dd.Agency = clean(dd.ParentAgency), cleanAll(dd.Agency)
	dd.NumberLine, dd.PlaceDate = cleanSpaced(dd.NumberLine), cleanSpaced(dd.PlaceDate)
	dd.Title, dd.Subject, dd.Authority = clean(dd.Title), clean(dd.Subject), clean(dd.Authority)
	dd.Basis, dd.Proposal, dd.Decides = cleanAll(dd.Basis), clean(dd.Proposal), clean(dd.Decides)
	arts := make([]docs.Article, len(dd.Articles))
	for i, a := range dd.Articles {
		arts[i] = docs.Article{Head: clean(a.Head), Text: clean(a.Text)}
	}
	dd.Articles = arts
	dd.CCTitle, dd.CC = clean(dd.CCTitle), cleanAll(dd.CC)
	dd.SignerLines, dd.SignerName = cleanAll(dd.SignerLines), clean(dd.SignerName)
	dd.ListTitle, dd.ListSubtitle, dd.ListRef = clean(dd.ListTitle), clean(dd.ListSubtitle), cleanSpaced(dd.ListRef)
	dd.TotalWords = clean(dd.TotalWords)
	groups := make([]docs.ListGroup, len(dd.Groups))
	for i, g := range dd.Groups {
		rows := make([]docs.ListRow, len(g.Rows))
		for j, r := range g.Rows {
			r.Name, r.PositionUnit = clean(r.Name), clean(r.PositionUnit)
			rows[j] = r
		}
		groups[i] = docs.ListGroup{Title: clean(g.Title), Rows: rows}
	}
	dd.Groups = groups
	return dd
}

// decisionLayout lays out one decision.
type decisionLayout struct {
	*doc
	dd docs.DecisionDoc
}

// baseline is where text of size pt sits in a line box of height h from y: the position
// CellFormat uses, so that text placed either way lines up.
func baseline(y, h, pt float64) float64 {
	return y + h/2 + 0.3*pt*decPtMM
}

// fitSize is the largest size up to pt at which s fits w in style, never below decMinSize.
func (d *doc) fitSize(s, style string, pt, w float64) float64 {
	d.f.SetFont(family, style, pt)
	if sw := d.f.GetStringWidth(s); sw > w {
		pt = max(decMinSize, math.Floor(pt*w/sw*10)/10)
		d.f.SetFontSize(pt)
	}
	return pt
}

// lineCentred draws s on one line centred in [x, x+w] on the given baseline, set smaller when
// it is too wide, and cut with "…" when even the smallest size is.
func (d *doc) lineCentred(s, style string, pt, x, w, base float64) {
	d.fitSize(s, style, pt, w)
	if d.f.GetStringWidth(s) > w {
		s = d.capLines(d.wrap(s, w), 1, w)[0]
	}
	d.f.Text(x+(w-d.f.GetStringWidth(s))/2, base, s)
}

// draftMark marks a draft: a light grey "DỰ THẢO" along the page's diagonal, under the text,
// and a framed "DỰ THẢO" in the top right corner of the top margin.
func (l *decisionLayout) draftMark() {
	f := l.f
	const mark = "DỰ THẢO"
	f.SetFont(family, bold, decWatermarkSize)
	f.SetTextColor(decWatermarkGrey, decWatermarkGrey, decWatermarkGrey)
	cx, cy := pageW/2, pageH/2
	f.TransformBegin()
	f.TransformRotate(decWatermarkAngle, cx, cy)
	f.Text(cx-f.GetStringWidth(mark)/2, cy+0.35*decWatermarkSize*decPtMM, mark)
	f.TransformEnd()
	f.SetTextColor(0, 0, 0)

	f.SetFont(family, bold, decDraftTagSize)
	w := f.GetStringWidth(mark) + 2*decDraftTagPad
	f.SetLineWidth(ruleWidth)
	f.SetXY(marginLeft+textW-w, decDraftTagY)
	f.CellFormat(w, decDraftTagH, mark, "1", 0, "C", false, 0, "")
}

// header draws cells 1 to 4: the agency and the national name in two columns, then the number
// and the place and date on one baseline under them.
func (l *decisionLayout) header() {
	h := headerSpec{issuer: l.dd.Agency, size: decSizeAgency, mottoSize: decSizeMotto, line: decHeaderLine, ruleGap: decRuleGap}
	if l.dd.ParentAgency != "" {
		h.parent = []string{l.dd.ParentAgency}
	}
	l.headerBlock(h)
	y := l.f.GetY() + decNumberGap
	base := baseline(y, decNumberLine, decSizeDate)
	if l.dd.NumberLine != "" {
		l.lineCentred(l.dd.NumberLine, regular, decSizeNumber, marginLeft, headerLeftW, base)
	}
	if l.dd.PlaceDate != "" {
		l.lineCentred(l.dd.PlaceDate, italic, decSizeDate, marginLeft+headerLeftW, headerRightW, base)
	}
	l.f.SetXY(marginLeft, y+decNumberLine)
}

// titleBlock draws cell 5a: "QUYẾT ĐỊNH", the subject with a short rule under it, and the
// authority, all bold and centred on the text width.
func (l *decisionLayout) titleBlock() {
	y := l.f.GetY() + decTitleGap
	l.f.SetFont(family, bold, decSizeTitle)
	y = l.centred(l.capLines(l.wrapBalanced(l.dd.Title, textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	subject := l.capLines(l.wrapBalanced(l.dd.Subject, textW), decMaxSubjectLines, textW)
	y = l.centred(subject, marginLeft, y, textW, decTitleLine)
	if len(subject) > 0 {
		l.rule(marginLeft+textW/2, y+decRuleGap, l.widest(subject)*decSubjectRuleRatio)
		y += decRuleGap
	}
	if l.dd.Authority != "" {
		y += decAuthorityGap
		l.f.SetFont(family, bold, decSizeTitle)
		y = l.centred(l.capLines(l.wrapBalanced(l.dd.Authority, textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	}
	l.f.SetXY(marginLeft, y+decBodyGap-decParaGap)
}

// body draws cell 6: the căn cứ and the proposal in italics, "QUYẾT ĐỊNH:", the articles. The
// last lines of the last article stay on the page of the footer (foot high): a signature alone
// on a page could be put under another text.
func (l *decisionLayout) body(foot float64) {
	for _, b := range l.dd.Basis {
		l.paragraph([]span{{italic, b}}, 0)
	}
	if l.dd.Proposal != "" {
		l.paragraph([]span{{italic, l.dd.Proposal}}, 0)
	}
	if l.dd.Decides != "" {
		l.decides()
	}
	for i, a := range l.dd.Articles {
		keep := 0.0
		if i == len(l.dd.Articles)-1 {
			keep = foot
		}
		l.paragraph([]span{{bold, a.Head}, {regular, a.Text}}, keep)
	}
}

// decides draws "QUYẾT ĐỊNH:" centred with some room around it, never alone at a page's foot.
func (l *decisionLayout) decides() {
	h := decDecidesAt + decBodyLine + decDecidesAt
	if !l.fits(h + 2*decBodyLine) {
		l.newPage()
	} else {
		l.f.SetY(l.f.GetY() + decDecidesAt)
	}
	y := l.f.GetY()
	l.lineCentred(l.dd.Decides, bold, decSizeBody, marginLeft, textW, baseline(y, decBodyLine, decSizeBody))
	l.f.SetXY(marginLeft, y+decBodyLine+decDecidesAt-decParaGap)
}

// span is a run of text in one style inside a paragraph.
type span struct {
	style string
	text  string
}

// word is a word of a paragraph, measured: its width and that of a space after it.
type word struct {
	text, style string
	w, space    float64
}

// words splits spans into measured words at size pt; a word wider than maxW (a long reference
// without spaces) is cut into pieces that fit.
func (d *doc) words(spans []span, pt, maxW float64) []word {
	var out []word
	for _, s := range spans {
		d.f.SetFont(family, s.style, pt)
		space := d.f.GetStringWidth(" ")
		for _, t := range strings.Fields(s.text) {
			for _, piece := range d.cutWord(t, maxW) {
				out = append(out, word{text: piece, style: s.style, w: d.f.GetStringWidth(piece), space: space})
			}
		}
	}
	return out
}

// cutWord returns t whole when it fits w in the current font, else in pieces that do.
func (d *doc) cutWord(t string, w float64) []string {
	if d.f.GetStringWidth(t) <= w {
		return []string{t}
	}
	var out []string
	start := 0
	for i := range t {
		if i > start && d.f.GetStringWidth(t[start:i]) > w {
			_, n := utf8.DecodeLastRuneInString(t[start:i])
			out = append(out, t[start:i-n])
			start = i - n
		}
	}
	return append(out, t[start:])
}

// wrapGlued is wrap that breaks lines only at single spaces: a run of spaces (the blanks a
// draft leaves for the number and the day, "số      /QĐ-UBND ngày     /    /2025") stays on one
// line with the words around it.
func (d *doc) wrapGlued(text string, w float64) []string {
	var tokens []string
	start := 0
	for i := 1; i < len(text)-1; i++ {
		if text[i] == ' ' && text[i-1] != ' ' && text[i+1] != ' ' {
			tokens = append(tokens, text[start:i])
			start = i + 1
		}
	}
	tokens = append(tokens, text[start:])
	space := d.f.GetStringWidth(" ")
	var lines []string
	line, lw := "", 0.0
	for _, t := range tokens {
		tw := d.f.GetStringWidth(t)
		if line != "" && lw+space+tw > w {
			lines = append(lines, line)
			line, lw = "", 0
		}
		if line != "" {
			line, lw = line+" ", lw+space
		}
		line, lw = line+t, lw+tw
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// breakLines fills lines greedily: the first is first wide (the indent), the others rest.
func breakLines(words []word, first, rest float64) [][]word {
	var lines [][]word
	var cur []word
	w, avail := 0.0, first
	for _, wd := range words {
		if len(cur) > 0 && w+cur[len(cur)-1].space+wd.w > avail+0.001 {
			lines = append(lines, cur)
			cur, w, avail = nil, 0, rest
		}
		if len(cur) > 0 {
			w += cur[len(cur)-1].space
		}
		cur = append(cur, wd)
		w += wd.w
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// paragraph draws a body paragraph at 14 pt: first-line indent, every line but the last
// justified to end exactly at the right margin, paragraph spacing above; it breaks pages
// between lines. When keepWith > 0 a block that high follows, and the paragraph's last two
// lines go to the next page with it if it does not fit under them.
func (d *doc) paragraph(spans []span, keepWith float64) {
	lines := breakLines(d.words(spans, decSizeBody, textW-decIndent), textW-decIndent, textW)
	d.f.SetY(d.f.GetY() + decParaGap)
	tail := max(0, len(lines)-decKeepLines)
	const unset = "?"
	style := unset
	for i, line := range lines {
		if !d.fits(decBodyLine) || (keepWith > 0 && i == tail && !d.fits(float64(len(lines)-tail)*decBodyLine+keepWith)) {
			d.newPage()
			style = unset // the page number changed the font
		}
		x, avail := float64(marginLeft), float64(textW)
		if i == 0 {
			x, avail = x+decIndent, avail-decIndent
		}
		natural := 0.0
		for j, wd := range line {
			natural += wd.w
			if j > 0 {
				natural += line[j-1].space
			}
		}
		extra := 0.0
		if i < len(lines)-1 && len(line) > 1 {
			extra = (avail - natural) / float64(len(line)-1)
		}
		y := d.f.GetY()
		base := baseline(y, decBodyLine, decSizeBody)
		for _, wd := range line {
			if wd.style != style {
				d.f.SetFont(family, wd.style, decSizeBody)
				style = wd.style
			}
			d.f.Text(x, base, wd.text)
			x += wd.w + wd.space + extra
		}
		d.f.SetXY(marginLeft, y+decBodyLine)
	}
}

// footerBlock is cells 7 and 9 measured: Nơi nhận on the left, the signer on the right.
type footerBlock struct {
	ccTitle []string
	cc      []ccLine
	titles  []string // authority and title of the signer
	name    []string
	h       float64 // the taller column
}

// measureFooter wraps the footer's texts and sizes the block.
func (l *decisionLayout) measureFooter() footerBlock {
	var fb footerBlock
	ccW := float64(headerLeftW) - 2
	l.f.SetFont(family, boldItalic, decSizeCCTitle)
	fb.ccTitle = l.capLines(l.wrap(l.dd.CCTitle, ccW), 2, ccW)
	fb.cc = l.ccLines(ccW)
	left := float64(len(fb.ccTitle))*decCCTitleLine + float64(len(fb.cc))*decCCLine

	rw := float64(headerRightW)
	l.f.SetFont(family, bold, decSizeSigner)
	for _, s := range l.dd.SignerLines {
		fb.titles = append(fb.titles, l.wrapBalanced(s, rw)...)
	}
	fb.titles = l.capLines(fb.titles, decMaxFooterRows, rw)
	fb.name = l.capLines(l.wrapBalanced(l.dd.SignerName, rw), 2, rw)
	right := float64(len(fb.titles)+len(fb.name))*decSignerLine + decSignSpace
	fb.h = decFooterGap + max(left, right)
	return fb
}

// footer draws the footer block on the current page, or on a new one when it does not fit:
// Nơi nhận on the left; the signer's authority and title, room to sign and seal, and the name
// centred on the right.
func (l *decisionLayout) footer(fb footerBlock) {
	if !l.fits(fb.h) {
		l.newPage()
	}
	top := l.f.GetY() + decFooterGap

	l.f.SetFont(family, boldItalic, decSizeCCTitle)
	y := top
	for _, s := range fb.ccTitle {
		l.f.Text(marginLeft, baseline(y, decCCTitleLine, decSizeCCTitle), s)
		y += decCCTitleLine
	}
	l.f.SetFont(family, regular, decSizeCC)
	for _, c := range fb.cc {
		l.f.Text(marginLeft+c.indent, baseline(y, decCCLine, decSizeCC), c.text)
		y += decCCLine
	}

	rx, rw := float64(marginLeft+headerLeftW), float64(headerRightW)
	l.f.SetFont(family, bold, decSizeSigner)
	ry := l.centred(fb.titles, rx, top, rw, decSignerLine) + decSignSpace
	l.centred(fb.name, rx, ry, rw, decSignerLine)
	l.f.SetXY(marginLeft, top-decFooterGap+fb.h)
}

// ccLine is a printed line of the Nơi nhận, indented when it continues an entry.
type ccLine struct {
	text   string
	indent float64
}

// ccLines wraps the Nơi nhận entries to w at 11 pt, continuations hanging under the text after
// "- ", and caps them (a list longer than the page is a typing mistake).
func (l *decisionLayout) ccLines(w float64) []ccLine {
	l.f.SetFont(family, regular, decSizeCC)
	hang := l.f.GetStringWidth("- ")
	var out []ccLine
	for _, c := range l.dd.CC {
		indent := 0.0
		for c != "" {
			lines := l.wrap(c, w-indent)
			if len(lines) == 0 {
				break
			}
			out = append(out, ccLine{text: lines[0], indent: indent})
			c = strings.TrimSpace(strings.TrimPrefix(c, lines[0]))
			indent = hang
		}
	}
	if len(out) > decMaxFooterRows {
		out = out[:decMaxFooterRows]
		last := &out[len(out)-1]
		last.text = l.capLines([]string{last.text, ""}, 1, w-last.indent)[0] // marks the cut with "…"
	}
	return out
}

// list draws the attached list from a new page: DANH SÁCH, the subtitle, the reference to the
// decision with a short rule, then the table, its total and the total in words.
func (l *decisionLayout) list() {
	if len(l.dd.Groups) == 0 {
		return
	}
	l.newPage()
	l.listHeading()
	t := newTable(l.doc, decListCols[:], []string{"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)"})
	l.draw(t.head) // the heading is bounded (see maxHeadingLines): the header row always fits
	for _, g := range l.dd.Groups {
		for i, r := range g.Rows {
			line := l.listRow(r)
			if i == 0 {
				t.put(t.groupRow(g.Title, decListCols[0]), line)
				continue
			}
			t.put(line)
		}
		if len(g.Rows) == 0 {
			t.put(t.groupRow(g.Title, decListCols[0]))
		}
	}
	l.listTotal(&t)
}

// listHeading is the head of the attached list (Mẫu 2.1), centred: bold title and subtitle,
// the italic reference, a short rule.
func (l *decisionLayout) listHeading() {
	y := l.f.GetY()
	l.f.SetFont(family, bold, decSizeTitle)
	y = l.centred(l.capLines(l.wrapBalanced(l.dd.ListTitle, textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	y = l.centred(l.capLines(l.wrapBalanced(l.dd.ListSubtitle, textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	l.f.SetFont(family, italic, decSizeTitle)
	ref := l.capLines(balanced(l.dd.ListRef, textW, l.wrapGlued), maxHeadingLines, textW)
	y = l.centred(ref, marginLeft, y, textW, decTitleLine)
	if len(ref) > 0 {
		l.rule(marginLeft+textW/2, y+decRuleGap, l.widest(ref)*decListRuleRatio)
	}
	l.f.SetXY(marginLeft, y+decRuleGap+decListGap)
}

// listRow is one recipient; a collective without a position spreads its name over the name and
// position columns.
func (l *decisionLayout) listRow(r docs.ListRow) row {
	c := decListCols
	amount := "-"
	if r.Amount != 0 {
		amount = viet.FormatMoney(r.Amount)
	}
	cells := []cell{
		{text: strconv.Itoa(r.No), w: c[0], align: "C", fit: true},
		{text: r.Name, w: c[1], align: "L"},
		{text: r.PositionUnit, w: c[2], align: "L"},
		{text: amount, w: c[3], align: "R", fit: true},
	}
	if r.PositionUnit == "" {
		cells[1].w += c[2]
		cells = append(cells[:2], cells[3])
	}
	return l.measure(cells, 0)
}

// listTotal draws the bold total row and the total in words under it, together.
func (l *decisionLayout) listTotal(t *table) {
	c := decListCols
	total := l.measure([]cell{
		{text: "Tổng cộng", w: c[0] + c[1] + c[2], align: "C", style: bold},
		{text: viet.FormatMoney(l.dd.Total), w: c[3], align: "R", style: bold, fit: true},
	}, 0)
	l.f.SetFont(family, italic, decSizeBody)
	var words []string
	if l.dd.TotalWords != "" {
		words = l.capLines(l.wrap("Bằng chữ: "+l.dd.TotalWords, textW), maxHeadingLines, textW)
	}
	if !l.fits(total.h + decWordsGap + float64(len(words))*decWordsLine) {
		l.newPage()
		l.draw(t.head)
	}
	l.draw(total)
	l.f.SetFont(family, italic, decSizeBody)
	y := l.f.GetY() + decWordsGap
	for _, w := range words {
		l.f.Text(marginLeft, baseline(y, decWordsLine, decSizeBody), w)
		y += decWordsLine
	}
	l.f.SetXY(marginLeft, y)
}
