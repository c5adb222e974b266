package ui

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/data"
	"thidua/sheet"
)

func TestReports_GridShowsTheSample(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	v := u.reports
	v.asOf.SetText("31/12/2024")
	v.reload(u.CampaignID())
	until(t, "the grid", func() bool { return len(v.rows) > 0 })
	v.state.SetSelected("Chưa báo cáo")
	var names []string
	for i := range v.rows {
		names = append(names, v.cellText(i, 0))
	}
	if strings.Join(names, ";") != "UBND xã Trà Ka;Phòng Y tế" {
		t.Errorf("units with a missing report = %v", names)
	}
	if !strings.Contains(v.counts.Text, "6 tháng: 24 đúng hạn") || !strings.Contains(v.counts.Text, "2 chưa báo cáo") {
		t.Errorf("counts = %q", v.counts.Text)
	}
	if got := v.cellText(0, 3); got != "Chưa báo cáo" {
		t.Errorf("Trà Ka's 6-month cell = %q", got)
	}
}

// TestReports_ReturnPreviewThenApply takes back a workbook whose self-scores the database lost
// (and a damaged one beside it): the preview lists them as new, nothing is stored until «Đồng ý»,
// then the scores are back and the 6-month report of Trà Ka is received.
func TestReports_ReturnPreviewThenApply(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	ctx := context.Background()
	v := u.reports
	id, unit, book, sh, edits := trakaBookLostScores(t, u, d)
	v.readReturns(id, []namedBytes{{"So_tra_ka_2024.xlsx", book}, {"hong.xlsx", book[:len(book)/2]}}, "")
	until(t, "the preview", func() bool { return v.preview != nil })
	p := v.preview
	files := p.files.text()
	if !strings.Contains(files[0][2], "Nhận được") || !strings.HasPrefix(files[1][2], "Không nhận") || files[0][3] != "3/0" {
		t.Errorf("files = %v", files)
	}
	rows := p.detail.text()
	if len(rows) != 3 || rows[0][2] != "Mới" || rows[0][3] != "" || rows[0][4] == "" {
		t.Errorf("changes = %v", rows)
	}
	if out := os.Getenv("PREVIEW_PNG"); out != "" { // for looking at it
		f, _ := os.Create(out)
		png.Encode(f, w.Canvas().Capture())
		f.Close()
	}
	if after, _ := d.UnitSheet(ctx, id, unit.ID); after.Scores[edits[0].CriterionID].HasSelf {
		t.Fatal("the preview stored a score")
	}
	p.period.SetSelected("6 tháng")
	test.Tap(p.ok)
	until(t, "the results", func() bool {
		return strings.Contains(dialogText(w), "Không nhận") && !strings.Contains(dialogText(w), "xem trước")
	})
	after, _ := d.UnitSheet(ctx, id, unit.ID)
	for _, e := range edits {
		if !after.Scores[e.CriterionID].HasSelf || after.Scores[e.CriterionID].Self != sh.Scores[e.CriterionID].Self {
			t.Errorf("self-score of %d not back: %+v", e.CriterionID, after.Scores[e.CriterionID])
		}
	}
	until(t, "the grid again", func() bool {
		for i := range v.rows {
			if v.cellText(i, 0) == unit.Name {
				return strings.HasPrefix(v.cellText(i, 3), "Trễ 5 ngày")
			}
		}
		return false
	})
}

// trakaBookLostScores shows the grid as of 20/06/2024 and writes Trà Ka's workbook, then the
// database loses three of its self-scores (the workbook still has them): the campaign, the unit,
// the workbook, the unit's sheet before the loss, and the edits that lost them.
func trakaBookLostScores(t *testing.T, u *UI, d *data.DB) (int64, app.Unit, []byte, app.UnitSheet, []app.ScoreEdit) {
	t.Helper()
	ctx := context.Background()
	v := u.reports
	v.asOf.SetText("20/06/2024")
	id := u.CampaignID()
	v.reload(id)
	until(t, "the grid", func() bool { return len(v.rows) > 0 })
	var unit app.Unit
	for _, r := range v.grid.Rows {
		if r.Unit.Name == "UBND xã Trà Ka" {
			unit = r.Unit
		}
	}
	b, err := d.UnitBook(ctx, id, unit.ID)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := (sheet.Files{}).WriteUnitBook(&buf, b); err != nil {
		t.Fatal(err)
	}
	sh, err := d.UnitSheet(ctx, id, unit.ID)
	if err != nil {
		t.Fatal(err)
	}
	var edits []app.ScoreEdit
	for _, c := range scoring.Leaves(sh.Set)[:3] {
		s := sh.Scores[c.ID]
		edits = append(edits, app.ScoreEdit{CriterionID: c.ID, Appraised: s.Appraised.String(), Note: s.Note})
	}
	if err := d.SaveScores(ctx, id, unit.ID, edits); err != nil {
		t.Fatal(err)
	}
	return id, unit, buf.Bytes(), sh, edits
}

// TestReports_RecordThroughTheForm records Trà Ka's 6-month report through the real form, then
// takes it back with «Xóa ghi nhận».
func TestReports_RecordThroughTheForm(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	v := u.reports
	v.asOf.SetText("01/07/2024")
	v.reload(u.CampaignID())
	until(t, "the grid", func() bool { return len(v.rows) > 0 })
	row := -1
	for i := range v.rows {
		if v.cellText(i, 0) == "UBND xã Trà Ka" {
			row = i
		}
	}
	col := v.grid.PeriodIndex("6 tháng") + 1
	v.table.Select(widgetCell(row, col))
	if v.record.Disabled() || !v.unrecord.Disabled() {
		t.Fatal("a cell without a report: «Ghi nhận» should be on, «Xóa ghi nhận» off")
	}
	test.Tap(v.record)
	f := v.recordForm
	entries := formEntries(f.items)
	entries[0].SetText("31/06/2024")
	entries[1].SetText("45/BC-UBND")
	f.Submit()
	if !f.message.Visible() || !strings.Contains(f.message.Text, "«Ngày nhận»: '31/06/2024' không phải ngày") || v.cellText(row, col) != "Chưa báo cáo" {
		t.Fatalf("a wrong date was not refused in the form: %q", f.message.Text)
	}
	entries[0].SetText("25/06/2024")
	f.Submit()
	until(t, "the grid again", func() bool { return strings.HasPrefix(v.cellText(row, col), "Trễ 10 ngày") })
	v.table.Select(widgetCell(row, col))
	test.Tap(v.unrecord)
	closeDialog(t, w, "Có")
	until(t, "the report removed", func() bool { return v.cellText(row, col) == "Chưa báo cáo" })
}

func widgetCell(row, col int) widget.TableCellID { return widget.TableCellID{Row: row, Col: col} }

// formEntries are the entries of a form, in order (the file chooser row has none).
func formEntries(items []*widget.FormItem) []*Entry {
	var out []*Entry
	for _, it := range items {
		if e, ok := it.Widget.(*Entry); ok {
			out = append(out, e)
		}
	}
	return out
}
