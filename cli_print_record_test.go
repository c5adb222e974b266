package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"thidua/data"
)

// printCount is the sum of the print counts of the register.
func printCount(tb testing.TB, db string) int {
	tb.Helper()
	d, err := data.OpenExisting(context.Background(), db)
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	var n sql.NullInt64
	if err := d.SQL().QueryRow(`SELECT sum(print_count) FROM certificate`).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return int(n.Int64)
}

func TestCLI_CertificatePrintRecordedOnlyWhenWritten(t *testing.T) {
	db := mustDemo(t)
	bad := filepath.Join(filepath.Dir(db), "không có", "GK.pdf")
	code, _, errs := runCLI("print", "certificates", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-o", bad)
	if code != exitFailure {
		t.Fatalf("print into a missing folder: %d %q", code, errs)
	}
	if n := printCount(t, db); n != 0 {
		t.Fatalf("a failed print was recorded %d times", n)
	}
	good := filepath.Join(filepath.Dir(db), "GK.pdf")
	if code, _, errs := runCLI("print", "certificates", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-o", good); code != exitOK {
		t.Fatalf("print: %d %q", code, errs)
	}
	if n := printCount(t, db); n != 18 {
		t.Errorf("after one print the register counts %d prints, want 18", n)
	}
}
