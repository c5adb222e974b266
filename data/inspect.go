package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"thidua/app"
)

// sqliteHeader opens every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Inspect looks at a database file before anything writes to it (opening it in WAL mode and
// migrating would): a file that is not SQLite, a damaged one, another program's database or one of
// a newer schema is refused with a Vietnamese sentence that says what to do. A missing or empty file
// passes: Open creates it. The file is read through a read-only connection without the program's
// pragmas, so that not even the journal mode changes.
func Inspect(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) || err == nil && st.Size() == 0 {
		return nil
	}
	if err != nil {
		return app.Errorf(app.EINVALID, "Không đọc được tệp dữ liệu %s: không có quyền đọc hoặc đường dẫn sai. Hãy kiểm tra lại tệp.", path)
	}
	if st.IsDir() {
		return app.Errorf(app.EINVALID, "%s là một thư mục, không phải tệp dữ liệu. Hãy chỉ rõ tệp thidua.db.", path)
	}
	if err := checkHeader(path); err != nil {
		return err
	}
	ro, err := sql.Open("sqlite3", readOnlyDSN(path))
	if err != nil {
		return errDamaged(path)
	}
	defer ro.Close()
	if err := quickCheck(ctx, ro, path); err != nil {
		return err
	}
	return checkSchema(ctx, ro, path)
}

// checkHeader refuses a file that does not start like an SQLite database.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return app.Errorf(app.EINVALID, "Không đọc được tệp dữ liệu %s: không có quyền đọc. Hãy kiểm tra quyền của tệp.", path)
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return app.Errorf(app.EINVALID, "Tệp %s không phải là tệp dữ liệu của Thi đua CCHC (không phải cơ sở dữ liệu SQLite). Chương trình không mở và không ghi gì vào tệp này. Hãy chọn đúng tệp dữ liệu (thidua.db).", path)
	}
	return nil
}

// errDamaged says the file is damaged and offers the newest good backup.
func errDamaged(path string) error {
	msg := "Tệp dữ liệu " + path + " bị hỏng. Chương trình không ghi gì vào tệp để khỏi làm hỏng thêm."
	if b := newestBackupName(path); b != "" {
		msg += " Hãy phục hồi bản sao lưu mới nhất: " + b + " (Cài đặt → «Sao lưu và phục hồi», hoặc lệnh thidua restore -db " + path + " " + b + ")."
	} else {
		msg += " Hãy phục hồi từ một bản sao lưu (lệnh thidua restore -db " + path + " BẢN_SAO_LƯU.db) hoặc liên hệ người quản trị."
	}
	return &DamagedError{user: app.Errorf(app.EINVALID, "%s", msg)}
}

// DamagedError is the refusal of a damaged database; the window offers the newest backup with it.
type DamagedError struct{ user *app.Error }

func (e *DamagedError) Error() string { return e.user.Error() }
func (e *DamagedError) Unwrap() error { return e.user }

// NewestBackup is the newest backup of the database at dbPath that passes VerifyBackup.
func NewestBackup(ctx context.Context, dbPath string) (app.BackupInfo, bool) {
	bs, err := ListBackups(dbPath)
	if err != nil {
		return app.BackupInfo{}, false
	}
	for _, b := range bs {
		if b.Reason != app.BackupDamaged && VerifyBackup(ctx, b.Path) == nil {
			return b, true
		}
	}
	return app.BackupInfo{}, false
}

// quickCheck runs SQLite's quick_check; any complaint or corruption error means damage.
func quickCheck(ctx context.Context, db *sql.DB, path string) error {
	rows, err := db.QueryContext(ctx, `PRAGMA quick_check`)
	if err != nil {
		return inspectErr(path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return inspectErr(path, err)
		}
		if s != "ok" {
			return errDamaged(path)
		}
	}
	if err := rows.Err(); err != nil {
		return inspectErr(path, err)
	}
	return nil
}

// inspectErr maps a failure of the read-only inspection: busy and permission errors keep their
// own sentences; anything else means the file cannot be read as a database.
func inspectErr(path string, err error) error {
	if se := storageError(err); se != nil && !isCorrupt(err) {
		return se
	}
	return errDamaged(path)
}

// checkSchema refuses another program's database and one of a newer schema.
func checkSchema(ctx context.Context, db *sql.DB, path string) error {
	var tables, ours int
	err := db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'schema_migration')
		FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).Scan(&tables, &ours)
	if err != nil {
		return inspectErr(path, err)
	}
	if tables == 0 {
		return nil // an empty database: Open sets it up
	}
	if ours == 0 {
		return app.Errorf(app.EINVALID, "Tệp %s là cơ sở dữ liệu của một chương trình khác, không phải của Thi đua CCHC. Chương trình không mở và không thay đổi gì trong tệp này. Hãy chọn đúng tệp dữ liệu (thidua.db).", path)
	}
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migration`).Scan(&v); err != nil {
		return inspectErr(path, err)
	}
	latest, err := LatestVersion()
	if err != nil {
		return err
	}
	if int(v.Int64) > latest {
		return app.Errorf(app.EINVALID, "Tệp dữ liệu %s ở phiên bản %d, mới hơn chương trình này (phiên bản %d): nó đã được mở bằng một bản Thi đua CCHC mới hơn. Chương trình không ghi gì vào tệp. Hãy dùng bản chương trình mới hơn.", path, v.Int64, latest)
	}
	return nil
}

// newestBackupName is the newest backup file of the database, "" when there is none.
func newestBackupName(path string) string {
	bs, err := ListBackups(path)
	if err != nil || len(bs) == 0 {
		return ""
	}
	return filepath.Join(BackupDir(path), bs[0].Name)
}

// readOnlyDSN opens a database for reading only, writing nothing beside it: a WAL database opened
// even read-only gets a -wal and -shm file, so a file without a -wal (its content is all in the
// file) is opened immutable. With a -wal left by a crash the reader must see it, and the side
// files exist already.
func readOnlyDSN(path string) string {
	if fileExists(path + "-wal") {
		return "file:" + escapePath(path) + "?mode=ro&_busy_timeout=5000"
	}
	return "file:" + escapePath(path) + "?mode=ro&immutable=1"
}
