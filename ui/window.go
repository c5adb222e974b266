package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// The window's size and the offsets of its split panes are UI state: they live in Fyne's
// preferences, never in the database, and come back at the next start.
const (
	prefWinWidth  = "window.width"
	prefWinHeight = "window.height"
	prefSplit     = "split." // + the split's name
)

// DefaultWindowSize is the size of the first start on a screen large enough for it.
var DefaultWindowSize = fyne.NewSize(1200, 760)

// MinWindowSize is the smallest window the office's laptops need (1024×768 screens, less the
// taskbar and the title bar); every button is reachable at this size.
var MinWindowSize = fyne.NewSize(1000, 660)

// FitWindow is the size to open the window at on a screen of the given size (zero: unknown):
// the remembered size when there is one, else the default, never larger than the screen less
// its margins (taskbar, title bar), and never smaller than MinWindowSize unless the screen is.
func FitWindow(screen, remembered fyne.Size) fyne.Size {
	want := DefaultWindowSize
	if remembered.Width > 0 && remembered.Height > 0 {
		want = remembered
	}
	want = want.Max(MinWindowSize)
	if screen.Width <= 0 || screen.Height <= 0 {
		return want
	}
	room := fyne.NewSize(screen.Width-16, screen.Height-80) // borders; the taskbar and the title bar
	return want.Min(room)
}

// RememberedWindowSize is the size the window had when it last closed (zero when none).
func RememberedWindowSize(p fyne.Preferences) fyne.Size {
	return fyne.NewSize(float32(p.Float(prefWinWidth)), float32(p.Float(prefWinHeight)))
}

// namedSplit is a split pane whose offset is remembered under its name.
type namedSplit struct {
	name  string
	split *container.Split
}

// split makes a split pane whose offset comes back from the preferences (def the first time)
// and is kept when the window closes; its offset is a fraction, so the panes keep their share
// whatever the window's size, and labels that truncate never move it.
func (u *UI) split(name string, horizontal bool, def float64, a, b fyne.CanvasObject) *container.Split {
	var s *container.Split
	if horizontal {
		s = container.NewHSplit(a, b)
	} else {
		s = container.NewVSplit(a, b)
	}
	s.Offset = def
	if p := prefs(); p != nil {
		if v := p.FloatWithFallback(prefSplit+name, def); v > 0.05 && v < 0.95 {
			s.Offset = v
		}
	}
	u.splits = append(u.splits, namedSplit{name, s})
	return s
}

func prefs() fyne.Preferences {
	if a := fyne.CurrentApp(); a != nil {
		return a.Preferences()
	}
	return nil
}

// SaveWindowState keeps the window's size and the split offsets for the next start; main calls
// it when the window closes.
func (u *UI) SaveWindowState() {
	p := prefs()
	if p == nil {
		return
	}
	size := u.win.Canvas().Size()
	if size.Width > 0 && size.Height > 0 {
		p.SetFloat(prefWinWidth, float64(size.Width))
		p.SetFloat(prefWinHeight, float64(size.Height))
	}
	for _, s := range u.splits {
		p.SetFloat(prefSplit+s.name, s.split.Offset)
	}
}
