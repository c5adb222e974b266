package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// gridEntry is a cell of the scoring grid: an NFC entry that hands Tab, Enter and the up and down
// arrows to the grid, so that a unit is scored with the keyboard alone.
type gridEntry struct {
	Entry
	row, col int
	move     func(e *gridEntry, dRow, dCol int) // the grid moves the focus
	focused  func(e *gridEntry)
	shift    bool
}

func newGridEntry(row, col int, move func(e *gridEntry, dRow, dCol int)) *gridEntry {
	e := &gridEntry{row: row, col: col, move: move}
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab keeps Tab in the grid: it goes to the next cell, not to the next widget of the window.
func (e *gridEntry) AcceptsTab() bool { return true }

// TypedKey moves on Tab and Enter (to the next cell, Shift+Tab back) and on the arrows up and
// down (the same column, the row above or below); every other key edits the cell.
func (e *gridEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyTab:
		if e.shift {
			e.move(e, 0, -1)
		} else {
			e.move(e, 0, 1)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		e.move(e, 0, 1)
	case fyne.KeyUp:
		e.move(e, -1, 0)
	case fyne.KeyDown:
		e.move(e, 1, 0)
	default:
		e.Entry.TypedKey(k)
	}
}

// KeyDown notes Shift for Shift+Tab.
func (e *gridEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp notes the release of Shift.
func (e *gridEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// FocusGained tells the grid which row is being worked on (the evidence button acts on it).
func (e *gridEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.focused != nil {
		e.focused(e)
	}
}
