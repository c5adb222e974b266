package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
)

func TestWorkbook_UntouchedChangesNothing(t *testing.T) {
	e := newBookEnv(t)
	r := e.read(e.bytesOf(e.blank()), "So.xlsx")
	if r.Refused() {
		t.Fatal(r.Result())
	}
	if r.Plan.Stores() {
		t.Errorf("a workbook returned as it went out would change: %v", r.Plan.Changes)
	}
}

// TestWorkbook_LibreOfficeTotals opens a filled workbook with LibreOffice (as a unit without
// Excel would) and reads the totals its formulas compute.
func TestWorkbook_LibreOfficeTotals(t *testing.T) {
	soffice := mustSoffice(t)
	e := newBookEnv(t)
	f := e.blank()
	want := e.fill(f)
	var total app.Points
	for _, p := range want {
		total += p
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "so.xlsx")
	if err := os.WriteFile(in, e.bytesOf(f), 0o600); err != nil {
		t.Fatal(err)
	}
	// the sheet's file, found by its content: the file name's accents depend on the locale
	var b []byte
	for _, x := range libreOfficeCSV(t, soffice, in) {
		if strings.Contains(x, "TỔNG CỘNG") {
			b = []byte(x)
		}
	}
	if b == nil {
		t.Fatal("no sheet with the totals")
	}
	var line string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, "TỔNG CỘNG") {
			line = l
		}
	}
	cells := strings.Split(line, ",")
	if len(cells) < 4 {
		t.Fatalf("no total line in %s", b)
	}
	got, err := strconv.ParseFloat(cells[3], 64)
	if err != nil || int64(got*100+0.5) != int64(total) {
		t.Errorf("LibreOffice's self-score total = %q, want %s", cells[3], total)
	}
}

// mustSoffice is LibreOffice's command: the tests open the workbooks as a unit without Excel would.
func mustSoffice(t *testing.T) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("LibreOffice (soffice) is not installed: «make deps-test» installs libreoffice-calc-nogui")
	}
	return soffice
}

// libreOfficeCSV has LibreOffice open the workbook at path headless and write every sheet as CSV
// (UTF-8, formulas computed); it returns the sheets' texts in the order of their file names. A
// workbook LibreOffice cannot open fails the test.
func libreOfficeCSV(t *testing.T, soffice, path string) []string {
	t.Helper()
	dir := t.TempDir()
	// -1: every sheet to its own file «<name>-<sheet>.csv»
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--headless", "--convert-to",
		"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, path)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	csvs, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	if len(csvs) == 0 {
		t.Fatalf("LibreOffice wrote no sheet of %s; it said:\n%s", filepath.Base(path), out)
	}
	var texts []string
	for _, c := range csvs {
		b, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
