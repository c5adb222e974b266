package ui

import (
	"errors"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Saving the decision as PDF on a machine with no PDF viewer: the message is titled «Đã lưu»,
// says plainly that no viewer opened it, names the folder and opens it on «Mở thư mục» — no «Lỗi».
func TestSaved_NoPDFViewer(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	var opened []string
	u.openURL = func(target *url.URL) error {
		opened = append(opened, target.Path)
		if strings.HasSuffix(target.Path, ".pdf") {
			return errors.New("xdg-open: no application for application/pdf")
		}
		return nil
	}
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(prefLastFolder, dir)
	sampleDecision(t, u)
	test.Tap(u.awards.decisions.printDecision)
	path := answerSave(t, w, dir, "QD-07-2025.pdf")
	printed(t, u, w, u.awards.decisions.printDecision, path)
	text := dialogText(w)
	if !strings.HasSuffix(text, "\nĐã lưu") || strings.Contains(text, "Lỗi") {
		t.Fatalf("after saving: %q", text)
	}
	if !strings.Contains(text, "máy chưa có chương trình xem PDF") || !strings.Contains(text, "\n"+dir+"\n") {
		t.Errorf("the message does not say it plainly with the folder: %q", text)
	}
	test.Tap(findButton(t, overlay(w), "Mở thư mục"))
	if len(opened) != 2 || opened[0] != path || filepath.Clean(opened[1]) != dir {
		t.Errorf("opened %q, want the PDF then its folder %s", opened, dir)
	}
	escape(w)
	if overlay(w) != nil {
		t.Errorf("Escape left %q", dialogText(w))
	}
}
