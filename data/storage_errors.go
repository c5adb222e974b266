package data

import (
	"errors"

	"github.com/mattn/go-sqlite3"

	"thidua/app"
)

// storageFailure is a storage error the user can meet: the Vietnamese sentence for the screen, and
// the SQLite error kept for the log.
type storageFailure struct {
	user  *app.Error
	cause error
}

func (e *storageFailure) Error() string   { return e.user.Message + " (" + e.cause.Error() + ")" }
func (e *storageFailure) Unwrap() []error { return []error{e.user, e.cause} }

// storageError maps the SQLite result codes a user can meet (busy, locked, read-only, full, damaged,
// not a database, cannot open, I/O) to sentences that say what to do; nil for any other error. It
// reads the typed codes, never the message text.
func storageError(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return nil
	}
	var msg string
	switch se.Code {
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		msg = "Dữ liệu đang bận: một cửa sổ hoặc lệnh Thi đua CCHC khác đang ghi vào cùng tệp. Hãy đợi vài giây rồi thử lại; nếu vẫn vậy, hãy đóng các cửa sổ Thi đua CCHC khác."
	case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrAuth:
		msg = "Không ghi được vào tệp dữ liệu: tệp hoặc thư mục của nó chỉ cho đọc (ổ đĩa chỉ đọc, USB khóa ghi, hay thuộc tính «chỉ đọc»). Hãy bỏ thuộc tính «chỉ đọc» hoặc chép tệp sang một thư mục được ghi rồi mở lại."
	case sqlite3.ErrFull:
		msg = "Ổ đĩa đã đầy: không lưu được. Hãy xóa bớt tệp không cần trên ổ đĩa rồi thử lại; dữ liệu đã lưu trước đó vẫn nguyên vẹn."
	case sqlite3.ErrCorrupt:
		msg = "Tệp dữ liệu bị hỏng. Hãy đóng chương trình, chạy «thidua check» và phục hồi bản sao lưu mới nhất (Cài đặt → «Sao lưu và phục hồi»)."
	case sqlite3.ErrNotADB:
		msg = "Tệp đang mở không phải là tệp dữ liệu của Thi đua CCHC (không phải cơ sở dữ liệu SQLite). Hãy chọn đúng tệp thidua.db."
	case sqlite3.ErrCantOpen:
		msg = "Không mở được tệp dữ liệu: thư mục không có, không cho ghi, hoặc tệp đang bị chương trình khác giữ. Hãy kiểm tra thư mục dữ liệu rồi thử lại."
	case sqlite3.ErrIoErr:
		msg = "Lỗi đọc ghi ổ đĩa khi dùng tệp dữ liệu (ổ đĩa bị rút ra, ổ mạng mất kết nối hoặc ổ hỏng). Hãy kiểm tra ổ đĩa rồi thử lại; dữ liệu đã lưu trước đó vẫn nguyên vẹn."
	default:
		return nil
	}
	return &storageFailure{user: app.Errorf(app.EINTERNAL, "%s", msg), cause: err}
}

// isCorrupt reports a damaged file or one that is not a database.
func isCorrupt(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB)
}
