package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// While another program holds the write lock, commands that only read work at once (they used to
// wait 5 s for the migration's write lock and fail with an internal error «upgrade»), and a command
// that writes says in Vietnamese that the data is busy.
func TestCLI_BusyDatabase(t *testing.T) {
	db := mustDemo(t)
	other, err := sql.Open("sqlite3", "file:"+db+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`UPDATE setting SET value = value`); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, args := range [][]string{
		{"check", "-db", db},
		{"export", "-db", db, "-kind", "people", "-o", filepath.Join(dir, "cb.xlsx")},
		{"print", "calibration", "-db", db, "-o", filepath.Join(dir, "cc.pdf")},
		{"print", "decision", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-o", filepath.Join(dir, "qd.pdf")},
	} {
		start := time.Now()
		if code, out, errs := runCLI(args...); code != exitOK {
			t.Errorf("%v while another program writes: %d %q %q", args[:2], code, out, errs)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%v waited %v", args[:2], d)
		}
	}
	list := filepath.Join(dir, "dv.csv")
	if err := os.WriteFile(list, []byte("Tên đơn vị,Loại\nUBND xã Mới,Xã\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI("import", "-db", db, "-kind", "units", list)
	if code != exitFailure || !strings.Contains(errs, "Dữ liệu đang bận") || strings.Contains(errs, "nâng cấp") {
		t.Errorf("import while another program writes: %d %q", code, errs)
	}
}
