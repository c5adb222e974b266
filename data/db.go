// Package data stores Thi đua CCHC in one SQLite file through database/sql and mattn/go-sqlite3.
// It implements the app services: each exported method is one transaction that loads the facts,
// calls the app rules, writes and commits.
package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"thidua/app"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is the application database.
type DB struct {
	db   *sql.DB
	path string
	// people is the in-memory search index of people's folded names.
	people peopleIndex
	// Now is the clock, replaceable in tests; rules never read it, only storage stamps (audit log).
	Now func() time.Time
}

// dsn puts the pragmas in the connection string so that every pooled connection gets them:
// a PRAGMA run through db.Exec reaches one connection only. _txlock=immediate takes the
// write lock at BEGIN, so two writers wait (busy_timeout) instead of failing on upgrade.
func dsn(path string) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_fk=1&_journal_mode=WAL&_busy_timeout=5000&_txlock=immediate&_synchronous=NORMAL"
}

// Open opens (creating when missing, with its folder) and migrates the database at path.
func Open(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, failure(err, "Không tạo được thư mục dữ liệu %s.", dir)
		}
	}
	if err := Inspect(ctx, path); err != nil {
		return nil, err
	}
	d, err := open(path)
	if err != nil {
		return nil, err
	}
	if err := d.Migrate(ctx); err != nil {
		d.Close()
		return nil, err
	}
	if err := d.startChain(ctx); err != nil {
		d.Close()
		return nil, err
	}
	if err := d.refreshSortKeysIfNeeded(ctx); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// OpenExisting opens an existing database without creating it; read-only commands use it.
func OpenExisting(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, app.Errorf(app.ENOTFOUND, "Không tìm thấy tệp dữ liệu %s.", path)
	}
	if err := Inspect(ctx, path); err != nil {
		return nil, err
	}
	d, err := open(path)
	if err != nil {
		return nil, err
	}
	if err := d.db.PingContext(ctx); err != nil {
		d.Close()
		return nil, failure(err, "Không mở được tệp dữ liệu %s.", path)
	}
	return d, nil
}

func open(path string) (*DB, error) {
	sqldb, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, failure(err, "Không mở được tệp dữ liệu %s.", path)
	}
	// One connection: SQLite has one writer anyway, and it keeps transactions simple.
	sqldb.SetMaxOpenConns(1)
	return &DB{db: sqldb, path: path, Now: time.Now}, nil
}

// Close closes the database.
func (d *DB) Close() error { d.closeReaders(); return d.db.Close() }

// Path is the file the database lives in.
func (d *DB) Path() string { return d.path }

// SQL exposes the handle for tests and the integrity check.
func (d *DB) SQL() *sql.DB { return d.db }

type migration struct {
	version int
	name    string
	body    string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := filepath.Base(n)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: tên phải bắt đầu bằng số thứ tự", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, body: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// Migrate applies the migrations not applied yet, each in its own transaction, and records them.
// Running it again is harmless.
func (d *DB) Migrate(ctx context.Context) error {
	if done, err := d.beforeMigrate(ctx); done || err != nil {
		return err
	}
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migration (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return internal("tạo bảng phiên bản", err)
	}
	ms, err := migrations()
	if err != nil {
		return internal("đọc các bước nâng cấp", err)
	}
	for _, m := range ms {
		if err := d.applyMigration(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) applyMigration(ctx context.Context, m migration) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("nâng cấp dữ liệu", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migration WHERE version = ?`, m.version).Scan(&n); err != nil {
		return internal("nâng cấp dữ liệu", err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.body); err != nil {
		return internal("nâng cấp dữ liệu ("+m.name+")", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, d.Now().UTC().Format(time.RFC3339)); err != nil {
		return internal("nâng cấp dữ liệu", err)
	}
	return tx.Commit()
}

// SchemaVersion is the highest applied migration, 0 for a database never migrated.
func (d *DB) SchemaVersion(ctx context.Context) (int, error) {
	var tables int
	err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'`).Scan(&tables)
	if err != nil {
		return 0, internal("đọc phiên bản dữ liệu", err)
	}
	if tables == 0 {
		return 0, nil // never migrated (or not a file of this program)
	}
	var n sql.NullInt64
	if err := d.db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migration`).Scan(&n); err != nil {
		return 0, internal("đọc phiên bản dữ liệu", err)
	}
	return int(n.Int64), nil
}

// LatestVersion is the version the program brings.
func LatestVersion() (int, error) {
	ms, err := migrations()
	if err != nil {
		return 0, internal("đọc các bước nâng cấp", err)
	}
	if len(ms) == 0 {
		return 0, nil
	}
	return ms[len(ms)-1].version, nil
}

// failure is an EINTERNAL app error with a Vietnamese sentence for the user, the cause wrapped
// behind it (errors.Is/As reach both) and never written into the message.
func failure(cause error, format string, args ...any) error {
	return fmt.Errorf("%w: %w", app.Errorf(app.EINTERNAL, format, args...), cause)
}

// internal wraps a storage failure as an app error with a plain Vietnamese sentence; the cause
// stays in the error chain for the log, never in the message the user reads.
func internal(doing string, err error) error {
	if se := storageError(err); se != nil {
		return se
	}
	return &internalError{msg: "Lỗi khi " + doing + ".", cause: err}
}

type internalError struct {
	msg   string
	cause error
}

func (e *internalError) Error() string { return e.msg + " (" + e.cause.Error() + ")" }
func (e *internalError) Unwrap() error { return e.cause }

// mapErr turns typed sqlite3 constraint errors into app errors; it never matches message strings.
func mapErr(doing string, err error) error {
	if err == nil {
		return nil
	}
	var ae *app.Error
	if errors.As(err, &ae) {
		return err
	}
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrConstraint {
		switch se.ExtendedCode {
		case sqlite3.ErrConstraintUnique, sqlite3.ErrConstraintPrimaryKey:
			return app.Errorf(app.ECONFLICT, "Không thể %s: dữ liệu này đã có.", doing)
		case sqlite3.ErrConstraintForeignKey:
			return app.Errorf(app.ECONFLICT, "Không thể %s: dữ liệu đang được dùng ở nơi khác hoặc tham chiếu tới mục không tồn tại.", doing)
		case sqlite3.ErrConstraintCheck, sqlite3.ErrConstraintNotNull:
			return app.Errorf(app.EINVALID, "Không thể %s: dữ liệu không hợp lệ.", doing)
		}
	}
	return internal(doing, err)
}
