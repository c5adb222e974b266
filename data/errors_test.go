package data_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"thidua/app"
	"thidua/data"
)

// A printer offset that cannot be read is an error, not a silent offset of zero.
func TestBlankLayout_CorruptOffsetIsAnError(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	l, err := d.BlankLayout(ctx, "a4_landscape")
	if err != nil {
		t.Fatal(err)
	}
	if l.OffsetX != 0 || l.OffsetY != 0 {
		t.Fatalf("never calibrated: offset %v, %v, want 0, 0", l.OffsetX, l.OffsetY)
	}
	l.OffsetX = 2.5
	if err := d.SaveBlankLayout(ctx, l); err != nil {
		t.Fatal(err)
	}
	if _, err := d.SQL().ExecContext(ctx, `UPDATE printer_offset SET dx_mm = 'hai' WHERE paper_kind = 'a4_landscape'`); err != nil {
		t.Fatal(err)
	}
	_, err = d.BlankLayout(ctx, "a4_landscape")
	if app.ErrorCode(err) != app.EINTERNAL {
		t.Fatalf("corrupt offset: err = %v, want EINTERNAL", err)
	}
}

// A folder that cannot be made is reported in Vietnamese, the cause kept in the chain but not in
// the message.
func TestOpen_FolderFailure(t *testing.T) {
	file := filepath.Join(t.TempDir(), "tep")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(file, "con")
	_, err := data.Open(context.Background(), filepath.Join(dir, "thidua.db"))
	if app.ErrorCode(err) != app.EINTERNAL {
		t.Fatalf("err = %v, want EINTERNAL", err)
	}
	if got, want := app.ErrorMessage(err), "Không tạo được thư mục dữ liệu "+dir+"."; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		t.Errorf("the cause is not in the chain: %v", err)
	}
}

// A SQLite file this program never migrated is at version 0 (the table is looked up, no error text
// is matched).
func TestSchemaVersion_NeverMigrated(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := data.OpenExisting(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	v, err := d.SchemaVersion(ctx)
	if err != nil || v != 0 {
		t.Fatalf("SchemaVersion = %d, %v; want 0, nil", v, err)
	}
	latest, err := data.LatestVersion()
	if err != nil || latest < 2 {
		t.Fatalf("LatestVersion = %d, %v", latest, err)
	}
}
