package pdf

import (
	"math"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

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
