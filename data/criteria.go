package data

import (
	"context"

	"thidua/app"
)

// ReformFields lists the six reform fields in their order.
func (d *DB) ReformFields(ctx context.Context) ([]app.ReformField, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, code, name FROM reform_field ORDER BY sort`)
	if err != nil {
		return nil, internal("đọc lĩnh vực cải cách", err)
	}
	defer rows.Close()
	var fs []app.ReformField
	for rows.Next() {
		var f app.ReformField
		if err := rows.Scan(&f.ID, &f.Code, &f.Name); err != nil {
			return nil, internal("đọc lĩnh vực cải cách", err)
		}
		fs = append(fs, f)
	}
	return fs, rows.Err()
}

// Results totals every active unit's scores over the criteria set of its kind in a campaign and
// ranks them by appraised points. Only leaf criteria (those without sub-criteria) are counted, so a
// criterion and its parts are never added twice.
func (d *DB) Results(ctx context.Context, campaignID int64) ([]app.UnitResult, error) {
	units, err := d.Units(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := d.db.QueryContext(ctx, `
		WITH leaf AS (
			SELECT c.id, c.max_points, s.unit_kind
			FROM criterion c JOIN criteria_set s ON s.id = c.set_id
			WHERE s.campaign_id = ? AND NOT EXISTS (SELECT 1 FROM criterion k WHERE k.parent_id = c.id)
		)
		SELECT u.id,
			(SELECT coalesce(sum(max_points), 0) FROM leaf WHERE leaf.unit_kind = u.kind),
			(SELECT count(*) FROM leaf WHERE leaf.unit_kind = u.kind),
			coalesce(sum(sc.self_points), 0), coalesce(sum(sc.appraised_points), 0), count(sc.appraised_points)
		FROM unit u
		LEFT JOIN unit_score sc ON sc.unit_id = u.id AND sc.criterion_id IN (SELECT id FROM leaf WHERE leaf.unit_kind = u.kind)
		WHERE u.active = 1
		GROUP BY u.id`, campaignID)
	if err != nil {
		return nil, internal("tính điểm các đơn vị", err)
	}
	defer rows.Close()
	byID := map[int64]app.UnitResult{}
	for rows.Next() {
		var id int64
		var r app.UnitResult
		if err := rows.Scan(&id, &r.Max, &r.Leaves, &r.Self, &r.Appraised, &r.Scored); err != nil {
			return nil, internal("tính điểm các đơn vị", err)
		}
		byID[id] = r
	}
	if err := rows.Err(); err != nil {
		return nil, internal("tính điểm các đơn vị", err)
	}
	var rs []app.UnitResult
	for _, u := range units { // units come in Vietnamese order: ties keep it
		if r, ok := byID[u.ID]; ok && r.Leaves > 0 {
			r.Unit = u
			rs = append(rs, r)
		}
	}
	app.RankResults(rs)
	return rs, nil
}
