package data

import (
	"context"

	"thidua/app"
)

var _ app.BackupService = (*DB)(nil)

// Backups lists the backups of the open database, newest first.
func (d *DB) Backups(ctx context.Context) ([]app.BackupInfo, error) { return ListBackups(d.path) }

// BackupNow makes a verified backup into the backups folder.
func (d *DB) BackupNow(ctx context.Context) (app.BackupInfo, error) {
	return d.Backup(ctx, app.BackupManual)
}

// BackupFolder is the folder that holds the backups.
func (d *DB) BackupFolder() string { return BackupDir(d.path) }

// RestoreFrom restores the open database from path (see Restore): the window holds the use lock,
// so the connections are closed, the file switched, and the database opened again in place. The
// caller keeps other work off the database meanwhile (the window shows a modal progress dialog).
func (d *DB) RestoreFrom(ctx context.Context, path string) error {
	if err := VerifyBackup(ctx, path); err != nil {
		return app.Errorf(app.EINVALID, "Không phục hồi từ %s: %s Dữ liệu hiện tại được giữ nguyên.", path, app.ErrorMessage(err))
	}
	d.closeReaders()
	if err := d.db.Close(); err != nil {
		return internal("đóng dữ liệu trước khi phục hồi", err)
	}
	_, rerr := Restore(ctx, d.path, path)
	nd, err := Open(ctx, d.path) // the restored database, or the old one when the restore failed
	if err != nil {
		return err
	}
	d.db = nd.db
	d.people.invalidate()
	return rerr
}
