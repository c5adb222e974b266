package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"thidua/app"
)

// BackupDirName is the folder beside the database that holds its backups (the Windows installer
// keeps it there too).
const BackupDirName = "backups"

// backupTimeLayout is the time part of a backup's file name: thidua-20261130-155500-tu-dong.db.
const backupTimeLayout = "20060102-150405"

// BackupDir is the backups folder of the database at dbPath.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), BackupDirName) }

func escapePath(path string) string { return (&url.URL{Path: path}).EscapedPath() }

// stem is the database file's name without its extension.
func stem(dbPath string) string {
	base := filepath.Base(dbPath)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// ListBackups lists the backups of the database at dbPath, newest first; none when the folder does
// not exist.
func ListBackups(dbPath string) ([]app.BackupInfo, error) {
	dir := BackupDir(dbPath)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, app.Errorf(app.EINTERNAL, "Không đọc được thư mục sao lưu %s. Hãy kiểm tra quyền đọc của thư mục.", dir)
	}
	prefix := stem(dbPath) + "-"
	var out []app.BackupInfo
	for _, e := range entries {
		name := e.Name()
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok || !strings.HasSuffix(rest, ".db") || len(rest) < len(backupTimeLayout) || e.IsDir() {
			continue
		}
		t, err := time.ParseInLocation(backupTimeLayout, rest[:len(backupTimeLayout)], time.Local)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		reason := strings.TrimSuffix(strings.TrimPrefix(rest[len(backupTimeLayout):], "-"), ".db")
		if i := strings.IndexByte(reason, '.'); i >= 0 {
			reason = reason[:i]
		}
		out = append(out, app.BackupInfo{Name: name, Path: filepath.Join(dir, name), Time: t, Size: info.Size(), Reason: reason})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].Name > out[j].Name
	})
	return out, nil
}

// Backup makes a verified backup of the open database into its backups folder, then applies the
// retention rule (app.BackupsToKeep).
func (d *DB) Backup(ctx context.Context, reason string) (app.BackupInfo, error) {
	dir := BackupDir(d.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return app.BackupInfo{}, app.Errorf(app.EINTERNAL, "Không tạo được thư mục sao lưu %s: thư mục dữ liệu không cho ghi. Hãy kiểm tra quyền ghi.", dir)
	}
	removeStaleTemps(dir)
	removeStaleTemps(filepath.Dir(d.path))
	now := d.Now().Local()
	name := stem(d.path) + "-" + now.Format(backupTimeLayout) + "-" + reason + ".db"
	out := filepath.Join(dir, name)
	for i := 2; fileExists(out); i++ { // two backups in one second
		name = stem(d.path) + "-" + now.Format(backupTimeLayout) + "-" + reason + "." + itoa(i) + ".db"
		out = filepath.Join(dir, name)
	}
	if err := d.BackupTo(ctx, out); err != nil {
		return app.BackupInfo{}, err
	}
	if err := PruneBackups(d.path, d.Now()); err != nil {
		return app.BackupInfo{}, err
	}
	st, err := os.Stat(out)
	if err != nil {
		return app.BackupInfo{}, app.Errorf(app.EINTERNAL, "Bản sao lưu %s vừa ghi đã biến mất. Hãy kiểm tra thư mục sao lưu.", out)
	}
	return app.BackupInfo{Name: name, Path: out, Time: now, Size: st.Size(), Reason: reason}, nil
}

// BackupTo writes a copy of the open database to out with VACUUM INTO (a consistent snapshot that
// other writers wait for), into a temporary file of out's folder that is checked with
// integrity_check, synced, and only then renamed to out. An existing out is never replaced.
func (d *DB) BackupTo(ctx context.Context, out string) error {
	if fileExists(out) {
		return app.Errorf(app.EINVALID, "Tệp %s đã có: chương trình không ghi đè lên một tệp đang có. Hãy chọn tên khác.", out)
	}
	tmp, err := tempName(out)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if _, err := d.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		return internal("sao lưu dữ liệu", err)
	}
	if err := VerifyBackup(ctx, tmp); err != nil {
		return app.Errorf(app.EINTERNAL, "Bản sao lưu vừa ghi không đạt kiểm tra toàn vẹn nên đã bị bỏ: %s Hãy chạy «thidua check» trên tệp dữ liệu.", app.ErrorMessage(err))
	}
	if err := syncFile(tmp); err != nil {
		return app.Errorf(app.EINTERNAL, "Không ghi được bản sao lưu %s: đĩa đầy hoặc không cho ghi.", out)
	}
	if fileExists(out) {
		return app.Errorf(app.EINVALID, "Tệp %s đã có: chương trình không ghi đè lên một tệp đang có. Hãy chọn tên khác.", out)
	}
	if err := os.Rename(tmp, out); err != nil {
		return app.Errorf(app.EINTERNAL, "Không ghi được bản sao lưu %s: thư mục không cho ghi.", out)
	}
	return syncDir(filepath.Dir(out))
}

// VerifyBackup checks a backup (or a file offered for restore): SQLite, ours, not newer than the
// program, and whole by a full integrity_check and foreign_key_check.
func VerifyBackup(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if err != nil || st.Size() == 0 {
		return app.Errorf(app.EINVALID, "Không có bản sao lưu %s (tệp không có hoặc rỗng).", path)
	}
	if err := Inspect(ctx, path); err != nil {
		return err
	}
	ro, err := sql.Open("sqlite3", readOnlyDSN(path))
	if err != nil {
		return errDamaged(path)
	}
	defer ro.Close()
	var n int
	if err := ro.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'schema_migration'`).Scan(&n); err != nil || n == 0 {
		return app.Errorf(app.EINVALID, "Tệp %s không phải là dữ liệu của Thi đua CCHC.", path)
	}
	for _, pragma := range []string{`PRAGMA integrity_check`, `PRAGMA foreign_key_check`} {
		if err := allOK(ctx, ro, pragma); err != nil {
			return errDamaged(path)
		}
	}
	return nil
}

// allOK runs a check pragma: integrity_check answers one row «ok», foreign_key_check no row.
func allOK(ctx context.Context, db *sql.DB, pragma string) error {
	rows, err := db.QueryContext(ctx, pragma)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = new(any)
		}
		if err := rows.Scan(vals...); err != nil {
			return err
		}
		if s, ok := (*vals[0].(*any)).(string); !ok || s != "ok" || len(cols) != 1 {
			return errors.New(pragma + " found a problem")
		}
	}
	return rows.Err()
}

// AutoBackup makes the daily backup at start when the newest backup is a day old or there is none.
func (d *DB) AutoBackup(ctx context.Context) (bool, error) {
	bs, err := ListBackups(d.path)
	if err != nil {
		return false, err
	}
	var newest time.Time
	if len(bs) > 0 {
		newest = bs[0].Time
	}
	if !app.BackupDue(newest, len(bs) > 0, d.Now()) {
		return false, nil
	}
	_, err = d.Backup(ctx, app.BackupAuto)
	return err == nil, err
}

// PruneBackups deletes the backups the retention rule does not keep.
func PruneBackups(dbPath string, now time.Time) error {
	bs, err := ListBackups(dbPath)
	if err != nil {
		return err
	}
	times := make([]time.Time, len(bs))
	for i, b := range bs {
		times[i] = b.Time
	}
	for i, keep := range app.BackupsToKeep(times, now) {
		if !keep {
			if err := os.Remove(bs[i].Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return app.Errorf(app.EINTERNAL, "Không xóa được bản sao lưu cũ %s. Hãy kiểm tra quyền ghi của thư mục sao lưu.", bs[i].Path)
			}
		}
	}
	return nil
}

// tempName is a fresh, unused name in out's folder for a file SQLite creates (VACUUM INTO wants a
// name that does not exist yet).
func tempName(out string) (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", app.Errorf(app.EINTERNAL, "Không tạo được tên tệp tạm.")
	}
	dir := filepath.Dir(out)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", app.Errorf(app.EINVALID, "Không có thư mục %s. Hãy chọn thư mục khác.", dir)
	}
	return filepath.Join(dir, "."+filepath.Base(out)+"."+hex.EncodeToString(b)+".tmp"), nil
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a rename durable (on Windows opening a folder fails: nothing to do there).
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer f.Close()
	_ = f.Sync() // not supported everywhere; the rename itself is done
	return nil
}

// copyFile copies src to a new file dst (used for a raw copy of a damaged database).
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(dst)
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
