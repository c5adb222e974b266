package ui

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"

	"thidua/app"
)

// A write that fails half-way leaves no file under the name chosen: the save dialog had emptied it
// already, and half a PDF would be taken for a good one.
func TestSaveTo_FailedWriteLeavesNoFile(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	path := filepath.Join(t.TempDir(), "BaoCao.pdf")
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	u.saveTo(wc, nil, func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
		w.Write([]byte("%PDF-1.4 nửa chừng"))
		return "", app.Errorf(app.EINTERNAL, "Không dàn trang được báo cáo.")
	}, nil)
	until(t, "the error", func() bool { return shownError(w) != "" })
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the half-written file is still there (%v)", err)
	}
}
