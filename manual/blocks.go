package manual

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

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

// Search is every section where each word of the query begins a word of the section's title, its
// text or its chapter's title, best first: the sections with more of the words in their title, then
// more of them in their own title and text (not through the chapter's title), then the words one
// after another, each in the manual's order. A word typed without
// accents matches with or without them («luong» finds «lương» and «lượng»), a word typed with
// accents only itself («lương» does not find «số lượng»). An empty query finds nothing.
func Search(chs []Chapter, query string) []Place {
	q := newQuery(query)
	if len(q) == 0 {
		return nil
	}
	type hit struct {
		p          Place
		own, title int  // query words in the section's own title and text; in its title
		run        bool // the words one after another
	}
	var hits []hit
	for ci, c := range chs {
		for si, s := range c.Sections {
			if !q.in(s.words) {
				continue
			}
			hits = append(hits, hit{Place{ci, si}, q.count(s.ownWords), q.count(s.titleWords), q.run(s.ownWords)})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		switch {
		case a.title != b.title:
			return a.title > b.title
		case a.own != b.own:
			return a.own > b.own
		}
		return a.run && !b.run
	})
	out := make([]Place, len(hits))
	for i, h := range hits {
		out[i] = h.p
	}
	return out
}

// word is a word of the text in lower case (NFC) and folded (no accents).
type word struct{ lower, fold string }

// query is the words typed; a word typed without accents has lower == fold.
type query []word

func newQuery(s string) query { return query(words(s)) }

// words cuts s into its words (letters and digits), lower case and folded.
func words(s string) []word {
	var out []word
	for _, f := range strings.FieldsFunc(viet.Normalize(strings.ToLower(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}) {
		out = append(out, word{lower: f, fold: strings.TrimSpace(viet.FoldKey(f))})
	}
	return out
}

// begins reports whether the typed word w begins the text's word k.
func (w word) begins(k word) bool {
	if w.lower == w.fold { // typed without accents
		return strings.HasPrefix(k.fold, w.fold)
	}
	return strings.HasPrefix(k.lower, w.lower)
}

// in reports whether every word of q begins some word of ws.
func (q query) in(ws []word) bool {
	for _, w := range q {
		found := false
		for _, k := range ws {
			if w.begins(k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// count is how many of q's words begin some word of ws.
func (q query) count(ws []word) int {
	n := 0
	for _, w := range q {
		if (query{w}).in(ws) {
			n++
		}
	}
	return n
}

// run reports whether q's words begin words of ws one after another.
func (q query) run(ws []word) bool {
	for start := 0; start+len(q) <= len(ws); start++ {
		all := true
		for i, w := range q {
			if !w.begins(ws[start+i]) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// ForTab is the chapter F1 opens on the tab at path (the tab's title, then the sub-tab's): the
// chapter naming the longest part of the path wins, so «Cài đặt/Sao lưu và phục hồi» opens its own
// chapter and «Cài đặt/Người ký» the chapter of «Cài đặt». False when no chapter names the tab.
func ForTab(chs []Chapter, path []string) (int, bool) {
	p, ok := PlaceForTab(chs, path)
	return p.Chapter, ok
}

// PlaceForTab is where F1 opens on the tab at path: the chapter as ForTab finds it, and the
// section («## ») that names the same tab with a «<!-- tab: … -->» inside it, else Section -1
// (the whole chapter).
func PlaceForTab(chs []Chapter, path []string) (Place, bool) {
	best, bestLen, bestTab := 0, 0, ""
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
				best, bestLen, bestTab = ci, len(parts), tab
			}
		}
	}
	if bestLen == 0 {
		return Place{Chapter: 0, Section: -1}, false
	}
	for si, s := range chs[best].Sections {
		if s.Tab == bestTab {
			return Place{Chapter: best, Section: si}, true
		}
	}
	return Place{Chapter: best, Section: -1}, true
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
