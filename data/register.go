package data

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// Register lists the certificate numbers of a year, in order.
func (d *DB) Register(ctx context.Context, year int) ([]app.RegisterEntry, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT c.id, c.year, c.seq, c.status, c.void_reason, c.print_count, c.imported,
			coalesce((SELECT p.reason FROM certificate_print p WHERE p.certificate_id = c.id AND p.reason <> '' ORDER BY p.id DESC LIMIT 1), ''),
			a.id,
			a.recipient_name, f.name, dc.id, coalesce(dc.number, 0), dc.symbol, dc.signed_on
		FROM certificate c JOIN award a ON a.id = c.award_id JOIN award_form f ON f.code = a.form_code
		JOIN decision dc ON dc.id = a.decision_id
		WHERE c.year = ? ORDER BY c.seq`, year)
	if err != nil {
		return nil, internal("đọc sổ vàng", err)
	}
	defer rows.Close()
	var out []app.RegisterEntry
	for rows.Next() {
		var e app.RegisterEntry
		var imported, number int
		var symbol string
		var signed sql.NullString
		if err := rows.Scan(&e.ID, &e.Year, &e.Seq, &e.Status, &e.VoidReason, &e.PrintCount, &imported, &e.ReprintReason, &e.AwardID,
			&e.Name, &e.FormName, &e.DecisionID, &number, &symbol, &signed); err != nil {
			return nil, internal("đọc sổ vàng", err)
		}
		e.Imported, e.SignedOn = imported == 1, date(signed)
		e.Number = viet.CertificateNumber(e.Year, e.Seq)
		e.DecisionNumber = viet.DecisionNumber(number, symbol)
		out = append(out, e)
	}
	return out, rows.Err()
}

// RegisterYears lists the years that have certificates, newest first.
func (d *DB) RegisterYears(ctx context.Context) ([]int, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT DISTINCT year FROM certificate ORDER BY year DESC`)
	if err != nil {
		return nil, internal("đọc sổ vàng", err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			return nil, internal("đọc sổ vàng", err)
		}
		out = append(out, y)
	}
	return out, rows.Err()
}

// RecordPrints records that the certificates of these awards were printed: every print is kept,
// and print_count grows. Printing again a certificate already printed needs a reason (reprint).
func (d *DB) RecordPrints(ctx context.Context, awardIDs []int64, onBlank bool, reason string, at time.Time) error {
	reason = viet.Normalize(reason)
	return d.write(ctx, "ghi sổ in Giấy khen", func(tx *sql.Tx) error {
		for _, id := range awardIDs {
			var certID int64
			var count int
			err := tx.QueryRowContext(ctx, `SELECT id, print_count FROM certificate WHERE award_id = ? AND status = 'valid'
				ORDER BY seq DESC LIMIT 1`, id).Scan(&certID, &count)
			if errors.Is(err, sql.ErrNoRows) {
				continue // a draft's award has no number yet: nothing to record
			}
			if err != nil {
				return err
			}
			if count > 0 && reason == "" {
				return &app.Error{Code: app.EINVALID, Field: "Lý do in lại", Message: "Có Giấy khen đã in trước đây: cần ghi lý do in lại."}
			}
			r := ""
			if count > 0 {
				r = reason
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO certificate_print (certificate_id, printed_at, on_blank, reason) VALUES (?, ?, ?, ?)`,
				certID, at.UTC().Format(time.RFC3339), boolInt(onBlank), r); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE certificate SET print_count = print_count + 1 WHERE id = ?`, certID); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "certificate", 0, "print", nil, map[string]any{"awards": awardIDs, "blank": onBlank, "reason": reason})
	})
}

// PrintedBefore counts how many of these awards' certificates were printed already.
func (d *DB) PrintedBefore(ctx context.Context, awardIDs []int64) (int, error) {
	n := 0
	for _, id := range awardIDs {
		var c int
		err := d.db.QueryRowContext(ctx, `SELECT coalesce(max(print_count), 0) FROM certificate WHERE award_id = ? AND status = 'valid'`, id).Scan(&c)
		if err != nil {
			return 0, internal("đọc sổ in", err)
		}
		if c > 0 {
			n++
		}
	}
	return n, nil
}

// numberCertificates gives the awards of an issued decision the next numbers of the year's register
// (sổ vàng), gapless, in the order of the list: collectives first (app.SortCollectivesFirst).
func numberCertificates(ctx context.Context, tx *sql.Tx, decisionID int64, year int) error {
	var last int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM certificate WHERE year = ?`, year).Scan(&last); err != nil {
		return err
	}
	type row struct {
		id   int64
		kind app.RecipientKind
	}
	var rs []row
	err := each(ctx, tx, func(r *sql.Rows) error {
		var x row
		err := r.Scan(&x.id, &x.kind)
		rs = append(rs, x)
		return err
	}, `SELECT id, recipient_kind FROM award WHERE decision_id = ? ORDER BY sort, id`, decisionID)
	if err != nil {
		return err
	}
	app.SortCollectivesFirst(rs, func(x row) app.RecipientKind { return x.kind })
	for i, x := range rs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO certificate (year, seq, award_id) VALUES (?, ?, ?)`, year, last+i+1, x.id); err != nil {
			return err
		}
	}
	return nil
}
