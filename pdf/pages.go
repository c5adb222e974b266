package pdf

import "regexp"

// pageObject matches a page object ("/Type /Page", not "/Type /Pages") in fpdf's uncompressed
// object dictionaries.
var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// PageCount is the number of pages of a PDF written by this package.
func PageCount(pdf []byte) int {
	return len(pageObject.FindAllIndex(pdf, -1))
}
