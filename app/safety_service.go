package app

import "context"

// BackupService is what the «Sao lưu và phục hồi» screen needs.
type BackupService interface {
	// Backups lists the backups of the open database, newest first.
	Backups(ctx context.Context) ([]BackupInfo, error)
	// BackupNow makes a backup, verified, into the backups folder.
	BackupNow(ctx context.Context) (BackupInfo, error)
	// BackupFolder is the folder that holds the backups.
	BackupFolder() string
	// RestoreFrom checks the file, keeps a copy of the current database, then switches the open
	// database to the file's content.
	RestoreFrom(ctx context.Context, path string) error
}
