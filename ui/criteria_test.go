package ui

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/data"
)

// mustCampaign2025 adds the 2025 campaign copied from the sample and shows it.
func mustCampaign2025(t *testing.T, d *data.DB, u *UI) int64 {
	t.Helper()
	cs, _ := d.Campaigns(context.Background())
	id, err := d.CreateCampaign(context.Background(), app.NewCampaign{Year: 2025, Name: "Phong trào thi đua cải cách hành chính năm 2025",
		Copy: app.CampaignCopy{FromID: cs[0].ID, Criteria: true, Thresholds: true}})
	if err != nil {
		t.Fatal(err)
	}
	u.Reload()
	u.campaign.SetSelectedIndex(0)
	if u.CampaignID() != id {
		t.Fatalf("campaign %d selected, want 2025", u.CampaignID())
	}
	return id
}

func selectUnit(t *testing.T, g *gridView, name string) {
	t.Helper()
	for i, un := range g.units {
		if un.Name == name {
			g.unitSel.SetSelectedIndex(i)
			return
		}
	}
	t.Fatalf("no unit %s in the grid", name)
}

// typeIn types on whatever has the focus, as the keyboard would.
func typeIn(w fyne.Window, s string) {
	test.Type(w.Canvas().Focused(), s)
}

// key presses a key on whatever has the focus, as the keyboard would.
func key(w fyne.Window, k fyne.KeyName) {
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
}

func TestCriteriaGrid_Keyboard(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	id := mustCampaign2025(t, d, u)
	g := u.criteria.grid
	u.selectTab(u.criteria.content) // Tiêu chí, its first view: Chấm điểm
	selectUnit(t, g, "UBND xã Trà Bui")
	field1 := g.fields[g.leaves[0].c.FieldID].total
	if field1.Text != "Tự chấm 0 · Thẩm định 0 / 14" {
		t.Fatalf("field 1 before typing: %q", field1.Text)
	}
	w.Canvas().Focus(g.leaves[0].self)
	if w.Canvas().Focused() != g.leaves[0].self {
		t.Fatal("the first cell takes no focus")
	}
	typeIn(w, "5,5")
	if field1.Text != "Tự chấm 5,5 · Thẩm định 0 / 14" {
		t.Errorf("totals do not follow the typing: %q", field1.Text)
	}
	key(w, fyne.KeyReturn) // → Thẩm định
	typeIn(w, "4.5")
	key(w, fyne.KeyTab) // → Ghi chú
	typeIn(w, "Thiếu biên bản kiểm tra")
	key(w, fyne.KeyTab) // → next row, Tự chấm
	typeIn(w, "3")
	key(w, fyne.KeyDown) // → the row below, same column
	typeIn(w, "4,75")
	key(w, fyne.KeyUp)
	key(w, fyne.KeyTab) // row 2, Thẩm định
	typeIn(w, "3")
	if field1.Text != "Tự chấm 13,25 · Thẩm định 7,5 / 14" {
		t.Errorf("field 1 after typing: %q", field1.Text)
	}
	if g.leaves[0].mark.Text != "≠" || g.leaves[1].mark.Text != "" {
		t.Errorf("differences marked %q %q", g.leaves[0].mark.Text, g.leaves[1].mark.Text)
	}
	if !strings.Contains(g.summary.Text, "tự chấm 13,25, thẩm định 7,5 trên 100 điểm") {
		t.Errorf("summary %q", g.summary.Text)
	}

	// another unit: what was typed is saved, and comes back
	selectUnit(t, g, "UBND xã Trà Ka")
	sh, err := d.UnitSheet(context.Background(), id, g.units[0].ID)
	_ = sh
	if err != nil {
		t.Fatal(err)
	}
	var bui app.Unit
	for _, un := range g.units {
		if un.Name == "UBND xã Trà Bui" {
			bui = un
		}
	}
	sh, _ = d.UnitSheet(context.Background(), id, bui.ID)
	first := scoring.Leaves(sh.Set)[0].ID
	if s := sh.Scores[first]; s.Self != 550 || s.Appraised != 450 || s.Note != "Thiếu biên bản kiểm tra" {
		t.Errorf("saved on leaving the unit: %+v", s)
	}
	if g.leaves[0].self.Text != "" {
		t.Errorf("Trà Ka shows %q", g.leaves[0].self.Text)
	}
	selectUnit(t, g, "UBND xã Trà Bui")
	if g.leaves[0].self.Text != "5,5" || g.leaves[0].note.Text != "Thiếu biên bản kiểm tra" {
		t.Errorf("back to Trà Bui: %q %q", g.leaves[0].self.Text, g.leaves[0].note.Text)
	}

	t.Run("ErrBadCellKeepsTheUnit", func(t *testing.T) {
		g.leaves[2].self.SetText("4,3")
		if g.leaves[2].mark.Text != "!" {
			t.Errorf("bad cell mark %q", g.leaves[2].mark.Text)
		}
		selectUnit(t, g, "UBND xã Trà Ka")
		if g.unitSel.Selected != "UBND xã Trà Bui" || !strings.Contains(dialogText(w), "0,25") || g.leaves[2].self.Text != "4,3" {
			t.Errorf("after a refused save: unit %q, error %q, cell %q", g.unitSel.Selected, dialogText(w), g.leaves[2].self.Text)
		}
		u.campaign.SetSelectedIndex(1) // 2024, with a bad cell in 2025: refused, the selector comes back
		if u.CampaignID() != id || g.leaves[2].self.Text != "4,3" || u.criteria.campaignID != id {
			t.Errorf("another campaign with a bad cell: campaign %d, cell %q", u.CampaignID(), g.leaves[2].self.Text)
		}
		u.selectTab(u.units.content) // leaving the tab with a bad cell: refused, the tab comes back
		if u.tabs.Selected().Content != u.criteria.content {
			t.Error("left the Tiêu chí tab with a cell that cannot be saved")
		}
		g.leaves[2].self.SetText("4,25")
		u.selectTab(u.units.content) // leaving the tab saves
		sh, _ := d.UnitSheet(context.Background(), id, bui.ID)
		if s := sh.Scores[g.leaves[2].c.ID]; s.Self != 425 {
			t.Errorf("not saved on leaving the tab: %+v", s)
		}
		u.selectTab(u.criteria.content)
	})
	t.Run("Survey", func(t *testing.T) {
		var r *gridRow
		for _, x := range g.leaves {
			if x.c.Survey {
				r = x
			}
		}
		if r == nil {
			t.Fatal("the sample has no survey criterion")
		}
		r.self.SetText("450")
		r.appr.SetText("412")
		if !strings.Contains(r.label.Text, "(412 / 450) × 5 = 4,58") {
			t.Errorf("survey label %q", r.label.Text)
		}
	})
}

func TestCriteria_NewCampaignAndEditor(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	tab := u.criteria
	test.Tap(tab.newB)
	f := tab.newForm
	if f == nil || f.year.Text != "2025" || f.from.SelectedIndex() != 1 {
		t.Fatalf("new campaign form: %+v", f)
	}
	f.number.SetText("12/KH-UBND")
	f.date.SetText("10/01/2025")
	f.start.SetText("10/01/2025")
	f.end.SetText("31/12/2025")
	tab.lastForm.Submit()
	if shownError(w) != "" || !strings.HasPrefix(u.campaign.Options[0], "2025 — Phong trào thi đua cải cách hành chính năm 2025 [Đang phát động]") {
		t.Fatalf("after creating: error %q, options %q", shownError(w), u.campaign.Options)
	}
	if !strings.HasPrefix(u.campaign.Selected, "2025 —") {
		t.Fatalf("the new campaign is not the one shown: %q", u.campaign.Selected)
	}
	tab.inner.SelectIndex(1)
	e := tab.editor
	if !strings.Contains(e.total.Text, "100 / 100") || e.addB.Disabled() {
		t.Fatalf("editor of 2025: %q", e.total.Text)
	}
	e.list.Select(0)
	test.Tap(e.addSubB)
	test.Type(e.form.name, "Kiểm tra việc thực hiện quy chế")
	test.Type(e.form.max, "2,5")
	tab.lastForm.Submit()
	// 1.1 (6 points) now has one part of 2,5: a criterion with parts is worth the sum of its parts
	if !strings.Contains(e.total.Text, "96,5 / 100") || !strings.Contains(e.total.Text, "CHƯA ĐÚNG") {
		t.Errorf("total after adding a part of 2,5 to 1.1: %q", e.total.Text)
	}
	if e.set.Items[0].Code != "1.1" || e.set.Items[1].Code != "1.1.1" || e.set.Items[1].Name != "Kiểm tra việc thực hiện quy chế" {
		t.Errorf("tree after adding: %+v", e.set.Items[:2])
	}
	tab.inner.SelectIndex(2)
	until(t, "the charts, drawn in the background", func() bool { return len(tab.ranking.pngs[0]) > 0 })
	if len(tab.ranking.rows) != 27 || tab.ranking.rows[0].Band != app.NotScored {
		t.Errorf("2025 ranking: %d rows, first %q", len(tab.ranking.rows), tab.ranking.rows[0].Band)
	}
}

func TestCriteria_RankingCharts(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	tab := u.criteria
	u.selectTab(u.criteria.content)
	tab.inner.SelectIndex(2)
	v := tab.ranking
	v.table.Select(widget.TableCellID{Row: 2, Col: 2})
	until(t, "both charts", func() bool { return len(v.pngs[0]) > 0 && len(v.pngs[1]) > 0 })
	if len(v.pngs[0]) == 0 || len(v.pngs[1]) == 0 {
		t.Fatal("no charts drawn")
	}
	if dir := os.Getenv("THIDUA_SHOTS"); dir != "" {
		w.Resize(fyne.NewSize(1366, 768))
		shot(t, w, filepath.Join(dir, "ranking.png"))
		tab.inner.SelectIndex(0)
		selectUnit(t, tab.grid, "UBND xã Trà Bui")
		shot(t, w, filepath.Join(dir, "grid.png"))
		tab.inner.SelectIndex(1)
		shot(t, w, filepath.Join(dir, "editor.png"))
		test.Tap(tab.newB)
		shot(t, w, filepath.Join(dir, "new.png"))
	}
}

// shot saves what the window shows (THIDUA_SHOTS=folder go test -run RankingCharts ./ui).
func shot(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

func TestCriteriaGrid_ImportBadCell(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	id := mustCampaign2025(t, d, u)
	u.selectTab(u.criteria.content)
	g := u.criteria.grid
	selectUnit(t, g, "UBND xã Trà Ka")
	rows := scoring.ScoreRows(g.sheet.Unit, g.sheet.Set, nil)
	tb := scoring.ScoreTable(rows)
	for i := range tb.Rows {
		tb.Rows[i][6] = "1"
	}
	tb.Rows[1][6] = "9"
	path := filepath.Join(t.TempDir(), "tu-cham.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := u.sheets.WriteTable(f, path, tb, nil); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rc, _ := os.Open(path)
	g.importFrom(rc, "tu-cham.csv")
	until(t, "the refusal", func() bool { return strings.Contains(dialogText(w), "lỗi") })
	if got := listText(t, w); len(got) != 1 || !strings.HasPrefix(got[0], "Dòng 3, cột «Tự chấm»") {
		t.Fatalf("errors shown: %q", got)
	}
	closeDialog(t, w, "Đóng")
	sh, _ := d.UnitSheet(context.Background(), id, g.sheet.Unit.ID)
	if len(sh.Scores) != 0 || g.leaves[0].self.Text != "" {
		t.Errorf("a refused file stored %d scores", len(sh.Scores))
	}
	tb.Rows[1][6] = "2"
	f, _ = os.Create(path)
	_ = u.sheets.WriteTable(f, path, tb, nil)
	f.Close()
	rc, _ = os.Open(path)
	g.importFrom(rc, "tu-cham.csv")
	until(t, "the import", func() bool { return strings.Contains(dialogText(w), "Đã nhập") })
	if g.leaves[0].self.Text != "1" || g.leaves[1].self.Text != "2" {
		t.Errorf("after a good file: %q %q, info %q", g.leaves[0].self.Text, g.leaves[1].self.Text, dialogText(w))
	}
}

// Changing a campaign's stage changes its title in the selector («… [Đã tổng kết]»): the window keeps
// showing that campaign, not the first of the list.
func TestCriteria_StageKeepsTheCampaign(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	mustCampaign2025(t, d, u)
	u.campaign.SetSelectedIndex(1) // 2024
	id2024 := u.CampaignID()
	tab := u.criteria
	test.Tap(tab.stageB)
	for _, o := range []string{app.StageSummarised.Label()} {
		walk(overlay(w), func(c fyne.CanvasObject) {
			if s, ok := c.(*Select); ok && len(s.Options) > 0 {
				s.SetSelected(o)
			}
		})
	}
	tab.lastForm.Submit()
	if e := shownError(w); e != "" {
		t.Fatalf("stage refused: %s", e)
	}
	if u.CampaignID() != id2024 || !strings.Contains(u.campaign.Selected, "[Đã tổng kết]") {
		t.Errorf("after summing up 2024 the window shows %q", u.campaign.Selected)
	}
}
