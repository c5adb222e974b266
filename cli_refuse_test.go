package main

import (
	"crypto/sha256"
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// folderState is every file of dir with the hash of its content.
func folderState(tb testing.TB, dir string) map[string][32]byte {
	tb.Helper()
	out := map[string][32]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		out[e.Name()] = sha256.Sum256(b)
	}
	return out
}

func names(m map[string][32]byte) string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return strings.Join(s, " ")
}

// damagedDB is a sample database with a page of garbage in the middle.
func damagedDB(tb testing.TB) string {
	path := mustDemo(tb)
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if len(b) < 64*1024 {
		tb.Fatalf("the sample database has only %d bytes", len(b))
	}
	for i := 40 * 1024; i < 44*1024; i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// newerDB is a sample database that a newer program has upgraded.
func newerDB(tb testing.TB) string {
	path := mustDemo(tb)
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`INSERT INTO schema_migration (version, name, applied_at) VALUES (999, '0999_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
		tb.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		tb.Fatal(err)
	}
	return path
}

// foreignDB is another program's SQLite file, in rollback-journal mode.
func foreignDB(tb testing.TB) string {
	path := filepath.Join(tb.TempDir(), "khac.db")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE ke_toan (id INTEGER PRIMARY KEY, so_tien INTEGER); INSERT INTO ke_toan VALUES (1, 500000)`); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestCLI_RefusesDamagedNewerForeignDatabases(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func(testing.TB) string
		want string
	}{
		{"Damaged", damagedDB, "bị hỏng"},
		{"Newer", newerDB, "mới hơn chương trình"},
		{"Foreign", foreignDB, "chương trình khác"},
		{"NotSQLite", func(tb testing.TB) string {
			p := filepath.Join(tb.TempDir(), "x.db")
			if err := os.WriteFile(p, []byte("%PDF-1.4 không phải dữ liệu"), 0o644); err != nil {
				tb.Fatal(err)
			}
			return p
		}, "không phải là tệp dữ liệu"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := tc.make(t)
			dir := filepath.Dir(db)
			list := filepath.Join(t.TempDir(), "dv.csv")
			if err := os.WriteFile(list, []byte("Tên đơn vị,Loại\nUBND xã Mới,Xã\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			before := folderState(t, dir)
			for _, args := range [][]string{
				{"import", "-db", db, "-kind", "units", list},
				{"export", "-db", db, "-kind", "units", "-o", filepath.Join(t.TempDir(), "out.csv")},
				{"print", "calibration", "-db", db, "-o", filepath.Join(t.TempDir(), "cc.pdf")},
				{"print", "decision", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-o", filepath.Join(t.TempDir(), "qd.pdf")},
				{"check", "-db", db},
				{"demo", "-db", db},
			} {
				code, out, errs := runCLI(args...)
				if code != exitFailure || !strings.Contains(out+errs, tc.want) || strings.Contains(out+errs, "nội bộ") {
					t.Errorf("%v: %d %q %q", args[0], code, out, errs)
				}
				after := folderState(t, dir)
				if names(after) != names(before) {
					t.Fatalf("%v changed the folder: %s → %s", args[0], names(before), names(after))
				}
				for n, h := range before {
					if after[n] != h {
						t.Fatalf("%v wrote to %s", args[0], n)
					}
				}
			}
		})
	}
}
