package earlyenv

import (
	"os"
	"testing"
)

func TestQuiet(t *testing.T) {
	cases := []struct{ lcAll, lang, wantAll, wantLang string }{
		{"", "C.UTF-8", "", "vi_VN.UTF-8"},
		{"", "C.utf8", "", "vi_VN.UTF-8"},
		{"", "C", "", "vi_VN.UTF-8"},
		{"", "POSIX", "", "vi_VN.UTF-8"},
		{"", "en_US.UTF-8", "", "en_US.UTF-8"},
		{"C.UTF-8", "en_US.UTF-8", "vi_VN.UTF-8", "en_US.UTF-8"},
		{"de_DE.UTF-8", "C", "de_DE.UTF-8", "C"},
	}
	for _, c := range cases {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		Quiet()
		if os.Getenv("LC_ALL") != c.wantAll || os.Getenv("LANG") != c.wantLang {
			t.Errorf("LC_ALL=%q LANG=%q: got %q %q", c.lcAll, c.lang, os.Getenv("LC_ALL"), os.Getenv("LANG"))
		}
	}
}
