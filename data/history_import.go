package data

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// AwardExportRows lists the awards of issued decisions (revoked ones left out) of a year — the
// campaign's year, or the decision's own when it belongs to no campaign; 0: every year — in
// decision order, collectives first.
func (d *DB) AwardExportRows(ctx context.Context, year int) ([]app.AwardExportRow, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT coalesce(dc.number, 0), dc.symbol, dc.signed_on, f.name, a.recipient_kind,
			a.recipient_name, a.position_unit, coalesce(pu.name, au.name, ''),
			coalesce((SELECT printf('%d-%03d', c.year, c.seq) FROM certificate c WHERE c.award_id = a.id AND c.status = 'valid'
				ORDER BY c.seq DESC LIMIT 1), ''), a.bonus
		FROM award a JOIN decision dc ON dc.id = a.decision_id JOIN award_form f ON f.code = a.form_code
		LEFT JOIN campaign c ON c.id = dc.campaign_id
		LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit pu ON pu.id = p.unit_id
		LEFT JOIN unit au ON au.id = a.unit_id
		WHERE dc.status = 'issued' AND (?1 = 0 OR coalesce(c.year, dc.year) = ?1)
		ORDER BY dc.signed_on, dc.id, a.recipient_kind DESC, a.sort, a.id`, year)
	if err != nil {
		return nil, internal("đọc danh sách khen thưởng", err)
	}
	defer rows.Close()
	var out []app.AwardExportRow
	for rows.Next() {
		var r app.AwardExportRow
		var number int
		var symbol, posUnit string
		var signed sql.NullString
		if err := rows.Scan(&number, &symbol, &signed, &r.FormName, &r.Recipient, &r.Name, &posUnit, &r.Unit,
			&r.CertificateNo, &r.Bonus); err != nil {
			return nil, internal("đọc danh sách khen thưởng", err)
		}
		r.DecisionNumber, r.SignedOn = viet.DecisionNumber(number, symbol), date(signed)
		// The award keeps "Chức vụ, Đơn vị" as printed; the export has them apart.
		r.Position = posUnit
		if r.Unit != "" {
			r.Position = strings.TrimSuffix(strings.TrimSuffix(posUnit, r.Unit), ", ")
		}
		if r.Recipient == app.RecipientUnit {
			r.Position = ""
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ImportAwardHistory stores past decisions read from a file, all or nothing: each is issued as
// imported, with the bonus the rules give for its date, and its certificate numbers (when the file
// has them) in the register. A decision whose number the database already has for that year is
// skipped and listed.
func (d *DB) ImportAwardHistory(ctx context.Context, ds []app.HistoricalDecision) (app.ImportResult, error) {
	var res app.ImportResult
	if err := d.backupBeforeImport(ctx); err != nil {
		return res, err
	}
	err := d.write(ctx, "nhập quyết định cũ", func(tx *sql.Tx) error {
		if err := d.checkHistory(ctx, tx, ds); err != nil {
			return err
		}
		coefs, sal, err := bonusTables(ctx, tx)
		if err != nil {
			return err
		}
		for _, h := range ds {
			done, err := d.importDecision(ctx, tx, h, coefs, sal)
			if err != nil {
				return err
			}
			if !done {
				res.Duplicates = append(res.Duplicates, "Dòng "+itoa(h.Row)+": Quyết định số "+viet.DecisionNumber(h.Number, h.Symbol)+
					" năm "+itoa(h.SignedOn.Year())+" đã có, bỏ qua.")
				continue
			}
			res.Added += len(h.Awards)
		}
		return d.audit(ctx, tx, "decision", 0, "import", nil, map[string]int{"awards": res.Added, "skipped": len(res.Duplicates)})
	})
	if err != nil {
		return app.ImportResult{}, err
	}
	return res, nil
}

func (d *DB) importDecision(ctx context.Context, tx *sql.Tx, h app.HistoricalDecision, coefs []app.Coefficient, sal []app.Dated[int64]) (bool, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM decision WHERE year = ? AND symbol = ? AND number = ?`,
		h.SignedOn.Year(), h.Symbol, h.Number).Scan(&n); err != nil {
		return false, err
	}
	if n > 0 {
		return false, nil
	}
	mode := app.SignHead
	if strings.Contains(viet.FoldKey(h.SignerTitle), "pho") {
		mode = app.SignDeputy
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO decision (number, symbol, year, signed_on, signer_name, signer_title, sign_mode, status, imported)
		VALUES (?, ?, ?, ?, ?, ?, ?, 'issued', 1)`, h.Number, h.Symbol, h.SignedOn.Year(), viet.ISODate(h.SignedOn), h.SignerName, h.SignerTitle, mode)
	if err != nil {
		return false, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return false, err
	}
	if err := keepDecisionSettings(ctx, tx, id); err != nil { // issued under the names in force, as far as known
		return false, err
	}
	for i, a := range h.Awards {
		if err := importAward(ctx, tx, id, i, h, a, coefs, sal); err != nil {
			return false, err
		}
	}
	return true, nil
}

func importAward(ctx context.Context, tx *sql.Tx, decisionID int64, sort int, h app.HistoricalDecision, a app.HistoricalAward,
	coefs []app.Coefficient, sal []app.Dated[int64]) error {
	bonus, ok := app.BonusFor(a.FormCode, a.Recipient, h.SignedOn, coefs, sal)
	if !ok {
		return &app.Error{Code: app.EINVALID, Row: a.Row, Field: "Ngày quyết định",
			Message: "không tính được tiền thưởng: bảng hệ số hoặc mức lương cơ sở chưa có giá trị áp dụng ngày " + viet.FormatDate(h.SignedOn) + " (xem Cài đặt)."}
	}
	var personID, unitID, gender any
	if a.Recipient == app.RecipientPerson {
		personID, gender = a.PersonID, a.Gender
	} else {
		unitID = a.UnitID
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO award (decision_id, recipient_kind, person_id, unit_id, recipient_name, gender,
		position_unit, form_code, achievement, bonus, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		decisionID, a.Recipient, personID, unitID, a.Name, gender, a.PositionUnit, a.FormCode, a.Achievement, bonus, sort)
	if err != nil {
		return err
	}
	if a.CertYear == 0 {
		return nil
	}
	awardID, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO certificate (year, seq, award_id, imported) VALUES (?, ?, ?, 1)`, a.CertYear, a.CertSeq, awardID); err != nil {
		if app.ErrorCode(mapErr("", err)) == app.ECONFLICT {
			return &app.Error{Code: app.ECONFLICT, Row: a.Row, Field: "Số sổ vàng",
				Message: "số " + viet.CertificateNumber(a.CertYear, a.CertSeq) + " đã có trong sổ vàng."}
		}
		return err
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }
