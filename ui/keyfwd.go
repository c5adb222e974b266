package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Fyne hands a key to the focused widget only (the canvas's handler hears it when nothing is
// focused), and a List, Select, Check, SelectEntry or Table focused by a click would swallow F1
// and Escape. These thin types forward those two keys to the window's handler (keyToWindow), as
// Entry does; every other key goes to the widget. The screens build them with the New… below.

// forwardKey hands F1 and Escape to o's window; true when it did.
func forwardKey(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	return (ev.Name == fyne.KeyF1 || ev.Name == fyne.KeyEscape) && keyToWindow(o, ev.Name)
}

// List is a widget.List that lets F1 and Escape through.
type List struct{ widget.List }

// NewList is widget.NewList.
func NewList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *List {
	l := &List{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey forwards F1 and Escape, the rest moves in the list.
func (l *List) TypedKey(ev *fyne.KeyEvent) {
	if !forwardKey(l, ev) {
		l.List.TypedKey(ev)
	}
}

// Select is a widget.Select that lets F1 and Escape through.
type Select struct{ widget.Select }

// NewSelect is widget.NewSelect with a Vietnamese placeholder, «(chọn)»: Fyne's own, «(Select
// one)», is English and has no translation key in Fyne 2.7.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = "(chọn)"
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey forwards F1 and Escape.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if !forwardKey(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// Check is a widget.Check that lets F1 and Escape through.
type Check struct{ widget.Check }

// NewCheck is widget.NewCheck.
func NewCheck(label string, changed func(bool)) *Check {
	c := &Check{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey forwards F1, Escape and Enter (Space ticks the box).
func (c *Check) TypedKey(ev *fyne.KeyEvent) {
	if !forwardKey(c, ev) && !forwardEnter(c, ev) {
		c.Check.TypedKey(ev)
	}
}

// SelectEntry is a widget.SelectEntry that lets F1 and Escape through.
type SelectEntry struct{ widget.SelectEntry }

// NewSelectEntry is widget.NewSelectEntry.
func NewSelectEntry(options []string) *SelectEntry {
	e := &SelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	return e
}

// TypedKey forwards F1 and Escape.
func (e *SelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if !forwardKey(e, ev) {
		e.SelectEntry.TypedKey(ev)
	}
}

// Table is a widget.Table that lets F1 and Escape through.
type Table struct{ widget.Table }

// NewTableWithHeaders is widget.NewTableWithHeaders.
func NewTableWithHeaders(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *Table {
	t := &Table{}
	t.Length, t.CreateCell, t.UpdateCell = length, create, update
	t.ShowHeaderRow, t.ShowHeaderColumn = true, true
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey forwards F1, Escape and Enter (a table has no use for Enter: in a dialog it presses the
// default button, see presentWithDefault).
func (t *Table) TypedKey(ev *fyne.KeyEvent) {
	if !forwardKey(t, ev) && !forwardEnter(t, ev) {
		t.Table.TypedKey(ev)
	}
}

// NewRadioGroup is widget.NewRadioGroup, except that a click on a choice does not leave the focus
// on it: Fyne's choice item takes the focus and swallows every key but Space, F1 and Escape too.
func NewRadioGroup(options []string, changed func(string)) *widget.RadioGroup {
	var r *widget.RadioGroup
	r = widget.NewRadioGroup(options, func(s string) {
		if changed != nil {
			changed(s)
		}
		releaseInnerFocus(r)
	})
	return r
}

// NewCheckGroup is widget.NewCheckGroup, releasing the focus a click gave to one of its boxes.
func NewCheckGroup(options []string, changed func([]string)) *widget.CheckGroup {
	var g *widget.CheckGroup
	g = widget.NewCheckGroup(options, func(s []string) {
		if changed != nil {
			changed(s)
		}
		releaseInnerFocus(g)
	})
	return g
}

// releaseInnerFocus takes the focus away from a choice of a radio or check group (Fyne's inner
// items, which hand no key on), so that F1 and Escape reach the window again.
func releaseInnerFocus(o fyne.CanvasObject) {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil || c.Focused() == nil {
		return
	}
	switch fmt.Sprintf("%T", c.Focused()) {
	case "*widget.radioItem", "*widget.Check":
		c.Unfocus()
	}
}

// Button is a widget.Button that lets F1 and Escape through when Tab put the focus on it.
type Button struct{ widget.Button }

// NewButton is widget.NewButton.
func NewButton(label string, tapped func()) *Button {
	b := &Button{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// NewButtonWithIcon is widget.NewButtonWithIcon.
func NewButtonWithIcon(label string, icon fyne.Resource, tapped func()) *Button {
	b := NewButton(label, tapped)
	b.Icon = icon
	return b
}

// TypedKey forwards F1 and Escape; Space presses the button.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	if !forwardKey(b, ev) {
		b.Button.TypedKey(ev)
	}
}
