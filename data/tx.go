package data

import (
	"context"
	"database/sql"
)

// write runs fn in one transaction and maps its error for the user.
func (d *DB) write(ctx context.Context, doing string, fn func(tx *sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal(doing, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return mapErr(doing, err)
	}
	err = tx.Commit()
	d.people.invalidate()
	return mapErr(doing, err)
}

// each runs q and calls scan for every row.
func each(ctx context.Context, tx *sql.Tx, scan func(*sql.Rows) error, q string, args ...any) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// querier is what *sql.DB and *sql.Tx share, so a read can run inside a write transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}
