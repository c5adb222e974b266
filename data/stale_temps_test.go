package data

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"thidua/app"
)

// A backup or a restore killed midway leaves a temporary file; the next backup removes it once it
// is old enough not to belong to a backup still running.
func TestBackup_RemovesStaleTemporaryFiles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "thidua.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dir := BackupDir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, ".thidua-20260101-000000-tu-dong.db.0123456789abcdef.tmp")
	fresh := filepath.Join(dir, ".thidua-20260101-000001-tu-dong.db.fedcba9876543210.tmp")
	beside := filepath.Join(filepath.Dir(path), ".thidua.db.0123456789abcdef.tmp")
	for _, f := range []string{old, fresh, beside} {
		if err := os.WriteFile(f, []byte("nửa chừng"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-2 * time.Hour)
	for _, f := range []string{old, beside} {
		if err := os.Chtimes(f, long, long); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.Backup(ctx, app.BackupManual); err != nil {
		t.Fatal(err)
	}
	for f, want := range map[string]bool{old: false, beside: false, fresh: true} {
		if _, err := os.Stat(f); (err == nil) != want {
			t.Errorf("%s exists: %v, want %v", filepath.Base(f), err == nil, want)
		}
	}
}
