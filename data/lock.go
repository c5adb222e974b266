package data

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/mattn/go-sqlite3"

	"thidua/app"
)

// UseLock marks a database as open in a window. It is an exclusive SQLite lock on a small side
// file (thidua.db.lock), taken through SQLite's own file locking (fcntl on Linux, LockFileEx on
// Windows): the operating system drops it when the program ends, even by a crash or a power cut,
// so a lock left by a crashed run is no lock at all and the next start simply takes it.
type UseLock struct {
	db   *sql.DB
	conn *sql.Conn
}

// LockPath is the side file of the use lock of the database at dbPath.
func LockPath(dbPath string) string { return dbPath + ".lock" }

// ErrInUse is the refusal of a second window on the same database.
func errInUse(dbPath string) error {
	return app.Errorf(app.ECONFLICT, "Dữ liệu %s đang được mở ở một cửa sổ Thi đua CCHC khác (trên máy này hoặc qua mạng). Hãy dùng cửa sổ đang mở; nếu không thấy cửa sổ nào, hãy đợi một chút rồi mở lại.", dbPath)
}

// LockUse takes the use lock of the database at dbPath, or says that another window holds it.
func LockUse(ctx context.Context, dbPath string) (*UseLock, error) {
	_ = os.MkdirAll(filepath.Dir(dbPath), 0o755) // Open creates a missing folder the same way
	db, err := sql.Open("sqlite3", "file:"+escapePath(LockPath(dbPath))+"?_busy_timeout=0&_locking_mode=EXCLUSIVE&_journal_mode=DELETE")
	if err != nil {
		return nil, internal("giữ quyền dùng dữ liệu", err)
	}
	conn, err := db.Conn(ctx)
	if err == nil {
		// The first write takes the EXCLUSIVE lock; locking_mode=EXCLUSIVE keeps it until Close.
		_, err = conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS holder (pid INTEGER, started TEXT);
			DELETE FROM holder; INSERT INTO holder VALUES (?, ?)`, os.Getpid(), time.Now().Format(time.RFC3339))
	}
	if err != nil {
		if conn != nil {
			conn.Close()
		}
		db.Close()
		var se sqlite3.Error
		if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
			return nil, errInUse(dbPath)
		}
		return nil, internal("giữ quyền dùng dữ liệu", err)
	}
	return &UseLock{db: db, conn: conn}, nil
}

// Release gives the lock back.
func (l *UseLock) Release() {
	if l == nil {
		return
	}
	l.conn.Close()
	l.db.Close()
}
