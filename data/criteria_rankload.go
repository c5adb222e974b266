package data

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"thidua/app"
)

// rankScores loads what the ranking needs of every unit's scores in a campaign — points and
// «Không áp dụng», no notes — one row a unit: a district has a few dozen units but a stress test
// 200 × 100 items, and 20.000 rows through cgo cost more than the ranking itself. Each item is
// "criterion:self:appraised:na" with empty points for none.
func rankScores(ctx context.Context, tx *sql.Tx, campaignID int64) (map[int64]map[int64]app.Score, error) {
	rows, err := tx.QueryContext(ctx, `SELECT sc.unit_id, group_concat(sc.criterion_id || ':' || ifnull(sc.self_points, '') || ':' ||
			ifnull(sc.appraised_points, '') || ':' || sc.na, ',')
		FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id JOIN criteria_set s ON s.id = c.set_id
		WHERE s.campaign_id = ? GROUP BY sc.unit_id`, campaignID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]map[int64]app.Score{}
	for rows.Next() {
		var unit int64
		var list string
		if err := rows.Scan(&unit, &list); err != nil {
			return nil, err
		}
		m := make(map[int64]app.Score, strings.Count(list, ",")+1)
		for item := range strings.SplitSeq(list, ",") {
			s, ok := parseRankItem(item)
			if ok {
				m[s.CriterionID] = s
			}
		}
		out[unit] = m
	}
	return out, rows.Err()
}

func parseRankItem(item string) (app.Score, bool) {
	f := strings.Split(item, ":")
	if len(f) != 4 {
		return app.Score{}, false
	}
	var s app.Score
	var err error
	if s.CriterionID, err = strconv.ParseInt(f[0], 10, 64); err != nil {
		return s, false
	}
	if f[1] != "" {
		v, _ := strconv.ParseInt(f[1], 10, 64)
		s.Self, s.HasSelf = app.Points(v), true
	}
	if f[2] != "" {
		v, _ := strconv.ParseInt(f[2], 10, 64)
		s.Appraised, s.HasAppraised = app.Points(v), true
	}
	s.NA = f[3] == "1"
	return s, true
}
