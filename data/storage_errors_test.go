package data

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/mattn/go-sqlite3"

	"thidua/app"
)

// Every storage error a user can meet reaches the screen as a Vietnamese sentence saying what to
// do; the SQLite text stays in the chain for the log.
func TestInternal_StorageErrorsInVietnamese(t *testing.T) {
	for _, tc := range []struct {
		code sqlite3.ErrNo
		want string
	}{
		{sqlite3.ErrBusy, "đang bận"},
		{sqlite3.ErrLocked, "đang bận"},
		{sqlite3.ErrReadonly, "chỉ cho đọc"},
		{sqlite3.ErrPerm, "chỉ cho đọc"},
		{sqlite3.ErrFull, "đầy"},
		{sqlite3.ErrCorrupt, "bị hỏng"},
		{sqlite3.ErrNotADB, "không phải là tệp dữ liệu"},
		{sqlite3.ErrCantOpen, "Không mở được"},
		{sqlite3.ErrIoErr, "ổ đĩa"},
	} {
		t.Run(tc.code.Error(), func(t *testing.T) {
			cause := fmt.Errorf("exec: %w", sqlite3.Error{Code: tc.code})
			err := mapErr("lưu đơn vị", cause)
			msg := app.ErrorMessage(err)
			if !strings.Contains(msg, tc.want) || strings.Contains(msg, "nội bộ") {
				t.Errorf("%v → %q", tc.code, msg)
			}
			if !errors.Is(err, cause) && !errors.As(err, new(sqlite3.Error)) {
				t.Error("the SQLite cause is lost for the log")
			}
		})
	}
}
