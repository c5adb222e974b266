// Package apperr holds the error type of the domain: a code for the program and a complete
// Vietnamese sentence for the user, with the field and the spreadsheet row of an import. It sits
// below app/viet so that the text, date and number parsers can return it; package app re-exports
// it (app.Error is apperr.Error), and the rest of the program uses that name.
package apperr
