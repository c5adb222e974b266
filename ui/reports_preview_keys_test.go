package ui

import (
	"context"
	"image/png"
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// previewWithLostScores opens the preview of Trà Ka's workbook after the database lost three of
// its self-scores; it returns the preview and the criteria concerned.
func previewWithLostScores(t *testing.T) (*UI, fyne.Window, *returnsPreview, []app.ScoreEdit, func() bool) {
	t.Helper()
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	ctx := context.Background()
	v := u.reports
	id, unit, book, _, edits := trakaBookLostScores(t, u, d)
	w.Resize(fyne.NewSize(1024, 768)) // the smallest screen the office has
	v.readReturns(id, []namedBytes{{"So_tra_ka_2024.xlsx", book}}, "")
	until(t, "the preview", func() bool { return v.preview != nil })
	stored := func() bool {
		after, _ := d.UnitSheet(ctx, id, unit.ID)
		return after.Scores[edits[0].CriterionID].HasSelf
	}
	return u, w, v.preview, edits, stored
}

// TestReports_PreviewDetailAndKeys: a change clicked in the preview is shown in full under the
// table (its cells cut long texts); Enter then still presses «Đồng ý» — the table keeps the focus
// the click gave it — and in another preview Escape cancels with nothing stored.
func TestReports_PreviewDetailAndKeys(t *testing.T) {
	t.Run("EnterApplies", func(t *testing.T) {
		u, w, p, _, stored := previewWithLostScores(t)
		if !strings.Contains(p.more.Text, "Kết quả: "+p.summary.Rows[0][2]) {
			t.Errorf("the file's line is not shown in full before a change is chosen: %q", p.more.Text)
		}
		total := float32(0)
		for _, wd := range p.files.widths {
			total += wd
		}
		if total > p.files.Size().Width {
			t.Errorf("the files' columns (%.0f) are wider than their table (%.0f) at 1024×768", total, p.files.Size().Width)
		}
		rows := p.detail.text()
		if len(rows) == 0 {
			t.Fatal("no changes")
		}
		test.TapAt(p.detail, fyne.NewPos(60, 55)) // a cell of the first row, under the header
		// A click leaves the focus where it was (Table.Tapped focuses the inner *Table, which is not
		// in the canvas's tree: the *textTable is); Tab puts it on the table. Both hand Enter on.
		w.Canvas().Focus(p.detail)
		if w.Canvas().Focused() == nil {
			t.Fatal("the changes table cannot take the focus")
		}
		if !strings.Contains(p.more.Text, "Mục: ") {
			t.Fatalf("the clicked change is not shown in full: %q", p.more.Text)
		}
		var chosen []string
		for _, r := range rows {
			if strings.Contains(p.more.Text, "Mục: "+r[1]) {
				chosen = r
			}
		}
		if chosen == nil || !strings.Contains(p.more.Text, "Mới: "+chosen[4]) || !strings.Contains(p.more.Text, "Trang: "+chosen[0]) ||
			!strings.Contains(p.more.Text, "Thay đổi: "+chosen[2]) {
			t.Errorf("detail %q for the rows %v", p.more.Text, rows)
		}
		if out := os.Getenv("PREVIEW_PNG"); out != "" { // for looking at it
			f, _ := os.Create(out)
			png.Encode(f, w.Canvas().Capture())
			f.Close()
		}
		w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		until(t, "the results", func() bool { return strings.Contains(dialogText(w), "Kết quả nhận sổ") })
		until(t, "the scores stored", stored)
		if previewOpen(u, p) {
			t.Error("the preview is still open")
		}
	})
	t.Run("EnterWithNothingFocused", func(t *testing.T) {
		_, w, p, _, stored := previewWithLostScores(t)
		p.detail.Select(widget.TableCellID{Row: 0, Col: 1})
		w.Canvas().Unfocus()
		w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
		until(t, "the scores stored", stored)
	})
	t.Run("EscapeCancels", func(t *testing.T) {
		u, w, p, _, stored := previewWithLostScores(t)
		w.Canvas().Focus(p.detail)
		p.detail.Select(widget.TableCellID{Row: 0, Col: 1})
		w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if previewOpen(u, p) {
			t.Fatal("Escape did not close the preview")
		}
		if stored() {
			t.Error("Escape stored the workbook")
		}
	})
}

// previewOpen reports whether the preview is still among the open dialogs.
func previewOpen(u *UI, p *returnsPreview) bool {
	return slices.ContainsFunc(u.dlgs.open, func(d dialog.Dialog) bool { return d == p.dlg })
}
