package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The due dates typed in «Kỳ báo cáo…» are saved together: when one period is gone meanwhile
// (deleted in another window), the refusal names it and no other date is changed.
func TestReports_PeriodDueDatesSavedTogether(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	ctx := context.Background()
	v := u.reports
	id := u.CampaignID()
	v.reload(id)
	until(t, "the grid", func() bool { return len(v.grid.Periods) == 5 })
	test.Tap(v.periods)
	form := overlay(w)
	var entries []*Entry
	walk(form, func(o fyne.CanvasObject) {
		if e, ok := o.(*Entry); ok {
			entries = append(entries, e)
		}
	})
	if len(entries) != 5 {
		t.Fatalf("%d date fields, want 5", len(entries))
	}
	was := v.grid.Periods[1].Due
	entries[1].SetText("20/03/2024")
	entries[4].SetText("20/11/2024")
	for _, q := range []string{`DELETE FROM unit_report WHERE period_id = ?`, `DELETE FROM reporting_period WHERE id = ?`} {
		if _, err := d.SQL().Exec(q, v.grid.Periods[4].ID); err != nil {
			t.Fatal(err)
		}
	}
	test.Tap(findButton(t, form, "Lưu"))
	until(t, "the refusal", func() bool { return strings.Contains(dialogText(w), "Không tìm thấy kỳ") })
	ps, err := d.ReportingPeriods(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !ps[1].Due.Equal(was) {
		t.Errorf("%s due %s after a refused save, want %s", ps[1].Name, ps[1].Due.Format("02/01/2006"), was.Format("02/01/2006"))
	}
}
