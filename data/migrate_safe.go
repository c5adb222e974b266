package data

import (
	"context"
	"database/sql"

	"thidua/app"
)

// beforeMigrate reads the schema version without taking the write lock: a database already up to
// date needs nothing (done), so opening it while another program writes does not wait five seconds
// and fail. One that needs upgrading is backed up first; a new one (version 0) has nothing to keep.
func (d *DB) beforeMigrate(ctx context.Context) (done bool, err error) {
	v, err := d.SchemaVersion(ctx)
	if err != nil {
		return false, err
	}
	latest, err := LatestVersion()
	if err != nil {
		return false, err
	}
	if v >= latest {
		return true, nil
	}
	if v > 0 {
		if _, err := d.Backup(ctx, app.BackupBeforeMigrate); err != nil {
			return false, app.Errorf(app.EINTERNAL, "Không nâng cấp dữ liệu vì không sao lưu được trước khi nâng cấp: %s", app.ErrorMessage(err))
		}
	}
	return false, nil
}

// refreshSortKeysIfNeeded looks, without the write lock, whether any person lacks the sort keys of
// this program's collation, and only then rewrites them (refreshSortKeys takes the write lock).
func (d *DB) refreshSortKeysIfNeeded(ctx context.Context) error {
	var stored sql.NullString
	var missing int
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT value FROM setting WHERE key = ?),
		(SELECT count(*) FROM person WHERE sort_given IS NULL OR sort_whole IS NULL)`, settingSortKeys).Scan(&stored, &missing)
	if err != nil {
		return internal("sắp xếp tên", err)
	}
	if stored.String == sortKeyVersion() && missing == 0 {
		return nil
	}
	return d.refreshSortKeys(ctx)
}

// MigrationCount is the number of migrations the program brings (versions may skip numbers: each
// branch of work takes its own range).
func MigrationCount() int {
	ms, _ := migrations()
	return len(ms)
}
