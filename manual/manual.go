// Package manual is «Hướng dẫn sử dụng»: the chapters as Markdown files embedded in the program
// (one file per chapter, read in the order of their names), their screenshots under shots/, and
// what the help window and the printed manual need from them — the sections, the blocks of a page,
// the search and the chapter of each tab. It holds no Fyne and no PDF code: ui shows it, pdf prints it.
//
// A chapter file starts with «# Title»; «## Title» starts a section. Comment lines
// «<!-- tab: Đơn vị -->» (one or more) name the tabs whose F1 opens the chapter; a sub-tab is named
// by its path, «Cài đặt/Sao lưu và phục hồi». Pictures are «![Chú thích](shots/name.png)», alone
// on their line. Numbered steps «1. …» and bullets «- …» are one line each.
package manual

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed *.md shots
var files embed.FS

// Chapter is one Markdown file.
type Chapter struct {
	File     string   // «030-don-vi.md»
	Title    string   // from its «# » line
	Tabs     []string // the tabs whose F1 opens it («Đơn vị», «Cài đặt/Sao lưu và phục hồi»)
	Sections []Section
}

// Section is a part of a chapter: the text before its first «## » (Title is the chapter's), then
// one per «## » heading.
type Section struct {
	Title    string
	Level    int    // 1: the chapter's opening, 2: a «## » section
	Markdown string // its text without the comment lines, headings included
	Blocks   []Block
	Tab      string // «<!-- tab: … -->» inside a «## » section: F1 on that tab opens this section
	// words of the chapter's title, the section's title and its text; titleWords of the section's
	// title: what Search matches.
	words, ownWords, titleWords []word
}

// BlockKind tells what a Block is.
type BlockKind int

// The blocks of a page.
const (
	Heading   BlockKind = iota // Level 1–3
	Paragraph                  // one paragraph, lines joined
	Step                       // a numbered step, N its number
	Bullet                     // a «- » item
	Picture                    // Image is «shots/name.png», Text its caption
	Note                       // a «> » quoted remark
)

// Block is a heading, a paragraph, a step, a bullet, a picture or a note. Text keeps the inline
// «**bold**» marks; Plain removes them.
type Block struct {
	Kind  BlockKind
	Level int
	N     int
	Text  string
	Image string
}

var (
	once     sync.Once
	chapters []Chapter
	loadErr  error
)

// Chapters are the manual's chapters in order, read once from the embedded files.
func Chapters() ([]Chapter, error) {
	once.Do(func() { chapters, loadErr = Parse(files) })
	return chapters, loadErr
}

// Image is the bytes of a picture the chapters refer to («shots/units.png»).
func Image(name string) ([]byte, error) {
	return fs.ReadFile(files, path.Clean(name))
}

// Parse reads every *.md at the top of fsys, in the order of the names.
func Parse(fsys fs.FS) ([]Chapter, error) {
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Chapter
	for _, n := range names {
		if strings.EqualFold(n, "README.md") {
			continue // how to write the manual, not a chapter
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		c, err := ParseChapter(n, string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// ParseChapter splits one chapter's Markdown into its sections and blocks.
func ParseChapter(file, text string) (Chapter, error) {
	c := Chapter{File: file}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var cur *Section
	var body []string
	flush := func() {
		if cur != nil {
			cur.Markdown = strings.TrimSpace(strings.Join(body, "\n")) + "\n"
			cur.Blocks = blocks(body)
			cur.titleWords = words(cur.Title)
			cur.ownWords = words(cur.Title + " " + plainText(cur.Blocks))
			cur.words = append(words(c.Title), cur.ownWords...)
			c.Sections = append(c.Sections, *cur)
		}
		body = nil
	}
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->"):
			inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "<!--"), "-->"))
			if tab, ok := strings.CutPrefix(inner, "tab:"); ok {
				c.Tabs = append(c.Tabs, strings.TrimSpace(tab))
				if cur != nil && cur.Level == 2 {
					cur.Tab = strings.TrimSpace(tab)
				}
			}
			continue
		case strings.HasPrefix(t, "# "):
			if c.Title != "" {
				return c, fmt.Errorf("%s: a second «# » title %q", file, t)
			}
			c.Title = strings.TrimSpace(t[2:])
			cur = &Section{Title: c.Title, Level: 1}
		case strings.HasPrefix(t, "## "):
			if cur == nil {
				return c, fmt.Errorf("%s: «## » before the «# » title", file)
			}
			flush()
			cur = &Section{Title: strings.TrimSpace(t[3:]), Level: 2}
		case cur == nil && t != "":
			return c, fmt.Errorf("%s: text before the «# » title", file)
		}
		body = append(body, line)
	}
	flush()
	if c.Title == "" {
		return c, fmt.Errorf("%s: no «# » title", file)
	}
	return c, nil
}
