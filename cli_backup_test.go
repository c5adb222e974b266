package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
	"thidua/data"
)

func countUnits(tb testing.TB, db string) int {
	tb.Helper()
	d, err := data.OpenExisting(context.Background(), db)
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	var n int
	if err := d.SQL().QueryRow(`SELECT count(*) FROM unit`).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

func importUnit(tb testing.TB, db, name string) {
	tb.Helper()
	list := filepath.Join(tb.TempDir(), "dv.csv")
	if err := os.WriteFile(list, []byte("Tên đơn vị,Loại\n"+name+",Xã\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	if code, out, errs := runCLI("import", "-db", db, "-kind", "units", list); code != exitOK {
		tb.Fatalf("import: %d %q %q", code, out, errs)
	}
}

func TestCLI_BackupRestoreRoundTrip(t *testing.T) {
	db := mustDemo(t)
	dir := filepath.Dir(db)
	units := countUnits(t, db)
	b1 := filepath.Join(t.TempDir(), "truoc.db")
	if code, out, errs := runCLI("backup", "-db", db, "-o", b1); code != exitOK || !strings.Contains(out, "kiểm tra toàn vẹn") {
		t.Fatalf("backup: %d %q %q", code, out, errs)
	}
	mustCheckOK(t, b1)
	importUnit(t, db, "UBND xã Thêm Sau")
	if n := countUnits(t, db); n != units+1 {
		t.Fatalf("units after import %d, want %d", n, units+1)
	}
	bs, _ := data.ListBackups(db)
	if len(bs) == 0 || bs[0].Reason != app.BackupBeforeImport {
		t.Errorf("no backup before the import: %+v", bs)
	}
	code, out, errs := runCLI("restore", "-db", db, b1)
	if code != exitOK || !strings.Contains(out, "Đã phục hồi") {
		t.Fatalf("restore: %d %q %q", code, out, errs)
	}
	if n := countUnits(t, db); n != units {
		t.Errorf("units after restore %d, want %d", n, units)
	}
	mustCheckOK(t, db)
	bs, _ = data.ListBackups(db)
	if len(bs) == 0 || bs[0].Reason != app.BackupBeforeRestore {
		t.Fatalf("the database before the restore was not kept: %+v", bs)
	}
	if n := countUnits(t, bs[0].Path); n != units+1 {
		t.Errorf("the kept copy has %d units, want %d", n, units+1)
	}
	d, err := data.OpenExisting(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	var restores int
	if err := d.SQL().QueryRow(`SELECT count(*) FROM audit_log WHERE action = 'restore'`).Scan(&restores); err != nil || restores != 1 {
		t.Errorf("audit log restores: %d %v", restores, err)
	}
	d.Close()
	if _, err := os.Stat(filepath.Join(dir, "backups")); err != nil {
		t.Errorf("no backups folder beside the database: %v", err)
	}
}

func TestCLI_BackupRefusals(t *testing.T) {
	db := mustDemo(t)
	other := filepath.Join(t.TempDir(), "co-roi.db")
	if err := os.WriteFile(other, []byte("đã có"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"backup", "-db", db, "-o", db}, "Không ghi"},
		{[]string{"backup", "-db", db, "-o", db + "-wal"}, "Không ghi"},
		{[]string{"backup", "-db", db, "-o", other}, "đã có"},
		{[]string{"backup", "-db", filepath.Join(t.TempDir(), "khong-co.db")}, "Không tìm thấy"},
	} {
		if code, _, errs := runCLI(tc.args...); code != exitFailure || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: %d %q", tc.args, code, errs)
		}
	}
	if b, _ := os.ReadFile(other); string(b) != "đã có" {
		t.Error("an existing file was replaced by a backup")
	}
	mustCheckOK(t, db)
}

func TestCLI_RestoreRefusals(t *testing.T) {
	db := mustDemo(t)
	units := countUnits(t, db)
	for _, tc := range []struct {
		name  string
		input func(testing.TB) string
		want  string
	}{
		{"Damaged", damagedDB, "bị hỏng"},
		{"Newer", newerDB, "mới hơn"},
		{"Foreign", foreignDB, "chương trình khác"},
		{"Missing", func(tb testing.TB) string { return filepath.Join(tb.TempDir(), "khong-co.db") }, "Không có bản sao lưu"},
		{"Itself", func(testing.TB) string { return db }, "chính là tệp dữ liệu"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := folderState(t, filepath.Dir(db))
			code, _, errs := runCLI("restore", "-db", db, tc.input(t))
			if code != exitFailure || !strings.Contains(errs, tc.want) {
				t.Errorf("restore: %d %q", code, errs)
			}
			after := folderState(t, filepath.Dir(db))
			if after["victim.db"] != before["victim.db"] {
				t.Error("the database was changed by a refused restore")
			}
		})
	}
	if n := countUnits(t, db); n != units {
		t.Errorf("units %d, want %d", n, units)
	}
	t.Run("ErrInUse", func(t *testing.T) {
		b := filepath.Join(t.TempDir(), "b.db")
		if code, _, errs := runCLI("backup", "-db", db, "-o", b); code != exitOK {
			t.Fatal(errs)
		}
		l, err := data.LockUse(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		if code, _, errs := runCLI("restore", "-db", db, b); code != exitFailure || !strings.Contains(errs, "đang mở") {
			t.Errorf("restore while a window has the database: %d %q", code, errs)
		}
	})
}
