package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"thidua/app"
)

// backupDirName is the folder beside the database that holds its backups.
const backupDirName = "backups"

// checkOutput refuses an output file that would replace the database, its -wal, -shm or -journal
// files, or anything in its backups folder — under any name that reaches them (a symlink, a hard
// link, another spelling of the path) — and an existing file that is read-only or a folder.
func checkOutput(dbPath, out string) error {
	if err := guardPath(dbPath, out); err != nil {
		return err
	}
	if err := checkNotCompanion(out); err != nil {
		return err
	}
	st, err := os.Stat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return app.Errorf(app.EINVALID, "Không ghi được tệp %s: không đọc được thông tin của tệp đang có. Hãy chọn tên tệp khác.", out)
	case st.IsDir():
		return app.Errorf(app.EINVALID, "%s là một thư mục: hãy ghi rõ tên tệp.", out)
	case st.Mode().Perm()&0o200 == 0:
		return app.Errorf(app.EINVALID, "Tệp %s đã có và chỉ cho đọc: chương trình không ghi đè. Hãy chọn tên khác hoặc bỏ thuộc tính «chỉ đọc» của tệp.", out)
	}
	return checkNotSQLite(out)
}

// sqliteHeader is how every SQLite database file begins.
const sqliteHeader = "SQLite format 3\x00"

// checkNotCompanion refuses a name ending in -wal, -shm or -journal, existing or not: SQLite would
// take such a file beside a database of the same name for its own.
func checkNotCompanion(out string) error {
	for _, suf := range []string{"-wal", "-shm", "-journal"} {
		if strings.HasSuffix(strings.ToLower(out), suf) {
			return app.Errorf(app.EINVALID, "Không ghi đè %s: tên này là tệp đi kèm của một tệp dữ liệu. Hãy chọn tên tệp khác.", out)
		}
	}
	return nil
}

// checkNotSQLite refuses to replace an existing file that is an SQLite database (any database, a
// backup copied elsewhere, another office's data): the verb was given the wrong name.
func checkNotSQLite(out string) error {
	f, err := os.Open(out)
	if err != nil {
		return nil // cannot be read: the rename will tell
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if n, _ := io.ReadFull(f, head); n == len(head) && string(head) == sqliteHeader {
		return app.Errorf(app.EINVALID, "Không ghi đè %s: tệp này là một tệp dữ liệu (SQLite), có thể là dữ liệu hoặc bản sao lưu. Hãy chọn tên tệp khác.", out)
	}
	return nil
}

// guardPath refuses a path that is the database or a file beside it (checkNotDatabase) or lies in
// its backups folder; the window's file dialogs go through it too (ui.GuardFiles).
func guardPath(dbPath, out string) error {
	if err := checkNotDatabase(dbPath, out); err != nil {
		return err
	}
	if filepath.Dir(resolvePath(out)) == filepath.Join(filepath.Dir(resolvePath(dbPath)), backupDirName) {
		return app.Errorf(app.EINVALID, "Không ghi %s vào thư mục sao lưu: các tệp ở đó là bản sao lưu dữ liệu. Hãy chọn thư mục khác.", out)
	}
	return nil
}

// checkNotDatabase refuses an output that is the database, its -wal, -shm or -journal file, or its
// use lock, under any name.
func checkNotDatabase(dbPath, out string) error {
	outAbs, dbAbs := resolvePath(out), resolvePath(dbPath)
	for _, g := range []string{dbAbs, dbAbs + "-wal", dbAbs + "-shm", dbAbs + "-journal", dbAbs + ".lock"} {
		if samePath(outAbs, g) {
			return app.Errorf(app.EINVALID, "Không ghi %s: đó là tệp dữ liệu của chương trình (hoặc tệp đi kèm của nó). Hãy chọn tên tệp khác.", out)
		}
	}
	return nil
}

// resolvePath is the absolute path with its folder's symlinks resolved, and the file's own symlink
// followed when it is one.
func resolvePath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// samePath compares two resolved paths: equal names (case-insensitively, as Windows does), or
// two names of one file (a hard link).
func samePath(a, b string) bool {
	if a == b || strings.EqualFold(a, b) && os.PathSeparator == '\\' {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// writeOutput writes a file the user asked for through a temporary file created exclusively in the
// same folder (never following a symlink planted at its name), then renames it into place: the
// name asked for holds either the old file or the whole new one, never half of it.
func writeOutput(dbPath, out string, write func(io.Writer) error) error {
	if err := checkOutput(dbPath, out); err != nil {
		return err
	}
	dir := filepath.Dir(out)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return app.Errorf(app.EINVALID, "Không tạo được tệp trong thư mục %s: thư mục không có hoặc không cho ghi. Hãy chọn thư mục khác.", dir)
	}
	name := tmp.Name()
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, out)
	}
	if err != nil {
		os.Remove(name)
		var ae *app.Error
		if errors.As(err, &ae) {
			return err
		}
		return app.Errorf(app.EINTERNAL, "Không ghi được tệp %s (đĩa đầy hoặc không có quyền ghi). Tệp cũ, nếu có, vẫn giữ nguyên.", out)
	}
	return nil
}

// writeBytes is the write function of writeOutput for a document already laid out in memory.
func writeBytes(b []byte) func(io.Writer) error {
	return func(w io.Writer) error { _, err := w.Write(b); return err }
}
