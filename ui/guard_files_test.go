package ui

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// A save dialog that reaches the database (the clerk typed its name) gets an error instead of a
// truncated database; other files are written as before.
func TestGuardFiles_RefusesProtectedFiles(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	if err := os.WriteFile(db, []byte("dữ liệu"), 0o644); err != nil {
		t.Fatal(err)
	}
	refused := errors.New("Không ghi đè tệp dữ liệu.")
	if err := GuardFiles(func(p string) error {
		if p == db {
			return refused
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Writer(storage.NewFileURI(db)); !errors.Is(err, refused) {
		t.Errorf("writer on the database: %v", err)
	}
	if ok, _ := storage.CanWrite(storage.NewFileURI(db)); ok {
		t.Error("the database is offered as writable")
	}
	if b, _ := os.ReadFile(db); string(b) != "dữ liệu" {
		t.Errorf("the database was truncated: %q", b)
	}
	other := storage.NewFileURI(filepath.Join(dir, "QD.pdf"))
	w, err := storage.Writer(other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("%PDF")); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if items, err := storage.List(storage.NewFileURI(dir)); err != nil || len(items) != 2 {
		t.Errorf("listing through the guard: %v %v", items, err)
	}
}
