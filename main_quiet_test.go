package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"thidua/ui"
)

// TestMain lets a test run the real main() in a child process (THIDUA_TEST_MAIN), to see exactly
// what the command line writes to stderr.
func TestMain(m *testing.M) {
	switch os.Getenv("THIDUA_TEST_MAIN") {
	case "version":
		os.Args = []string{"thidua", "version"}
		main()
	case "language": // what the window does first: Fyne reads the locale here
		if err := ui.SetupLanguage(); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestNoFyneNoiseUnderCLocale(t *testing.T) {
	for _, what := range []string{"version", "language"} {
		for _, lang := range []string{"C.UTF-8", "C", "POSIX"} {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "THIDUA_TEST_MAIN="+what, "LANG="+lang, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s LANG=%s: %v %s", what, lang, err, stderr.String())
			}
			if stderr.Len() != 0 {
				t.Errorf("%s LANG=%s wrote to stderr: %q", what, lang, stderr.String())
			}
			if what == "version" && !strings.Contains(stdout.String(), "phiên bản") {
				t.Errorf("version printed %q", stdout.String())
			}
		}
	}
}

// TestImportDirectionWindows: the Windows-only files keep the rules too (ui never imports
// fyne/v2/app, data or SQL; wininput neither).
func TestImportDirectionWindows(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not in PATH")
	}
	banned := []string{"fyne.io/fyne/v2/app", "thidua/data", "database/sql", "github.com/mattn/", "codeberg.org/go-pdf", "github.com/xuri/excelize"}
	for _, pkg := range []string{"./ui", "./wininput"} {
		cmd := exec.Command("go", "list", "-tags", "migrated_fynedo", "-deps", pkg)
		cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		deps := strings.Fields(string(out))
		if pkg == "./ui" && !strings.Contains(string(out), "github.com/sqweek/dialog") {
			t.Errorf("ui on Windows does not use the native file dialogs")
		}
		for _, dep := range deps {
			for _, b := range banned {
				if strings.HasPrefix(dep, b) {
					t.Errorf("%s (windows) imports %s", pkg, dep)
				}
			}
		}
	}
}
