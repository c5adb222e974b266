package assets

import (
	"strings"
	"testing"
)

// Every font shown in «Giới thiệu» carries the licence text of its own family.
func TestFonts_LicenceOfTheirOwn(t *testing.T) {
	for _, f := range Fonts {
		family := strings.Fields(f.Name)[0] // «Liberation», «Noto»
		if len(f.Text) < 1000 || !strings.Contains(string(f.Text), family) || !strings.Contains(string(f.Text), "OPEN FONT LICENSE") && !strings.Contains(string(f.Text), "Open Font License") {
			t.Errorf("%s: the licence text (%d bytes) is not its family's OFL", f.Name, len(f.Text))
		}
	}
	for _, f := range Fonts {
		if f.Name == "Noto Sans" && !strings.Contains(string(f.Text), "Noto Sans (bundled with the Fyne toolkit") {
			t.Errorf("Noto Sans shows another font's licence")
		}
	}
}
