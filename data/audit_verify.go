package data

import (
	"context"
	"encoding/json"
	"fmt"
)

// verifyAudit checks the audit chain and the seals and reports the first broken entry (and the
// first broken seal): an entry changed or deleted, the log cut short, a sealed decision changed.
func (d *DB) verifyAudit(ctx context.Context, r *CheckReport) error {
	var heads int
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'audit_head'`).Scan(&heads); err != nil || heads == 0 {
		return err // a database before the chain: nothing to verify
	}
	es, err := readAudit(ctx, d.db, 0)
	if err != nil {
		return internal("kiểm tra nhật ký thay đổi", err)
	}
	if p := chainProblem(es); p != "" {
		r.Problems = append(r.Problems, p)
	}
	var lastID int64
	var hash string
	err = d.db.QueryRowContext(ctx, `SELECT last_id, hash FROM audit_head`).Scan(&lastID, &hash)
	switch {
	case err != nil && len(es) > 0:
		r.Problems = append(r.Problems, "Nhật ký thay đổi mất dấu mục cuối (bảng audit_head bị xóa hoặc sửa ngoài chương trình).")
	case err == nil && (len(es) == 0 && lastID != 0 || len(es) > 0 && (es[len(es)-1].ID != lastID || es[len(es)-1].Hash != hash)):
		last := int64(0)
		if len(es) > 0 {
			last = es[len(es)-1].ID
		}
		r.Problems = append(r.Problems, fmt.Sprintf("Nhật ký thay đổi bị cắt bớt hoặc sửa ở cuối: mục cuối hiện là số %d nhưng chương trình đã ghi đến mục số %d.", last, lastID))
	}
	return d.verifySeals(ctx, es, r)
}

// chainProblem is the first entry whose hash or link does not hold, "" when the chain is whole.
func chainProblem(es []auditEntry) string {
	prev := ""
	for _, e := range es {
		switch {
		case e.PrevHash != prev:
			return fmt.Sprintf("Nhật ký thay đổi bị sửa: trước mục số %d (%s %s lúc %s) có mục bị xóa hoặc sửa ngoài chương trình.", e.ID, e.Entity, e.Action, e.At)
		case entryHash(e) != e.Hash:
			return fmt.Sprintf("Nhật ký thay đổi bị sửa: mục số %d (%s %s lúc %s) không còn như khi ghi.", e.ID, e.Entity, e.Action, e.At)
		}
		prev = e.Hash
	}
	return ""
}

// verifySeals recomputes every sealed decision against its latest seal in the chain.
func (d *DB) verifySeals(ctx context.Context, es []auditEntry, r *CheckReport) error {
	seals := map[int64]sealRecord{}
	for _, e := range es {
		if e.Entity != "decision_seal" {
			continue
		}
		var s sealRecord
		if json.Unmarshal([]byte(e.After), &s) == nil {
			seals[e.EntityID.Int64] = s
		}
	}
	rows, err := rowsAsText(ctx, d.db, `SELECT id, status, coalesce(number, ''), symbol, year FROM decision ORDER BY id`)
	if err != nil {
		return internal("kiểm tra niêm phong quyết định", err)
	}
	seen := map[int64]bool{}
	for _, row := range rows {
		var id int64
		fmt.Sscan(row[0], &id)
		seen[id] = true
		p, err := d.sealProblem(ctx, id, row, seals)
		if err != nil {
			return err
		}
		if p != "" {
			r.Problems = append(r.Problems, p)
		}
	}
	for id := range seals {
		if !seen[id] {
			r.Problems = append(r.Problems, fmt.Sprintf("Quyết định đã ban hành (mã %d) bị xóa khỏi dữ liệu ngoài chương trình.", id))
		}
	}
	return nil
}

// sealProblem judges one decision (row: id, status, number, symbol, year) against its latest seal;
// "" when it holds.
func (d *DB) sealProblem(ctx context.Context, id int64, row []string, seals map[int64]sealRecord) (string, error) {
	name := fmt.Sprintf("Quyết định số %s/%s năm %s (mã %d)", row[2], row[3], row[4], id)
	s, sealed := seals[id]
	switch {
	case !sealed && row[1] == "draft":
		return "", nil
	case !sealed:
		return name + " đã ban hành nhưng không có niêm phong: trạng thái bị sửa ngoài chương trình.", nil
	case row[1] == "draft" && s.Status != "draft":
		return name + " đã ban hành nhưng bị chuyển về dự thảo ngoài chương trình.", nil
	case row[1] == "draft":
		return "", nil // unlocked by the program: a draft may change
	}
	h, _, err := decisionContentHash(ctx, d.db, id)
	if err != nil {
		return "", internal("kiểm tra niêm phong quyết định", err)
	}
	if h != s.Hash {
		return name + " không còn như khi niêm phong: quyết định, khen thưởng hoặc số sổ vàng của nó bị sửa, thêm hoặc xóa ngoài chương trình.", nil
	}
	return "", nil
}
