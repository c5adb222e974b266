package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// reformFieldsTx lists every reform field in its order.
func reformFieldsTx(ctx context.Context, q querierCtx) ([]app.ReformField, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, code, name FROM reform_field ORDER BY sort`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var fs []app.ReformField
	for rows.Next() {
		var f app.ReformField
		if err := rows.Scan(&f.ID, &f.Code, &f.Name); err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	return fs, rows.Err()
}

// querierCtx is what *sql.DB and *sql.Tx share for reads.
type querierCtx interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// campaignSets loads every criteria set of a campaign with its items, in the office's kind order.
func campaignSets(ctx context.Context, q querierCtx, campaignID int64) ([]app.CriteriaSet, error) {
	fields, err := reformFieldsTx(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, `SELECT id, unit_kind, name, target FROM criteria_set WHERE campaign_id = ?`, campaignID)
	if err != nil {
		return nil, err
	}
	byKind := map[app.UnitKind]app.CriteriaSet{}
	for rows.Next() {
		s := app.CriteriaSet{CampaignID: campaignID, Fields: fields}
		if err := rows.Scan(&s.ID, &s.Kind, &s.Name, &s.Target); err != nil {
			rows.Close()
			return nil, err
		}
		byKind[s.Kind] = s
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	items, err := campaignItems(ctx, q, campaignID)
	if err != nil {
		return nil, err
	}
	var out []app.CriteriaSet
	for _, k := range app.UnitKinds {
		if s, ok := byKind[k]; ok {
			s.Items = items[s.ID]
			s.Items = scoring.Ordered(s)
			out = append(out, s)
		}
	}
	return out, nil
}

func campaignItems(ctx context.Context, q querierCtx, campaignID int64) (map[int64][]app.Criterion, error) {
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.set_id, c.field_id, f.name, coalesce(c.parent_id, 0), c.code, c.name,
			c.max_points, c.guidance, c.na_allowed, c.survey, c.sort, c.from_reports
		FROM criterion c JOIN criteria_set s ON s.id = c.set_id JOIN reform_field f ON f.id = c.field_id
		WHERE s.campaign_id = ? ORDER BY c.sort, c.id`, campaignID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]app.Criterion{}
	for rows.Next() {
		var c app.Criterion
		if err := rows.Scan(&c.ID, &c.SetID, &c.FieldID, &c.FieldName, &c.ParentID, &c.Code, &c.Name,
			&c.Max, &c.Guidance, &c.NAAllowed, &c.Survey, &c.Sort, &c.FromReports); err != nil {
			return nil, err
		}
		out[c.SetID] = append(out[c.SetID], c)
	}
	return out, rows.Err()
}

// CriteriaSets lists a campaign's criteria sets with their trees (codes from the position).
func (d *DB) CriteriaSets(ctx context.Context, campaignID int64) ([]app.CriteriaSet, error) {
	sets, err := campaignSets(ctx, d.db, campaignID)
	if err != nil {
		return nil, internal("đọc bộ tiêu chí", err)
	}
	return sets, nil
}

// CriteriaLocked reports whether a campaign's criteria are closed to edits.
func (d *DB) CriteriaLocked(ctx context.Context, campaignID int64) (bool, error) {
	var locked bool
	err := d.db.QueryRowContext(ctx, criteriaLockedQ, campaignID).Scan(&locked)
	if err != nil {
		return false, internal("đọc khóa tiêu chí", err)
	}
	return locked, nil
}

const criteriaLockedQ = `SELECT c.criteria_unlocked = 0 AND EXISTS (
		SELECT 1 FROM unit_score sc JOIN criterion k ON k.id = sc.criterion_id JOIN criteria_set s ON s.id = k.set_id
		WHERE s.campaign_id = c.id AND sc.appraised_points IS NOT NULL)
	FROM campaign c WHERE c.id = ?`

// editableCriteria refuses edits to the criteria of a summed-up campaign or of one whose criteria
// are locked by appraised scores.
func editableCriteria(ctx context.Context, tx *sql.Tx, campaignID int64) error {
	c, err := campaignTx(ctx, tx, campaignID)
	if err != nil {
		return err
	}
	if err := scoring.ReadOnly(c); err != nil {
		return err
	}
	var locked bool
	if err := tx.QueryRowContext(ctx, criteriaLockedQ, campaignID).Scan(&locked); err != nil {
		return err
	}
	if locked {
		return app.Errorf(app.ECONFLICT, "Tiêu chí của phong trào %d đã khóa vì đã có điểm thẩm định. Mở khóa (ghi lý do) nếu cần sửa.", c.Year)
	}
	return nil
}

// SetCriteriaLock locks (unlocked false) or unlocks the criteria of a campaign; unlocking needs a
// reason, kept in the audit log.
func (d *DB) SetCriteriaLock(ctx context.Context, campaignID int64, unlocked bool, reason string) error {
	reason = viet.Normalize(reason)
	if unlocked {
		if err := scoring.NeedReason("tiêu chí", reason); err != nil {
			return err
		}
	}
	return d.write(ctx, "khóa, mở khóa tiêu chí", func(tx *sql.Tx) error {
		c, err := campaignTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		if err := scoring.ReadOnly(c); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE campaign SET criteria_unlocked = ? WHERE id = ?`, unlocked, campaignID); err != nil {
			return err
		}
		action := "criteria_lock"
		if unlocked {
			action = "criteria_unlock"
		}
		return d.audit(ctx, tx, "campaign", campaignID, action, nil, map[string]any{"reason": reason})
	})
}

// setOfTx loads one set (by id) with its campaign, inside tx.
func setOfTx(ctx context.Context, tx *sql.Tx, setID int64) (app.CriteriaSet, error) {
	var campaignID int64
	if err := tx.QueryRowContext(ctx, `SELECT campaign_id FROM criteria_set WHERE id = ?`, setID).Scan(&campaignID); err != nil {
		if err == sql.ErrNoRows {
			return app.CriteriaSet{}, app.Errorf(app.ENOTFOUND, "Không tìm thấy bộ tiêu chí (mã %d).", setID)
		}
		return app.CriteriaSet{}, err
	}
	sets, err := campaignSets(ctx, tx, campaignID)
	if err != nil {
		return app.CriteriaSet{}, err
	}
	for _, s := range sets {
		if s.ID == setID {
			return s, nil
		}
	}
	return app.CriteriaSet{}, app.Errorf(app.ENOTFOUND, "Không tìm thấy bộ tiêu chí (mã %d).", setID)
}

// EditCriteria changes a set's tree with one editor action — edit(set) returns the items as they
// should be (scoring.Ordered/Move, or a changed item) — and stores codes, order and parents'
// maxima again. One transaction; refused when the criteria are locked.
func (d *DB) EditCriteria(ctx context.Context, setID int64, edit func(app.CriteriaSet) ([]app.Criterion, error)) error {
	return d.write(ctx, "sửa bộ tiêu chí", func(tx *sql.Tx) error {
		set, err := setOfTx(ctx, tx, setID)
		if err != nil {
			return err
		}
		if err := editableCriteria(ctx, tx, set.CampaignID); err != nil {
			return err
		}
		items, err := edit(set)
		if err != nil {
			return err
		}
		return storeItems(ctx, tx, set, items)
	})
}

// storeItems writes the items of a set: new ones (ID 0, placed by their Sort among siblings) are
// inserted, missing ones deleted (only without scores), the rest updated; then the tree is
// renumbered. Codes go through a temporary form first so that UNIQUE (set_id, code) holds.
func storeItems(ctx context.Context, tx *sql.Tx, set app.CriteriaSet, items []app.Criterion) error {
	keep := map[int64]bool{}
	for i := range items {
		c := &items[i]
		c.Name, c.Guidance = viet.Normalize(c.Name), viet.Normalize(c.Guidance)
		if c.ID != 0 {
			keep[c.ID] = true
		}
	}
	for i := len(set.Items) - 1; i >= 0; i-- { // children before their parent
		if old := set.Items[i]; !keep[old.ID] {
			if err := deleteItem(ctx, tx, old); err != nil {
				return err
			}
		}
	}
	for i := range items {
		c := &items[i]
		if c.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO criterion (set_id, field_id, parent_id, code, name, max_points, guidance, sort, na_allowed, survey, from_reports)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, set.ID, c.FieldID, nullID(c.ParentID), "tmp-new-"+itoa(i), c.Name, c.Max, c.Guidance, c.Sort,
				c.NAAllowed, c.Survey, c.FromReports)
			if err != nil {
				return err
			}
			c.ID, _ = res.LastInsertId()
		}
	}
	set.Items = items
	ordered := scoring.Ordered(set)
	if _, err := tx.ExecContext(ctx, `UPDATE criterion SET code = 'tmp-' || id WHERE set_id = ?`, set.ID); err != nil {
		return err
	}
	leaf := map[int64]bool{}
	for _, c := range scoring.Leaves(app.CriteriaSet{Items: ordered}) {
		leaf[c.ID] = true
	}
	for _, c := range ordered {
		c.Code = viet.Normalize(c.Code)
		if err := scoring.CheckItem(c, leaf[c.ID]); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE criterion SET field_id = ?, parent_id = ?, code = ?, name = ?, max_points = ?, guidance = ?,
			sort = ?, na_allowed = ?, survey = ?, from_reports = ? WHERE id = ?`, c.FieldID, nullID(c.ParentID), c.Code, c.Name, c.Max, c.Guidance,
			c.Sort, c.NAAllowed, c.Survey, c.FromReports, c.ID); err != nil {
			return err
		}
	}
	return nil
}

func deleteItem(ctx context.Context, tx *sql.Tx, c app.Criterion) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit_score WHERE criterion_id = ?`, c.ID).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return app.Errorf(app.ECONFLICT, "Tiêu chí %s đã có điểm của %d đơn vị nên không xóa được.", c.Code, n)
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM criterion WHERE id = ?`, c.ID)
	return err
}

// SetTarget changes the total maximum a set must reach (the office's choice; 100 by default).
func (d *DB) SetTarget(ctx context.Context, setID int64, target app.Points) error {
	if target <= 0 || target%scoring.Step != 0 {
		return app.FieldError("Tổng điểm tối đa", "Trường «Tổng điểm tối đa» phải là số dương theo bậc 0,25.")
	}
	return d.write(ctx, "đổi tổng điểm tối đa", func(tx *sql.Tx) error {
		set, err := setOfTx(ctx, tx, setID)
		if err != nil {
			return err
		}
		if err := editableCriteria(ctx, tx, set.CampaignID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE criteria_set SET target = ? WHERE id = ?`, target, setID)
		return err
	})
}

// CreateCriteriaSet adds an empty set for a unit kind to a campaign.
func (d *DB) CreateCriteriaSet(ctx context.Context, campaignID int64, kind app.UnitKind, name string) (int64, error) {
	name = viet.Normalize(name)
	if err := viet.RequireText("Tên bộ tiêu chí", name, 300); err != nil {
		return 0, err
	}
	var id int64
	err := d.write(ctx, "tạo bộ tiêu chí", func(tx *sql.Tx) error {
		if err := editableCriteria(ctx, tx, campaignID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO criteria_set (campaign_id, unit_kind, name) VALUES (?, ?, ?)`, campaignID, kind, name)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// AddCriterion adds an item at the end of its siblings: under parentID, or (parentID 0) as a
// criterion of field fieldID.
func (d *DB) AddCriterion(ctx context.Context, setID int64, c app.Criterion) (int64, error) {
	c.ID, c.Sort = 0, 1<<30
	var name = viet.Normalize(c.Name)
	err := d.EditCriteria(ctx, setID, func(s app.CriteriaSet) ([]app.Criterion, error) {
		if c.ParentID != 0 {
			for _, p := range s.Items {
				if p.ID == c.ParentID {
					c.FieldID = p.FieldID
				}
			}
		}
		c.SetID = setID
		return append(s.Items, c), nil
	})
	if err != nil {
		return 0, err
	}
	var id int64
	err = d.db.QueryRowContext(ctx, `SELECT max(id) FROM criterion WHERE set_id = ? AND name = ?`, setID, name).Scan(&id)
	return id, mapErr("thêm tiêu chí", err)
}

// UpdateCriterion changes an item's name, maximum, guidance and options.
func (d *DB) UpdateCriterion(ctx context.Context, c app.Criterion) error {
	return d.EditCriteria(ctx, c.SetID, func(s app.CriteriaSet) ([]app.Criterion, error) {
		items := append([]app.Criterion(nil), s.Items...)
		for i := range items {
			if items[i].ID == c.ID {
				x := &items[i]
				x.Name, x.Max, x.Guidance, x.NAAllowed, x.Survey, x.FromReports = c.Name, c.Max, c.Guidance, c.NAAllowed, c.Survey, c.FromReports
				return items, nil
			}
		}
		return nil, app.Errorf(app.ENOTFOUND, "Không tìm thấy tiêu chí.")
	})
}

// MoveCriterion moves an item up (−1) or down (+1) among its siblings; codes follow.
func (d *DB) MoveCriterion(ctx context.Context, setID, id int64, delta int) error {
	return d.EditCriteria(ctx, setID, func(s app.CriteriaSet) ([]app.Criterion, error) {
		return scoring.Move(s, id, delta), nil
	})
}

// DeleteCriterion removes an item without scores, and its sub-criteria.
func (d *DB) DeleteCriterion(ctx context.Context, setID, id int64) error {
	return d.EditCriteria(ctx, setID, func(s app.CriteriaSet) ([]app.Criterion, error) {
		gone := map[int64]bool{id: true}
		var out []app.Criterion
		for _, c := range s.Items { // tree order: a parent comes before its children
			if gone[c.ID] || gone[c.ParentID] {
				gone[c.ID] = true
				continue
			}
			out = append(out, c)
		}
		return out, nil
	})
}
