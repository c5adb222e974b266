// Package pdf lays out the documents that app decides the content of (payout lists, and later
// decisions and certificates) as PDF with fpdf, into an io.Writer. Geometry lives in
// geometry.go; the text comes normalised from app and is checked again here, because one
// character the font cannot print makes fpdf fail the whole document.
package pdf

import (
	"errors"

	"codeberg.org/go-pdf/fpdf"

	"thidua/app/viet"
	"thidua/assets"
)

// family is the name the four Liberation Serif faces are registered under.
const family = "LiberationSerif"

// Font styles as fpdf spells them.
const (
	regular    = ""
	bold       = "B"
	italic     = "I"
	boldItalic = "BI"
)

// newDocument starts an A4 portrait document in millimetres with Liberation Serif (Times New
// Roman metrics, full Vietnamese; NĐ 30/2020 asks for Times New Roman) in its four styles, the
// NĐ 30 margins, and no automatic page break: the layouts measure every block and break pages
// themselves, so that a table row is never cut in two.
//
// Each document is its own fpdf instance and parses the fonts itself. The font bytes of assets
// are shared by every document, also when several are built at once: fpdf v0.12.0 only reads
// them and copies each table before it writes into it (the old gofpdf appended into the shared
// slice — go-pdf/fpdf issue 37), so they are handed over without a copy.
func newDocument() (*fpdf.Fpdf, error) {
	return newSizedDocument(pageW, pageH)
}

// newSizedDocument is newDocument on a w × h mm page. A landscape sheet is given as a
// "portrait" page wider than tall (297 × 210): fpdf's templates take the document's
// orientation and would clip to 210 mm in an "L" document.
func newSizedDocument(w, h float64) (*fpdf.Fpdf, error) {
	if err := checkFonts(); err != nil {
		return nil, err
	}
	f := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: w, Ht: h},
	})
	f.SetMargins(marginLeft, marginTop, marginRight)
	f.SetAutoPageBreak(false, marginBottom)
	// No inner cell margin: a cell's text is placed where the layout says (tables add their
	// padding themselves), and SplitText measures the same width the text is drawn in.
	f.SetCellMargin(0)
	f.SetLineCapStyle("square")
	faces := []struct {
		style string
		ttf   []byte
	}{
		{regular, assets.SerifRegular},
		{bold, assets.SerifBold},
		{italic, assets.SerifItalic},
		{boldItalic, assets.SerifBoldItalic},
	}
	for _, face := range faces {
		f.AddUTF8FontFromBytes(family, face.style, face.ttf)
		// fpdf only prints a font it cannot parse; selecting it turns that into an error, which
		// must be caught before any measuring (SplitText indexes the font's width table).
		f.SetFont(family, face.style, sizeTable)
		if err := f.Error(); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// errNoFont is returned if a font vanished from assets (an embedding mistake).
var errNoFont = errors.New("pdf: không nạp được phông chữ Liberation Serif")

// checkFonts reports a missing embedded font before fpdf is asked to parse an empty slice
// (which would index past its end).
func checkFonts() error {
	for _, b := range [][]byte{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SerifBoldItalic} {
		if len(b) == 0 {
			return errNoFont
		}
	}
	return nil
}

// clean prepares a line of text for printing: NFC (decomposed Vietnamese prints its marks
// beside the letters) and nothing above U+FFFF or invisible, which the 16-bit glyph map of
// fpdf's UTF-8 fonts cannot hold (app.Normalize documents the rules).
func clean(s string) string { return viet.Normalize(s) }

// errNoDisplayFont is returned if the title font vanished from assets.
var errNoDisplayFont = errors.New("pdf: không nạp được phông chữ Noto Serif Display")

// displayFamily is Noto Serif Display Bold, the face of a certificate's large title.
const displayFamily = "NotoSerifDisplay"

// addDisplayFont registers Noto Serif Display Bold (style bold) in f, for certificates only:
// other documents do not carry its 569 KB.
func addDisplayFont(f *fpdf.Fpdf) error {
	if len(assets.DisplayBold) == 0 {
		return errNoDisplayFont
	}
	f.AddUTF8FontFromBytes(displayFamily, bold, assets.DisplayBold)
	f.SetFont(displayFamily, bold, sizeTable)
	return f.Error()
}
