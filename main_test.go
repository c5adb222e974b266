package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCLI_DemoThenCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mới", "thidua.db") // a missing folder with a Vietnamese name
	code, out, errs := runCLI("demo", "-db", path)
	if code != exitOK || !strings.Contains(out, "Đã tạo dữ liệu mẫu") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	code, out, errs = runCLI("check", "-db", path)
	if code != exitOK || !strings.Contains(out, "Phiên bản dữ liệu: 2") || !strings.Contains(out, "tốt") {
		t.Fatalf("check: %d %q %q", code, out, errs)
	}
	code, _, errs = runCLI("demo", "-db", path)
	if code != exitFailure || !strings.Contains(errs, "đã có dữ liệu") {
		t.Errorf("demo twice: %d %q", code, errs)
	}
}

func TestCLI_CheckRefusesMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	code, _, errs := runCLI("check", "-db", path)
	if code != exitFailure || !strings.Contains(errs, "Không tìm thấy tệp dữ liệu") {
		t.Errorf("check missing: %d %q", code, errs)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("check created the file it was asked to check")
	}
}

func TestCLI_CheckReportsDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	if code, _, errs := runCLI("demo", "-db", path); code != exitOK {
		t.Fatal(errs)
	}
	// Damage the file in place: overwrite a page in the middle.
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 64*1024 {
		t.Skip("database file unexpectedly small")
	}
	for i := 40 * 1024; i < 44*1024; i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI("check", "-db", path)
	if code != exitFailure {
		t.Errorf("check of a damaged file: %d %q %q", code, out, errs)
	}
}

func TestCLI_Usage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"demo"}, exitUsage, "Thiếu tệp dữ liệu"},
		{[]string{"check", "-db"}, exitUsage, ""},
		{[]string{"check", "-db", "a.db", "thừa"}, exitUsage, "Thừa tham số"},
		{[]string{"lung-tung"}, exitUsage, "Không hiểu lệnh"},
		{[]string{"-x"}, exitUsage, ""},
	} {
		code, _, errs := runCLI(tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("%q: %d %q, want %d %q", tc.args, code, errs, tc.code, tc.msg)
		}
	}
	if code, out, _ := runCLI("version"); code != exitOK || !strings.Contains(out, "Thi đua CCHC phiên bản") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := runCLI("help"); code != exitOK || !strings.Contains(out, "thidua demo -db TỆP") {
		t.Errorf("help: %d %q", code, out)
	}
}

// TestImportDirection checks the table of style.md with go list -deps.
func TestImportDirection(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not in PATH")
	}
	rules := map[string][]string{
		"./app":    {"fyne.io/", "database/sql", "github.com/mattn/", "codeberg.org/go-pdf", "thidua/data", "thidua/ui", "thidua/app/pdf"},
		"./data":   {"fyne.io/", "thidua/ui", "thidua/app/pdf", "codeberg.org/go-pdf"},
		"./ui":     {"fyne.io/fyne/v2/app", "thidua/data", "database/sql", "github.com/mattn/", "codeberg.org/go-pdf"},
		"./assets": {"fyne.io/", "thidua/"},
	}
	if _, err := os.Stat("app/pdf"); err == nil {
		rules["./app/pdf"] = []string{"fyne.io/", "database/sql", "thidua/data", "thidua/ui"}
	}
	for pkg, banned := range rules {
		out, err := exec.Command("go", "list", "-tags", "migrated_fynedo", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 2 {
			t.Fatalf("go list %s listed %d packages", pkg, len(deps))
		}
		self := "thidua" + strings.TrimPrefix(pkg, ".")
		for _, dep := range deps {
			if dep == self {
				continue
			}
			for _, b := range banned {
				if dep == b || (strings.HasSuffix(b, "/") && strings.HasPrefix(dep, b)) {
					t.Errorf("%s imports %s", pkg, dep)
				}
			}
		}
	}
}
