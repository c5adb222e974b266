package lists

import (
	"unicode/utf8"

	"thidua/app"
)

// unprintableCells refuses, with row and column, every cell of the used columns that holds a
// character above U+FFFF (emoji, rare CJK): viet.Normalize drops them, because the PDF fonts cannot
// print them, and an import must not change a name silently.
func unprintableCells(t app.Table, idx []int, cols []ImportColumn) []*app.Error {
	var errs []*app.Error
	for i, row := range t.Rows {
		for c, j := range idx {
			if j < 0 || j >= len(row) {
				continue
			}
			if r, ok := firstAboveBMP(row[j]); ok {
				e := app.FieldError(cols[c].Name, "%s: có ký tự %q (U+%04X) mà chương trình không in được trên văn bản. Hãy xóa hoặc thay ký tự này rồi nhập lại.",
					app.FieldPrefix(cols[c].Name), string(r), r)
				e.Row = t.FileRow(i)
				errs = append(errs, e)
			}
		}
	}
	return errs
}

// firstAboveBMP is the first rune of s above U+FFFF.
func firstAboveBMP(s string) (rune, bool) {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r > 0xFFFF {
			return r, true
		}
		i += w
	}
	return 0, false
}
