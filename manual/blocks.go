package manual

import (
	"regexp"
	"strconv"
	"strings"

	"thidua/app/viet"
)

var (
	stepLine    = regexp.MustCompile(`^(\d+)\.\s+(.*)$`)
	pictureLine = regexp.MustCompile(`^!\[([^\]]*)\]\(([^)\s]+)\)$`)
)

// blocks reads the lines of a section into blocks: a blank line ends a paragraph.
func blocks(lines []string) []Block {
	var out []Block
	var para []string
	end := func() {
		if len(para) > 0 {
			out = append(out, Block{Kind: Paragraph, Text: strings.Join(para, " ")})
			para = nil
		}
	}
	for _, line := range lines {
		t := strings.TrimSpace(line)
		level := headingLevel(t)
		m := stepLine.FindStringSubmatch(t)
		p := pictureLine.FindStringSubmatch(t)
		switch {
		case t == "":
			end()
		case level > 0:
			end()
			out = append(out, Block{Kind: Heading, Level: level, Text: strings.TrimSpace(t[level+1:])})
		case p != nil:
			end()
			out = append(out, Block{Kind: Picture, Text: p[1], Image: p[2]})
		case m != nil:
			end()
			n, _ := strconv.Atoi(m[1])
			out = append(out, Block{Kind: Step, N: n, Text: m[2]})
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* "):
			end()
			out = append(out, Block{Kind: Bullet, Text: strings.TrimSpace(t[2:])})
		case strings.HasPrefix(t, ">"):
			end()
			text := strings.TrimSpace(strings.TrimPrefix(t, ">"))
			if n := len(out); n > 0 && out[n-1].Kind == Note {
				out[n-1].Text += " " + text
			} else {
				out = append(out, Block{Kind: Note, Text: text})
			}
		default:
			para = append(para, t)
		}
	}
	end()
	return out
}

// headingLevel is 1–3 for «# », «## », «### », else 0.
func headingLevel(t string) int {
	for l := 1; l <= 3; l++ {
		if strings.HasPrefix(t, strings.Repeat("#", l)+" ") {
			return l
		}
	}
	return 0
}

// Plain is the text without the «**» and «`» marks.
func Plain(s string) string {
	return strings.NewReplacer("**", "", "`", "").Replace(s)
}

func plainText(bs []Block) string {
	var b strings.Builder
	for _, x := range bs {
		b.WriteString(Plain(x.Text))
		b.WriteByte(' ')
	}
	return b.String()
}

func foldKey(s string) string { return viet.FoldKey(s) }

// Pictures are the pictures of every chapter, in order, each once.
func Pictures(chs []Chapter) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range chs {
		for _, s := range c.Sections {
			for _, b := range s.Blocks {
				if b.Kind == Picture && !seen[b.Image] {
					seen[b.Image] = true
					out = append(out, b.Image)
				}
			}
		}
	}
	return out
}

// Place is a section of a chapter.
type Place struct{ Chapter, Section int }

// Search is every section whose title or text holds every word of the query, accents ignored
// («sao luu» finds «Sao lưu»), in the manual's order; an empty query finds nothing.
func Search(chs []Chapter, query string) []Place {
	q := viet.NewFoldQuery(query)
	if strings.TrimSpace(viet.FoldKey(query)) == "" {
		return nil
	}
	var out []Place
	for ci, c := range chs {
		for si, s := range c.Sections {
			if q.Match(s.key) {
				out = append(out, Place{ci, si})
			}
		}
	}
	return out
}

// ForTab is the chapter F1 opens on the tab at path (the tab's title, then the sub-tab's): the
// chapter naming the longest part of the path wins, so «Cài đặt/Sao lưu và phục hồi» opens its own
// chapter and «Cài đặt/Người ký» the chapter of «Cài đặt». False when no chapter names the tab.
func ForTab(chs []Chapter, path []string) (int, bool) {
	best, bestLen := 0, 0
	for ci, c := range chs {
		for _, tab := range c.Tabs {
			parts := strings.Split(tab, "/")
			if len(parts) > len(path) || len(parts) <= bestLen {
				continue
			}
			match := true
			for i, p := range parts {
				match = match && strings.TrimSpace(p) == path[i]
			}
			if match {
				best, bestLen = ci, len(parts)
			}
		}
	}
	return best, bestLen > 0
}

// Piece is a run of Markdown text, or a picture standing alone.
type Piece struct {
	Markdown string // text, when Image is ""
	Image    string // «shots/name.png»
	Caption  string
}

// Split cuts Markdown at its pictures: the help window renders the text with Fyne's RichText and
// shows each picture itself, from the embedded files.
func Split(md string) []Piece {
	var out []Piece
	var text []string
	end := func() {
		if s := strings.TrimSpace(strings.Join(text, "\n")); s != "" {
			out = append(out, Piece{Markdown: s + "\n"})
		}
		text = nil
	}
	for _, line := range strings.Split(md, "\n") {
		if p := pictureLine.FindStringSubmatch(strings.TrimSpace(line)); p != nil {
			end()
			out = append(out, Piece{Image: p[2], Caption: p[1]})
			continue
		}
		text = append(text, line)
	}
	end()
	return out
}
