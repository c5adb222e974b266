package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mustDemo creates a sample database in a temporary folder and returns its path.
func mustDemo(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "victim.db")
	if code, _, errs := runCLI("demo", "-db", path); code != exitOK {
		tb.Fatalf("demo: %s", errs)
	}
	return path
}

// mustCheckOK fails unless `thidua check` finds the database whole.
func mustCheckOK(tb testing.TB, path string) {
	tb.Helper()
	if code, out, errs := runCLI("check", "-db", path); code != exitOK {
		tb.Fatalf("the database was damaged: %d %q %q", code, out, errs)
	}
}

func TestCLI_OutputNeverReplacesTheDatabase(t *testing.T) {
	db := mustDemo(t)
	dir := filepath.Dir(db)
	if err := os.MkdirAll(filepath.Join(dir, "backups"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.pdf")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.pdf")
	if err := os.Link(db, hard); err != nil {
		t.Fatal(err)
	}
	outs := map[string]string{
		"the database":       db,
		"another spelling":   filepath.Join(dir, ".", "victim.db"),
		"its -wal":           db + "-wal",
		"its -shm":           db + "-shm",
		"a symlink to it":    link,
		"a hard link to it":  hard,
		"the backups folder": filepath.Join(dir, "backups", "x.pdf"),
	}
	for name, out := range outs {
		for _, args := range [][]string{
			{"print", "calibration", "-db", db, "-o", out},
			{"print", "decision", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-o", out},
			{"print", "certificates", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-o", out},
			{"export", "-db", db, "-kind", "units", "-o", strings.TrimSuffix(out, ".pdf") + ".csv"},
		} {
			if filepath.Ext(args[len(args)-1]) == ".csv" && name != "the backups folder" {
				continue // a .csv name is another file; the database names are tried with print
			}
			t.Run(name+" "+args[0]+" "+args[1], func(t *testing.T) {
				code, _, errs := runCLI(args...)
				if code != exitFailure || !strings.Contains(errs, "Không ghi") {
					t.Errorf("%v: %d %q", args, code, errs)
				}
				mustCheckOK(t, db)
			})
		}
	}
}

func TestCLI_OutputRefusesReadOnlyFile(t *testing.T) {
	db := mustDemo(t)
	out := filepath.Join(filepath.Dir(db), "old.pdf")
	if err := os.WriteFile(out, []byte("giữ nguyên"), 0o444); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI("print", "calibration", "-db", db, "-o", out)
	if code != exitFailure || !strings.Contains(errs, "chỉ cho đọc") {
		t.Errorf("read-only output: %d %q", code, errs)
	}
	if b, _ := os.ReadFile(out); string(b) != "giữ nguyên" {
		t.Errorf("the read-only file was replaced (%d bytes)", len(b))
	}
}

func TestCLI_OutputDoesNotFollowSymlinkAtTemporaryName(t *testing.T) {
	db := mustDemo(t)
	dir := filepath.Dir(db)
	victim := filepath.Join(dir, "victim.txt")
	if err := os.WriteFile(victim, []byte("của người khác"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "CC.pdf")
	for _, tmp := range []string{out + ".tmp", filepath.Join(dir, "units.csv.tmp")} {
		if err := os.Symlink(victim, tmp); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errs := runCLI("print", "calibration", "-db", db, "-o", out); code != exitOK {
		t.Fatalf("print: %d %q", code, errs)
	}
	if code, _, errs := runCLI("export", "-db", db, "-kind", "units", "-o", filepath.Join(dir, "units.csv")); code != exitOK {
		t.Fatalf("export: %d %q", code, errs)
	}
	if b, _ := os.ReadFile(victim); string(b) != "của người khác" {
		t.Errorf("the file behind the symlink was overwritten (%d bytes)", len(b))
	}
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Errorf("no PDF at %s", out)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// No verb overwrites an existing SQLite file (another database, a backup copied elsewhere) or a
// -wal/-shm/-journal file, even when it is not the -db given: «print manual -o x.db» included.
func TestCLI_OutputRefusesAnySQLiteFile(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "khac.db")
	if err := os.WriteFile(other, append([]byte("SQLite format 3\x00"), make([]byte, 4080)...), 0o644); err != nil {
		t.Fatal(err)
	}
	wal := filepath.Join(dir, "x.db-wal")
	if err := os.WriteFile(wal, []byte("wal"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{other, wal, filepath.Join(dir, "moi.db-journal")} {
		before, _ := os.ReadFile(out)
		code, _, errs := runCLI("print", "manual", "-o", out)
		if code != exitFailure || !strings.Contains(errs, "Không ghi đè") {
			t.Errorf("print manual -o %s: %d %q", out, code, errs)
		}
		if after, _ := os.ReadFile(out); string(after) != string(before) {
			t.Errorf("%s was changed or made", out)
		}
	}
	// A PDF of the same name as before is replaced as usual.
	pdfOut := filepath.Join(dir, "HuongDan.pdf")
	if err := os.WriteFile(pdfOut, []byte("%PDF-old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI("print", "manual", "-o", pdfOut); code != exitOK {
		t.Fatalf("print manual over an old PDF: %d %q", code, errs)
	}
}
