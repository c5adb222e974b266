package ui

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// Exporting every unit's workbook a second time into the same folder writes «… (2).xlsx» files and
// says so, so the office sends the new ones.
func TestReports_AllBooksAgainSaysRenamed(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	v := u.reports
	v.reload(u.CampaignID())
	until(t, "the grid", func() bool { return len(v.rows) > 0 })
	dir := t.TempDir()
	v.writeAllBooks(u.CampaignID(), dir)
	until(t, "the first message", func() bool { return strings.Contains(dialogText(w), "sổ vào thư mục") })
	first := dialogText(w)
	if strings.Contains(first, "tên mới") {
		t.Errorf("an empty folder: %q", first)
	}
	closeDialog(t, w, "Đồng ý")
	es, _ := os.ReadDir(dir)
	n := len(es)
	v.writeAllBooks(u.CampaignID(), dir)
	want := "Đã ghi " + strconv.Itoa(n) + " sổ vào thư mục " + dir + "; " + strconv.Itoa(n) + " sổ mang tên mới (như "
	until(t, "the second message", func() bool { return strings.Contains(dialogText(w), want) })
	if msg := dialogText(w); !strings.Contains(msg, "(2).xlsx…) vì thư mục đã có sổ cùng tên — hãy gửi đúng bản mới.") {
		t.Errorf("second export: %q", msg)
	}
	if es, _ := os.ReadDir(dir); len(es) != 2*n {
		t.Errorf("%d files after two exports of %d", len(es), n)
	}
}
