package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// forwardEnter hands Enter to o's window, where the dialog on top presses its default button;
// true when it did. For widgets that have no use for Enter (a table, a check box).
func forwardEnter(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	return (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && keyToWindow(o, ev.Name)
}

// presentWithDefault is present with def the button Enter presses (when enabled) while d is on
// top and nothing focused takes Enter for itself — after a click in one of its tables too.
func (u *UI) presentWithDefault(d dialog.Dialog, first fyne.Focusable, def *Button) {
	if u.dlgs.defaults == nil {
		u.dlgs.defaults = map[dialog.Dialog]*Button{}
	}
	u.dlgs.defaults[d] = def
	u.present(d, first)
}

// pressDefault presses the default button of the dialog on top, if it has one and it is enabled.
func (u *UI) pressDefault() {
	if len(u.dlgs.open) == 0 {
		return
	}
	b := u.dlgs.defaults[u.dlgs.open[len(u.dlgs.open)-1]]
	if b == nil || b.Disabled() || b.OnTapped == nil {
		return
	}
	b.OnTapped()
}
