package data

import (
	"context"
	"database/sql"

	"thidua/app"
)

// checkHistory applies app.CheckHistoricalDecision to past decisions about to be imported, with
// today's date and the years whose register the program numbers itself.
func (d *DB) checkHistory(ctx context.Context, tx *sql.Tx, ds []app.HistoricalDecision) error {
	live := map[int]int{}
	rows, err := tx.QueryContext(ctx, `SELECT year, max(seq) FROM certificate WHERE imported = 0 GROUP BY year`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var y, last int
		if err := rows.Scan(&y, &last); err != nil {
			return err
		}
		live[y] = last
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, h := range ds {
		if e := app.CheckHistoricalDecision(h, d.Now(), live); e != nil {
			return e
		}
	}
	return nil
}

// backupBeforeImport keeps a verified copy of the database before a list or workbook import.
func (d *DB) backupBeforeImport(ctx context.Context) error {
	if _, err := d.Backup(ctx, app.BackupBeforeImport); err != nil {
		return app.Errorf(app.EINTERNAL, "Không nhập vì không sao lưu được dữ liệu trước khi nhập: %s", app.ErrorMessage(err))
	}
	return nil
}
