package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// The «Sao lưu và phục hồi» screen over a real database: back up, change the data, restore the
// backup; the change is gone, the data before the restore is kept, the list shows both.
func TestBackupView_BackupThenRestore(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	v := u.backups
	if v == nil {
		t.Fatal("no «Sao lưu và phục hồi» screen")
	}
	test.Tap(v.backup)
	until(t, "the backup", func() bool { return strings.Contains(v.status.Text, "Đã sao lưu") })
	if len(v.list) != 1 || v.list[0].Reason != app.BackupManual || !strings.Contains(v.status.Text, "Đã sao lưu") {
		t.Fatalf("after «Sao lưu ngay»: %+v %q", v.list, v.status.Text)
	}
	if got := v.table.text()[0][1]; got != "Sao lưu tay" {
		t.Errorf("reason shown %q", got)
	}
	if _, err := d.SQL().Exec(`INSERT INTO unit (name, name_key, kind) VALUES ('UBND xã Sau Sao Lưu', 'ubnd xa sau sao luu', 'commune')`); err != nil {
		t.Fatal(err)
	}
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if v.restore.Disabled() {
		t.Fatal("«Phục hồi» stays disabled with a backup selected")
	}
	test.Tap(v.restore)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Có"))
	until(t, "the restore", func() bool { return strings.Contains(dialogText(w), "Đã phục hồi") || shownError(w) != "" })
	var n int
	if err := d.SQL().QueryRow(`SELECT count(*) FROM unit WHERE name = 'UBND xã Sau Sao Lưu'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("the unit added after the backup is still there: %d %v", n, err)
	}
	if len(v.list) != 2 || v.list[0].Reason != app.BackupBeforeRestore {
		t.Errorf("backups after restore: %+v", v.list)
	}
	if !strings.Contains(dialogText(w), "Đã phục hồi") {
		t.Errorf("no message after restore: %q", dialogText(w))
	}
}
