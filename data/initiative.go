package data

import (
	"context"
	"database/sql"
	"slices"

	"thidua/app"
	"thidua/app/viet"
)

// Initiatives lists a campaign's initiatives with their authors, highest recognition level and mean
// council score, in Vietnamese title order.
func (d *DB) Initiatives(ctx context.Context, campaignID int64) ([]app.Initiative, error) {
	rows, err := d.db.QueryContext(ctx, `
		SELECT i.id, i.campaign_id, i.title, coalesce(i.field_id, 0), coalesce(f.name, ''), i.solution_kind,
			i.unit_id, u.name, i.first_applied, i.status,
			coalesce((SELECT r.level FROM initiative_recognition r WHERE r.initiative_id = i.id
				ORDER BY CASE r.level WHEN 'province' THEN 3 WHEN 'district' THEN 2 ELSE 1 END DESC LIMIT 1), ''),
			coalesce((SELECT avg(t) FROM (SELECT sum(points) AS t FROM initiative_score s
				WHERE s.initiative_id = i.id GROUP BY s.member_id)), 0)
		FROM initiative i JOIN unit u ON u.id = i.unit_id LEFT JOIN reform_field f ON f.id = i.field_id
		WHERE i.campaign_id = ?`, campaignID)
	if err != nil {
		return nil, internal("đọc danh sách sáng kiến", err)
	}
	defer rows.Close()
	var ins []app.Initiative
	idx := map[int64]int{}
	for rows.Next() {
		var in app.Initiative
		var first sql.NullString
		var level string
		if err := rows.Scan(&in.ID, &in.CampaignID, &in.Title, &in.FieldID, &in.FieldName, &in.Kind,
			&in.UnitID, &in.UnitName, &first, &in.Status, &level, &in.Score); err != nil {
			return nil, internal("đọc danh sách sáng kiến", err)
		}
		in.FirstApplied = date(first)
		in.Level = app.RecognitionLevel(level)
		idx[in.ID] = len(ins)
		ins = append(ins, in)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("đọc danh sách sáng kiến", err)
	}
	rows.Close()
	arows, err := d.db.QueryContext(ctx, `SELECT a.initiative_id, a.person_id, p.full_name, a.share_pct
		FROM initiative_author a JOIN person p ON p.id = a.person_id JOIN initiative i ON i.id = a.initiative_id
		WHERE i.campaign_id = ? ORDER BY a.initiative_id, a.share_pct DESC, p.full_name`, campaignID)
	if err != nil {
		return nil, internal("đọc tác giả sáng kiến", err)
	}
	defer arows.Close()
	for arows.Next() {
		var id int64
		var a app.Author
		if err := arows.Scan(&id, &a.PersonID, &a.FullName, &a.SharePct); err != nil {
			return nil, internal("đọc tác giả sáng kiến", err)
		}
		if i, ok := idx[id]; ok {
			ins[i].Authors = append(ins[i].Authors, a)
		}
	}
	if err := arows.Err(); err != nil {
		return nil, internal("đọc tác giả sáng kiến", err)
	}
	c := viet.NewNameCollator()
	slices.SortStableFunc(ins, func(a, b app.Initiative) int { return c.CompareText(a.Title, b.Title) })
	return ins, nil
}
