package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The layers of ARCHITECTURE.md, checked on the real import graph (go list -deps): what each
// package of the module may reach. A dependency is allowed when it is in the standard library or
// matches one of the package's allowed prefixes; its own path is always allowed.
var layers = []struct {
	pkg     string   // import path, or a prefix ending in "/" for a family
	allowed []string // import paths or prefixes ending in "/"
}{
	{"thidua/app/apperr", nil},
	{"thidua/app/viet", []string{"golang.org/x/text/", "thidua/app/apperr"}},
	{"thidua/app", []string{"golang.org/x/text/", "thidua/app/apperr", "thidua/app/viet"}},
	{"thidua/app/eligibility", []string{"golang.org/x/text/", "thidua/app", "thidua/app/apperr", "thidua/app/viet"}},
	{"thidua/app/docs", []string{"golang.org/x/text/", "thidua/app", "thidua/app/apperr", "thidua/app/viet", "thidua/app/initiatives"}},
	{"thidua/app/lists", []string{"golang.org/x/text/", "thidua/app", "thidua/app/apperr", "thidua/app/viet", "thidua/app/initiatives"}},
	{"thidua/app/initiatives", []string{"golang.org/x/text/", "thidua/app", "thidua/app/apperr", "thidua/app/viet"}},
	{"thidua/app/scoring", []string{"golang.org/x/text/", "thidua/app", "thidua/app/apperr", "thidua/app/viet"}},
	{"thidua/app/unitbook", []string{"golang.org/x/text/", "thidua/app", "thidua/app/apperr", "thidua/app/viet", "thidua/app/initiatives",
		"thidua/app/lists", "thidua/app/scoring"}},
	{"thidua/pdf", []string{"golang.org/x/", "codeberg.org/go-pdf/", "thidua/app", "thidua/app/", "thidua/assets", "thidua/manual"}},
	{"thidua/sheet", []string{"golang.org/x/", "github.com/xuri/", "github.com/richardlehane/", "github.com/tiendc/",
		"thidua/app", "thidua/app/"}},
	{"thidua/chart", []string{"golang.org/x/", "gonum.org/v1/plot", "gonum.org/v1/plot/", "codeberg.org/go-fonts/", "codeberg.org/go-latex/",
		"codeberg.org/go-pdf/", "git.sr.ht/~sbinet/", "github.com/ajstarks/", "github.com/golang/freetype", "github.com/golang/freetype/", "thidua/app", "thidua/app/"}},
	{"thidua/data", []string{"golang.org/x/", "github.com/mattn/go-sqlite3", "thidua/app", "thidua/app/"}},
	{"thidua/assets", nil},
	{"thidua/manual", []string{"golang.org/x/text/", "thidua/app/apperr", "thidua/app/viet"}},
}

// uiBanned: ui (and wininput, the Windows input repair under it) is Fyne widgets over the app
// ports; it never opens the GL driver (main does), storage, the PDF writer or the spreadsheet library.
var uiBanned = []string{"fyne.io/fyne/v2/app", "database/sql", "github.com/mattn/", "codeberg.org/go-pdf/",
	"github.com/xuri/", "gonum.org/", "thidua/data", "thidua/pdf", "thidua/sheet", "thidua/chart"}

func TestArchitecture_Layers(t *testing.T) {
	deps := moduleDeps(t)
	for _, l := range layers {
		ds, ok := deps[l.pkg]
		if !ok {
			t.Errorf("package %s is gone: update the layers here and in ARCHITECTURE.md", l.pkg)
			continue
		}
		for _, d := range ds {
			if d != l.pkg && !isStd(d) && !matchAny(d, l.allowed) {
				t.Errorf("%s imports %s, which its layer does not allow (ARCHITECTURE.md)", l.pkg, d)
			}
		}
	}
	uiSeen := false
	for pkg, ds := range deps {
		if pkg != "thidua/ui" && !strings.HasPrefix(pkg, "thidua/ui/") && pkg != "thidua/wininput" {
			continue
		}
		uiSeen = true
		for _, d := range ds {
			if matchAny(d, uiBanned) {
				t.Errorf("%s imports %s: ui reaches storage, PDF and Excel only through app ports", pkg, d)
			}
		}
	}
	if !uiSeen {
		t.Error("package ui not found")
	}
	// Every package of the module has a place in the table (or is ui or main).
	for pkg := range deps {
		if pkg == "thidua" || pkg == "thidua/ui" || strings.HasPrefix(pkg, "thidua/ui/") || pkg == "thidua/wininput" ||
			strings.HasPrefix(pkg, "thidua/tools/") {
			continue
		}
		found := false
		for _, l := range layers {
			found = found || l.pkg == pkg
		}
		if !found {
			t.Errorf("package %s has no layer: add it here and to ARCHITECTURE.md", pkg)
		}
	}
}

// TestArchitecture_FileSize keeps every non-test Go file under 500 lines: a longer file is a
// package, or a split, asking to exist.
func TestArchitecture_FileSize(t *testing.T) {
	files, err := exec.Command("git", "ls-files", "*.go").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	n := 0
	for _, f := range strings.Fields(string(files)) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(filepath.FromSlash(f))
		if err != nil {
			continue // deleted in the work tree
		}
		n++
		if lines := bytes.Count(b, []byte{'\n'}); lines > 500 {
			t.Errorf("%s has %d lines (at most 500)", f, lines)
		}
	}
	if n < 50 {
		t.Fatalf("only %d Go files seen: is this the repository root?", n)
	}
}

// moduleDeps maps every package of the module to its transitive dependencies.
func moduleDeps(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-tags", "migrated_fynedo", "-f", "{{.ImportPath}} {{join .Deps \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) > 0 {
			deps[f[0]] = f[1:]
		}
	}
	if len(deps) < 10 {
		t.Fatalf("go list listed %d packages", len(deps))
	}
	return deps
}

// isStd reports whether an import path belongs to the standard library (no dot in its first
// element), vendored golang.org/x packages of the standard library included.
func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".") && first != "thidua"
}

func matchAny(p string, prefixes []string) bool {
	for _, x := range prefixes {
		if p == x || (strings.HasSuffix(x, "/") && strings.HasPrefix(p, x)) {
			return true
		}
	}
	return false
}
