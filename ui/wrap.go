package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// wrapLayout puts its objects in a row and wraps to further rows when the row is wider than the
// space given, so that a toolbar never makes the window wider than the screen: at 1024 px every
// button stays reachable. Its minimum width is the widest object; its minimum height is that of
// the rows its objects take at the width it was last laid out at (Fyne's own RowWrapLayout
// reports the width of the whole row as its minimum after a layout, which then keeps the window
// from shrinking). When a layout changes the number of rows it marks its canvas for a new frame,
// whose minimum-size pass lays out the containers above it again: the rows below a toolbar that
// wrapped move down instead of being covered by it.
type wrapLayout struct {
	box   *fyne.Container
	width float32 // of the last layout at least as wide as the widest object; 0: none yet
	rows  int     // at that width
}

// wrapRow is a toolbar that wraps.
func wrapRow(objs ...fyne.CanvasObject) *fyne.Container {
	l := &wrapLayout{rows: 1}
	l.box = container.New(l, objs...)
	return l.box
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

// place walks the visible objects as Layout places them at width, calling at (if not nil) with
// each one's row and position in it; it returns the number of rows and the widest object.
func (l *wrapLayout) place(objs []fyne.CanvasObject, width float32, at func(o fyne.CanvasObject, row int, x float32, m fyne.Size)) (int, float32) {
	pad := theme.Padding()
	x, rows := float32(0), 1
	var widest float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		widest = fyne.Max(widest, m.Width)
		if x > 0 && x+m.Width > width {
			x = 0
			rows++
		}
		if at != nil {
			at(o, rows-1, x, m)
		}
		x += m.Width + pad
	}
	return rows, widest
}

func (l *wrapLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	rows, widest := 1, float32(0)
	if l.width > 0 {
		rows, widest = l.place(objs, l.width, nil)
	}
	if l.width == 0 || l.width < widest { // not laid out yet at a usable width: one row
		rows, widest = l.place(objs, 1<<30, nil)
	}
	h, r := l.rowHeight(objs), float32(rows)
	return fyne.NewSize(widest, h*r+theme.Padding()*(r-1))
}

func (l *wrapLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h, pad := l.rowHeight(objs), theme.Padding()
	rows, widest := l.place(objs, size.Width, func(o fyne.CanvasObject, row int, x float32, m fyne.Size) {
		o.Move(fyne.NewPos(x, float32(row)*(h+pad)))
		o.Resize(fyne.NewSize(m.Width, h))
	})
	// A layout narrower than the widest object is a hidden tab's, or the window's first one before
	// it has its size: its rows would make the window too tall to start with, so they are not kept.
	if size.Width < widest {
		return
	}
	l.width = size.Width
	if rows != l.rows {
		l.rows = rows
		l.relayoutAbove()
	}
}

// relayoutAbove asks for a new frame: its minimum-size pass sees this toolbar's new height and
// lays out its parents again.
func (l *wrapLayout) relayoutAbove() {
	if l.box == nil || fyne.CurrentApp() == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(l.box); c != nil {
		askFrame(c, l.box)
	}
}

// askFrame marks c for a new frame (a test watches it: the headless driver draws no frames).
var askFrame = func(c fyne.Canvas, o fyne.CanvasObject) { c.Refresh(o) }
