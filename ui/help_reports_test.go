package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestHelp_F1OnReportsOpensItsChapter: F1 on Đơn vị → Báo cáo opens «Báo cáo định kỳ và sổ gửi
// đơn vị», and back on Đơn vị → Danh sách the chapter of the units.
func TestHelp_F1OnReportsOpensItsChapter(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	for _, c := range []struct {
		path []string
		want string
	}{
		{[]string{"Đơn vị", "Báo cáo"}, "Báo cáo định kỳ và sổ gửi đơn vị"},
		{[]string{"Đơn vị", "Danh sách"}, "Đơn vị và cán bộ"},
	} {
		openTab(t, u, c.path...)
		w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
		h := u.help
		if h == nil {
			t.Fatalf("F1 on %v opened no help window", c.path)
		}
		if got := h.chapters[h.shown.Chapter].Title; got != c.want || h.shown.Section != -1 {
			t.Errorf("F1 on %v shows %q (section %d), want %q", c.path, got, h.shown.Section, c.want)
		}
	}
}
