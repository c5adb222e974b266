package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// The keyboard: every dialog opens with its first field focused, Enter in a one-line field
// submits a form that is valid, and Escape closes the dialog on top as «Hủy» / «Đóng» would.
// Fyne sends a key to the focused widget, else to the canvas: the canvas handles Escape, and the
// NFC Entry hands Escape on to it.

// dialogs is the stack of dialogs open, the top last.
type dialogs struct {
	open     []dialog.Dialog
	known    map[dialog.Dialog]bool
	messages map[dialog.Dialog]bool    // information and error boxes: Enter closes them too
	escapes  map[dialog.Dialog]func()  // what Escape does instead of closing (a form that asks first)
	defaults map[dialog.Dialog]*Button // the button Enter presses (presentWithDefault)
}

// onEscape makes Escape on d run cancel (the form's «Hủy») rather than close it outright.
func (s *dialogs) onEscape(d dialog.Dialog, cancel func()) {
	if s.escapes == nil {
		s.escapes = map[dialog.Dialog]func(){}
	}
	s.escapes[d] = cancel
}

// presentMessage shows an information or error box: with nothing in it to focus, Enter reaches
// the window, which closes the box as its «Đồng ý» / «Đóng» would (and Escape too).
func (u *UI) presentMessage(d dialog.Dialog) {
	if u.dlgs.messages == nil {
		u.dlgs.messages = map[dialog.Dialog]bool{}
	}
	u.dlgs.messages[d] = true
	u.present(d, nil)
}

// present shows d over the window, on top of the Escape stack, with first focused (may be nil).
// A form shown again after an error comes back on top with its field focused.
func (u *UI) present(d dialog.Dialog, first fyne.Focusable) {
	if u.dlgs.known == nil {
		u.dlgs.known = map[dialog.Dialog]bool{}
		u.win.Canvas().SetOnTypedKey(u.onKey)
	}
	if !u.dlgs.known[d] {
		u.dlgs.known[d] = true
		d.SetOnClosed(func() { u.dlgs.remove(d) })
	}
	u.dlgs.pop(d)
	u.dlgs.open = append(u.dlgs.open, d)
	d.Show()
	if first != nil {
		u.win.Canvas().Focus(first)
	}
}

// remove forgets a dialog closed.
func (s *dialogs) remove(d dialog.Dialog) {
	s.pop(d)
	delete(s.messages, d)
	delete(s.escapes, d)
	delete(s.defaults, d)
}

// pop takes d off the stack (to close it, or to put it back on top).
func (s *dialogs) pop(d dialog.Dialog) {
	kept := s.open[:0]
	for _, x := range s.open {
		if x != d {
			kept = append(kept, x)
		}
	}
	s.open = kept
}

// onKey is the window's handler of keys no widget took: Escape closes the dialog on top (or runs
// its form's «Hủy»), Enter closes an information or error box on top or presses the dialog's
// default button, F1 opens the manual at the open tab's section.
func (u *UI) onKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyF1 {
		u.onHelp()
		return
	}
	if len(u.dlgs.open) == 0 {
		return
	}
	top := u.dlgs.open[len(u.dlgs.open)-1]
	switch {
	case ev.Name == fyne.KeyEscape && u.dlgs.escapes[top] != nil: // a form's «Hủy»
		u.dlgs.escapes[top]()
	case ev.Name == fyne.KeyEscape: // the «Hủy» answer
		top.Hide()
	case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && u.dlgs.messages[top]: // «Đồng ý» of a message
		top.Hide()
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter: // a dialog's default button
		u.pressDefault()
	}
}

// TypedKey hands Escape to the window (a focused entry would swallow it), so that Escape in a
// form's field cancels the form.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyEscape || ev.Name == fyne.KeyF1) && keyToWindow(e, ev.Name) {
		return
	}
	e.Entry.TypedKey(ev)
}

// escapeToWindow hands Escape to the window's key handler; false when o is on no canvas.
func escapeToWindow(o fyne.CanvasObject) bool { return keyToWindow(o, fyne.KeyEscape) }

// keyToWindow hands a key to the window's handler of keys (Escape, F1); false when o is on no
// canvas or the canvas has no handler. Escape also takes the focus away; F1 leaves it.
func keyToWindow(o fyne.CanvasObject, key fyne.KeyName) bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil || c.OnTypedKey() == nil {
		return false
	}
	if key == fyne.KeyEscape {
		c.Unfocus()
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: key})
	return true
}

// firstField is the first field of the form items to type in (an entry or a picker): a radio or
// a select focused would swallow Escape, so those are left for Tab.
func firstField(items []*widget.FormItem) fyne.Focusable {
	for _, it := range items {
		if f := focusableIn(it.Widget); f != nil {
			return f
		}
	}
	return nil
}

func focusableIn(o fyne.CanvasObject) fyne.Focusable {
	if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
		return nil
	}
	switch x := o.(type) {
	case *Entry:
		return x
	case *picker:
		return x
	case *fyne.Container:
		for _, c := range x.Objects {
			if f := focusableIn(c); f != nil {
				return f
			}
		}
	}
	return nil
}

// submitOnEnter makes Enter in every one-line entry of the items submit (when the form is valid).
func submitOnEnter(items []*widget.FormItem, submit func()) {
	var visit func(o fyne.CanvasObject)
	visit = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *Entry:
			if !x.MultiLine && x.OnSubmitted == nil {
				x.OnSubmitted = func(string) { submit() }
			}
		case *picker:
			x.OnSubmitted = func(string) { submit() }
		case *fyne.Container:
			for _, c := range x.Objects {
				visit(c)
			}
		}
	}
	for _, it := range items {
		visit(it.Widget)
	}
}

// presentForm shows a form dialog with the keyboard wired: first field focused, Enter submits.
func (u *UI) presentForm(d *dialog.FormDialog, items []*widget.FormItem) {
	submitOnEnter(items, d.Submit)
	u.present(d, firstField(items))
}

// confirm asks a yes/no question; Escape answers no.
func (u *UI) confirm(title, msg string, yes func()) dialog.Dialog {
	return u.confirmOr(title, msg, yes, nil)
}

// confirmOr is confirm with something to do on no (may be nil).
func (u *UI) confirmOr(title, msg string, yes, no func()) dialog.Dialog {
	d := dialog.NewConfirm(title, msg, func(ok bool) {
		switch {
		case ok:
			yes()
		case no != nil:
			no()
		}
	}, u.win)
	u.present(d, nil)
	return d
}
