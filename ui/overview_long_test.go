package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
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
