package pdf

import (
	"io"
	"math"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"thidua/app"
	"thidua/app/docs"
)

// certDocTitle is the PDF's own title (its metadata), of a certificate file and a calibration
// page.
const (
	certDocTitle  = "Giấy khen"
	calibDocTitle = "Trang canh chỉnh phôi Giấy khen"
)

// Certificates writes one Giấy khen a page to w, all of a decision in one file.
//
// On plain paper (blank == nil) each page carries the whole design on A4 landscape: the border,
// the heading (drawn once, as a template every page refers to: a 500-page file stays small),
// then the recipient, the achievement and the foot. On a pre-printed blank only the variable
// fields are printed, each in its box of the layout, the whole page moved by the printer's
// offset. Text that does not fit is set smaller, never outside its box: a name never breaks
// across lines.
//
// progress (may be nil) is told after every page. The bytes depend on cs and blank alone (the
// PDF's dates are the first certificate's Date). An error of fpdf is returned, never a panic.
func Certificates(w io.Writer, cs []docs.CertificateDoc, blank *app.BlankLayout, progress func(done, total int)) error {
	if len(cs) == 0 {
		return app.Errorf(app.EINVALID, "Không có giấy khen nào để in.")
	}
	if blank != nil {
		return certificatesOnBlank(w, cs, *blank, progress)
	}
	return certificatesPlain(w, cs, progress)
}

// Certificates writes the certificates as PDF (see the function Certificates).
func (Documents) Certificates(w io.Writer, cs []docs.CertificateDoc, blank *app.BlankLayout, progress func(done, total int)) error {
	return Certificates(w, cs, blank, progress)
}

// certificatesPlain draws the full design, one certificate a page.
func certificatesPlain(w io.Writer, cs []docs.CertificateDoc, progress func(done, total int)) error {
	f, m, err := newCertDocument(certW, certH, cs[0])
	if err != nil {
		return err
	}
	if err := addDisplayFont(f); err != nil {
		return err
	}
	p := certPainter{f: f, m: m, artwork: map[certHeading]fpdf.Template{}}
	for i, c := range cs {
		c = cleanCertDoc(c)
		f.AddPage()
		f.UseTemplate(p.template(c))
		p.recipient(c)
		p.foot(c)
		if f.Err() {
			break
		}
		if progress != nil {
			progress(i+1, len(cs))
		}
	}
	return f.Output(w)
}

// newCertDocument starts a certificate file of w × h mm pages, dated by the first certificate,
// and its measurer.
//
// Its pages are not compressed: fpdf compresses each page with a new zlib writer of about
// 1.3 MB, so 500 pages allocated 650 MB and took twice as long to save about 1 KB a page
// (1.1 KB against 1.9 KB per certificate). The fonts are compressed all the same.
func newCertDocument(w, h float64, first docs.CertificateDoc) (*fpdf.Fpdf, *certMeasure, error) {
	f, err := newSizedDocument(w, h)
	if err != nil {
		return nil, nil, err
	}
	m, err := newCertMeasure()
	if err != nil {
		return nil, nil, err
	}
	stamp(f, certDocTitle, first.Date)
	f.SetCompression(false)
	return f, m, nil
}

// certificatesOnBlank prints only the fields of each certificate, at the layout's positions.
func certificatesOnBlank(w io.Writer, cs []docs.CertificateDoc, l app.BlankLayout, progress func(done, total int)) error {
	if err := checkBlankLayout(l); err != nil {
		return err
	}
	f, m, err := newCertDocument(l.PageW, l.PageH, cs[0])
	if err != nil {
		return err
	}
	for i, c := range cs {
		c = cleanCertDoc(c)
		f.AddPage()
		// Every printer feeds the sheet a little off: the whole page moves, exactly.
		f.TransformBegin()
		f.TransformTranslate(l.OffsetX, l.OffsetY)
		for _, fl := range l.Fields {
			certBlankField(f, m, fl, c.FieldText(fl.Field))
		}
		f.TransformEnd()
		if f.Err() {
			break
		}
		if progress != nil {
			progress(i+1, len(cs))
		}
	}
	return f.Output(w)
}

// certBlankField fits text into the field's box and draws it there, the lines centred
// vertically in the box. The achievement, the position and the signer's title may take
// several lines; the others stay on one line and shrink.
func certBlankField(f *fpdf.Fpdf, m *certMeasure, fl app.BlankField, text string) {
	if text == "" {
		return
	}
	style := regular
	if fl.Bold {
		style = bold
	}
	var t certFit
	switch fl.Field {
	case app.FieldAchievement, app.FieldSignerTitle:
		t = m.wrapped(family, style, text, fl.W, fl.H, fl.Size, 0)
	case app.FieldPositionUnit:
		t = m.wrapped(family, style, text, fl.W, fl.H, fl.Size, certPositionLines)
	default:
		t = m.line(family, style, text, fl.W, fl.H, fl.Size)
	}
	t.draw(f, fl.X, fl.Y+(fl.H-t.height())/2, fl.W, fl.Align)
}

// checkBlankLayout refuses a layout that cannot be printed (app.ValidateBlankLayout: boxes
// on the sheet, sensible sizes and offset, numbers only), and a sheet too large to be real.
func checkBlankLayout(l app.BlankLayout) error {
	if err := app.ValidateBlankLayout(l); err != nil {
		return err
	}
	if l.PageW > calibMaxPage || l.PageH > calibMaxPage {
		return app.Errorf(app.EINVALID, "Khổ phôi %s × %s mm quá lớn.", calibMM(l.PageW), calibMM(l.PageH))
	}
	return nil
}

// certCleanLines cleans every line of a text and drops the empty ones.
func certCleanLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// cleanCertDoc normalises every text of c (see clean).
func cleanCertDoc(c docs.CertificateDoc) docs.CertificateDoc {
	for _, s := range []*string{&c.Nation, &c.Motto, &c.Conferrer, &c.Gives, &c.Title, &c.Honorific, &c.Name,
		&c.PositionUnit, &c.Achievement, &c.DecisionLine, &c.RegisterLine, &c.PlaceDate, &c.SignerName} {
		*s = clean(*s)
	}
	c.SignerLines = strings.Split(certCleanLines(strings.Join(c.SignerLines, "\n")), "\n")
	return c
}

// certHeading is the fixed part of a certificate: one template is drawn for each different
// heading of a document (usually one).
type certHeading struct {
	nation, motto, conferrer, gives, title string
}

// certPainter draws the certificates of one plain-paper document.
type certPainter struct {
	f       *fpdf.Fpdf // the document
	m       *certMeasure
	artwork map[certHeading]fpdf.Template
}

// template returns the artwork of c's heading, drawing it the first time.
func (p *certPainter) template(c docs.CertificateDoc) fpdf.Template {
	h := certHeading{c.Nation, c.Motto, c.Conferrer, c.Gives, c.Title}
	if t, ok := p.artwork[h]; ok {
		return t
	}
	t := p.f.CreateTemplateCustom(fpdf.PointType{}, fpdf.SizeType{Wd: certW, Ht: certH}, func(t *fpdf.Tpl) {
		certArtwork(&t.Fpdf, p.m, h)
		// A template is a document of its own: its error must reach the real one.
		if err := t.Error(); err != nil {
			p.f.SetError(err)
		}
	})
	p.artwork[h] = t
	return t
}

// recipient draws the name line, the position and unit, and the achievement, as a block
// centred vertically between certMidTop and certMidBottom (a collective has no position line).
func (p *certPainter) recipient(c docs.CertificateDoc) {
	f := p.f
	pos := p.m.wrapped(family, regular, c.PositionUnit, certTextW, certPositionLines*certLineH(certSizePosition),
		certSizePosition, certPositionLines)
	ach := p.m.wrapped(family, regular, c.Achievement, certAchievementW, certAchievementH,
		certSizeAchievement, certAchievementLines)
	nameH := certLineH(certSizeName)
	h := nameH
	for _, b := range []certFit{pos, ach} {
		if len(b.lines) > 0 {
			h += certMidGap + b.height()
		}
	}
	y := certMidTop + (certMidBottom-certMidTop-h)/2
	p.nameLine(c, y)
	y += nameH + certMidGap
	for _, b := range []certFit{pos, ach} {
		if len(b.lines) > 0 {
			b.draw(f, certTextL, y, certTextW, "C")
			y += b.height() + certMidGap
		}
	}
}

// nameLine draws "Ông" and the name in bold on one baseline, centred; when the line is too
// wide both shrink together: a name is never broken.
func (p *certPainter) nameLine(c docs.CertificateDoc, top float64) {
	f, m := p.f, p.m
	hs, ns := certSizeHonorific, certSizeName
	nameW := m.width(family, bold, ns, c.Name)
	honW, gap := 0.0, 0.0
	if c.Honorific != "" {
		honW, gap = m.width(family, regular, hs, c.Honorific), certHonorificGap*ns*certPt
	}
	if total := honW + gap + nameW; total > certTextW {
		k := certTextW / total
		hs, ns = certFloorSize(hs*k), certFloorSize(ns*k)
		nameW, honW, gap = nameW*ns/certSizeName, honW*hs/certSizeHonorific, gap*ns/certSizeName
	}
	base := certBaseline(f, family, bold, top, certLineH(certSizeName), ns)
	x := certTextL + (certTextW-honW-gap-nameW)/2
	if c.Honorific != "" {
		certSetFont(f, family, regular, hs)
		f.Text(x, base, c.Honorific)
	}
	certSetFont(f, family, bold, ns)
	f.Text(x+honW+gap, base, c.Name)
}

// foot draws the decision and register lines (bottom left) and the signature block (bottom
// right): place and date, the signer's title, room to sign and seal, the signer's name.
func (p *certPainter) foot(c docs.CertificateDoc) {
	f, m := p.f, p.m
	for _, l := range []struct {
		text string
		top  float64
	}{{c.DecisionLine, certDecisionTop}, {c.RegisterLine, certRegisterTop}} {
		if l.text != "" {
			m.line(family, regular, l.text, certFootW, certLineH(certSizeFoot), certSizeFoot).
				draw(f, certFootX, l.top, certFootW, "L")
		}
	}
	m.line(family, italic, c.PlaceDate, certSignW, certLineH(certSizePlaceDate), certSizePlaceDate).
		draw(f, certSignX, certPlaceDateTop, certSignW, "C")
	m.wrapped(family, bold, strings.Join(c.SignerLines, "\n"), certSignW, certSignTitleLines*certLineH(certSizeSignTitle),
		certSizeSignTitle, certSignTitleLines).draw(f, certSignX, certSignTitleTop, certSignW, "C")
	m.line(family, bold, c.SignerName, certSignW, certLineH(certSizeSignName), certSizeSignName).
		draw(f, certSignX, certSignNameTop, certSignW, "C")
}

// certFit is a text fitted into a box: its face and size and the lines it takes.
type certFit struct {
	family, style string
	size          float64
	lines         []string
}

// certLineH is the height of a line at size points.
func certLineH(size float64) float64 { return size * certPt * certLineFactor }

func (t certFit) height() float64 { return float64(len(t.lines)) * certLineH(t.size) }

// draw draws the lines from top, each aligned ("L", "C", "R") in [x, x+w].
func (t certFit) draw(f *fpdf.Fpdf, x, top, w float64, align string) {
	if len(t.lines) == 0 {
		return
	}
	certSetFont(f, t.family, t.style, t.size)
	lh := certLineH(t.size)
	for i, l := range t.lines {
		certAligned(f, l, x, w, certBaseline(f, t.family, t.style, top+float64(i)*lh, lh, t.size), align)
	}
}

// certAligned draws one line of text on a baseline, aligned in [x, x+w].
func certAligned(f *fpdf.Fpdf, text string, x, w, base float64, align string) {
	tw := f.GetStringWidth(text)
	switch align {
	case "C":
		x += (w - tw) / 2
	case "R":
		x += w - tw
	}
	f.Text(x, base, text)
}

// certBaseline is where the glyphs of a font (ascent to descent) sit centred in a line lh high
// from top, at size points.
func certBaseline(f *fpdf.Fpdf, fam, style string, top, lh, size float64) float64 {
	d := f.GetFontDesc(fam, style)
	return top + lh/2 + float64(d.Ascent+d.Descent)/2000*size*certPt
}

// certFloorSize rounds a font size down to the 1/100 pt fpdf writes: rounding up could make a
// fitted line overflow.
func certFloorSize(s float64) float64 { return math.Floor(s*100) / 100 }

// certMeasure fits texts into boxes. It measures on a document of its own without pages: fpdf
// writes every font selection into the current page, so trying sizes on the document being
// drawn would fill each page with useless selections. It remembers its answers, since most
// texts (the decision, the date, the signer, the usual achievement) are the same on every
// certificate of a decision.
type certMeasure struct {
	f    *fpdf.Fpdf
	memo map[certFitKey]certFit
}

// certFitKey is a question asked of certMeasure; maxLines −1 asks for one unbroken line.
type certFitKey struct {
	fam, style, text string
	w, h, size       float64
	maxLines         int
}

// certMemoMax bounds the memo: past it, the memo starts again (a batch of thousands of
// certificates must not keep every name).
const certMemoMax = 4096

func newCertMeasure() (*certMeasure, error) {
	f, err := newSizedDocument(certW, certH)
	if err != nil {
		return nil, err
	}
	if err := addDisplayFont(f); err != nil {
		return nil, err
	}
	return &certMeasure{f: f, memo: map[certFitKey]certFit{}}, nil
}

// width is the width of text in a font.
func (m *certMeasure) width(fam, style string, size float64, text string) float64 {
	m.f.SetFont(fam, style, size)
	return m.f.GetStringWidth(text)
}

// fit answers k, from the memo when it can.
func (m *certMeasure) fit(k certFitKey) certFit {
	if t, ok := m.memo[k]; ok {
		return t
	}
	var t certFit
	if k.maxLines < 0 {
		t = m.fitLine(k)
	} else {
		t = m.fitWrapped(k)
	}
	if len(m.memo) >= certMemoMax {
		clear(m.memo)
	}
	m.memo[k] = t
	return t
}

// line keeps text on one line: the size shrinks until it fits w, and a line of that size fits
// h. A name is never broken.
func (m *certMeasure) line(fam, style, text string, w, h, size float64) certFit {
	return m.fit(certFitKey{fam: fam, style: style, text: text, w: w, h: h, size: size, maxLines: -1})
}

// wrapped wraps text (its "\n" start new lines) to w at the largest size ≤ size at which it
// takes at most maxLines lines (0: any number) that fit h. Below certMinSize it stops
// shrinking and cuts the text with an ellipsis.
func (m *certMeasure) wrapped(fam, style, text string, w, h, size float64, maxLines int) certFit {
	if text == "" {
		return certFit{family: fam, style: style, size: size}
	}
	return m.fit(certFitKey{fam: fam, style: style, text: text, w: w, h: h, size: size, maxLines: maxLines})
}

func (m *certMeasure) fitLine(k certFitKey) certFit {
	size := k.size
	if tw := m.width(k.fam, k.style, size, k.text); tw > k.w {
		size = size * k.w / tw
	}
	size = certFloorSize(min(size, k.h/(certPt*certLineFactor)))
	return certFit{family: k.fam, style: k.style, size: size, lines: []string{k.text}}
}

func (m *certMeasure) fitWrapped(k certFitKey) certFit {
	paras := strings.Split(k.text, "\n")
	fits := func(s float64) bool {
		m.f.SetFont(k.fam, k.style, s)
		n := 0
		for _, p := range paras {
			n += len(m.f.SplitText(p, k.w))
		}
		return (k.maxLines == 0 || n <= k.maxLines) && float64(n)*certLineH(s) <= k.h+1e-9
	}
	size := certFloorSize(k.size)
	if !fits(size) {
		lo, hi := certFloorSize(min(certMinSize, k.size)), k.size
		if !fits(lo) {
			return m.cut(k, lo)
		}
		for i := 0; i < 24 && hi-lo > 0.05; i++ {
			if mid := certFloorSize((lo + hi) / 2); fits(mid) {
				lo = mid
			} else {
				hi = mid
			}
		}
		size = lo
	}
	m.f.SetFont(k.fam, k.style, size)
	return certFit{family: k.fam, style: k.style, size: size, lines: certWrap(m.f, paras, k.w)}
}

// cut keeps the lines of the text at size that fit the box (at least one, the size lowered if
// need be) and ends the last with an ellipsis.
func (m *certMeasure) cut(k certFitKey, size float64) certFit {
	n := int(k.h / certLineH(size))
	if k.maxLines > 0 {
		n = min(n, k.maxLines)
	}
	if n < 1 {
		n, size = 1, certFloorSize(k.h/(certPt*certLineFactor))
	}
	m.f.SetFont(k.fam, k.style, size)
	var lines []string
	for _, p := range strings.Split(k.text, "\n") {
		lines = append(lines, m.f.SplitText(p, k.w)...)
	}
	t := certFit{family: k.fam, style: k.style, size: size, lines: lines}
	if len(lines) <= n {
		return t
	}
	t.lines = lines[:n]
	last := []rune(t.lines[n-1])
	for len(last) > 0 && m.f.GetStringWidth(string(last)+"…") > k.w {
		last = last[:len(last)-1]
	}
	t.lines[n-1] = strings.TrimSpace(string(last)) + "…"
	return t
}

// certWrap wraps each paragraph to w in the current font, into as few lines as SplitText
// would but as even as possible: a centred paragraph reads better without a lone word on its
// last line. SplitText counts runes; SplitLines counts bytes and breaks Vietnamese lines too
// early.
func certWrap(f *fpdf.Fpdf, paras []string, w float64) []string {
	var out []string
	for _, para := range paras {
		lines := f.SplitText(para, w)
		if len(lines) > 1 {
			lo, hi := w/float64(len(lines)), w
			for hi-lo > 0.5 {
				mid := (lo + hi) / 2
				if len(f.SplitText(para, mid)) == len(lines) {
					hi = mid
				} else {
					lo = mid
				}
			}
			lines = f.SplitText(para, hi)
		}
		out = append(out, lines...)
	}
	return out
}

// certArtwork draws the fixed part of a certificate on f (a template): the border and the
// heading, measured with m.
func certArtwork(f *fpdf.Fpdf, m *certMeasure, h certHeading) {
	f.SetCellMargin(0)
	certBorder(f)
	certSetText(f, certBlack)
	m.line(family, bold, h.nation, certTextW, certLineH(certSizeNation), certSizeNation).
		draw(f, certTextL, certNationTop, certTextW, "C")
	m.line(family, bold, h.motto, certTextW, certLineH(certSizeMotto), certSizeMotto).
		draw(f, certTextL, certMottoTop, certTextW, "C")
	if h.motto != "" {
		// NĐ 30/2020: the motto is underlined with a rule as long as itself.
		mw := f.GetStringWidth(h.motto)
		y := certMottoTop + certLineH(certSizeMotto) + certMottoRuleGap
		certSetDraw(f, certBlack)
		f.SetLineWidth(certRuleW)
		f.Line(certW/2-mw/2, y, certW/2+mw/2, y)
	}
	certSetText(f, certRed)
	m.line(family, bold, h.conferrer, certTextW, certLineH(certSizeConferrer), certSizeConferrer).
		draw(f, certTextL, certConferrerTop, certTextW, "C")
	certSetText(f, certBlack)
	m.line(family, bold, h.gives, certTextW, certLineH(certSizeGives), certSizeGives).
		draw(f, certTextL, certGivesTop, certTextW, "C")
	if h.title != "" {
		certSetText(f, certRed)
		t := m.line(displayFamily, bold, h.title, certTextW, certSizeTitle, certSizeTitle)
		certSetFont(f, displayFamily, bold, t.size)
		certAligned(f, h.title, certTextL, certTextW, certTitleBase, "C")
		certOrnament(f, certTitleBase+certOrnamentGap)
	}
	certSetText(f, certBlack)
}

// certOrnament draws the gold divider under the title: two rules and a diamond.
func certOrnament(f *fpdf.Fpdf, y float64) {
	cx, d := certW/2, certOrnamentDiamond
	certSetDraw(f, certGold)
	certSetFill(f, certGold)
	f.SetLineWidth(certFrameThinW)
	f.Line(cx-certOrnamentHalf, y, cx-2*d, y)
	f.Line(cx+2*d, y, cx+certOrnamentHalf, y)
	certShapes(f, []certShape{{cx, y, d, d}})
	f.Circle(cx-certOrnamentHalf, y, 0.5, "F")
	f.Circle(cx+certOrnamentHalf, y, 0.5, "F")
}

// certBorder draws the frame: a thick and a thin red rule, a band of gold diamonds and small
// red ones, a thin and a thicker gold rule, red corner squares and gold brackets inside the
// corners. Vector only: it prints sharp on any laser printer. Each colour's shapes are one
// path filled once, which keeps the template (stored once per file) near 10 KB.
func certBorder(f *fpdf.Fpdf) {
	inset := func(d float64) { f.Rect(d, d, certW-2*d, certH-2*d, "D") }
	certSetDraw(f, certRed)
	f.SetLineWidth(certFrameOuterW)
	inset(certFrameOuter)
	f.SetLineWidth(certFrameThinW)
	inset(certFrameBandOut)
	certSetDraw(f, certGold)
	inset(certFrameBandIn)
	f.SetLineWidth(certFrameInnerW)
	inset(certFrameInner)
	// The corner squares, red, under their gold diamonds.
	side := certFrameBandIn - certFrameBandOut
	certSetFill(f, certRed)
	for _, c := range certCorners {
		f.Rect(min(c.x(certFrameBandOut), c.x(certFrameBandIn)), min(c.y(certFrameBandOut), c.y(certFrameBandIn)), side, side, "F")
	}
	diamonds, dots := certMotifs()
	certSetFill(f, certGold)
	certShapes(f, diamonds)
	certSetFill(f, certRed)
	certShapes(f, dots)
	// The brackets: from a point inside each corner along both sides.
	certSetDraw(f, certGold)
	f.SetLineWidth(0.45)
	for _, c := range certCorners {
		x0, y0 := c.x(certCornerInset), c.y(certCornerInset)
		f.Line(x0, y0, x0+c.sx()*certCornerBracket, y0)
		f.Line(x0, y0, x0, y0+c.sy()*certCornerBracket)
	}
}

// certCorner is a corner of the sheet: right and bottom are 0 or 1.
type certCorner struct{ right, bottom float64 }

var certCorners = [...]certCorner{{0, 0}, {1, 0}, {0, 1}, {1, 1}}

// x and y are the coordinates of a point d from the corner's two edges; sx and sy point into
// the sheet.
func (c certCorner) x(d float64) float64 { return d + c.right*(certW-2*d) }
func (c certCorner) y(d float64) float64 { return d + c.bottom*(certH-2*d) }
func (c certCorner) sx() float64         { return 1 - 2*c.right }
func (c certCorner) sy() float64         { return 1 - 2*c.bottom }

// certShape is a rhombus centred on (x, y), hx and hy its half diagonals.
type certShape struct{ x, y, hx, hy float64 }

// certMotifs places the band's ornaments: on each side, gold diamonds spread evenly between
// the corner squares with a small red one between each two; a gold diamond in each corner
// square and at each bracket.
func certMotifs() (diamonds, dots []certShape) {
	band := (certFrameBandOut + certFrameBandIn) / 2
	sides := []struct {
		to         float64
		at         func(t float64) (float64, float64)
		horizontal bool
	}{
		{certW - certFrameBandIn, func(t float64) (float64, float64) { return t, band }, true},
		{certW - certFrameBandIn, func(t float64) (float64, float64) { return t, certH - band }, true},
		{certH - certFrameBandIn, func(t float64) (float64, float64) { return band, t }, false},
		{certH - certFrameBandIn, func(t float64) (float64, float64) { return certW - band, t }, false},
	}
	for _, s := range sides {
		from := certFrameBandIn
		n := max(1, int(math.Round((s.to-from)/certMotifStep)))
		step := (s.to - from) / float64(n)
		hx, hy := certMotifHalf, certMotifHalfW
		if !s.horizontal {
			hx, hy = hy, hx
		}
		for i := range n {
			x, y := s.at(from + (float64(i)+0.5)*step)
			diamonds = append(diamonds, certShape{x, y, hx, hy})
			if i > 0 {
				x, y = s.at(from + float64(i)*step)
				dots = append(dots, certShape{x, y, certMotifDotR, certMotifDotR})
			}
		}
	}
	side := certFrameBandIn - certFrameBandOut
	for _, c := range certCorners {
		diamonds = append(diamonds, certShape{c.x(band), c.y(band), side * 0.36, side * 0.36},
			certShape{c.x(certCornerInset) + c.sx()*2.6, c.y(certCornerInset) + c.sy()*2.6, 1.3, 1.3})
	}
	return diamonds, dots
}

// certShapes fills rhombi in the current fill colour, as one path.
func certShapes(f *fpdf.Fpdf, shapes []certShape) {
	for _, d := range shapes {
		f.MoveTo(d.x-d.hx, d.y)
		f.LineTo(d.x, d.y-d.hy)
		f.LineTo(d.x+d.hx, d.y)
		f.LineTo(d.x, d.y+d.hy)
		f.ClosePath()
	}
	f.DrawPath("F")
}

func certSetText(f *fpdf.Fpdf, c certColour) { f.SetTextColor(c.r, c.g, c.b) }
func certSetDraw(f *fpdf.Fpdf, c certColour) { f.SetDrawColor(c.r, c.g, c.b) }
func certSetFill(f *fpdf.Fpdf, c certColour) { f.SetFillColor(c.r, c.g, c.b) }

// certSetFont selects a font in f unless it is selected already: fpdf writes every selection
// into the page.
func certSetFont(f *fpdf.Fpdf, fam, style string, size float64) {
	if pt, _ := f.GetFontSize(); pt == size && f.GetFontFamily() == strings.ToLower(fam) && f.GetFontStyle() == style {
		return
	}
	f.SetFont(fam, style, size)
}
