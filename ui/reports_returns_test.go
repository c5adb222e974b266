package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
	"thidua/sheet"
)

// The all-units export goes through the window's file guard: a backups folder is refused and
// nothing is written there.
func TestReports_AllBooksGuarded(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	v := u.reports
	v.reload(u.CampaignID())
	until(t, "the grid", func() bool { return len(v.rows) > 0 })
	backups := filepath.Join(t.TempDir(), "backups")
	if err := os.Mkdir(backups, 0o755); err != nil {
		t.Fatal(err)
	}
	guard = func(p string) error {
		if filepath.Dir(p) == backups {
			return app.Errorf(app.EINVALID, "Không ghi %s vào thư mục sao lưu.", p)
		}
		return nil
	}
	t.Cleanup(func() { guard = nil })
	v.writeAllBooks(u.CampaignID(), backups)
	until(t, "the refusal", func() bool { return strings.Contains(shownError(w), "sao lưu") })
	if es, _ := os.ReadDir(backups); len(es) != 0 {
		t.Errorf("%d files written into the backups folder", len(es))
	}
}

// Two copies of one workbook in one run are both refused in the preview, naming the files.
func TestReports_TwoCopiesRefused(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	v := u.reports
	id := u.CampaignID()
	v.reload(id)
	until(t, "the grid", func() bool { return len(v.rows) > 0 })
	unit := v.grid.Rows[0].Unit
	b, err := d.UnitBook(context.Background(), id, unit.ID)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := (sheet.Files{}).WriteUnitBook(&buf, b); err != nil {
		t.Fatal(err)
	}
	v.readReturns(id, []namedBytes{{"a.xlsx", buf.Bytes()}, {"b.xlsx", buf.Bytes()}}, "")
	until(t, "the preview", func() bool { return v.preview != nil })
	want := "Sổ của " + unit.Name + " có 2 bản trong lần nhận này: a.xlsx, b.xlsx; hãy để lại một bản rồi nhận lại."
	for _, row := range v.preview.files.text() {
		if !strings.Contains(row[2], want) {
			t.Errorf("%s: %q, want %q", row[0], row[2], want)
		}
	}
	if !v.preview.ok.Disabled() {
		t.Error("«Đồng ý» is offered with every workbook refused")
	}
}

// The công văn đôn đốc of a period not due yet is refused with the reason.
func TestReports_ReminderNotDue(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	v := u.reports
	v.asOf.SetText("01/06/2024")
	v.reload(u.CampaignID())
	until(t, "the grid as of 01/06/2024", func() bool { return len(v.rows) > 0 && v.grid.AsOf.Format("02/01/2006") == "01/06/2024" })
	v.period.SetSelected("6 tháng")
	v.onReminder()
	until(t, "the refusal", func() bool {
		return strings.Contains(shownError(w), "Kỳ «6 tháng» chưa đến hạn (15/06/2024): chưa có đơn vị nào trễ hạn để đôn đốc.")
	})
}
