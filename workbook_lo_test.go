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
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
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
	// -1: every sheet to its own file «so-<sheet>.csv»
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--headless", "--convert-to",
		"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	// the sheet's file, found by its content: the file name's accents depend on the locale
	var b []byte
	csvs, err := filepath.Glob(filepath.Join(dir, "so-*.csv"))
	for _, c := range csvs {
		if x, _ := os.ReadFile(c); strings.Contains(string(x), "TỔNG CỘNG") {
			b = x
		}
	}
	if b == nil {
		t.Fatalf("no sheet with the totals (%v); soffice said:\n%s", err, out)
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
