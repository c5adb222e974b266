package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Fyne's test driver runs fyne.Do at once on the calling goroutine, so work done in the background
// would touch widgets beside the test. loopApp gives the tests a main loop instead: fyne.Do queues,
// and until runs the queue on the test's goroutine, as the window's loop runs it on the main one.
// The background goroutines then touch no widget (the race detector would say so), and the tests
// see what a user sees: the progress while the work runs, the result once the loop shows it.

type loopDriver struct {
	fyne.Driver
	queue chan func()
}

// DoFromGoroutine queues fn for the loop; with wait it returns once the loop ran it.
func (d *loopDriver) DoFromGoroutine(fn func(), wait bool) {
	if !wait {
		d.queue <- fn
		return
	}
	done := make(chan struct{})
	d.queue <- func() { fn(); close(done) }
	<-done
}

type loopApp struct {
	fyne.App
	driver *loopDriver
}

func (a *loopApp) Driver() fyne.Driver { return a.driver }

// newLoopApp is test.NewTempApp with the main loop of until.
func newLoopApp(t *testing.T) {
	t.Helper()
	a := test.NewTempApp(t)
	fyne.SetCurrentApp(&loopApp{App: a, driver: &loopDriver{Driver: a.Driver(), queue: make(chan func(), 1<<16)}})
}

// until runs the work queued for the UI goroutine until cond holds; cond is asked after each piece
// of work (a progress report, a result), so that it can also watch what is shown on the way. It
// fails the test after a minute.
func until(t *testing.T, what string, cond func() bool) {
	t.Helper()
	d, ok := fyne.CurrentApp().Driver().(*loopDriver)
	if !ok {
		t.Fatal("until needs newLoopApp")
	}
	deadline := time.After(time.Minute)
	for !cond() {
		select {
		case fn := <-d.queue:
			fn()
		case <-deadline:
			t.Fatalf("after a minute, still waiting for %s", what)
		}
	}
}

// overlay is the dialog on top of the window, nil when none.
func overlay(w fyne.Window) fyne.CanvasObject { return w.Canvas().Overlays().Top() }

// walk calls visit for o and everything drawn inside it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, visit)
		}
	}
}

// dialogText is the text of the labels of the dialog on top (title, message), one per line.
func dialogText(w fyne.Window) string {
	var lines []string
	walk(overlay(w), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
			lines = append(lines, l.Text)
		}
	})
	return strings.Join(lines, "\n")
}

// closeDialog taps the button of the dialog on top («Đồng ý», «Đóng»).
func closeDialog(t *testing.T, w fyne.Window, button string) {
	t.Helper()
	test.Tap(findButton(t, overlay(w), button))
}

// progressShown is the progress dialog on top and its bar, or nils.
func progressShown(w fyne.Window) (fyne.CanvasObject, *widget.ProgressBar) {
	var bar *widget.ProgressBar
	var moving bool
	walk(overlay(w), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.ProgressBar:
			bar = x
		case *widget.ProgressBarInfinite:
			moving = true
		}
	})
	if bar == nil && !moving {
		return nil, nil
	}
	return overlay(w), bar
}

// listText is every line of the first list in the dialog on top (all of them, not only those drawn).
func listText(t *testing.T, w fyne.Window) []string {
	t.Helper()
	var list *widget.List
	walk(overlay(w), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && list == nil {
			list = l
		}
		if l, ok := o.(*List); ok && list == nil {
			list = &l.List
		}
	})
	if list == nil {
		t.Fatalf("no list in the dialog: %q", dialogText(w))
	}
	var out []string
	for i := 0; i < list.Length(); i++ {
		o := list.CreateItem()
		list.UpdateItem(i, o)
		out = append(out, o.(*widget.Label).Text)
	}
	return out
}

// shownError is the text of the error dialog on top («Lỗi» …), "" when the dialog on top (if any)
// is not one.
func shownError(w fyne.Window) string {
	t := dialogText(w)
	for _, line := range strings.Split(t, "\n") {
		if line == "Lỗi" { // the title of Fyne's error dialog, in Vietnamese
			return t
		}
	}
	return ""
}
