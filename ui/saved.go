package ui

import (
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// savedView is the message shown once a file is written: titled «Đã lưu», with the whole folder
// and a button that opens it. When a PDF was to open and no viewer could, it says so plainly —
// the file is saved, nothing went wrong with it.
type savedView struct {
	dlg    dialog.Dialog
	text   *widget.Label
	folder *widget.Label
	open   *Button
}

// open is how the window opens a file or a folder in the system's programs (tests replace it).
func (u *UI) open(target *url.URL) error {
	if u.openURL != nil {
		return u.openURL(target)
	}
	return fyne.CurrentApp().OpenURL(target)
}

// showSaved tells where the file went; msg is what the work said ("" for nothing).
func (u *UI) showSaved(uri fyne.URI, msg string) *savedView {
	s := &savedView{}
	text := msg
	if text != "" {
		text += "\n"
	}
	text += "Đã lưu tệp " + uri.Name() + " trong thư mục:"
	if u.noViewer {
		text = "Đã lưu tệp " + uri.Name() + ", nhưng máy chưa có chương trình xem PDF nên chưa mở được. " +
			"Hãy cài một chương trình xem PDF, hoặc mở thư mục rồi mở tệp bằng chương trình khác. Tệp ở thư mục:"
		u.noViewer = false
	}
	s.text = widget.NewLabel(text)
	s.text.Wrapping = fyne.TextWrapWord
	dir := filepath.Dir(uri.Path())
	s.folder = widget.NewLabelWithStyle(dir, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.folder.Wrapping = fyne.TextWrapBreak
	s.open = NewButtonWithIcon("Mở thư mục", theme.FolderOpenIcon(), func() {
		target, err := url.Parse(storage.NewFileURI(dir).String())
		if err == nil {
			err = u.open(target)
		}
		if err != nil {
			s.text.SetText("Không mở được thư mục; hãy mở bằng tay:")
		}
	})
	s.dlg = dialog.NewCustom("Đã lưu", "Đóng", container.NewVBox(s.text, s.folder, container.NewHBox(s.open)), u.win)
	s.dlg.Resize(fyne.NewSize(620, 220))
	u.present(s.dlg, nil)
	u.saved = s
	return s
}
