package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/manual"
)

// helpView is the «Trợ giúp» window: the manual's contents on the left (or the sections a search
// found), the chosen chapter or section on the right, rendered from its Markdown.
type helpView struct {
	u        *UI
	win      fyne.Window
	chapters []manual.Chapter
	entries  []manual.Place // Section -1: the whole chapter
	list     *List
	search   *Entry
	found    *widget.Label
	body     *fyne.Container
	scroll   *container.Scroll
	shown    manual.Place // what the right side shows, for tests
	renders  int          // how many times the right side was drawn, for tests

	relayoutPending bool
}

// searchHint is under the search box while nothing is searched.
const searchHint = "Gõ có dấu hoặc không dấu."

// HelpTitle is the help window's title.
const HelpTitle = "Hướng dẫn sử dụng — Thi đua CCHC"

// onHelp opens the manual at the chapter of the tab that is open (F1 does the same).
func (u *UI) onHelp() {
	chs, err := manual.Chapters()
	if err != nil {
		u.showError(app.Errorf(app.EINTERNAL, "Không đọc được hướng dẫn sử dụng: %v", err))
		return
	}
	if u.help == nil {
		u.help = newHelpView(u, chs)
	}
	p, _ := manual.PlaceForTab(chs, u.tabPath())
	u.help.search.SetText("") // the contents, not the last search's results
	u.help.contents()
	if p.Section >= 0 {
		u.help.showSection(p)
	} else {
		u.help.showChapter(p.Chapter)
	}
	u.help.win.Show()
	u.help.win.RequestFocus()
}

func newHelpView(u *UI, chs []manual.Chapter) *helpView {
	h := &helpView{u: u, chapters: chs, shown: manual.Place{Chapter: -1}}
	h.win = fyne.CurrentApp().NewWindow(HelpTitle)
	h.search = NewEntry()
	h.search.SetPlaceHolder("Tìm trong hướng dẫn…")
	h.search.OnChanged = h.onSearch
	h.found = widget.NewLabel("")
	h.found.Truncation = fyne.TextTruncateEllipsis
	h.list = NewList(func() int { return len(h.entries) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(h.entryLabel(id)) })
	h.list.OnSelected = h.onSelected
	h.body = container.NewVBox()
	h.scroll = container.NewVScroll(h.body)
	left := container.NewBorder(container.NewVBox(h.search, h.found), nil, nil, nil, h.list)
	split := container.NewHSplit(left, h.scroll)
	split.Offset = 0.3
	h.win.SetContent(split)
	h.win.Resize(fyne.NewSize(980, 660))
	h.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			h.win.Close()
		}
	})
	h.win.SetOnClosed(func() { u.help = nil })
	return h
}

// contents lists every chapter, each followed by its sections.
func (h *helpView) contents() {
	h.entries = h.entries[:0]
	for ci, c := range h.chapters {
		h.entries = append(h.entries, manual.Place{Chapter: ci, Section: -1})
		for si, s := range c.Sections {
			if s.Level == 2 {
				h.entries = append(h.entries, manual.Place{Chapter: ci, Section: si})
			}
		}
	}
	h.found.SetText(searchHint)
	h.list.UnselectAll()
	h.list.Refresh()
}

func (h *helpView) entryLabel(id int) string {
	if id < 0 || id >= len(h.entries) {
		return ""
	}
	e := h.entries[id]
	c := h.chapters[e.Chapter]
	switch {
	case e.Section < 0 || c.Sections[e.Section].Level == 1:
		return strings.TrimSpace(c.Title)
	case strings.TrimSpace(h.search.Text) != "":
		return c.Sections[e.Section].Title + " — " + c.Title
	default:
		return "      " + c.Sections[e.Section].Title
	}
}

// onSearch shows the sections holding every word typed, accents ignored; an empty search the contents.
func (h *helpView) onSearch(q string) {
	if strings.TrimSpace(q) == "" {
		h.contents()
		return
	}
	h.entries = manual.Search(h.chapters, q)
	if len(h.entries) == 0 {
		h.found.SetText("Không tìm thấy «" + strings.TrimSpace(q) + "».")
	} else {
		h.found.SetText("Tìm thấy ở " + strconv.Itoa(len(h.entries)) + " mục.")
	}
	h.list.UnselectAll()
	h.list.Refresh()
}

func (h *helpView) onSelected(id widget.ListItemID) {
	if id < 0 || id >= len(h.entries) {
		return
	}
	e := h.entries[id]
	if e == h.shown {
		return // selected by showChapter or showSection itself: already drawn
	}
	if e.Section < 0 {
		h.showChapter(e.Chapter)
		return
	}
	h.showSection(e)
}

// showChapter shows a whole chapter and selects it in the contents.
func (h *helpView) showChapter(ci int) {
	if ci < 0 || ci >= len(h.chapters) {
		return
	}
	var md []string
	for _, s := range h.chapters[ci].Sections {
		md = append(md, s.Markdown)
	}
	h.render(strings.Join(md, "\n"))
	h.shown = manual.Place{Chapter: ci, Section: -1}
	h.selectShown()
}

// showSection shows one section and selects it in the contents (when listed there).
func (h *helpView) showSection(p manual.Place) {
	h.render(h.chapters[p.Chapter].Sections[p.Section].Markdown)
	h.shown = p
	h.selectShown()
}

// selectShown selects what is shown in the list; onSelected sees it is shown and draws nothing.
func (h *helpView) selectShown() {
	for i, e := range h.entries {
		if e == h.shown {
			h.list.Select(i)
			h.list.ScrollTo(i)
			return
		}
	}
}

// render replaces the right side with the Markdown's text and pictures.
func (h *helpView) render(md string) {
	h.renders++
	h.body.Objects = nil
	for _, p := range manual.Split(md) {
		if p.Image == "" {
			rt := widget.NewRichTextFromMarkdown(p.Markdown)
			rt.Wrapping = fyne.TextWrapWord
			h.body.Add(rt)
			continue
		}
		b, err := manual.Image(p.Image)
		if err != nil {
			h.body.Add(widget.NewLabel("(thiếu hình " + p.Image + ")"))
			continue
		}
		img := newHelpImage(fyne.NewStaticResource(p.Image, b), h.relayout)
		caption := widget.NewLabelWithStyle(p.Caption, fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
		caption.Wrapping = fyne.TextWrapWord
		h.body.Add(container.NewVBox(img, caption))
	}
	h.body.Refresh()
	h.scroll.ScrollToTop()
}

// relayout lays the page out again after a picture learnt its width (its height follows), once
// the layout under way has finished.
func (h *helpView) relayout() {
	if h.relayoutPending {
		return
	}
	h.relayoutPending = true
	go fyne.Do(func() {
		h.relayoutPending = false
		h.body.Refresh()
		h.scroll.Refresh()
	})
}

// tabPath is the open tab's title, then the open sub-tab's and so on: what F1 looks up.
func (u *UI) tabPath() []string {
	var path []string
	tabs := u.tabs
	for tabs != nil && tabs.Selected() != nil {
		item := tabs.Selected()
		path = append(path, item.Text)
		tabs = innerTabs(item.Content)
	}
	return path
}

// innerTabs is the first tab bar inside o (breadth first), nil when there is none.
func innerTabs(o fyne.CanvasObject) *container.AppTabs {
	queue := []fyne.CanvasObject{o}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		switch c := x.(type) {
		case *container.AppTabs:
			return c
		case *fyne.Container:
			queue = append(queue, c.Objects...)
		case *container.Split:
			queue = append(queue, c.Leading, c.Trailing)
		case *container.Scroll:
			queue = append(queue, c.Content)
		}
	}
	return nil
}
