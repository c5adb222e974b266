package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// wrapLayout puts its objects in a row and wraps to further rows when the row is wider than the
// space given, so that a toolbar never makes the window wider than the screen: at 1024 px every
// button stays reachable. Its minimum width is the widest object; its minimum height is that of
// the rows of the last layout (Fyne's own RowWrapLayout reports the width of the whole row as its
// minimum after a layout, which then keeps the window from shrinking).
type wrapLayout struct {
	rows int // of the last layout; the window notices the new minimum height at its next frame
}

// wrapRow is a toolbar that wraps.
func wrapRow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&wrapLayout{rows: 1}, objs...)
}

func (l *wrapLayout) rowHeight(objs []fyne.CanvasObject) float32 {
	var h float32
	for _, o := range objs {
		if o.Visible() {
			h = fyne.Max(h, o.MinSize().Height)
		}
	}
	return h
}

func (l *wrapLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		if o.Visible() {
			w = fyne.Max(w, o.MinSize().Width)
		}
	}
	h := l.rowHeight(objs)
	rows := float32(l.rows)
	return fyne.NewSize(w, h*rows+theme.Padding()*(rows-1))
}

func (l *wrapLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	h := l.rowHeight(objs)
	x, y, rows := float32(0), float32(0), 1
	var widest float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		widest = fyne.Max(widest, m.Width)
		if x > 0 && x+m.Width > size.Width {
			x, y = 0, y+h+pad
			rows++
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(m.Width, h))
		x += m.Width + pad
	}
	// A layout narrower than the widest object is a hidden tab's, or the window's first one before
	// it has its size: its rows would make the window too tall to start with, so they are not kept.
	if size.Width >= widest {
		l.rows = rows
	}
}
