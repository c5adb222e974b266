package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// StartupError is the small window shown when the database cannot be opened at start: a Windows
// GUI program has no console, so a refusal written to stderr would never be seen. restore, when
// not nil, is offered as «Phục hồi bản sao lưu mới nhất» (a damaged database with a good backup).
type StartupError struct {
	Win     fyne.Window
	Message *widget.Label
	Restore *Button
	Close   *Button
	restore func() error
}

// NewStartupError builds the window; the caller shows it and runs the app.
func NewStartupError(a fyne.App, msg string, restore func() error) *StartupError {
	s := &StartupError{Win: a.NewWindow(WindowTitle), restore: restore}
	s.Message = widget.NewLabel(msg)
	s.Message.Wrapping = fyne.TextWrapWord
	s.Close = NewButton("Đóng", s.Win.Close)
	buttons := container.NewHBox(layout.NewSpacer())
	if restore != nil {
		s.Restore = NewButton("Phục hồi bản sao lưu mới nhất", s.onRestore)
		s.Restore.Importance = widget.HighImportance
		buttons.Add(s.Restore)
	}
	buttons.Add(s.Close)
	s.Win.SetContent(container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(s.Message)))
	s.Win.Resize(fyne.NewSize(620, 260))
	return s
}

// onRestore restores and says what happened; the program is started again afterwards.
func (s *StartupError) onRestore() {
	s.Restore.Disable()
	if err := s.restore(); err != nil {
		s.Message.SetText(app.ErrorMessage(err))
		return
	}
	s.Message.SetText("Đã phục hồi bản sao lưu mới nhất; tệp hỏng được giữ lại trong thư mục sao lưu. Hãy đóng cửa sổ này và mở lại chương trình.")
}
