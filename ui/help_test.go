package ui

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// allTabPaths is every tab of the window and every sub-tab, as F1 looks them up.
func allTabPaths(u *UI) [][]string {
	var out [][]string
	var visit func(tabs *container.AppTabs, prefix []string)
	visit = func(tabs *container.AppTabs, prefix []string) {
		for _, it := range tabs.Items {
			tabs.Select(it)
			p := append(append([]string(nil), prefix...), it.Text)
			if inner := innerTabs(it.Content); inner != nil {
				visit(inner, p)
				continue
			}
			out = append(out, p)
		}
	}
	visit(u.tabs, nil)
	return out
}

// F1 opens the manual at the section of the tab (or sub-tab) that is open, from every tab and
// sub-tab, the key sent to the focused widget first as the driver does.
func TestHelp_F1OpensTheTabsSection(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	want := map[string]string{ // the section F1 shows («» = the chapter's opening)
		"Tổng quan":                   "Tổng quan",
		"Đơn vị/Danh sách":            "Đơn vị và cán bộ",
		"Đơn vị/Báo cáo":              "Báo cáo định kỳ và sổ gửi đơn vị",
		"Tiêu chí/Chấm điểm":          "Chấm điểm và thẩm định",
		"Tiêu chí/Bộ tiêu chí":        "Bộ tiêu chí",
		"Tiêu chí/Xếp hạng":           "Xếp hạng, xếp loại và báo cáo",
		"Sáng kiến":                   "Sáng kiến: đăng ký, hội đồng chấm, công nhận",
		"Khen thưởng/Đề nghị":         "Nhận đề nghị khen thưởng",
		"Khen thưởng/Quyết định":      "Soạn và ban hành quyết định",
		"Khen thưởng/Sổ vàng":         "Sổ vàng",
		"Cài đặt/Chung":               "Thông tin cơ quan",
		"Cài đặt/Người ký":            "Người ký",
		"Cài đặt/Phôi Giấy khen":      "In trên phôi và canh chỉnh máy in",
		"Cài đặt/Sao lưu và phục hồi": "Sao lưu và phục hồi",
		"Cài đặt/Nhật ký thay đổi":    "Nhật ký thay đổi",
	}
	paths := allTabPaths(u)
	if len(paths) != len(want) {
		t.Errorf("the window has %d tab paths %q, the test knows %d", len(paths), paths, len(want))
	}
	for _, path := range paths {
		key := strings.Join(path, "/")
		openTab(t, u, path...)
		w.Canvas().Unfocus()
		pressKey(w, fyne.KeyF1)
		h := u.help
		if h == nil {
			t.Fatalf("F1 on %s opened no help window", key)
		}
		got := h.chapters[h.shown.Chapter].Title
		if h.shown.Section >= 0 {
			got = h.chapters[h.shown.Chapter].Sections[h.shown.Section].Title
		}
		if w, ok := want[key]; !ok || !strings.HasPrefix(got, w) {
			t.Errorf("F1 on %s shows %q, want %q", key, got, w)
		}
		if !strings.Contains(richText(h.body), got) {
			t.Errorf("F1 on %s: the page does not show its title %q", key, got)
		}
		if sel := h.entries[selectedEntry(t, h)]; sel != h.shown {
			t.Errorf("F1 on %s: the contents select %+v, not what is shown", key, sel)
		}
		h.win.Close()
	}
}

// F1 and Escape are not swallowed by the focused widget: an entry, a list, a select, a check.
func TestHelp_F1FromFocusedWidgets(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	openTab(t, u, "Đơn vị")
	for name, f := range map[string]fyne.Focusable{
		"the search entry":              u.units.search,
		"the units list":                u.units.list,
		"a button reached with the Tab": u.units.addUnit,
	} {
		w.Canvas().Focus(f)
		if w.Canvas().Focused() != f {
			t.Fatalf("%s did not take the focus", name)
		}
		pressKey(w, fyne.KeyF1)
		if u.help == nil || u.help.chapters[u.help.shown.Chapter].Title != "Đơn vị và cán bộ" {
			t.Fatalf("F1 in %s did not open the Đơn vị chapter", name)
		}
		u.help.win.Close()
	}
	openTab(t, u, "Sáng kiến")
	for _, f := range []fyne.Focusable{u.initiatives.stepF, u.initiatives.yearF} {
		w.Canvas().Focus(f)
		pressKey(w, fyne.KeyF1)
		if u.help == nil || !strings.HasPrefix(u.help.chapters[u.help.shown.Chapter].Title, "Sáng kiến") {
			t.Fatalf("F1 in a select of Sáng kiến did not open its chapter")
		}
		u.help.win.Close()
	}
	openTab(t, u, "Cài đặt", "Chung")
	w.Canvas().Focus(u.settings.capOn)
	pressKey(w, fyne.KeyF1)
	if u.help == nil {
		t.Fatal("F1 on a focused check opened nothing")
	}
	u.help.win.Close()
	// Escape with a select focused closes the dialog on top.
	d1 := u.confirm("Hỏi", "Có không?", func() {})
	w.Canvas().Focus(u.settings.capOn)
	pressKey(w, fyne.KeyEscape)
	if len(u.dlgs.open) != 0 {
		t.Errorf("Escape on a focused check left %d dialogs open (%v)", len(u.dlgs.open), d1)
	}
	// The «Trợ giúp» button does the same as F1.
	openTab(t, u, "Sáng kiến")
	test.Tap(findButton(t, w.Content(), "Trợ giúp"))
	if u.help == nil || !strings.HasPrefix(u.help.chapters[u.help.shown.Chapter].Title, "Sáng kiến") {
		t.Fatal("«Trợ giúp» did not open the Sáng kiến chapter")
	}
	// In the help window: a click in the contents focuses the list; Escape still closes the window.
	h := u.help
	before := h.renders
	test.Tap(listRow(t, h.win, 3))
	if h.win.Canvas().Focused() == nil {
		t.Fatal("the contents list took no focus on a click")
	}
	if h.renders != before+1 {
		t.Errorf("choosing a chapter drew the page %d times, want once", h.renders-before)
	}
	pressKey(h.win, fyne.KeyEscape)
	if u.help != nil {
		t.Error("Escape with the contents focused did not close the help window")
	}
}

// listRow is the row of the first List in w whose index is i (a tappable list item).
func listRow(t *testing.T, w fyne.Window, i int) fyne.Tappable {
	t.Helper()
	var row fyne.Tappable
	n := 0
	walk(w.Content(), func(o fyne.CanvasObject) {
		if tp, ok := o.(fyne.Tappable); ok && row == nil && fmt.Sprintf("%T", o) == "*widget.listItem" {
			if n == i {
				row = tp
			}
			n++
		}
	})
	if row == nil {
		t.Fatalf("no row %d in the list", i)
	}
	return row
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

// A click on a radio choice in a form does not keep the keys: Escape then closes the form, F1
// opens the manual.
func TestHelp_EscapeAfterARadioClick(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	openTab(t, u, "Khen thưởng", "Đề nghị")
	test.Tap(u.awards.proposals.add)
	var item fyne.Tappable
	walk(overlay(w), func(o fyne.CanvasObject) {
		if tp, ok := o.(fyne.Tappable); ok && item == nil && fmt.Sprintf("%T", o) == "*widget.radioItem" {
			item = tp
		}
	})
	if item == nil {
		t.Fatal("no radio choice in the proposal form")
	}
	test.Tap(item)
	if f := w.Canvas().Focused(); f != nil && fmt.Sprintf("%T", f) == "*widget.radioItem" {
		t.Fatal("the radio choice kept the focus")
	}
	pressKey(w, fyne.KeyF1)
	if u.help == nil {
		t.Fatal("F1 after a radio click opened nothing")
	}
	u.help.win.Close()
	n := len(u.dlgs.open)
	pressKey(w, fyne.KeyEscape)
	if len(u.dlgs.open) != n-1 {
		t.Errorf("Escape after a radio click left %d dialogs (had %d)", len(u.dlgs.open), n)
	}
}
