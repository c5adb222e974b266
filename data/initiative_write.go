package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"time"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// SaveInitiative registers an initiative (ID 0: dated on, step Đăng ký) or corrects its
// registration; the authors are replaced and must total 100%.
func (d *DB) SaveInitiative(ctx context.Context, r *app.InitiativeRecord, on time.Time) error {
	initiatives.Normalize(r)
	if err := initiatives.Validate(*r, on); err != nil {
		return err
	}
	return d.write(ctx, "lưu sáng kiến", func(tx *sql.Tx) error {
		if err := saveInitiative(ctx, tx, r, on); err != nil {
			return err
		}
		return d.audit(ctx, tx, "initiative", r.ID, "save", nil, r)
	})
}

func saveInitiative(ctx context.Context, tx *sql.Tx, r *app.InitiativeRecord, on time.Time) error {
	args := []any{r.Title, viet.FoldKey(r.Title), nullInt(r.FieldID), r.FieldOther, r.Kind, r.UnitID, nullDate(r.FirstApplied),
		r.KnownState, r.Purpose, r.Novelty, r.Steps, r.Conditions, r.Benefits, r.FirstUsers}
	if r.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO initiative (title, title_key, field_id, field_other, solution_kind, unit_id,
			first_applied, known_state, purpose, novelty, content, applicability, benefits, first_users, campaign_id, status)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered')`, append(args, r.CampaignID)...)
		if err != nil {
			return mapErr("đăng ký sáng kiến", err)
		}
		r.ID, _ = res.LastInsertId()
		if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_step (initiative_id, step, on_date, seq) VALUES (?, 'registered', ?, 1)`,
			r.ID, viet.ISODate(on)); err != nil {
			return err
		}
	} else {
		res, err := tx.ExecContext(ctx, `UPDATE initiative SET title = ?, title_key = ?, field_id = ?, field_other = ?, solution_kind = ?,
			unit_id = ?, first_applied = ?, known_state = ?, purpose = ?, novelty = ?, content = ?, applicability = ?, benefits = ?,
			first_users = ? WHERE id = ?`, append(args, r.ID)...)
		if err != nil {
			return mapErr("sửa sáng kiến", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return app.Errorf(app.ENOTFOUND, "Không tìm thấy sáng kiến (mã %d).", r.ID)
		}
	}
	return saveAuthors(ctx, tx, r.ID, r.Authors)
}

func saveAuthors(ctx context.Context, tx *sql.Tx, id int64, as []app.Author) error {
	for _, q := range []string{`DELETE FROM initiative_author WHERE initiative_id = ?`, `DELETE FROM initiative_author_typed WHERE initiative_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	for _, a := range as {
		var err error
		if a.PersonID != 0 {
			_, err = tx.ExecContext(ctx, `INSERT INTO initiative_author (initiative_id, person_id, share_pct) VALUES (?, ?, ?)`, id, a.PersonID, a.SharePct)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO initiative_author_typed (initiative_id, full_name, name_key, share_pct) VALUES (?, ?, ?, ?)`,
				id, a.FullName, viet.FoldKey(a.FullName), a.SharePct)
		}
		if err != nil {
			return mapErr("lưu tác giả sáng kiến", err)
		}
	}
	return nil
}

// AddInitiativeAttachment keeps a file with a registration, identified by its SHA-256; the same
// file twice is refused.
func (d *DB) AddInitiativeAttachment(ctx context.Context, initiativeID int64, name string, body []byte, at time.Time) error {
	name = viet.Normalize(name)
	if name == "" {
		return app.FieldError("Tệp đính kèm", "%s: tệp chưa có tên.", app.FieldPrefix("Tệp đính kèm"))
	}
	if len(body) > app.MaxAttachmentBytes {
		return app.FieldError("Tệp đính kèm", "%s: tệp «%s» lớn hơn %d MB; hãy nén hoặc chụp lại nhỏ hơn.",
			app.FieldPrefix("Tệp đính kèm"), name, app.MaxAttachmentBytes>>20)
	}
	sum := sha256.Sum256(body)
	return d.write(ctx, "đính kèm tệp", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO initiative_attachment (initiative_id, file_name, sha256, size, body, added_at)
			VALUES (?, ?, ?, ?, ?, ?)`, initiativeID, name, hex.EncodeToString(sum[:]), len(body), body, at.UTC().Format(time.RFC3339))
		if app.ErrorCode(mapErr("", err)) == app.ECONFLICT {
			return app.Errorf(app.ECONFLICT, "Tệp «%s» đã được đính kèm (cùng nội dung).", name)
		}
		return err
	})
}

// AdvanceInitiative takes the next step of an initiative; a base recognition records the unit's
// decision (what makes an author eligible for Chiến sĩ thi đua cơ sở).
func (d *DB) AdvanceInitiative(ctx context.Context, id int64, s app.StepRecord) error {
	s.Ref, s.Note = viet.Normalize(s.Ref), viet.NormalizeMultiline(s.Note)
	return d.write(ctx, "chuyển bước sáng kiến", func(tx *sql.Tx) error {
		h, err := loadHistory(ctx, tx, id)
		if err != nil {
			return err
		}
		if len(h) == 0 {
			return app.Errorf(app.ENOTFOUND, "Không tìm thấy sáng kiến (mã %d).", id)
		}
		if err := initiatives.Advance(h, s); err != nil {
			return err
		}
		if err := addStep(ctx, tx, id, len(h)+1, s); err != nil {
			return err
		}
		if s.Step == app.StepBaseRecognised {
			if err := addRecognition(ctx, tx, id, app.LevelBase, s, "Cấp cơ sở"); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "initiative", id, string(s.Step), nil, s)
	})
}

func addStep(ctx context.Context, tx *sql.Tx, id int64, seq int, s app.StepRecord) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_step (initiative_id, step, on_date, ref, note, seq) VALUES (?, ?, ?, ?, ?, ?)`,
		id, s.Step, viet.ISODate(s.On), s.Ref, s.Note, seq); err != nil {
		return mapErr("chuyển bước sáng kiến", err)
	}
	_, err := tx.ExecContext(ctx, `UPDATE initiative SET status = ? WHERE id = ?`, initiatives.Status(s.Step), id)
	return err
}

func addRecognition(ctx context.Context, tx *sql.Tx, id int64, level app.RecognitionLevel, s app.StepRecord, scope string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO initiative_recognition (initiative_id, level, decision_no, decision_date, scope, effectiveness)
		VALUES (?, ?, ?, ?, ?, 'Có hiệu quả')`, id, level, s.Ref, viet.ISODate(s.On), scope)
	return mapErr("ghi công nhận sáng kiến", err)
}

// RecognizeDistrict records the chairman's decision recognising the scope of influence and
// effectiveness at district level of initiatives the council passed.
func (d *DB) RecognizeDistrict(ctx context.Context, ids []int64, decisionNo string, on time.Time) error {
	decisionNo = viet.Normalize(decisionNo)
	return d.write(ctx, "ghi quyết định công nhận sáng kiến", func(tx *sql.Tx) error {
		steps, results, titles := map[int64][]app.StepRecord{}, map[int64]app.CouncilResult{}, map[int64]string{}
		councils := map[int64]*councilData{}
		for _, id := range ids {
			r, err := loadRecord(ctx, tx, id)
			if err != nil {
				return err
			}
			c, ok := councils[r.CampaignID]
			if !ok {
				if c, err = loadCouncil(ctx, tx, r.CampaignID); err != nil {
					return err
				}
				councils[r.CampaignID] = c
			}
			steps[id], results[id], titles[id] = r.History, c.result(r.Initiative, 0), r.Title
		}
		if err := initiatives.Recognize(decisionNo, on, steps, results, titles); err != nil {
			return err
		}
		for _, id := range ids {
			s := app.StepRecord{Step: app.StepDistrictRecognised, On: on, Ref: decisionNo}
			if err := addStep(ctx, tx, id, len(steps[id])+1, s); err != nil {
				return err
			}
			if err := addRecognition(ctx, tx, id, app.LevelDistrict, s, "Cấp huyện"); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "initiative", 0, "recognize_district", nil, map[string]any{"ids": ids, "decision": decisionNo})
	})
}
