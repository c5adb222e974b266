package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"thidua/app/viet"
)

// picker is a one-line field to choose among many entries (the units: 28 and more) by typing:
// the entries that match what is typed, accent-insensitively («tra bui» finds «UBND xã Trà Bui»),
// drop down under the field; ↓/↑ move, Enter or a click chooses, Escape closes the list. Being
// an Entry, it takes the focus first in a form, and Escape with the list closed cancels the form.
type picker struct {
	Entry
	options  []string
	shown    []int // indexes into options, in the order listed
	at       int   // the highlighted row of shown
	chosen   int   // index into options, -1 when none
	list     *List
	popup    *widget.PopUp
	OnChosen func(i int) // called with the index into options

	// While the list is open it is the top overlay, and Fyne sends the keyboard to the top
	// overlay's focus, which is nothing: the window's handlers pass it on to the field meanwhile.
	canvas   fyne.Canvas
	keptRune func(rune)
	keptKey  func(*fyne.KeyEvent)
}

func newPicker(options []string, placeholder string, onChosen func(int)) *picker {
	p := &picker{chosen: -1, OnChosen: onChosen}
	p.ExtendBaseWidget(p)
	p.SetPlaceHolder(placeholder)
	p.list = NewList(func() int { return len(p.shown) }, p.createRow, p.updateRow)
	p.list.OnSelected = func(id widget.ListItemID) { p.choose(id) }
	p.OnChanged = p.filter
	p.SetOptions(options)
	return p
}

func (p *picker) createRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (p *picker) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.TextStyle = fyne.TextStyle{Bold: i == p.at}
	l.SetText(p.options[p.shown[i]])
}

// SetOptions replaces the entries; a choice no longer among them is cleared.
func (p *picker) SetOptions(options []string) {
	p.options = options
	if p.chosen >= len(options) || (p.chosen >= 0 && options[p.chosen] != p.Text) {
		p.chosen = -1
	}
	p.shown = p.match("")
}

// Select chooses an entry by its text, as if picked (no callback when it is not there).
func (p *picker) Select(label string) {
	for i, o := range p.options {
		if o == label {
			p.chosen = i
			p.Entry.SetText(label)
			if p.OnChosen != nil {
				p.OnChosen(i)
			}
			return
		}
	}
}

// Selected is the text of the entry chosen, "" when none.
func (p *picker) Selected() string {
	if p.chosen < 0 {
		return ""
	}
	return p.options[p.chosen]
}

func (p *picker) match(q string) []int {
	fq := viet.NewFoldQuery(q)
	var out []int
	for i, o := range p.options {
		if fq.Match(viet.FoldKey(o)) {
			out = append(out, i)
		}
	}
	return out
}

// filter lists the entries matching what is typed; typing unsets the choice until one is made.
func (p *picker) filter(text string) {
	if p.chosen >= 0 && p.options[p.chosen] == text {
		return
	}
	p.chosen = -1
	p.shown = p.match(text)
	p.at = 0
	p.list.Refresh()
	p.open()
}

func (p *picker) open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(p)
	if c == nil || len(p.shown) == 0 {
		p.close()
		return
	}
	if p.popup == nil {
		p.popup = widget.NewPopUp(p.list, c)
	}
	if p.canvas == nil {
		p.canvas, p.keptRune, p.keptKey = c, c.OnTypedRune(), c.OnTypedKey()
		c.SetOnTypedRune(p.TypedRune)
		c.SetOnTypedKey(p.TypedKey)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p).AddXY(0, p.Size().Height)
	rows := float32(len(p.shown))
	if rows > 8 {
		rows = 8
	}
	p.popup.Resize(fyne.NewSize(p.Size().Width, rows*p.MinSize().Height))
	p.popup.ShowAtPosition(pos)
}

func (p *picker) close() {
	if p.popup != nil {
		p.popup.Hide()
	}
	if c := p.canvas; c != nil {
		c.SetOnTypedRune(p.keptRune)
		c.SetOnTypedKey(p.keptKey)
		p.canvas = nil
		c.Focus(p)
	}
}

func (p *picker) isOpen() bool { return p.popup != nil && p.popup.Visible() }

func (p *picker) choose(row int) {
	if row < 0 || row >= len(p.shown) {
		return
	}
	p.list.UnselectAll()
	p.close()
	p.Select(p.options[p.shown[row]])
}

// TypedKey moves in the open list and chooses with Enter; otherwise the Entry's keys.
func (p *picker) TypedKey(ev *fyne.KeyEvent) {
	if !p.isOpen() {
		if ev.Name == fyne.KeyDown {
			p.shown, p.at = p.match(""), 0
			if p.chosen < 0 {
				p.shown = p.match(p.Text)
			}
			p.list.Refresh()
			p.open()
			return
		}
		if ev.Name == fyne.KeyEscape && escapeToWindow(p) {
			return
		}
		p.Entry.TypedKey(ev)
		return
	}
	switch ev.Name {
	case fyne.KeyDown:
		p.move(1)
	case fyne.KeyUp:
		p.move(-1)
	case fyne.KeyReturn, fyne.KeyEnter:
		p.choose(p.at)
	case fyne.KeyEscape:
		p.close()
	default:
		p.Entry.TypedKey(ev)
	}
}

// unitLabel names a unit in a picker: its short name first, so that communes do not all read
// «UBND xã T…» when the field is narrow, then the full name.
func unitLabel(name, short string) string {
	if short == "" || short == name {
		return name
	}
	return short + " — " + name
}

func (p *picker) move(d int) {
	if n := len(p.shown); n > 0 {
		p.at = (p.at + d + n) % n
		p.list.Refresh()
		p.list.ScrollTo(p.at)
	}
}
