package data

import (
	"bytes"
	"context"
	"database/sql"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/unitbook"
	"thidua/app/viet"
)

// UnitBook is the workbook of a unit for a campaign: its criteria set with the self-scores stored
// so far, its staff, the forms and the initiatives' lists (app/unitbook.Make).
func (d *DB) UnitBook(ctx context.Context, campaignID, unitID int64) (app.UnitBook, error) {
	tx, err := d.readTx(ctx)
	if err != nil {
		return app.UnitBook{}, internal("lập sổ của đơn vị", err)
	}
	defer tx.Rollback()
	sh, err := unitSheetTx(ctx, tx, campaignID, unitID)
	if err != nil {
		return app.UnitBook{}, err
	}
	staff, err := queryPeople(ctx, tx, `WHERE p.unit_id = ? `+personOrder, unitID)
	if err != nil {
		return app.UnitBook{}, err
	}
	forms, err := formsTx(ctx, tx)
	if err != nil {
		return app.UnitBook{}, err
	}
	dbID, err := databaseIDTx(ctx, tx)
	if err != nil {
		return app.UnitBook{}, err
	}
	return unitbook.Make(dbID, sh.Campaign, sh, staff, forms), nil
}

// databaseIDTx is the database's own identifier (migration 0050), written into its workbooks.
func databaseIDTx(ctx context.Context, tx *sql.Tx) (string, error) {
	var id string
	if err := tx.QueryRowContext(ctx, `SELECT id FROM database_identity WHERE only_row = 1`).Scan(&id); err != nil {
		return "", internal("đọc mã cơ sở dữ liệu", err)
	}
	return id, nil
}

func formsTx(ctx context.Context, tx *sql.Tx) ([]app.AwardForm, error) {
	var out []app.AwardForm
	err := each(ctx, tx, func(r *sql.Rows) error {
		var f app.AwardForm
		err := r.Scan(&f.Code, &f.Name, &f.Kind, &f.Recipient)
		out = append(out, f)
		return err
	}, `SELECT code, name, kind, recipient FROM award_form ORDER BY sort`)
	if err != nil {
		return nil, internal("đọc danh mục hình thức", err)
	}
	return out, nil
}

// bookFacts loads what a returned workbook is compared with, once it is known to be of campaign.
func bookFacts(ctx context.Context, tx *sql.Tx, campaignID int64, rb app.ReturnedBook) (unitbook.Facts, error) {
	var f unitbook.Facts
	var err error
	if f.Campaign, err = campaignTx(ctx, tx, campaignID); err != nil {
		return f, err
	}
	dbID, err := databaseIDTx(ctx, tx)
	if err != nil {
		return f, err
	}
	if err := unitbook.Identify(rb, f.Campaign, dbID); err != nil {
		return f, err
	}
	if f.Sheet, err = unitSheetTx(ctx, tx, campaignID, rb.Meta.UnitID); err != nil {
		if app.ErrorCode(err) == app.ENOTFOUND {
			return f, app.Errorf(app.ENOTFOUND, "Sổ của %s: %s", rb.Meta.Unit, app.ErrorMessage(err))
		}
		return f, err
	}
	if err := unitbook.SameUnit(rb, f.Sheet.Unit); err != nil {
		return f, err
	}
	if f.People, err = queryPeople(ctx, tx, ``); err != nil {
		return f, err
	}
	if f.Units, err = queryUnits(ctx, tx); err != nil {
		return f, err
	}
	if f.Forms, err = formsTx(ctx, tx); err != nil {
		return f, err
	}
	if f.Fields, err = reformFieldsTx(ctx, tx); err != nil {
		return f, err
	}
	if f.Proposals, err = queryProposals(ctx, tx, campaignID); err != nil {
		return f, err
	}
	where, args := filterWhere(app.InitiativeFilter{Year: f.Campaign.Year, UnitID: rb.Meta.UnitID})
	ins, err := queryInitiatives(ctx, tx, where, args...)
	if err != nil {
		return f, err
	}
	for _, in := range ins {
		r, err := loadRecord(ctx, tx, in.ID)
		if err != nil {
			return f, err
		}
		r.Step = in.Step
		f.Initiatives = append(f.Initiatives, r)
	}
	err = each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		err := r.Scan(&id)
		f.Earlier = append(f.Earlier, id)
		return err
	}, `SELECT DISTINCT wp.proposal_id FROM workbook_proposal wp JOIN workbook_submission s ON s.id = wp.submission_id
		WHERE s.book_id = ? AND s.campaign_id = ?`, rb.Meta.BookID, campaignID)
	return f, err
}

// BackupBeforeReturns makes the verified backup an import makes first; a folder of returns makes
// one before the first workbook it stores.
func (d *DB) BackupBeforeReturns(ctx context.Context) error { return d.backupBeforeImport(ctx) }

// PrepareReturn identifies a returned workbook and plans its changes; nothing is stored.
func (d *DB) PrepareReturn(ctx context.Context, campaignID int64, rb app.ReturnedBook) (app.BookPlan, []*app.Error, error) {
	tx, err := d.readTx(ctx)
	if err != nil {
		return app.BookPlan{}, nil, internal("đọc sổ của đơn vị", err)
	}
	defer tx.Rollback()
	f, err := bookFacts(ctx, tx, campaignID, rb)
	if err != nil {
		return app.BookPlan{}, nil, err
	}
	plan, errs := unitbook.Prepare(rb, f)
	return plan, errs, nil
}

// ApplyReturn plans a returned workbook again and stores it in one transaction: self-scores (never
// the appraisal), new and changed proposals («Mới»), the earlier return's proposals it no longer
// holds removed, initiatives registered (or recognised at base level), the submission recorded
// and, for a period, the unit's report marked received unless one is recorded already.
func (d *DB) ApplyReturn(ctx context.Context, campaignID int64, rb app.ReturnedBook, rc app.BookReceipt) (app.BookPlan, []*app.Error, error) {
	if rc.Received.IsZero() {
		return app.BookPlan{}, nil, app.FieldError("Ngày nhận", "Trường «Ngày nhận» không được để trống.")
	}
	var kept app.Evidence
	var plan app.BookPlan
	var rowErrs []*app.Error
	err := d.write(ctx, "nhận sổ của đơn vị", func(tx *sql.Tx) error {
		f, err := bookFacts(ctx, tx, campaignID, rb)
		if err != nil {
			return err
		}
		if plan, rowErrs = unitbook.Prepare(rb, f); len(rowErrs) > 0 {
			return nil
		}
		return d.applyPlan(ctx, tx, f, plan, rc, &kept)
	})
	if err != nil {
		d.forgetFile(ctx, kept.Path)
	}
	if err != nil || len(rowErrs) > 0 {
		return app.BookPlan{}, rowErrs, err
	}
	return plan, nil, nil
}

func (d *DB) applyPlan(ctx context.Context, tx *sql.Tx, f unitbook.Facts, plan app.BookPlan, rc app.BookReceipt, kept *app.Evidence) error {
	unitID := f.Sheet.Unit.ID
	if len(plan.Scores) > 0 {
		if err := writableScores(ctx, tx, f.Sheet); err != nil {
			return err
		}
		if err := d.applyScores(ctx, tx, f, plan); err != nil {
			return err
		}
	}
	if len(plan.NewProposals)+len(plan.ChangedProposals)+len(plan.RemovedProposals) > 0 {
		if err := campaignOpen(ctx, tx, f.Campaign.ID, "nhận đề nghị từ sổ của đơn vị"); err != nil {
			return err
		}
	}
	sub, err := d.insertSubmission(ctx, tx, f, plan, rc)
	if err != nil {
		return err
	}
	if err := d.applyProposals(ctx, tx, f, plan, sub); err != nil {
		return err
	}
	if err := d.applyInitiatives(ctx, tx, f, plan, rc.Received); err != nil {
		return err
	}
	if rc.PeriodID != 0 {
		if err := d.receiveBookReport(ctx, tx, unitID, plan, rc, kept); err != nil {
			return err
		}
	}
	return d.audit(ctx, tx, "workbook_submission", sub, "import", nil, map[string]any{"book": plan.BookID, "unit": unitID,
		"scores": len(plan.Scores), "proposals": len(plan.NewProposals), "changed": len(plan.ChangedProposals),
		"removed": len(plan.RemovedProposals), "initiatives": len(plan.NewInitiatives) + len(plan.ChangedInitiatives)})
}

func (d *DB) insertSubmission(ctx context.Context, tx *sql.Tx, f unitbook.Facts, plan app.BookPlan, rc app.BookReceipt) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO workbook_submission (campaign_id, unit_id, book_id, period_id, received_on, file_name,
		file_sha256, imported_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, f.Campaign.ID, f.Sheet.Unit.ID, plan.BookID,
		nullInt(rc.PeriodID), viet.ISODate(rc.Received), viet.Normalize(rc.FileName), rc.SHA256, d.Now().UTC().Format(time.RFC3339),
		strings.Join(plan.Summary(), "; "))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (d *DB) applyProposals(ctx context.Context, tx *sql.Tx, f unitbook.Facts, plan app.BookPlan, sub int64) error {
	before := map[int64]app.Proposal{}
	for _, p := range f.Proposals {
		before[p.ID] = p
	}
	done := map[int64]bool{}
	for _, id := range plan.RemovedProposals {
		if done[id] {
			continue
		}
		done[id] = true
		res, err := tx.ExecContext(ctx, `DELETE FROM proposal WHERE id = ? AND status = 'new'`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // reviewed or removed meanwhile: nothing deleted, nothing logged
		}
		if err := d.audit(ctx, tx, "proposal", id, "delete", before[id], map[string]any{"workbook": plan.BookID}); err != nil {
			return err
		}
	}
	for _, p := range plan.ChangedProposals {
		res, err := tx.ExecContext(ctx, `UPDATE proposal SET achievement = ? WHERE id = ? AND status = 'new'`, p.Achievement, p.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue
		}
		if err := d.audit(ctx, tx, "proposal", p.ID, "update", map[string]any{"achievement": before[p.ID].Achievement},
			map[string]any{"achievement": p.Achievement, "workbook": plan.BookID}); err != nil {
			return err
		}
	}
	keep := append([]app.Proposal{}, plan.ChangedProposals...)
	for i := range plan.NewProposals {
		p := plan.NewProposals[i]
		if err := d.insertProposal(ctx, tx, &p); err != nil {
			return err
		}
		keep = append(keep, p)
	}
	for _, p := range keep {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO workbook_proposal (submission_id, proposal_id) VALUES (?, ?)`, sub, p.ID); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) applyInitiatives(ctx context.Context, tx *sql.Tx, f unitbook.Facts, plan app.BookPlan, on time.Time) error {
	for i := range plan.NewInitiatives {
		r := plan.NewInitiatives[i]
		added, err := importInitiative(ctx, tx, f.Campaign.ID, f.Campaign.Year, &r, 0)
		if err != nil {
			return err
		}
		if added {
			if err := d.audit(ctx, tx, "initiative", r.ID, "save", nil, map[string]any{"record": r, "workbook": plan.BookID}); err != nil {
				return err
			}
		}
	}
	before := map[int64]app.InitiativeRecord{}
	for _, r := range f.Initiatives {
		before[r.ID] = r
	}
	for i := range plan.ChangedInitiatives {
		r := plan.ChangedInitiatives[i]
		if err := saveInitiative(ctx, tx, &r, on); err != nil {
			return err
		}
		if err := d.audit(ctx, tx, "initiative", r.ID, "save", before[r.ID], map[string]any{"record": r, "workbook": plan.BookID}); err != nil {
			return err
		}
		if r.Step != app.StepRegistered {
			continue
		}
		for _, s := range r.History {
			if s.Step == app.StepBaseRecognised {
				if err := addStep(ctx, tx, r.ID, 2, s); err != nil {
					return err
				}
				if err := addRecognition(ctx, tx, r.ID, app.LevelBase, s, "Cấp cơ sở"); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// receiveBookReport marks the unit's report for the period received unless one is recorded already;
// only then is the returned file copied into the evidence folder, as the report's file (kept tells
// the caller which copy to remove should the transaction fail).
func (d *DB) receiveBookReport(ctx context.Context, tx *sql.Tx, unitID int64, plan app.BookPlan, rc app.BookReceipt, kept *app.Evidence) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit_report WHERE period_id = ? AND unit_id = ?`, rc.PeriodID, unitID).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if len(rc.Data) > 0 {
		ev, err := d.keepFile(rc.FileName, bytes.NewReader(rc.Data))
		if err != nil {
			return err
		}
		*kept = ev
	}
	r := app.UnitReport{PeriodID: rc.PeriodID, UnitID: unitID, ReceivedOn: rc.Received, FileName: viet.Normalize(rc.FileName),
		FileSHA256: rc.SHA256, FilePath: kept.Path, FileSize: kept.Size, Note: "Sổ của đơn vị, mã " + plan.BookID}
	return d.putUnitReport(ctx, tx, &r)
}

// applyScores stores the self-scores of a return and logs them with what they replace.
func (d *DB) applyScores(ctx context.Context, tx *sql.Tx, f unitbook.Facts, plan app.BookPlan) error {
	unitID := f.Sheet.Unit.ID
	codes := map[int64]string{}
	for _, c := range f.Sheet.Set.Items {
		codes[c.ID] = c.Code
	}
	was, now := map[string]any{}, map[string]any{}
	for _, s := range plan.Scores {
		if err := putScore(ctx, tx, unitID, s); err != nil {
			return err
		}
		if old, ok := f.Sheet.Scores[s.CriterionID]; ok {
			was[codes[s.CriterionID]] = old
		} else {
			was[codes[s.CriterionID]] = nil
		}
		now[codes[s.CriterionID]] = s
	}
	return d.audit(ctx, tx, "unit", unitID, "workbook_self_scores", map[string]any{"campaign": f.Campaign.ID, "scores": was},
		map[string]any{"campaign": f.Campaign.ID, "workbook": plan.BookID, "scores": now})
}
