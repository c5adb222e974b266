package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// background runs work off the UI goroutine; done runs on it afterwards (through fyne.Do). With
// one SQLite connection, a query on the UI goroutine waits for any write in progress: long work
// (documents, lists, the checks of a whole campaign) never runs there.
func (u *UI) background(work func() error, done func(error)) {
	u.running.Add(1)
	go func() {
		err := work()
		fyne.Do(func() {
			defer u.running.Add(-1)
			done(err)
		})
	}()
}

// progress is the dialog shown while a task runs: a moving bar until the work reports how far it
// is, then a bar that fills, with an optional line saying what is being done.
type progress struct {
	dlg   *dialog.CustomDialog
	label *widget.Label
	wait  *widget.ProgressBarInfinite
	bar   *widget.ProgressBar
}

// task describes long work for runTask.
type task struct {
	title string  // the progress dialog's title
	text  string  // its first line ("" for none)
	busy  *Button // disabled while the work runs (may be nil: a menu item)
	// step says what is done at a progress report ("" keeps the line); may be nil.
	step func(n, total int) string
	// work runs off the UI goroutine; it may report progress, and must not touch widgets.
	work func(report func(n, total int)) error
	// done runs on the UI goroutine once the dialog is gone.
	done func(error)
}

// runTask runs long work in the background behind a progress dialog, as certificate printing
// always did: the button that started it is disabled until the work ends, progress moves the bar,
// and the result is shown on the UI goroutine. It returns the dialog's widgets.
func (u *UI) runTask(t task) *progress {
	p := &progress{label: widget.NewLabel(t.text), wait: widget.NewProgressBarInfinite(), bar: widget.NewProgressBar()}
	if t.text == "" {
		p.label.Hide()
	}
	p.bar.Hide()
	p.dlg = dialog.NewCustomWithoutButtons(t.title, container.NewVBox(p.label, p.wait, p.bar), u.win)
	p.dlg.Resize(fyne.NewSize(480, 140))
	p.dlg.Show()
	if t.busy != nil {
		t.busy.Disable()
	}
	report := func(n, total int) {
		fyne.Do(func() { p.report(n, total, t.step) })
	}
	u.background(func() error { return t.work(report) }, func(err error) {
		p.wait.Stop()
		p.dlg.Hide()
		if t.busy != nil {
			t.busy.Enable()
		}
		t.done(err)
	})
	return p
}

func (p *progress) report(n, total int, step func(n, total int) string) {
	if total <= 0 {
		return
	}
	if !p.bar.Visible() {
		p.wait.Stop()
		p.wait.Hide()
		p.bar.Show()
	}
	p.bar.SetValue(float64(n) / float64(total))
	if step != nil {
		if s := step(n, total); s != "" {
			p.label.SetText(s)
			p.label.Show()
		}
	}
}
