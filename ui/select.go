package ui

import "fyne.io/fyne/v2/widget"

// newSelect is widget.NewSelect with a Vietnamese placeholder: Fyne's own, «(Select one)», is
// English and has no translation key in Fyne 2.7.
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = "(chọn)"
	return s
}
