package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/scoring"
)

// ImportCriteriaSet replaces a set's tree with one read from a file in the export layout, all or
// nothing: bad cells come back by row and column and nothing changes. A set some unit has already
// scored is not replaced (the scores would lose their items), nor one whose criteria are locked.
func (d *DB) ImportCriteriaSet(ctx context.Context, setID int64, t app.Table) (int, []*app.Error, error) {
	var n int
	var rowErrs []*app.Error
	err := d.write(ctx, "nhập bộ tiêu chí", func(tx *sql.Tx) error {
		set, err := setOfTx(ctx, tx, setID)
		if err != nil {
			return err
		}
		if err := editableCriteria(ctx, tx, set.CampaignID); err != nil {
			return err
		}
		var scored int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id
			WHERE c.set_id = ?`, setID).Scan(&scored); err != nil {
			return err
		}
		if scored > 0 {
			return app.Errorf(app.ECONFLICT, "Bộ tiêu chí «%s» đã có %d điểm của các đơn vị: không thay cả bộ được; hãy sửa từng tiêu chí.", set.Name, scored)
		}
		fields, err := reformFieldsTx(ctx, tx)
		if err != nil {
			return err
		}
		items, errs := scoring.ParseSetTable(t, fields)
		if len(errs) > 0 {
			rowErrs = errs
			return nil
		}
		if err := replaceItems(ctx, tx, set, items); err != nil {
			return err
		}
		if set, err = setOfTx(ctx, tx, setID); err != nil {
			return err
		}
		n = len(items)
		if err := storeItems(ctx, tx, set, set.Items); err != nil { // codes, order, parents' maxima
			return err
		}
		return d.audit(ctx, tx, "criteria_set", setID, "import", nil, map[string]any{"items": n})
	})
	return n, rowErrs, err
}

func replaceItems(ctx context.Context, tx *sql.Tx, set app.CriteriaSet, items []scoring.ImportItem) error {
	for i := len(set.Items) - 1; i >= 0; i-- { // children before their parent
		if _, err := tx.ExecContext(ctx, `DELETE FROM criterion WHERE id = ?`, set.Items[i].ID); err != nil {
			return err
		}
	}
	ids := map[string]int64{}
	for i, it := range items {
		c := it.Item
		res, err := tx.ExecContext(ctx, `INSERT INTO criterion (set_id, field_id, parent_id, code, name, max_points, guidance, sort, na_allowed, survey)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, set.ID, c.FieldID, nullID(ids[it.Parent]), c.Code, c.Name, c.Max, c.Guidance, i+1, c.NAAllowed, c.Survey)
		if err != nil {
			return err
		}
		ids[c.Code], _ = res.LastInsertId()
	}
	return nil
}
