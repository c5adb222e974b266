package ui

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// F1 opens the manual at the chapter of the tab that is open, from every tab and from the
// sub-tabs with their own chapter; from a focused entry too.
func TestHelp_F1OpensTheTabsChapter(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	f1 := func() { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1}) }
	for _, c := range []struct {
		path []string
		want string
	}{
		{[]string{"Đơn vị"}, "Đơn vị và cán bộ"},
		{[]string{"Tiêu chí", "Xếp hạng"}, "Tiêu chí: bộ tiêu chí, chấm điểm, thẩm định, xếp loại"},
		{[]string{"Sáng kiến"}, "Sáng kiến: đăng ký, hội đồng chấm, công nhận"},
		{[]string{"Khen thưởng", "Quyết định"}, "Khen thưởng: đề nghị, quyết định, Giấy khen, sổ vàng"},
		{[]string{"Cài đặt", "Người ký"}, "Cài đặt: cơ quan, mức lương cơ sở, người ký"},
		{[]string{"Cài đặt", "Sao lưu và phục hồi"}, "Sao lưu và phục hồi"},
		{[]string{"Cài đặt", "Nhật ký thay đổi"}, "Nhật ký thay đổi"},
	} {
		openTab(t, u, c.path...)
		f1()
		h := u.help
		if h == nil {
			t.Fatalf("F1 on %v opened no help window", c.path)
		}
		if got := h.chapters[h.shown.Chapter].Title; got != c.want || h.shown.Section != -1 {
			t.Errorf("F1 on %v shows %q (section %d), want %q", c.path, got, h.shown.Section, c.want)
		}
		if !strings.Contains(richText(h.body), c.want) {
			t.Errorf("F1 on %v: the page does not show its title %q", c.path, c.want)
		}
		if sel := h.entries[selectedEntry(t, h)]; sel != h.shown {
			t.Errorf("F1 on %v: the contents select %+v, not the chapter shown", c.path, sel)
		}
	}
	// From a focused entry (the search of the Đơn vị tab): F1 is not swallowed.
	openTab(t, u, "Đơn vị")
	u.help.win.Close()
	w.Canvas().Focus(u.units.search)
	u.units.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	if u.help == nil || u.help.chapters[u.help.shown.Chapter].Title != "Đơn vị và cán bộ" {
		t.Fatal("F1 in the search entry did not open the Đơn vị chapter")
	}
	// The «Trợ giúp» button does the same.
	u.help.win.Close()
	openTab(t, u, "Sáng kiến")
	test.Tap(findButton(t, w.Content(), "Trợ giúp"))
	if u.help == nil || !strings.HasPrefix(u.help.chapters[u.help.shown.Chapter].Title, "Sáng kiến") {
		t.Fatal("«Trợ giúp» did not open the Sáng kiến chapter")
	}
}

func selectedEntry(t *testing.T, h *helpView) int {
	t.Helper()
	for i, e := range h.entries {
		if e == h.shown {
			return i
		}
	}
	t.Fatalf("%+v is not in the contents", h.shown)
	return -1
}

// richText is the text of the RichTexts shown.
func richText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(x fyne.CanvasObject) {
		if rt, ok := x.(*widget.RichText); ok {
			segmentsText(&b, rt.Segments)
		}
	})
	return b.String()
}

// The search ignores accents; choosing a result shows that section; clearing it brings the contents back.
func TestHelp_Search(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	test.Tap(findButton(t, w.Content(), "Trợ giúp"))
	h := u.help
	all := len(h.entries)
	test.Type(h.search, "phuc hoi")
	if len(h.entries) == 0 || len(h.entries) >= all {
		t.Fatalf("«phuc hoi»: %d results of %d entries", len(h.entries), all)
	}
	found := false
	for i, e := range h.entries {
		if h.chapters[e.Chapter].Sections[e.Section].Title == "Phục hồi" {
			h.list.Select(i)
			found = true
		}
	}
	if !found {
		t.Fatalf("«phuc hoi» did not find the section «Phục hồi»: %+v", h.entries)
	}
	if txt := richText(h.body); !strings.Contains(txt, "Phục hồi bản đã chọn…") {
		t.Errorf("the section shown: %q", txt)
	}
	h.search.SetText("")
	if len(h.entries) != all {
		t.Errorf("after clearing: %d entries, want %d", len(h.entries), all)
	}
	test.Type(h.search, "xyzzy")
	if len(h.entries) != 0 || !strings.Contains(h.found.Text, "Không tìm thấy") {
		t.Errorf("nonsense: %d entries, %q", len(h.entries), h.found.Text)
	}
}

// «Giới thiệu»: the version, the data file's full path and its folder, the schema, the base salary
// of today with its decree, the fonts.
func TestAbout(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	u.version = "9.8.7"
	var opened *url.URL
	u.openURL = func(x *url.URL) error { opened = x; return nil }
	test.Tap(findButton(t, w.Content(), "Giới thiệu"))
	txt := u.about.text.Text
	for _, want := range []string{"9.8.7", d.Path(), "Phiên bản dữ liệu: ", "2.340.000 đ", "Nghị định số 73/2024/NĐ-CP"} {
		if !strings.Contains(txt, want) {
			t.Errorf("«Giới thiệu» lacks %q:\n%s", want, txt)
		}
	}
	if !strings.Contains(dialogText(w), "Liberation Serif") || !strings.Contains(dialogText(w), "SIL Open Font License 1.1") {
		t.Errorf("no fonts' licences: %q", dialogText(w))
	}
	test.Tap(u.about.folder)
	if opened == nil || filepath.Clean(opened.Path) != filepath.Dir(d.Path()) {
		t.Errorf("«Mở thư mục dữ liệu» opened %v, want %s", opened, filepath.Dir(d.Path()))
	}
}

func segmentsText(b *strings.Builder, segs []widget.RichTextSegment) {
	for _, s := range segs {
		switch x := s.(type) {
		case *widget.ListSegment:
			segmentsText(b, x.Items)
		case *widget.ParagraphSegment:
			segmentsText(b, x.Texts)
		default:
			b.WriteString(s.Textual())
		}
		b.WriteByte('\n')
	}
}
