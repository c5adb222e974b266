package ui

// newSelect is widget.NewSelect with a Vietnamese placeholder: Fyne's own, «(Select one)», is
// English and has no translation key in Fyne 2.7.
func newSelect(options []string, changed func(string)) *Select {
	s := NewSelect(options, changed)
	s.PlaceHolder = "(chọn)"
	return s
}
