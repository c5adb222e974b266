package pdf

import (
	"strings"
	"unicode/utf8"
)

// manWord is a manWord of the manual's text with its style: «**» marks switch bold on and off.
type manWord struct {
	text  string
	style string
}

// manualWords splits a line of the manual into words, bold between «**» marks; «`» marks go.
func manualWords(s string) []manWord {
	var out []manWord
	style := regular
	prevSpace := true // the text before this part ended with a space (or there was none)
	for i, part := range strings.Split(strings.ReplaceAll(s, "`", ""), "**") {
		if i > 0 {
			if style == regular {
				style = bold
			} else {
				style = regular
			}
		}
		glue := len(part) > 0 && part[0] != ' ' && !prevSpace && len(out) > 0 // «**Đơn vị**,» keeps the comma on
		if len(part) > 0 {
			prevSpace = part[len(part)-1] == ' '
		}
		for j, w := range strings.Fields(part) {
			if j == 0 && glue {
				out[len(out)-1].text += "\x00" + style + "\x00" + w
				continue
			}
			out = append(out, manWord{w, style})
		}
	}
	return out
}

// richText writes text wrapped to the text width less indent, a marker (a step's number, a
// bullet) in the indent of the first line; the words keep their styles.
func (m *manualDoc) richText(text string, indent float64, marker string) {
	f := m.f
	width := textW - indent
	words := manualWords(text)
	var line []manWord
	lineW := 0.0
	first := true
	flush := func() {
		m.need(manLineText)
		base := m.y + manLineText - 1.6
		if first && marker != "" {
			f.SetFont(family, bold, manSizeText)
			f.Text(marginLeft+1, base, marker)
		}
		x := marginLeft + indent
		for i, w := range line {
			if i > 0 {
				f.SetFont(family, regular, manSizeText)
				x += f.GetStringWidth(" ")
			}
			x += m.drawWord(w, x, base)
		}
		m.y += manLineText
		line, lineW, first = nil, 0, false
	}
	for _, w := range words {
		ww := m.wordWidth(w)
		f.SetFont(family, regular, manSizeText)
		space := f.GetStringWidth(" ")
		if len(line) > 0 && lineW+space+ww > width {
			flush()
		}
		if len(line) > 0 {
			lineW += space
		}
		line = append(line, w)
		lineW += ww
	}
	if len(line) > 0 || first {
		flush()
	}
}

// pieces of a glued manWord: text, then (style, text) pairs after each \x00 style \x00.
func wordPieces(w manWord) []manWord {
	parts := strings.Split(w.text, "\x00")
	out := []manWord{{parts[0], w.style}}
	for i := 1; i+1 < len(parts); i += 2 {
		out = append(out, manWord{parts[i+1], parts[i]})
	}
	return out
}

func (m *manualDoc) wordWidth(w manWord) float64 {
	total := 0.0
	for _, p := range wordPieces(w) {
		m.f.SetFont(family, p.style, manSizeText)
		total += m.f.GetStringWidth(p.text)
	}
	return total
}

func (m *manualDoc) drawWord(w manWord, x, base float64) float64 {
	start := x
	for _, p := range wordPieces(w) {
		m.f.SetFont(family, p.style, manSizeText)
		m.f.Text(x, base, p.text)
		x += m.f.GetStringWidth(p.text)
	}
	return x - start
}

// lastRune is the last rune of s and its size in bytes.
func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }
