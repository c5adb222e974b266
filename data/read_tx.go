package data

import (
	"context"
	"database/sql"
	"sync"
)

// readers is a second pool per open database for read-only transactions: the main pool's DSN says
// _txlock=immediate, which go-sqlite3 applies to every BEGIN, read-only ones included, so a mere
// read waited for another program's write and failed after the busy timeout. In WAL mode readers
// never block writers nor wait for them.
var readers sync.Map // *DB → *sql.DB

// readTx begins a read-only transaction that takes no write lock (BEGIN DEFERRED, query_only).
func (d *DB) readTx(ctx context.Context) (*sql.Tx, error) {
	v, ok := readers.Load(d)
	if !ok {
		db, err := sql.Open("sqlite3", "file:"+escapePath(d.path)+"?_fk=1&_busy_timeout=5000&_txlock=deferred&_query_only=1")
		if err != nil {
			return nil, err
		}
		var loaded bool
		if v, loaded = readers.LoadOrStore(d, db); loaded {
			db.Close()
		}
	}
	return v.(*sql.DB).BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
}

// closeReaders closes the read pool of d.
func (d *DB) closeReaders() {
	if v, ok := readers.LoadAndDelete(d); ok {
		v.(*sql.DB).Close()
	}
}
