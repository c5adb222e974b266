package pdf

import (
	"strings"
	"unicode/utf8"
)

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
