package ui

import (
	"strings"

	"thidua/app/viet"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Entry is a widget.Entry that keeps its text in NFC: text pasted or typed in decomposed form
// (a base letter and combining marks) is composed at once, so Backspace removes a whole letter and
// what is stored matches in SQLite and prints with its accents in place.
type Entry struct {
	widget.Entry
}

// NewEntry returns a single-line NFC entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry returns a multi-line NFC entry.
func NewMultiLineEntry() *Entry {
	e := NewEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// TypedRune composes after each rune.
func (e *Entry) TypedRune(r rune) {
	e.Entry.TypedRune(r)
	e.compose()
}

// TypedShortcut composes after a paste.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	e.Entry.TypedShortcut(s)
	e.compose()
}

// SetText stores composed text.
func (e *Entry) SetText(s string) {
	e.Entry.SetText(viet.NFC(s))
}

// compose rewrites the text in NFC, keeping the cursor after the same letter.
func (e *Entry) compose() {
	if viet.IsNFC(e.Text) {
		return
	}
	lines := strings.Split(e.Text, "\n")
	row, col := e.CursorRow, e.CursorColumn
	if row < len(lines) {
		line := []rune(lines[row])
		if col > len(line) {
			col = len(line)
		}
		col = len([]rune(viet.NFC(string(line[:col]))))
	}
	e.Entry.SetText(viet.NFC(e.Text))
	e.CursorRow, e.CursorColumn = row, col
	e.Refresh()
}

// growRows makes a multi-line entry as tall as its lines, from min up to max rows; past max it
// scrolls («Nơi nhận», «Căn cứ»: a few lines usually, sometimes many).
func growRows(e *Entry, min, max int) {
	fit := func(s string) {
		n := strings.Count(s, "\n") + 1
		if n < min {
			n = min
		}
		if n > max {
			n = max
		}
		e.SetMinRowsVisible(n)
	}
	prev := e.OnChanged
	e.OnChanged = func(s string) {
		fit(s)
		if prev != nil {
			prev(s)
		}
	}
	fit(e.Text)
}
