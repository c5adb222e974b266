package pdf

import (
	"io"
	"math"
	"strings"

	"thidua/app/docs"
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

// footerBlock is cells 7 and 9 measured: Nơi nhận on the left, the signer on the right.
type footerBlock struct {
	ccTitle []string
	cc      []ccLine
	titles  []string // authority and title of the signer
	name    []string
	h       float64 // the taller column
}

// measureFooter wraps the footer's texts and sizes the block.
// closing draws the last paragraphs of a report or a letter, then Nơi nhận and the signer: the
// last paragraph keeps the signer block with it, so a page never starts with the signature alone.
func (l *decisionLayout) closing(paras []string) {
	fb := l.measureFooter()
	for i, p := range paras {
		keep := 0.0
		if i == len(paras)-1 {
			keep = fb.h
		}
		l.paragraph([]span{{regular, p}}, keep)
	}
	l.footer(fb)
}

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
