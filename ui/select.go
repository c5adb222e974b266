package ui

// newSelect is NewSelect (kept for the screens that called it when only it was Vietnamese).
func newSelect(options []string, changed func(string)) *Select { return NewSelect(options, changed) }
