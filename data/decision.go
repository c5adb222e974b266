package data

import (
	"context"
	"database/sql"
	"errors"
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
	rows, err := d.db.QueryContext(ctx, `SELECT id, full_name, title, sign_mode, active, valid_from, valid_to FROM signer ORDER BY sign_mode = 'deputy', id`)
	if err != nil {
		return nil, internal("đọc danh sách người ký", err)
	}
	defer rows.Close()
	var out []app.Signer
	for rows.Next() {
		var s app.Signer
		var active int
		var from, to sql.NullString
		if err := rows.Scan(&s.ID, &s.FullName, &s.Title, &s.Mode, &active, &from, &to); err != nil {
			return nil, internal("đọc danh sách người ký", err)
		}
		s.Active, s.From, s.To = active == 1, date(from), date(to)
		out = append(out, s)
	}
	return out, rows.Err()
}

// CreateDecision drafts a decision dated on from approved proposals of a campaign: number empty,
// symbol, subject, căn cứ (the legal period in force on the date, the campaign plan, the office's
// proposal) and nơi nhận pre-filled, signer the chairman, bonus computed for each award.
func (d *DB) CreateDecision(ctx context.Context, campaignID int64, proposalIDs []int64, on time.Time) (int64, error) {
	if err := app.CheckNewDecision(proposalIDs); err != nil {
		return 0, err
	}
	var id int64
	err := d.write(ctx, "tạo dự thảo quyết định", func(tx *sql.Tx) error {
		c, err := campaignTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		if err := app.CheckCampaignOpen(c, "tạo quyết định"); err != nil {
			return err
		}
		symbol, err := settingTx(ctx, tx, app.SettingSymbol, "QĐ-UBND")
		if err != nil {
			return err
		}
		signer, err := defaultSigner(ctx, tx)
		if err != nil {
			return err
		}
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

// defaultSigner is the first active signer, the chairman first; with none recorded, an unnamed
// Chủ tịch whose name the draft asks for.
func defaultSigner(ctx context.Context, tx *sql.Tx) (app.Signer, error) {
	signer := app.Signer{FullName: "", Title: "Chủ tịch", Mode: app.SignHead}
	err := tx.QueryRowContext(ctx, `SELECT full_name, title, sign_mode FROM signer WHERE active = 1 ORDER BY sign_mode = 'deputy', id LIMIT 1`).
		Scan(&signer.FullName, &signer.Title, &signer.Mode)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return signer, internal("đọc danh sách người ký", err)
	}
	return signer, nil
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
		var used int
		if ok {
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM award a JOIN decision d ON d.id = a.decision_id
				WHERE a.proposal_id = ? AND d.status <> 'revoked'`, pid).Scan(&used); err != nil {
				return err
			}
		}
		if err := app.CheckAwardable(p, ok, used > 0); err != nil {
			return err
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

// draftOnly loads a decision and refuses anything but a draft (app.CheckDraft) of a campaign not
// summed up (app.CheckCampaignOpen); what names the change.
func draftOnly(ctx context.Context, tx *sql.Tx, id int64, what string) (app.Decision, error) {
	x, err := getDecision(ctx, tx, id)
	if err != nil {
		return x, err
	}
	if err := app.CheckDraft(x); err != nil {
		return x, err
	}
	return x, campaignOpen(ctx, tx, x.CampaignID, what)
}

// UpdateDraft changes a draft of a campaign not summed up: date, signer, subject, proposal reference, căn cứ and nơi nhận. The
// bonuses are computed again for the (maybe new) date.
func (d *DB) UpdateDraft(ctx context.Context, x *app.Decision) error {
	if err := app.PrepareDraft(x); err != nil {
		return err
	}
	return d.write(ctx, "sửa dự thảo quyết định", func(tx *sql.Tx) error {
		before, err := draftOnly(ctx, tx, x.ID, "sửa dự thảo quyết định")
		if err != nil {
			return err
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

// DeleteDraft removes a draft and its awards; its proposals stay approved. A summed-up campaign's
// drafts stay.
func (d *DB) DeleteDraft(ctx context.Context, id int64) error {
	return d.write(ctx, "xóa dự thảo", func(tx *sql.Tx) error {
		if _, err := draftOnly(ctx, tx, id, "xóa dự thảo quyết định"); err != nil {
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
// collectives first, in the order of the list. The decision is read-only afterwards; a summed-up
// campaign issues none. Revoking (RevokeDecision) stays open after the summing up.
func (d *DB) IssueDecision(ctx context.Context, id int64, number int) error {
	if err := app.CheckDecisionNumber(number); err != nil {
		return err
	}
	return d.write(ctx, "ban hành quyết định", func(tx *sql.Tx) error {
		x, err := getDecision(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := campaignOpen(ctx, tx, x.CampaignID, "ban hành quyết định"); err != nil {
			return err
		}
		var taken int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM decision WHERE year = ? AND symbol = ? AND number = ? AND id <> ?`,
			x.Year, x.Symbol, number, id).Scan(&taken); err != nil {
			return err
		}
		if err := app.CheckIssue(x, number, taken > 0); err != nil {
			return err
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
		if err := keepDecisionSettings(ctx, tx, id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "decision", id, "issue", map[string]string{"status": "draft"},
			map[string]any{"status": "issued", "number": viet.DecisionNumber(number, x.Symbol)})
	})
}

// RevokeDecision withdraws an issued decision (thu hồi) with its date and reason; its certificates
// are marked void in the register, their numbers are never reused.
func (d *DB) RevokeDecision(ctx context.Context, id int64, on time.Time, reason string) error {
	reason = viet.Normalize(reason)
	if err := app.CheckRevokeRequest(on, reason); err != nil {
		return err
	}
	return d.write(ctx, "thu hồi quyết định", func(tx *sql.Tx) error {
		x, err := getDecision(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := app.CheckRevoke(x, on); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE decision SET status = 'revoked', revoked_on = ?, revoke_reason = ? WHERE id = ?`,
			viet.ISODate(on), reason, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE certificate SET status = 'void', void_reason = ?
			WHERE award_id IN (SELECT id FROM award WHERE decision_id = ?) AND status = 'valid'`,
			app.RevokedCertificateReason(x, reason), id); err != nil {
			return err
		}
		return d.audit(ctx, tx, "decision", id, "revoke", map[string]string{"status": "issued"},
			map[string]string{"status": "revoked", "on": viet.ISODate(on), "reason": reason})
	})
}

// FindDecision finds a decision by its number ("07/QĐ-UBND") and year.
func (d *DB) FindDecision(ctx context.Context, number int, symbol string, year int) (int64, error) {
	var id int64
	err := d.db.QueryRowContext(ctx, `SELECT id FROM decision WHERE number = ? AND symbol = ? AND year = ?`, number, symbol, year).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, app.Errorf(app.ENOTFOUND, "Không có Quyết định số %s năm %d.", viet.DecisionNumber(number, symbol), year)
	}
	if err != nil {
		return 0, internal("tìm quyết định", err)
	}
	return id, nil
}

// Decisions lists a campaign's decisions (0: all), newest first, with award counts and totals.
func (d *DB) Decisions(ctx context.Context, campaignID int64) ([]app.Decision, error) {
	rows, err := d.db.QueryContext(ctx, `
		SELECT d.id, coalesce(d.campaign_id, 0), coalesce(d.number, 0), d.symbol, d.year, d.signed_on,
			d.signer_name, d.signer_title, d.sign_mode, d.subject, d.proposal_ref, d.status,
			(SELECT count(*) FROM award a WHERE a.decision_id = d.id),
			(SELECT coalesce(sum(bonus), 0) FROM award a WHERE a.decision_id = d.id)
		FROM decision d
		WHERE ? = 0 OR d.campaign_id = ?
		ORDER BY d.signed_on DESC, d.id DESC`, campaignID, campaignID)
	if err != nil {
		return nil, internal("đọc danh sách quyết định", err)
	}
	defer rows.Close()
	var ds []app.Decision
	for rows.Next() {
		var x app.Decision
		var signed sql.NullString
		if err := rows.Scan(&x.ID, &x.CampaignID, &x.Number, &x.Symbol, &x.Year, &signed, &x.SignerName,
			&x.SignerTitle, &x.SignMode, &x.Subject, &x.ProposalRef, &x.Status, &x.Awards, &x.Total); err != nil {
			return nil, internal("đọc danh sách quyết định", err)
		}
		x.SignedOn = date(signed)
		ds = append(ds, x)
	}
	return ds, rows.Err()
}

// Awards lists a decision's awards in the order of its list: collectives first (I. Tập thể), then
// individuals (II. Cá nhân).
func (d *DB) Awards(ctx context.Context, decisionID int64) ([]app.Award, error) {
	rows, err := d.db.QueryContext(ctx, `
		SELECT a.id, a.decision_id, coalesce(a.proposal_id, 0), a.recipient_kind, coalesce(a.person_id, 0), coalesce(a.unit_id, 0),
			a.recipient_name, coalesce(a.gender, ''), a.position_unit, a.form_code, f.name, a.achievement, a.bonus,
			coalesce((SELECT printf('%d-%03d', c.year, c.seq) FROM certificate c
				WHERE c.award_id = a.id AND c.status = 'valid' ORDER BY c.seq DESC LIMIT 1), '')
		FROM award a JOIN award_form f ON f.code = a.form_code
		WHERE a.decision_id = ?
		ORDER BY a.sort, a.id`, decisionID)
	if err != nil {
		return nil, internal("đọc danh sách khen thưởng", err)
	}
	defer rows.Close()
	var as []app.Award
	for rows.Next() {
		var a app.Award
		if err := rows.Scan(&a.ID, &a.DecisionID, &a.ProposalID, &a.Recipient, &a.PersonID, &a.UnitID, &a.Name, &a.Gender,
			&a.PositionUnit, &a.FormCode, &a.FormName, &a.Achievement, &a.Bonus, &a.CertificateNo); err != nil {
			return nil, internal("đọc danh sách khen thưởng", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("đọc danh sách khen thưởng", err)
	}
	app.SortAwards(as)
	return as, nil
}
