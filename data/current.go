package data

import (
	"context"

	"thidua/app"
)

// RequireCurrent refuses a database an older version of the program wrote: a read-only command
// opened with OpenExisting never upgrades it (the window does, with a backup first).
func (d *DB) RequireCurrent(ctx context.Context) error {
	v, err := d.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	latest, err := LatestVersion()
	if err != nil {
		return err
	}
	if v < latest {
		return app.Errorf(app.EINVALID, "Tệp dữ liệu %s ở phiên bản %d, cũ hơn chương trình này (phiên bản %d). Lệnh này chỉ đọc nên không nâng cấp tệp. Hãy mở tệp bằng chương trình (cửa sổ) một lần để nâng cấp, rồi chạy lại lệnh.", d.path, v, latest)
	}
	return nil
}
