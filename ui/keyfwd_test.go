package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The screens build their focusable widgets with the forwarding types of keyfwd.go (and Entry),
// never Fyne's own, which would swallow F1 and Escape when focused.
func TestKeyForwarding_NoPlainFocusables(t *testing.T) {
	plain := regexp.MustCompile(`widget\.New(List|Select|Check|SelectEntry|Table|TableWithHeaders|Entry|MultiLineEntry|RadioGroup|CheckGroup|Button|ButtonWithIcon)\(`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "keyfwd.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if m := plain.FindString(line); m != "" {
				t.Errorf("%s:%d: %s… would swallow F1 and Escape when focused: use the ui type (keyfwd.go)", f, i+1, m)
			}
		}
	}
}
