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
	for i, part := range strings.Split(strings.ReplaceAll(curlyQuotes(s), "`", ""), "**") {
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

// curlyQuotes prints the manual's straight "…" as “…”: a quote after a space, a bracket, a bold
// mark or at the start opens, any other closes. Inside `…` (a command to type or paste into
// cmd.exe) the quotes stay straight.
func curlyQuotes(s string) string {
	if !strings.Contains(s, `"`) {
		return s
	}
	var b strings.Builder
	prev := ' '
	code := false // inside `…`: a command to copy, its quotes stay straight
	for _, r := range s {
		if r == '`' {
			code = !code
		}
		if r == '"' && !code {
			if prev == ' ' || prev == '(' || prev == '[' || prev == '*' {
				r = '“'
			} else {
				r = '”'
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// richText writes text wrapped to the text width less indent, a marker (a step's number, a
// bullet) in the indent of the first line; the words keep their styles. A paragraph of two lines
// or more never leaves one line alone at the foot or the head of a page; a remark's bar (noteBar)
// is drawn beside its lines on each page.
func (m *manualDoc) richText(text string, indent float64, marker string) {
	f := m.f
	lines := m.manualLines(manualWords(text), textW-indent)
	barTop, barPage := m.y, f.PageNo()
	for i, line := range lines {
		keep := 1.0
		if len(lines) >= 2 && (i == 0 || i == len(lines)-2) {
			keep = 2 // the first two lines together, the last two together
		}
		m.need(keep * manLineText)
		if m.noteBar && f.PageNo() != barPage { // the remark goes on over the page
			f.SetPage(barPage)
			m.bar(barTop, bottomLimit)
			f.SetPage(f.PageCount())
			barTop, barPage = m.y, f.PageNo()
		}
		if m.onLine != nil {
			m.onLine(f.PageNo(), m.y)
		}
		base := m.y + manLineText - 1.6
		if i == 0 && marker != "" {
			f.SetFont(family, bold, manSizeText)
			f.Text(marginLeft+1, base, marker)
		}
		x := marginLeft + indent
		for j, w := range line {
			if j > 0 {
				f.SetFont(family, regular, manSizeText)
				x += f.GetStringWidth(" ")
			}
			x += m.drawWord(w, x, base)
		}
		m.y += manLineText
	}
	if m.noteBar {
		m.bar(barTop, m.y)
	}
}

// manualLines breaks the words into lines of at most width; a word wider than a line is cut.
func (m *manualDoc) manualLines(words []manWord, width float64) [][]manWord {
	f := m.f
	f.SetFont(family, regular, manSizeText)
	space := f.GetStringWidth(" ")
	var lines [][]manWord
	var line []manWord
	lineW := 0.0
	for _, w := range words {
		for _, piece := range m.cutWord(w, width) {
			ww := m.wordWidth(piece)
			if len(line) > 0 && lineW+space+ww > width {
				lines = append(lines, line)
				line, lineW = nil, 0
			}
			if len(line) > 0 {
				lineW += space
			}
			line = append(line, piece)
			lineW += ww
		}
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// cutWord is w, or the pieces of w that each fit in width when w alone does not (a long path or
// address); a word of mixed styles is cut in its own style pieces.
func (m *manualDoc) cutWord(w manWord, width float64) []manWord {
	if m.wordWidth(w) <= width {
		return []manWord{w}
	}
	var out []manWord
	for _, p := range wordPieces(w) {
		m.f.SetFont(family, p.style, manSizeText)
		cur := ""
		for _, r := range p.text {
			if cur != "" && m.f.GetStringWidth(cur+string(r)) > width {
				out = append(out, manWord{cur, p.style})
				cur = ""
			}
			cur += string(r)
		}
		if cur != "" {
			out = append(out, manWord{cur, p.style})
		}
	}
	return out
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
