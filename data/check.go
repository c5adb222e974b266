package data

import (
	"context"
	"fmt"
)

// CheckReport is what `thidua check` prints.
type CheckReport struct {
	SchemaVersion int
	LatestVersion int
	Problems      []string // empty when everything holds
}

// OK reports whether the database passed every check.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// Check runs SQLite's integrity and foreign-key checks and the register's own invariant: certificate
// numbers of a year have no gaps (years holding certificates imported from old records may).
func (d *DB) Check(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	var err error
	if r.LatestVersion, err = LatestVersion(); err != nil {
		return r, err
	}
	if r.SchemaVersion, err = d.SchemaVersion(ctx); err != nil {
		return r, err
	}
	if r.SchemaVersion < r.LatestVersion {
		r.Problems = append(r.Problems, fmt.Sprintf("Dữ liệu ở phiên bản %d, chương trình cần phiên bản %d: hãy mở bằng chương trình để nâng cấp.", r.SchemaVersion, r.LatestVersion))
	}
	if r.SchemaVersion > r.LatestVersion {
		r.Problems = append(r.Problems, fmt.Sprintf("Dữ liệu ở phiên bản %d, mới hơn chương trình (%d): hãy dùng bản chương trình mới hơn.", r.SchemaVersion, r.LatestVersion))
	}
	if err := d.integrity(ctx, &r); err != nil {
		return r, err
	}
	if r.SchemaVersion == 0 {
		return r, nil
	}
	if err := d.foreignKeys(ctx, &r); err != nil {
		return r, err
	}
	if err := d.verifyAudit(ctx, &r); err != nil {
		return r, err
	}
	return r, d.registerGaps(ctx, &r)
}

func (d *DB) integrity(ctx context.Context, r *CheckReport) error {
	rows, err := d.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return internal("kiểm tra toàn vẹn", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return internal("kiểm tra toàn vẹn", err)
		}
		if s != "ok" {
			r.Problems = append(r.Problems, "Tệp dữ liệu bị hỏng: "+s)
		}
	}
	return rows.Err()
}

func (d *DB) foreignKeys(ctx context.Context, r *CheckReport) error {
	rows, err := d.db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return internal("kiểm tra khóa ngoại", err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fkid any
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return internal("kiểm tra khóa ngoại", err)
		}
		r.Problems = append(r.Problems, fmt.Sprintf("Bảng %s, dòng %v tham chiếu tới %s không tồn tại.", table, rowid, parent))
	}
	return rows.Err()
}

func (d *DB) registerGaps(ctx context.Context, r *CheckReport) error {
	rows, err := d.db.QueryContext(ctx, `SELECT year, count(*), max(seq) FROM certificate GROUP BY year HAVING max(imported) = 0 ORDER BY year`)
	if err != nil {
		return internal("kiểm tra sổ vàng", err)
	}
	defer rows.Close()
	for rows.Next() {
		var year, n, max int
		if err := rows.Scan(&year, &n, &max); err != nil {
			return internal("kiểm tra sổ vàng", err)
		}
		if n != max {
			r.Problems = append(r.Problems, fmt.Sprintf("Sổ vàng năm %d có %d số nhưng số lớn nhất là %d: có số bị bỏ trống.", year, n, max))
		}
	}
	return rows.Err()
}
