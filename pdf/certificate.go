package pdf

import (
	"io"
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
