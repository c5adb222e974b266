package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// A file the user chose that cannot be made says so in Vietnamese, with the folder and what to do,
// not «lỗi nội bộ»; a storage sentence passes unchanged.
func TestFileError_SaysWhatAndWhere(t *testing.T) {
	_, err := os.Create(filepath.Join(t.TempDir(), "khong-co", "bc.pdf"))
	msg := app.ErrorMessage(fileError(err))
	if !strings.Contains(msg, "«bc.pdf»") || !strings.Contains(msg, "khong-co") || !strings.Contains(msg, "chọn thư mục khác") {
		t.Errorf("missing folder: %q", msg)
	}
	if strings.Contains(msg, "nội bộ") {
		t.Errorf("still internal: %q", msg)
	}
	plain := app.FieldError("Năm", "Trường «Năm» sai.")
	if fileError(plain) != error(plain) {
		t.Error("a storage sentence was rewritten")
	}
	other := errors.New("x")
	if fileError(other) != other {
		t.Error("a non-file error was rewritten")
	}
}

// Enter closes an information box and an error box (nothing in them has the focus); Escape too.
func TestMessages_EnterCloses(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	for _, show := range []func(){
		func() { u.notify("Đã lưu.") },
		func() { u.showError(app.FieldError("Năm", "Trường «Năm» sai.")) },
	} {
		show()
		if len(u.dlgs.open) != 1 {
			t.Fatalf("%d dialogs open", len(u.dlgs.open))
		}
		if f := w.Canvas().Focused(); f != nil {
			t.Fatalf("something focused in a message box: %T", f)
		}
		w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if len(u.dlgs.open) != 0 {
			t.Errorf("Enter left the box open")
		}
	}
	// Enter in a form (not a message) does not close it through the window.
	u.notify("x")
	u.dlgs.messages = nil
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(u.dlgs.open) != 1 {
		t.Error("Enter closed a dialog that is not a message box")
	}
	u.dlgs.open[0].Hide()
}

// The fund's lines: over the fund in red; the drafts' warning only when there are drafts.
func TestOverview_FundLines(t *testing.T) {
	tab := &overviewTab{figures: map[string]*Button{}}
	texts := func(f app.Fund) (lines []string, danger bool) {
		o := app.Overview{Campaign: app.Campaign{Year: 2024}, Fund: f}
		for _, r := range tab.moneyRows(o) {
			if l, ok := r.(*widget.Label); ok {
				lines = append(lines, l.Text)
				danger = danger || l.Importance == widget.DangerImportance
			}
		}
		return lines, danger
	}
	lines, danger := texts(app.Fund{Set: true, Amount: 12_000_000, Issued: 16_990_000})
	if strings.Contains(strings.Join(lines, "\n"), "dự thảo") || !danger {
		t.Errorf("no drafts, fund exceeded: %q (red %v)", lines, danger)
	}
	lines, _ = texts(app.Fund{Set: true, Amount: 12_000_000, Issued: 10_000_000, Drafts: 3_000_000})
	if !strings.Contains(strings.Join(lines, "\n"), "Nếu ban hành cả các dự thảo") {
		t.Errorf("drafts over the fund not said: %q", lines)
	}
	if _, danger := texts(app.Fund{Set: true, Amount: 12_000_000, Issued: 12_000_000}); danger {
		t.Error("exactly the fund shown as exceeded")
	}
}

// The report's paragraphs are not lost to Escape or «Hủy»: with text typed, they ask first;
// untouched, they close at once.
func TestOverview_TextsAskBeforeLosingTyped(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	until(t, "the overview", func() bool { return u.overview.loaded })
	esc := func() { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

	u.overview.onTexts()
	if len(u.dlgs.open) != 1 {
		t.Fatalf("%d dialogs open", len(u.dlgs.open))
	}
	esc()
	if len(u.dlgs.open) != 0 {
		t.Fatal("untouched paragraphs: Escape did not close")
	}

	u.overview.onTexts()
	f := u.overview.textsForm
	e := f.items[0].Widget.(*Entry)
	e.SetText("Ngay từ đầu năm, Ủy ban nhân dân huyện đã ban hành kế hoạch.")
	esc()
	if len(u.dlgs.open) != 2 {
		t.Fatalf("typed paragraphs: Escape should ask, %d dialogs open", len(u.dlgs.open))
	}
	esc() // «Không»: back to writing
	if len(u.dlgs.open) != 1 || u.dlgs.open[0] != f.dlg || e.Text == "" {
		t.Fatalf("after «Không» the paragraphs are gone: %d open, %q", len(u.dlgs.open), e.Text)
	}
	test.Tap(f.cancel)
	if len(u.dlgs.open) != 2 {
		t.Fatal("«Hủy» with typed text did not ask")
	}
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Có"))
	if len(u.dlgs.open) != 0 {
		t.Errorf("«Có» left %d dialogs open", len(u.dlgs.open))
	}
}
