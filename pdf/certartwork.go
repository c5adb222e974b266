package pdf

import (
	"math"

	"codeberg.org/go-pdf/fpdf"
)

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

func (c certCorner) sx() float64 { return 1 - 2*c.right }

func (c certCorner) sy() float64 { return 1 - 2*c.bottom }

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
