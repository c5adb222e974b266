package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"
)

// vietnamese is every letter with a Vietnamese mark, upper and lower case.
const vietnamese = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ" +
	"àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

func missingGlyphs(t *testing.T, r fyne.Resource) string {
	t.Helper()
	return missingIn(t, r, vietnamese)
}

func TestTheme_EveryStyleHasVietnamese(t *testing.T) {
	// The bundled monospace font lacks letters: this is why the theme exists.
	if m := missingGlyphs(t, theme.DefaultTheme().Font(fyne.TextStyle{Monospace: true})); m == "" {
		t.Log("Fyne's own monospace font now covers Vietnamese; the theme may no longer be needed")
	}
	for _, s := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}, {Monospace: true}} {
		if m := missingGlyphs(t, Theme().Font(s)); m != "" {
			t.Errorf("style %+v lacks %q", s, m)
		}
	}
}

func TestSetupLanguage(t *testing.T) {
	if err := SetupLanguage(); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{"Cancel": "Hủy", "Save": "Lưu", "Open": "Mở", "Yes": "Có", "No": "Không"} {
		if got := lang.L(key); got != want {
			t.Errorf("lang.L(%q) = %q, want %q", key, got, want)
		}
	}
}

// Every mark the tables show must have a glyph in the fonts Fyne bundles (regular or emoji):
// Windows gives Fyne no system fallback.
func TestMarks_HaveGlyphs(t *testing.T) {
	fonts := []fyne.Resource{Theme().Font(fyne.TextStyle{}), theme.DefaultEmojiFont()}
	for _, mark := range []string{markOK, markWarn, markBlock, "«", "»", "—", "…", "–"} {
		found := false
		for _, r := range fonts {
			if missingIn(t, r, mark) == "" {
				found = true
			}
		}
		if !found {
			t.Errorf("no bundled font has %q", mark)
		}
	}
}

func missingIn(t *testing.T, r fyne.Resource, s string) string {
	t.Helper()
	f, err := sfnt.Parse(r.Content())
	if err != nil {
		t.Fatalf("%s: %v", r.Name(), err)
	}
	var buf sfnt.Buffer
	missing := ""
	for _, c := range s {
		if i, err := f.GlyphIndex(&buf, c); err != nil || i == 0 {
			missing += string(c)
		}
	}
	return missing
}

// The focused button or field is visible: its focus colour is at least 40 % opaque in both variants.
func TestTheme_FocusVisible(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		_, _, _, a := Theme().Color(theme.ColorNameFocus, v).RGBA()
		if a < 0x6600 {
			t.Errorf("variant %d: focus colour alpha %#x, too faint to see", v, a>>8)
		}
	}
}
