package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// EvidenceDir is the folder beside the database where evidence files are copied:
// thidua.db → thidua-minh-chung/.
func (d *DB) EvidenceDir() string {
	base := strings.TrimSuffix(filepath.Base(d.path), filepath.Ext(d.path))
	return filepath.Join(filepath.Dir(d.path), base+"-minh-chung")
}

// AddEvidence copies a file into the evidence folder (named by its SHA-256, so the same file is
// kept once) and records it with its size and hash against a unit's score on an item. The copy is
// written to a temporary file and renamed; the row is written in one transaction.
func (d *DB) AddEvidence(ctx context.Context, campaignID, unitID, criterionID int64, name string, r io.Reader) (app.Evidence, error) {
	ev, err := d.keepFile(name, r)
	if err != nil {
		return ev, err
	}
	err = d.write(ctx, "lưu minh chứng", func(tx *sql.Tx) error {
		sh, err := unitSheetTx(ctx, tx, campaignID, unitID)
		if err != nil {
			return err
		}
		if err := writableScores(ctx, tx, sh); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit_score (criterion_id, unit_id) VALUES (?, ?)
			ON CONFLICT (criterion_id, unit_id) DO NOTHING`, criterionID, unitID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO score_evidence (score_id, file_name, sha256, size, added_at, path)
			SELECT id, ?, ?, ?, ?, ? FROM unit_score WHERE criterion_id = ? AND unit_id = ?`,
			ev.Name, ev.SHA256, ev.Size, ev.AddedAt.Format(time.RFC3339), ev.Path, criterionID, unitID)
		if err != nil {
			return err
		}
		ev.ID, err = res.LastInsertId()
		return err
	})
	return ev, err
}

// evidenceOf fills the evidence of a unit's scores.
func evidenceOf(ctx context.Context, tx *sql.Tx, unitID int64, scores map[int64]app.Score) error {
	rows, err := tx.QueryContext(ctx, `SELECT sc.criterion_id, e.id, e.file_name, e.sha256, e.size, e.path, e.added_at
		FROM score_evidence e JOIN unit_score sc ON sc.id = e.score_id WHERE sc.unit_id = ? ORDER BY e.id`, unitID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var cid int64
		var e app.Evidence
		var at string
		if err := rows.Scan(&cid, &e.ID, &e.Name, &e.SHA256, &e.Size, &e.Path, &at); err != nil {
			return err
		}
		e.AddedAt, _ = time.Parse(time.RFC3339, at)
		if s, ok := scores[cid]; ok {
			s.Evidence = append(s.Evidence, e)
			scores[cid] = s
		}
	}
	return rows.Err()
}

// keepFile copies a file into the evidence folder, named by its SHA-256 (the same file is kept
// once): written to a temporary file and renamed. The evidence of scores and the reports received
// from units both keep their files this way.
func (d *DB) keepFile(name string, r io.Reader) (app.Evidence, error) {
	name = viet.Normalize(filepath.Base(name))
	dir := d.EvidenceDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return app.Evidence{}, app.Errorf(app.EINTERNAL, "Không tạo được thư mục minh chứng %s.", dir)
	}
	tmp, err := os.CreateTemp(dir, ".tai-*")
	if err != nil {
		return app.Evidence{}, app.Errorf(app.EINTERNAL, "Không ghi được vào thư mục minh chứng %s.", dir)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	size, err := io.Copy(io.MultiWriter(tmp, h), r)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return app.Evidence{}, app.Errorf(app.EINTERNAL, "Không sao chép được tệp %s.", name)
	}
	ev := app.Evidence{Name: name, SHA256: hex.EncodeToString(h.Sum(nil)), Size: size, AddedAt: d.Now().UTC()}
	ev.Path = filepath.Join(dir, ev.SHA256+strings.ToLower(filepath.Ext(name)))
	if err := os.Rename(tmp.Name(), ev.Path); err != nil {
		return app.Evidence{}, app.Errorf(app.EINTERNAL, "Không lưu được tệp minh chứng %s.", name)
	}
	return ev, nil
}

// forgetFile removes a copy made for a write that failed, unless a row (a score's evidence or a
// unit's report) refers to the same file: the evidence folder keeps only files the database names.
func (d *DB) forgetFile(ctx context.Context, path string) {
	if path == "" {
		return
	}
	var n int
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM score_evidence WHERE path = ?)
		+ (SELECT count(*) FROM unit_report WHERE file_path = ?)`, path, path).Scan(&n)
	if err == nil && n == 0 {
		_ = os.Remove(path)
	}
}
