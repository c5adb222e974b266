package ui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestStartupError_ShowsMessageAndRestores(t *testing.T) {
	a := test.NewTempApp(t)
	restored := 0
	s := NewStartupError(a, "Tệp dữ liệu bị hỏng.", func() error { restored++; return nil })
	s.Win.Show()
	defer s.Win.Close()
	if s.Message.Text != "Tệp dữ liệu bị hỏng." {
		t.Errorf("message %q", s.Message.Text)
	}
	test.Tap(s.Restore)
	if restored != 1 || !strings.Contains(s.Message.Text, "Đã phục hồi") || !s.Restore.Disabled() {
		t.Errorf("after restore: %d %q", restored, s.Message.Text)
	}
	t.Run("ErrRestoreFails", func(t *testing.T) {
		s := NewStartupError(a, "hỏng", func() error { return errors.New("x") })
		test.Tap(s.Restore)
		if !strings.Contains(s.Message.Text, "lỗi") {
			t.Errorf("message after a failed restore: %q", s.Message.Text)
		}
	})
	t.Run("NoBackup", func(t *testing.T) {
		if s := NewStartupError(a, "mới hơn", nil); s.Restore != nil {
			t.Error("restore offered without a backup")
		}
	})
}
