package app

import "thidua/app/apperr"

// The error type of the whole domain lives one floor below it, in app/apperr, so that the lowest
// package (app/viet: text, dates, money) can return it without importing app. These aliases keep
// app.Error as the one name the rest of the program uses.

// Error is an error meant for the user: a code for the program and a complete Vietnamese sentence.
type Error = apperr.Error

// Error codes (see apperr).
const (
	EINVALID  = apperr.EINVALID
	ECONFLICT = apperr.ECONFLICT
	ENOTFOUND = apperr.ENOTFOUND
	EINTERNAL = apperr.EINTERNAL
)

// Errorf returns an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error { return apperr.Errorf(code, format, args...) }

// FieldError returns an EINVALID error about field.
func FieldError(field, format string, args ...any) *Error {
	return apperr.FieldError(field, format, args...)
}

// FieldPrefix is how validation messages name a field: "Trường «Họ và tên»".
func FieldPrefix(field string) string { return apperr.FieldPrefix(field) }

// ErrorCode returns the code of an application error, "" for nil and EINTERNAL for any other error.
func ErrorCode(err error) string { return apperr.ErrorCode(err) }

// ErrorMessage returns the text to show the user, never the raw text of a foreign error.
func ErrorMessage(err error) string { return apperr.ErrorMessage(err) }
