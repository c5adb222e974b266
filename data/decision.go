package data

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// Decision reads one decision with its căn cứ and nơi nhận lines.
func (d *DB) Decision(ctx context.Context, id int64) (app.Decision, error) {
	tx, err := d.readTx(ctx)
	if err != nil {
		return app.Decision{}, internal("đọc quyết định", err)
	}
	defer tx.Rollback()
	return getDecision(ctx, tx, id)
}

func getDecision(ctx context.Context, tx *sql.Tx, id int64) (app.Decision, error) {
	var x app.Decision
	var signed sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT d.id, coalesce(d.campaign_id, 0), coalesce(d.number, 0), d.symbol, d.year, d.signed_on,
			d.signer_name, d.signer_title, d.sign_mode, d.subject, d.proposal_ref, d.status,
			(SELECT count(*) FROM award a WHERE a.decision_id = d.id),
			(SELECT coalesce(sum(bonus), 0) FROM award a WHERE a.decision_id = d.id)
		FROM decision d WHERE d.id = ?`, id).Scan(&x.ID, &x.CampaignID, &x.Number, &x.Symbol, &x.Year, &signed, &x.SignerName,
		&x.SignerTitle, &x.SignMode, &x.Subject, &x.ProposalRef, &x.Status, &x.Awards, &x.Total)
	if errors.Is(err, sql.ErrNoRows) {
		return x, app.Errorf(app.ENOTFOUND, "Không tìm thấy quyết định (mã %d).", id)
	}
	if err != nil {
		return x, internal("đọc quyết định", err)
	}
	x.SignedOn = date(signed)
	if x.Basis, err = lines(ctx, tx, "decision_basis", id); err != nil {
		return x, err
	}
	x.CC, err = lines(ctx, tx, "decision_recipient_line", id)
	return x, err
}

func lines(ctx context.Context, tx *sql.Tx, table string, id int64) ([]string, error) {
	var out []string
	err := each(ctx, tx, func(r *sql.Rows) error {
		var s string
		err := r.Scan(&s)
		out = append(out, s)
		return err
	}, `SELECT text FROM `+table+` WHERE decision_id = ? ORDER BY sort`, id)
	if err != nil {
		return nil, internal("đọc quyết định", err)
	}
	return out, nil
}

func setLines(ctx context.Context, tx *sql.Tx, table string, id int64, ls []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE decision_id = ?`, id); err != nil {
		return err
	}
	n := 0
	for _, l := range ls {
		if l = viet.Normalize(l); l == "" {
			continue
		}
		n++
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+table+` (decision_id, sort, text) VALUES (?, ?, ?)`, id, n, l); err != nil {
			return err
		}
	}
	return nil
}

// Signers lists who may sign, the chairman first.
func (d *DB) Signers(ctx context.Context) ([]app.Signer, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, full_name, title, sign_mode, active FROM signer ORDER BY sign_mode = 'deputy', id`)
	if err != nil {
		return nil, internal("đọc danh sách người ký", err)
	}
	defer rows.Close()
	var out []app.Signer
	for rows.Next() {
		var s app.Signer
		var active int
		if err := rows.Scan(&s.ID, &s.FullName, &s.Title, &s.Mode, &active); err != nil {
			return nil, internal("đọc danh sách người ký", err)
		}
		s.Active = active == 1
		out = append(out, s)
	}
	return out, rows.Err()
}

// CreateDecision drafts a decision dated on from approved proposals of a campaign: number empty,
// symbol, subject, căn cứ (the legal period in force on the date, the campaign plan, the office's
// proposal) and nơi nhận pre-filled, signer the chairman, bonus computed for each award.
func (d *DB) CreateDecision(ctx context.Context, campaignID int64, proposalIDs []int64, on time.Time) (int64, error) {
	if len(proposalIDs) == 0 {
		return 0, app.Errorf(app.EINVALID, "Chưa chọn đề nghị nào (chỉ đề nghị đã «Đạt» mới đưa vào quyết định).")
	}
	var id int64
	err := d.write(ctx, "tạo dự thảo quyết định", func(tx *sql.Tx) error {
		var c app.Campaign
		if err := tx.QueryRowContext(ctx, `SELECT id, year, name, plan_ref FROM campaign WHERE id = ?`, campaignID).Scan(&c.ID, &c.Year, &c.Name, &c.PlanRef); err != nil {
			return app.Errorf(app.ENOTFOUND, "Không tìm thấy phong trào (mã %d).", campaignID)
		}
		symbol, err := settingTx(ctx, tx, app.SettingSymbol, "QĐ-UBND")
		if err != nil {
			return err
		}
		signer := app.Signer{FullName: "", Title: "Chủ tịch", Mode: app.SignHead}
		_ = tx.QueryRowContext(ctx, `SELECT full_name, title, sign_mode FROM signer WHERE active = 1 ORDER BY sign_mode = 'deputy', id LIMIT 1`).
			Scan(&signer.FullName, &signer.Title, &signer.Mode)
		res, err := tx.ExecContext(ctx, `INSERT INTO decision (campaign_id, symbol, year, signed_on, signer_name, signer_title, sign_mode, subject, status)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft')`, campaignID, symbol, on.Year(), viet.ISODate(on), signer.FullName, signer.Title,
			signer.Mode, app.DecisionSubject(c.Year))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		basis, err := queryLegalBasis(ctx, tx, on)
		if err != nil {
			return err
		}
		if c.PlanRef != "" {
			basis = append(basis, "Căn cứ "+c.PlanRef)
		}
		if err := setLines(ctx, tx, "decision_basis", id, basis); err != nil {
			return err
		}
		if err := setLines(ctx, tx, "decision_recipient_line", id, app.DefaultCC); err != nil {
			return err
		}
		if err := addAwards(ctx, tx, id, campaignID, proposalIDs); err != nil {
			return err
		}
		if err := recomputeBonus(ctx, tx, id, on); err != nil {
			return err
		}
		return d.audit(ctx, tx, "decision", id, "create", nil, map[string]any{"proposals": proposalIDs, "date": viet.ISODate(on)})
	})
	return id, err
}

// addAwards turns approved proposals into awards, keeping the name, position and unit as printed.
func addAwards(ctx context.Context, tx *sql.Tx, decisionID, campaignID int64, proposalIDs []int64) error {
	ps, err := queryProposals(ctx, tx, campaignID)
	if err != nil {
		return err
	}
	byID := map[int64]app.Proposal{}
	for _, p := range ps {
		byID[p.ID] = p
	}
	for i, pid := range proposalIDs {
		p, ok := byID[pid]
		if !ok || p.Status != app.ProposalApproved {
			return app.Errorf(app.EINVALID, "Đề nghị «%s» chưa được duyệt «Đạt» nên không đưa vào quyết định được.", p.RecipientName)
		}
		var used int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM award a JOIN decision d ON d.id = a.decision_id
			WHERE a.proposal_id = ? AND d.status <> 'revoked'`, pid).Scan(&used); err != nil {
			return err
		}
		if used > 0 {
			return app.Errorf(app.ECONFLICT, "Đề nghị của %s đã có trong một quyết định khác.", p.RecipientName)
		}
		var personID, unitID, gender any
		name, pos := p.RecipientName, ""
		if p.Recipient == app.RecipientPerson {
			var g, position, unitName string
			if err := tx.QueryRowContext(ctx, `SELECT p.gender, p.position, u.name FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.id = ?`,
				p.PersonID).Scan(&g, &position, &unitName); err != nil {
				return err
			}
			personID, gender, pos = p.PersonID, g, joinPosition(position, unitName)
		} else {
			unitID = p.RecipientUnitID
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO award (decision_id, proposal_id, recipient_kind, person_id, unit_id, recipient_name,
			gender, position_unit, form_code, achievement, bonus, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
			decisionID, pid, p.Recipient, personID, unitID, name, gender, pos, p.FormCode, p.Achievement, i); err != nil {
			return err
		}
	}
	return nil
}

func joinPosition(position, unit string) string {
	if position == "" {
		return unit
	}
	return position + ", " + unit
}

// recomputeBonus sets every award's bonus from the legal tables in force on the decision date.
func recomputeBonus(ctx context.Context, tx *sql.Tx, decisionID int64, on time.Time) error {
	coefs, sal, err := bonusTables(ctx, tx)
	if err != nil {
		return err
	}
	type aw struct {
		id         int64
		form, name string
		kind       app.RecipientKind
	}
	var as []aw
	err = each(ctx, tx, func(r *sql.Rows) error {
		var a aw
		err := r.Scan(&a.id, &a.form, &a.kind, &a.name)
		as = append(as, a)
		return err
	}, `SELECT id, form_code, recipient_kind, recipient_name FROM award WHERE decision_id = ?`, decisionID)
	if err != nil {
		return err
	}
	for _, a := range as {
		bonus, ok := app.BonusFor(a.form, a.kind, on, coefs, sal)
		if !ok {
			return app.Errorf(app.EINVALID, "Không tính được tiền thưởng của %s: bảng hệ số hoặc mức lương cơ sở chưa có giá trị áp dụng ngày %s (xem Cài đặt).",
				a.name, viet.FormatDate(on))
		}
		if _, err := tx.ExecContext(ctx, `UPDATE award SET bonus = ? WHERE id = ?`, bonus, a.id); err != nil {
			return err
		}
	}
	return nil
}

func settingTx(ctx context.Context, tx *sql.Tx, key, def string) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && v == "") {
		return def, nil
	}
	return v, err
}

// draftOnly loads a decision and refuses anything but a draft: an issued decision is read-only.
func draftOnly(ctx context.Context, tx *sql.Tx, id int64) (app.Decision, error) {
	x, err := getDecision(ctx, tx, id)
	if err != nil {
		return x, err
	}
	if x.Status != app.DecisionDraft {
		return x, app.Errorf(app.ECONFLICT, "Quyết định số %s đã ban hành nên không sửa được; muốn sửa, hãy thu hồi rồi ban hành quyết định mới.", x.NumberText())
	}
	return x, nil
}

// UpdateDraft changes a draft: date, signer, subject, proposal reference, căn cứ and nơi nhận. The
// bonuses are computed again for the (maybe new) date.
func (d *DB) UpdateDraft(ctx context.Context, x *app.Decision) error {
	if x.SignedOn.IsZero() {
		return &app.Error{Code: app.EINVALID, Field: "Ngày ký", Message: "Trường «Ngày ký» không được để trống."}
	}
	x.Subject, x.ProposalRef = viet.Normalize(x.Subject), viet.Normalize(x.ProposalRef)
	x.SignerName, x.SignerTitle = viet.Normalize(x.SignerName), viet.Normalize(x.SignerTitle)
	if err := viet.RequireText("Trích yếu", x.Subject, 500); err != nil {
		return err
	}
	return d.write(ctx, "sửa dự thảo quyết định", func(tx *sql.Tx) error {
		before, err := draftOnly(ctx, tx, x.ID)
		if err != nil {
			return err
		}
		if x.SignMode != app.SignDeputy {
			x.SignMode = app.SignHead
		}
		if _, err := tx.ExecContext(ctx, `UPDATE decision SET year = ?, signed_on = ?, signer_name = ?, signer_title = ?, sign_mode = ?,
			subject = ?, proposal_ref = ? WHERE id = ?`, x.SignedOn.Year(), viet.ISODate(x.SignedOn), x.SignerName, x.SignerTitle,
			x.SignMode, x.Subject, x.ProposalRef, x.ID); err != nil {
			return err
		}
		if err := setLines(ctx, tx, "decision_basis", x.ID, x.Basis); err != nil {
			return err
		}
		if err := setLines(ctx, tx, "decision_recipient_line", x.ID, x.CC); err != nil {
			return err
		}
		if err := recomputeBonus(ctx, tx, x.ID, x.SignedOn); err != nil {
			return err
		}
		return d.audit(ctx, tx, "decision", x.ID, "update", before, x)
	})
}

// DeleteDraft removes a draft and its awards; its proposals stay approved.
func (d *DB) DeleteDraft(ctx context.Context, id int64) error {
	return d.write(ctx, "xóa dự thảo", func(tx *sql.Tx) error {
		if _, err := draftOnly(ctx, tx, id); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM award WHERE decision_id = ?`, `DELETE FROM decision_basis WHERE decision_id = ?`,
			`DELETE FROM decision_recipient_line WHERE decision_id = ?`, `DELETE FROM decision WHERE id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "decision", id, "delete", nil, nil)
	})
}

// IssueDecision gives a draft the number the records office (văn thư) assigned — unique for the
// year and symbol — and numbers its certificates in the register of the decision's year, gapless,
// collectives first, in the order of the list. The decision is read-only afterwards.
func (d *DB) IssueDecision(ctx context.Context, id int64, number int) error {
	if number <= 0 {
		return &app.Error{Code: app.EINVALID, Field: "Số quyết định", Message: "Trường «Số quyết định» phải là số do văn thư cấp (lớn hơn 0)."}
	}
	return d.write(ctx, "ban hành quyết định", func(tx *sql.Tx) error {
		x, err := draftOnly(ctx, tx, id)
		if err != nil {
			return err
		}
		if x.Awards == 0 {
			return app.Errorf(app.EINVALID, "Quyết định chưa có ai được khen thưởng.")
		}
		if x.SignerName == "" {
			return &app.Error{Code: app.EINVALID, Field: "Người ký", Message: "Trường «Người ký» không được để trống."}
		}
		var taken int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM decision WHERE year = ? AND symbol = ? AND number = ? AND id <> ?`,
			x.Year, x.Symbol, number, id).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 {
			return &app.Error{Code: app.ECONFLICT, Field: "Số quyết định", Message: "Số " + viet.DecisionNumber(number, x.Symbol) +
				" năm " + strconv.Itoa(x.Year) + " đã dùng cho quyết định khác."}
		}
		if err := recomputeBonus(ctx, tx, id, x.SignedOn); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE decision SET number = ?, status = 'issued' WHERE id = ?`, number, id); err != nil {
			return err
		}
		if err := numberCertificates(ctx, tx, id, x.Year); err != nil {
			return err
		}
		return d.audit(ctx, tx, "decision", id, "issue", map[string]string{"status": "draft"},
			map[string]any{"status": "issued", "number": viet.DecisionNumber(number, x.Symbol)})
	})
}

func numberCertificates(ctx context.Context, tx *sql.Tx, decisionID int64, year int) error {
	var last int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM certificate WHERE year = ?`, year).Scan(&last); err != nil {
		return err
	}
	var ids []int64
	err := each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		err := r.Scan(&id)
		ids = append(ids, id)
		return err
	}, `SELECT id FROM award WHERE decision_id = ? ORDER BY recipient_kind DESC, sort, id`, decisionID)
	if err != nil {
		return err
	}
	for i, id := range ids {
		if _, err := tx.ExecContext(ctx, `INSERT INTO certificate (year, seq, award_id) VALUES (?, ?, ?)`, year, last+i+1, id); err != nil {
			return err
		}
	}
	return nil
}

// RevokeDecision withdraws an issued decision (thu hồi) with its date and reason; its certificates
// are marked void in the register, their numbers are never reused.
func (d *DB) RevokeDecision(ctx context.Context, id int64, on time.Time, reason string) error {
	reason = viet.Normalize(reason)
	if reason == "" {
		return &app.Error{Code: app.EINVALID, Field: "Lý do thu hồi", Message: "Trường «Lý do thu hồi» không được để trống."}
	}
	if on.IsZero() {
		return &app.Error{Code: app.EINVALID, Field: "Ngày thu hồi", Message: "Trường «Ngày thu hồi» không được để trống."}
	}
	return d.write(ctx, "thu hồi quyết định", func(tx *sql.Tx) error {
		x, err := getDecision(ctx, tx, id)
		if err != nil {
			return err
		}
		if x.Status != app.DecisionIssued {
			return app.Errorf(app.ECONFLICT, "Chỉ thu hồi được quyết định đã ban hành.")
		}
		if on.Before(x.SignedOn) {
			return &app.Error{Code: app.EINVALID, Field: "Ngày thu hồi", Message: "Ngày thu hồi trước ngày ký quyết định."}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE decision SET status = 'revoked', revoked_on = ?, revoke_reason = ? WHERE id = ?`,
			viet.ISODate(on), reason, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE certificate SET status = 'void', void_reason = ?
			WHERE award_id IN (SELECT id FROM award WHERE decision_id = ?) AND status = 'valid'`,
			"Quyết định số "+x.NumberText()+" bị thu hồi: "+reason, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "decision", id, "revoke", map[string]string{"status": "issued"},
			map[string]string{"status": "revoked", "on": viet.ISODate(on), "reason": reason})
	})
}

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
