package ui

import (
	"bytes"
	"context"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"thidua/chart"
	"thidua/data"
	"thidua/manual"
	"thidua/pdf"
	"thidua/sheet"
)

// manualShots are the pictures of the manual (manual/shots/), each with the way the window gets to
// it, taken in this order on one window of the sample data at 1366×768 (welcome.png on an empty
// database). A new chapter's picture is one more entry here and a «![…](shots/x.png)» line in the
// chapter; `make manual-shots` renders it.
var manualShots = []manualShot{
	{"welcome.png", true, func(*testing.T, *UI) {}},
	{"overview.png", false, func(t *testing.T, u *UI) {
		openTab(t, u, "Tổng quan")
		until(t, "the overview, counted in the background", func() bool { return u.overview.loaded && u.overview.pending == 0 })
	}},
	{"units.png", false, func(t *testing.T, u *UI) {
		openTab(t, u, "Đơn vị")
		for i, r := range u.units.rows {
			if r.unit != nil && r.unit.Name == "Phòng Nội vụ" {
				u.units.list.Select(i)
			}
		}
	}},
	{"criteria-scores.png", false, func(t *testing.T, u *UI) {
		openTab(t, u, "Tiêu chí", "Chấm điểm")
		selectUnit(t, u.criteria.grid, "UBND xã Trà Bui")
	}},
	{"criteria-sets.png", false, func(t *testing.T, u *UI) { openTab(t, u, "Tiêu chí", "Bộ tiêu chí") }},
	{"criteria-ranking.png", false, func(t *testing.T, u *UI) {
		openTab(t, u, "Tiêu chí", "Xếp hạng")
		until(t, "the charts, drawn in the background", func() bool { return len(u.criteria.ranking.pngs[0]) > 0 })
	}},
	{"initiatives.png", false, func(t *testing.T, u *UI) { openTab(t, u, "Sáng kiến") }},
	{"proposals.png", false, func(t *testing.T, u *UI) { openTab(t, u, "Khen thưởng", "Đề nghị") }},
	{"decisions.png", false, func(t *testing.T, u *UI) {
		openTab(t, u, "Khen thưởng", "Quyết định")
		v := u.awards.decisions
		if len(v.list) == 0 {
			t.Fatal("no decision in the sample data")
		}
		v.selectID(v.list[0].ID)
		until(t, "the decision's awards", func() bool { return len(v.awards) > 0 })
	}},
	{"register.png", false, func(t *testing.T, u *UI) { openTab(t, u, "Khen thưởng", "Sổ vàng") }},
	{"settings.png", false, func(t *testing.T, u *UI) { openTab(t, u, "Cài đặt", "Chung") }},
	{"blanks.png", false, func(t *testing.T, u *UI) { openTab(t, u, "Cài đặt", "Phôi Giấy khen") }},
	{"backup.png", false, func(t *testing.T, u *UI) {
		openTab(t, u, "Cài đặt", "Sao lưu và phục hồi")
		v := u.backups
		if len(v.list) == 0 {
			test.Tap(v.backup) // on the fixed clock: the same name and time every run
			until(t, "the backup made", func() bool { return len(v.list) > 0 && v.backup.Disabled() == false })
		}
	}},
	{"audit.png", false, func(t *testing.T, u *UI) { openTab(t, u, "Cài đặt", "Nhật ký thay đổi") }},
	{"reports.png", false, func(t *testing.T, u *UI) { showReports(t, u) }},
	{"reports-record.png", false, func(t *testing.T, u *UI) { showReportRecord(t, u) }},
	{"reports-returns.png", false, func(t *testing.T, u *UI) { showReportReturns(t, u) }},
}

type manualShot struct {
	file  string
	empty bool // on an empty database (the welcome), else on the sample data
	show  func(t *testing.T, u *UI)
}

// shotsDir is where the pictures are committed.
var shotsDir = filepath.Join("..", "manual", "shots")

// A pixel differs when a channel is off by more than shotChannelTol; a picture is stale when more
// than shotMaxPixels differ. The capture is pure Go (Fyne's software painter), on a fixed clock and
// fixed data: two runs give the same pixels (0 differ, measured on every picture). The slack is for
// another CPU's rounding in anti-aliasing. Measured: «Sao lưu ngay» → «Sao lưu ngây» (one accent on
// one button) changes 14 pixels by more than 16; «Lọc» → «Lọe» changes 16 by more than 40.
const (
	shotChannelTol = 16
	shotMaxPixels  = 4
)

// TestManualShots fails when a picture of the manual is missing, not registered, or differs from
// what the program draws now. THIDUA_MANUAL_SHOTS=1 (make manual-shots) writes them instead.
func TestManualShots(t *testing.T) {
	update := os.Getenv("THIDUA_MANUAL_SHOTS") != ""
	chs, err := manual.Chapters()
	if err != nil {
		t.Fatal(err)
	}
	checkShotsRegistered(t, manual.Pictures(chs))
	oldLocal, oldActor := time.Local, data.Actor
	time.Local, data.Actor = time.UTC, "chuyenvien" // the audit log shows local times and the user
	t.Cleanup(func() { time.Local, data.Actor = oldLocal, oldActor })
	var u *UI
	var w fyne.Window
	for _, s := range manualShots {
		if s.empty || u == nil {
			u, w = shotUI(t, !s.empty)
		}
		s.show(t, u)
		until(t, "the window to settle", func() bool { return settled(u, w) })
		img := w.Canvas().Capture()
		path := filepath.Join(shotsDir, s.file)
		if update {
			b, err := encodeShot(img)
			if err == nil {
				err = os.WriteFile(path, b, 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes", s.file, len(b))
			if s.empty {
				u = nil
			}
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s is missing: run «make manual-shots» and commit it", path)
		} else if old, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("%s: %v", path, err)
		} else if n := shotDiff(quantize(img), old, shotChannelTol); n > shotMaxPixels {
			t.Errorf("%s is stale: %d pixels differ from what the window draws now; run «make manual-shots» and look at it", path, n)
			if dir := os.Getenv("THIDUA_SHOTS_DIFF"); dir != "" {
				fresh, _ := encodeShot(img)
				_ = os.WriteFile(filepath.Join(dir, s.file), fresh, 0o644)
			}
		}
		if s.empty {
			u = nil // the sample's window next
		}
	}
}

// checkShotsRegistered: every picture the chapters show has an entry, every entry and every file
// of shots/ is shown by a chapter.
func checkShotsRegistered(t *testing.T, pictures []string) {
	t.Helper()
	var registered []string
	for _, s := range manualShots {
		registered = append(registered, "shots/"+s.file)
	}
	for _, p := range pictures {
		if !slices.Contains(registered, p) {
			t.Errorf("the manual shows %s, which manualShots does not render", p)
		}
	}
	for _, r := range registered {
		if !slices.Contains(pictures, r) {
			t.Errorf("manualShots renders %s, which no chapter shows", r)
		}
	}
	files, _ := filepath.Glob(filepath.Join(shotsDir, "*"))
	for _, f := range files {
		if !slices.Contains(registered, "shots/"+filepath.Base(f)) {
			t.Errorf("%s is in the manual's folder but no chapter shows it: remove it", f)
		}
	}
}

// shotUI is the window of the pictures: 1366×768, the program's theme and language, a fixed clock
// for the data and the rules, the sample data (or an empty database).
func shotUI(t *testing.T, sample bool) (*UI, fyne.Window) {
	t.Helper()
	newLoopApp(t)
	fyne.CurrentApp().Settings().SetTheme(lightTheme{Theme()})
	if err := SetupLanguage(); err != nil {
		t.Fatal(err)
	}
	d, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "thidua.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	d.Now = func() time.Time { return time.Date(2026, 11, 25, 8, 30, 0, 0, time.UTC) }
	if sample {
		if err := d.LoadSample(context.Background(), today()); err != nil {
			t.Fatal(err)
		}
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Deps{Services: d, Sheets: sheet.Files{}, Docs: pdf.Documents{}, Charts: chart.Plotter{}, Today: today, Version: "1.0"})
	w.SetContent(u.Content())
	u.Start()
	until(t, "the checks of the campaign", func() bool { return settled(u, w) })
	return u, w
}

// openTab selects the tab of that title, then the sub-tabs of the path.
func openTab(t *testing.T, u *UI, path ...string) {
	t.Helper()
	tabs := u.tabs
	for _, name := range path {
		if tabs == nil {
			t.Fatalf("no sub-tabs for %q in %q", name, strings.Join(path, "/"))
		}
		found := false
		for _, it := range tabs.Items {
			if it.Text == name {
				tabs.Select(it)
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("no tab %q in %q", name, strings.Join(path, "/"))
		}
		tabs = innerTabs(tabs.Selected().Content)
	}
}

// lightTheme is the program's theme in its light colours, as on an office PC (Fyne's test settings
// ask for no variant, which draws dark), and on paper.
type lightTheme struct{ fyne.Theme }

func (t lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantLight)
}
