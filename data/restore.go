package data

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"thidua/app"
)

// Restore replaces the database at dbPath with the content of input, in this order, so that a
// power cut at any moment leaves either the old database or the new one, whole:
//  1. input is checked (SQLite, ours, not newer, integrity_check) — a bad file changes nothing;
//  2. the current database is backed up into backups/ (a damaged one is copied byte for byte);
//  3. input is copied with VACUUM INTO to a temporary file beside the database and checked again;
//  4. the old database's -wal and -shm (none after a clean close) are removed and the temporary
//     file is renamed over the database;
//  5. the restore is written to the audit log of the restored database.
//
// Nothing may have the database open meanwhile: the caller holds the use lock and has closed it.
// kept is the backup of the database as it was.
func Restore(ctx context.Context, dbPath, input string) (kept app.BackupInfo, err error) {
	if samePath(dbPath, input) {
		return kept, app.Errorf(app.EINVALID, "Tệp phục hồi %s chính là tệp dữ liệu đang dùng. Hãy chọn một bản sao lưu.", input)
	}
	if err := VerifyBackup(ctx, input); err != nil {
		return kept, app.Errorf(app.EINVALID, "Không phục hồi từ %s: %s Dữ liệu hiện tại được giữ nguyên.", input, app.ErrorMessage(err))
	}
	if kept, err = keepCurrent(ctx, dbPath); err != nil {
		return kept, err
	}
	tmp, err := tempName(dbPath)
	if err != nil {
		return kept, err
	}
	defer os.Remove(tmp)
	if err := vacuumInto(ctx, input, tmp); err != nil {
		return kept, err
	}
	if err := VerifyBackup(ctx, tmp); err != nil {
		return kept, app.Errorf(app.EINTERNAL, "Bản chép của %s không đạt kiểm tra: dữ liệu hiện tại được giữ nguyên.", input)
	}
	if err := syncFile(tmp); err != nil {
		return kept, app.Errorf(app.EINTERNAL, "Không ghi được tệp tạm cạnh %s: đĩa đầy hoặc không cho ghi. Dữ liệu hiện tại được giữ nguyên.", dbPath)
	}
	for _, side := range []string{dbPath + "-wal", dbPath + "-shm", dbPath + "-journal"} {
		if err := os.Remove(side); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return kept, app.Errorf(app.EINTERNAL, "Không xóa được %s: tệp dữ liệu còn đang mở ở chương trình khác? Hãy đóng mọi cửa sổ Thi đua CCHC rồi thử lại.", side)
		}
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return kept, app.Errorf(app.EINTERNAL, "Không thay được tệp dữ liệu %s: tệp đang mở ở chương trình khác hoặc thư mục không cho ghi. Dữ liệu hiện tại được giữ nguyên.", dbPath)
	}
	_ = syncDir(filepath.Dir(dbPath))
	d, err := Open(ctx, dbPath)
	if err != nil {
		return kept, err
	}
	defer d.Close()
	return kept, d.write(ctx, "ghi nhật ký phục hồi", func(tx *sql.Tx) error {
		return d.audit(ctx, tx, "database", 0, "restore", map[string]string{"backup": kept.Name},
			map[string]string{"from": filepath.Base(input)})
	})
}

// keepCurrent backs up the database about to be replaced; a damaged one is copied byte for byte.
// Nothing to keep when there is no database yet.
func keepCurrent(ctx context.Context, dbPath string) (app.BackupInfo, error) {
	st, err := os.Stat(dbPath)
	if errors.Is(err, fs.ErrNotExist) || err == nil && st.Size() == 0 {
		return app.BackupInfo{}, nil
	}
	if Inspect(ctx, dbPath) == nil {
		d, err := open(dbPath)
		if err != nil {
			return app.BackupInfo{}, err
		}
		defer d.Close()
		return d.Backup(ctx, app.BackupBeforeRestore)
	}
	dir := BackupDir(dbPath)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return app.BackupInfo{}, app.Errorf(app.EINTERNAL, "Không tạo được thư mục sao lưu %s. Hãy kiểm tra quyền ghi.", dir)
	}
	name := stem(dbPath) + "-" + time.Now().Format(backupTimeLayout) + "-" + app.BackupDamaged + ".db"
	out := filepath.Join(dir, name)
	if err := copyFile(dbPath, out); err != nil {
		return app.BackupInfo{}, app.Errorf(app.EINTERNAL, "Không chép được tệp dữ liệu hỏng sang %s trước khi phục hồi: dữ liệu hiện tại được giữ nguyên.", out)
	}
	if fileExists(dbPath + "-wal") {
		if err := copyFile(dbPath+"-wal", out+"-wal"); err != nil {
			return app.BackupInfo{}, app.Errorf(app.EINTERNAL, "Không chép được %s-wal trước khi phục hồi: dữ liệu hiện tại được giữ nguyên.", dbPath)
		}
	}
	return app.BackupInfo{Name: name, Path: out, Time: time.Now(), Size: st.Size(), Reason: app.BackupDamaged}, nil
}

// vacuumInto copies the database at src into the new file dst through a read-only connection.
func vacuumInto(ctx context.Context, src, dst string) error {
	ro, err := sql.Open("sqlite3", readOnlyDSN(src))
	if err != nil {
		return errDamaged(src)
	}
	defer ro.Close()
	if _, err := ro.ExecContext(ctx, `VACUUM INTO ?`, dst); err != nil {
		return internal("chép bản sao lưu", err)
	}
	return nil
}

// samePath reports whether two paths name one file (hard links and symlinks included).
func samePath(a, b string) bool {
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	if errA == nil && errB == nil && absA == absB {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}
