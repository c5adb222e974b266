package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/sheet"
)

// TestOverview_LongUnitNameKeepsTheWindow: a unit of 140 characters with initiatives makes no
// figure wider than a 1024-px window; its figure shows the name cut with «…» and opens the list
// filtered on the whole name.
func TestOverview_LongUnitNameKeepsTheWindow(t *testing.T) {
	d := mustDB(t, true)
	long := strings.Repeat("Trung tâm Phát triển quỹ đất ", 6)[:140]
	long = strings.TrimSpace(long)
	if _, err := d.SQL().Exec(`UPDATE unit SET name = ? WHERE id = (SELECT unit_id FROM initiative GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1)`, long); err != nil {
		t.Fatal(err)
	}
	u, w := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded && u.overview.pending == 0 })
	w.Resize(MinWindowSize)
	if min := w.Content().MinSize().Width; min > MinWindowSize.Width {
		t.Errorf("the window needs %v px with a 140-character unit name", min)
	}
	var n int64
	for _, x := range u.overview.ov.InitUnits {
		if x.Label == long {
			n = x.N
		}
	}
	text := long + ": " + itoa64(n)
	b := u.overview.figures[text]
	if b == nil || n == 0 {
		t.Fatalf("no figure %q", text)
	}
	if len([]rune(b.Text)) > figureRunes || !strings.HasSuffix(b.Text, "…: "+itoa64(n)) {
		t.Errorf("figure shows %q", b.Text)
	}
	test.Tap(b)
	if in := u.initiatives; in.unitF.Selected != long || int64(len(in.items)) != n {
		t.Errorf("opened with unit %q, %d rows, want %d", in.unitF.Selected, len(in.items), n)
	}
}

// TestOverview_RecognisedFiguresOpenThoseInitiatives: «Đã công nhận cấp cơ sở / cấp huyện» open
// Sáng kiến on the initiatives that reached that recognition, as many as the figure says.
func TestOverview_RecognisedFiguresOpenThoseInitiatives(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded && u.overview.pending == 0 })
	o, err := d.Overview(context.Background(), u.CampaignID(), today())
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range []int{o.RecognisedBase, o.RecognisedDistrict} {
		u.selectTab(u.overview.content)
		until(t, "the overview again", func() bool { return u.overview.pending == 0 && u.overview.loaded })
		label := reachedOptions[i].label
		test.Tap(u.overview.figures[label+": "+itoa64(int64(n))])
		if in := u.initiatives; u.tabs.Selected().Content != in.content || in.stepF.Selected != label || len(in.items) != n || n == 0 {
			t.Errorf("%s: filter %q, %d rows, want %d", label, in.stepF.Selected, len(in.items), n)
		}
	}
}

// TestOverview_YearsReportAsWorkbook: «Báo cáo qua các năm…» writes the tables as .xlsx when the
// name chosen ends so, a wrong report date refused in the form.
func TestOverview_YearsReportAsWorkbook(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded && u.overview.pending == 0 })
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(prefLastFolder, dir)
	test.Tap(u.overview.yearsB)
	f := u.overview.yearsForm
	date := f.items[2].Widget.(*Entry)
	date.SetText("31/02/2025")
	if err := date.Validate(); err == nil || !strings.Contains(err.Error(), "Ngày báo cáo") || !f.confirm.Disabled() {
		t.Fatalf("a wrong date not refused: %v", err)
	}
	date.SetText("31/12/2024")
	f.Submit()
	var name *widget.Entry
	walk(overlay(w), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && strings.HasSuffix(e.Text, ".pdf") {
			name = e
		}
	})
	if name == nil {
		t.Fatalf("no save dialog: %q", dialogText(w))
	}
	name.SetText("QuaCacNam.xlsx")
	test.Tap(findButton(t, overlay(w), "Lưu"))
	until(t, "the workbook", func() bool { return settled(u, w) })
	fh, err := os.Open(filepath.Join(dir, "QuaCacNam.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	if tb, err := (sheet.Files{}).ReadTable(fh, "QuaCacNam.xlsx"); err != nil || len(tb.Rows) != 7 || tb.Header[0] != "Năm" {
		t.Errorf("workbook's first sheet: %v, %+v", err, tb)
	}
}

// TestFundWarning_SaysWhenTheFundCannotBeRead: a fund that cannot be read is said, not silently
// taken as «no warning».
func TestFundWarning_SaysWhenTheFundCannotBeRead(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded && u.overview.pending == 0 })
	if _, err := d.SQL().Exec(`ALTER TABLE campaign_fund RENAME TO campaign_fund_gone`); err != nil {
		t.Fatal(err)
	}
	got := u.fundWarningText(app.Decision{CampaignID: u.CampaignID(), Year: 2024, Total: 1000})
	if !strings.Contains(got, "Không đọc được Quỹ thi đua, khen thưởng") {
		t.Errorf("warning %q", got)
	}
}
