package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/pdf"
	"thidua/sheet"
)

func TestFitWindow(t *testing.T) {
	sz := fyne.NewSize
	cases := []struct {
		name             string
		screen, remember fyne.Size
		want             fyne.Size
	}{
		{"large screen, first start", sz(1920, 1080), sz(0, 0), DefaultWindowSize},
		{"1366 screen, first start", sz(1366, 768), sz(0, 0), sz(1200, 688)},
		{"1024 screen, first start", sz(1024, 768), sz(0, 0), sz(1008, 688)},
		{"remembered size kept", sz(1920, 1080), sz(1500, 900), sz(1500, 900)},
		{"remembered on a larger screen, now a small one", sz(1024, 768), sz(1800, 1000), sz(1008, 688)},
		{"remembered too small", sz(1920, 1080), sz(300, 200), MinWindowSize},
		{"unknown screen", sz(0, 0), sz(0, 0), DefaultWindowSize},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := FitWindow(c.screen, c.remember); got != c.want {
				t.Errorf("FitWindow(%v, %v) = %v, want %v", c.screen, c.remember, got, c.want)
			}
			if c.screen.Width > 0 && FitWindow(c.screen, c.remember).Width > c.screen.Width {
				t.Error("wider than the screen")
			}
		})
	}
}

// TestWindow_TextNeverWidens types a 200-character search and selects every unit: the window's
// minimum width stays what it was, and so does the unit panel's share.
func TestWindow_TextNeverWidens(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	before := w.Content().MinSize().Width
	offset := u.units.split.Offset
	test.Type(u.units.search, strings.Repeat("phong tai nguyen va moi truong huyen bac tra my ", 5)[:200])
	if got := w.Content().MinSize().Width; got != before {
		t.Errorf("a 200-character search made the window's minimum width %v, was %v", got, before)
	}
	u.units.search.SetText("")
	for i, r := range u.units.rows {
		if r.unit != nil {
			u.units.list.Select(i)
			if got := w.Content().MinSize().Width; got > before {
				t.Errorf("selecting %q made the minimum width %v, was %v", r.unit.Name, got, before)
			}
		}
	}
	if u.units.split.Offset != offset {
		t.Errorf("the unit panel moved: offset %v, was %v", u.units.split.Offset, offset)
	}
	if before > MinWindowSize.Width {
		t.Errorf("the window needs %v px, more than the %v px of a 1024-px screen", before, MinWindowSize.Width)
	}
}

// buttonsOutside lists the visible buttons of o that end beyond the window's right edge.
func buttonsOutside(w fyne.Window, o fyne.CanvasObject) []string {
	var out []string
	width := w.Canvas().Size().Width
	d := fyne.CurrentApp().Driver()
	walkVisible(o, func(x fyne.CanvasObject) {
		if b, ok := x.(*widget.Button); ok {
			if p := d.AbsolutePositionForObject(b); p.X+b.Size().Width > width+0.5 {
				out = append(out, b.Text)
			}
		}
		if b, ok := x.(*Button); ok {
			if p := d.AbsolutePositionForObject(b); p.X+b.Size().Width > width+0.5 {
				out = append(out, b.Text)
			}
		}
	})
	return out
}

// walkVisible is walk that skips what is hidden (the other tabs).
func walkVisible(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkVisible(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkVisible(c, visit)
		}
	}
}

// TestWindow_1024 shows every tab in a window the size of a 1024×768 screen: every button is
// inside the window (today «Xóa», «Chi tiết», «Tạo quyết định…» are cut off).
func TestWindow_1024(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	// At the start the window fits a 768-px screen less the taskbar: no toolbar laid out in a hidden
	// tab makes it taller.
	if h := w.Content().MinSize().Height; h > MinWindowSize.Height {
		t.Errorf("the window needs %v px of height at the start, more than %v", h, MinWindowSize.Height)
	}
	show := func(name string, sel func()) {
		sel()
		w.Resize(fyne.NewSize(1010, 690))
		w.Resize(MinWindowSize)
		w.Content().Refresh()
		if min := w.Content().MinSize().Width; min > MinWindowSize.Width {
			t.Errorf("%s: the window needs %v px", name, min)
		}
		if cut := buttonsOutside(w, w.Content()); len(cut) > 0 {
			t.Errorf("%s: buttons cut off at 1024 px: %q", name, cut)
		}
	}
	u.units.list.Select(1)
	u.units.table.Select(widget.TableCellID{Row: 0, Col: 1})
	show("Tổng quan", func() {
		u.selectTab(u.overview.content)
		until(t, "the overview", func() bool { return u.overview.loaded && u.overview.pending == 0 })
	})
	show("Đơn vị", func() { u.selectTab(u.units.content) })
	for i, name := range []string{"Đề nghị", "Quyết định", "Sổ vàng"} {
		show(name, func() { u.selectTab(u.awards.content); u.awards.tabs.SelectIndex(i) })
	}
	show("Cài đặt", func() { u.selectTab(u.settings.content) })
	settings := u.settings.content.(*container.AppTabs)
	show("Người ký", func() { settings.SelectIndex(1) })
	show("Phôi Giấy khen", func() { settings.SelectIndex(2) })
	help := u.settings.blanks.help
	right := fyne.CurrentApp().Driver().AbsolutePositionForObject(help).X + help.Size().Width
	if pane := u.settings.blanks.content.(*container.Split).Leading; right > fyne.CurrentApp().Driver().AbsolutePositionForObject(pane).X+pane.Size().Width+1 {
		t.Errorf("the blank editor's help runs to %v px, past its pane", right)
	}
	// «In Giấy khen…» fits the window too.
	show("In Giấy khen", func() {
		u.selectTab(u.awards.content)
		u.awards.tabs.SelectIndex(1)
		sampleDecision(t, u)
		test.Tap(u.awards.decisions.printCerts)
	})
	if min := overlay(w).MinSize().Width; min > MinWindowSize.Width {
		t.Errorf("«In Giấy khen» needs %v px", min)
	}
}

// TestWindow_RemembersSplits: the split offsets come back at the next start.
func TestWindow_RemembersSplits(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	u.units.split.SetOffset(0.31)
	u.awards.proposals.content.(*fyne.Container).Objects[0].(*container.Split).SetOffset(0.5)
	w.Resize(fyne.NewSize(1100, 700))
	u.SaveWindowState()
	again := New(w, Deps{Services: d, Sheets: sheet.Files{}, Docs: pdf.Documents{}, Today: today})
	if got := again.units.split.Offset; got != 0.31 {
		t.Errorf("unit panel offset = %v, want 0.31 as left", got)
	}
	if got := RememberedWindowSize(fyne.CurrentApp().Preferences()); got != fyne.NewSize(1100, 700) {
		t.Errorf("remembered size = %v", got)
	}
}
