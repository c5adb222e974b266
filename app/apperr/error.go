package apperr

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Error codes. They classify an error for the program (the storage layer maps
// SQLite constraint errors onto them); the user only ever sees Message.
const (
	EINVALID  = "invalid"   // the user's input breaks a rule
	ECONFLICT = "conflict"  // the input clashes with existing data (a duplicate number)
	ENOTFOUND = "not_found" // the record does not exist (any more)
	EINTERNAL = "internal"  // a bug or an environment failure; details go to the log
)

// Error is an error meant for the user: a code for the program and a
// complete Vietnamese sentence for the user. Field names the input field or
// spreadsheet column; Row, when positive, is the spreadsheet row of an
// import, so the import code can take an error from a validation helper and
// place it with AtRow.
type Error struct {
	Code    string
	Message string
	Field   string
	Row     int
}

// Error returns Message. With a Row, the row and column come first:
// "Dòng 5, cột «Năm sinh»: '19a5' không phải là năm hợp lệ." — the message's
// own "Trường «…»" opening is dropped so the field is not named twice.
func (e *Error) Error() string {
	if e.Row <= 0 {
		return e.Message
	}
	if e.Field == "" {
		return "Dòng " + strconv.Itoa(e.Row) + ": " + e.Message
	}
	msg := e.Message
	if rest, ok := strings.CutPrefix(msg, FieldPrefix(e.Field)); ok {
		msg = strings.TrimLeft(strings.TrimPrefix(rest, ":"), " ")
	}
	return "Dòng " + strconv.Itoa(e.Row) + ", cột «" + e.Field + "»: " + msg
}

// AtRow returns a copy of e placed at spreadsheet row row.
func (e *Error) AtRow(row int) *Error {
	c := *e
	c.Row = row
	return &c
}

// Errorf returns an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// fieldError returns an EINVALID error about field.
func FieldError(field, format string, args ...any) *Error {
	e := Errorf(EINVALID, format, args...)
	e.Field = field
	return e
}

// fieldPrefix is how validation messages name a field: "Trường «Họ và tên»".
func FieldPrefix(field string) string {
	return "Trường «" + field + "»"
}

// ErrorCode returns the code of an application error, "" for nil and
// EINTERNAL for any other error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the text to show the user: the application error's
// message (with its row, if any), or a plain sentence for anything else —
// never the raw text of a foreign error, which may be SQL or a file path.
// Callers log the original error.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Error()
	}
	return "Đã xảy ra lỗi nội bộ. Vui lòng thử lại hoặc liên hệ người quản trị."
}
