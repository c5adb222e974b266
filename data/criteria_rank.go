package data

import (
	"context"
	"database/sql"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// bandsTx are a campaign's band thresholds, the defaults when it has none.
func bandsTx(ctx context.Context, q querierCtx, campaignID int64) ([]app.Band, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, min_pct FROM campaign_band WHERE campaign_id = ? ORDER BY min_pct DESC`, campaignID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var bs []app.Band
	for rows.Next() {
		var b app.Band
		if err := rows.Scan(&b.Name, &b.MinPct); err != nil {
			return nil, err
		}
		bs = append(bs, b)
	}
	if len(bs) == 0 {
		bs = app.DefaultBands()
	}
	return bs, rows.Err()
}

// SetBands stores a campaign's band thresholds (highest first; the last should start at 0).
func (d *DB) SetBands(ctx context.Context, campaignID int64, bands []app.Band) error {
	if err := scoring.CheckBands(bands); err != nil {
		return err
	}
	return d.write(ctx, "lưu ngưỡng xếp loại", func(tx *sql.Tx) error {
		c, err := campaignTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		if err := scoring.ReadOnly(c); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM campaign_band WHERE campaign_id = ?`, campaignID); err != nil {
			return err
		}
		for i, b := range bands {
			if _, err := tx.ExecContext(ctx, `INSERT INTO campaign_band (campaign_id, sort, name, min_pct) VALUES (?, ?, ?, ?)`,
				campaignID, i+1, viet.Normalize(b.Name), b.MinPct); err != nil {
				return err
			}
		}
		return d.audit(ctx, tx, "campaign", campaignID, "bands", nil, bands)
	})
}

// Ranking ranks every active unit of a campaign within its kind (scoring.RankKind).
func (d *DB) Ranking(ctx context.Context, campaignID int64) (app.Ranking, error) {
	var r app.Ranking
	err := d.read(ctx, "xếp hạng các đơn vị", func(tx *sql.Tx) error {
		var err error
		r, err = rankingTx(ctx, tx, campaignID)
		return err
	})
	return r, err
}

func rankingTx(ctx context.Context, tx *sql.Tx, campaignID int64) (app.Ranking, error) {
	var r app.Ranking
	var err error
	if r.Campaign, err = campaignTx(ctx, tx, campaignID); err != nil {
		return r, err
	}
	if r.Bands, err = bandsTx(ctx, tx, campaignID); err != nil {
		return r, err
	}
	sets, err := campaignSets(ctx, tx, campaignID)
	if err != nil {
		return r, err
	}
	units, err := activeUnits(ctx, tx)
	if err != nil {
		return r, err
	}
	scores, err := rankScores(ctx, tx, campaignID)
	if err != nil {
		return r, err
	}
	for _, s := range sets {
		var facts []scoring.UnitFacts
		for _, u := range units {
			if u.Kind == s.Kind {
				facts = append(facts, scoring.UnitFacts{Unit: u, Scores: scores[u.ID]})
			}
		}
		if len(facts) > 0 {
			r.Kinds = append(r.Kinds, app.KindRanking{Kind: s.Kind, Rows: scoring.RankKind(s, facts, r.Bands)})
		}
	}
	return r, nil
}

// activeUnits lists the active units in the office's order (ties in a ranking keep it).
func activeUnits(ctx context.Context, tx *sql.Tx) ([]app.Unit, error) {
	all, err := queryUnits(ctx, tx)
	if err != nil {
		return nil, err
	}
	us := all[:0]
	for _, u := range all {
		if u.Active {
			us = append(us, u)
		}
	}
	return us, nil
}

// ScoreRows are the lines of the scores export: every active unit with a set, every scored item
// of its set, unscored ones with empty scores; units in the ranking's kind and name order.
func (d *DB) ScoreRows(ctx context.Context, campaignID int64) ([]app.ScoreRow, error) {
	var out []app.ScoreRow
	err := d.read(ctx, "đọc điểm các đơn vị", func(tx *sql.Tx) error {
		sets, err := campaignSets(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		units, err := activeUnits(ctx, tx)
		if err != nil {
			return err
		}
		scores, err := unitScores(ctx, tx, campaignID, 0)
		if err != nil {
			return err
		}
		for _, s := range sets {
			for _, u := range units {
				if u.Kind == s.Kind {
					out = append(out, scoring.ScoreRows(u, s, scores[u.ID])...)
				}
			}
		}
		return nil
	})
	return out, err
}

// ProposeFromRanking creates proposals («Đề nghị khen thưởng theo kết quả xếp loại») of form
// formCode for the collectives of the chosen bands, each unit proposing itself; a unit already
// proposed for that form in the campaign is skipped. The office reviews them in Khen thưởng.
func (d *DB) ProposeFromRanking(ctx context.Context, campaignID int64, bands []string, formCode string) (int, error) {
	n := 0
	err := d.write(ctx, "tạo đề nghị theo kết quả xếp loại", func(tx *sql.Tx) error {
		r, err := rankingTx(ctx, tx, campaignID)
		if err != nil {
			return err
		}
		if err := app.CheckCampaignOpen(r.Campaign, "tạo đề nghị"); err != nil {
			return err
		}
		for _, p := range scoring.Proposals(r, bands, formCode) {
			var dup int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM proposal WHERE campaign_id = ? AND recipient_kind = 'unit'
				AND recipient_unit_id = ? AND form_code = ?`, campaignID, p.RecipientUnitID, formCode).Scan(&dup); err != nil {
				return err
			}
			if dup > 0 {
				continue
			}
			if err := d.insertProposal(ctx, tx, &p); err != nil {
				return err
			}
			n++
		}
		return d.audit(ctx, tx, "campaign", campaignID, "propose_from_ranking", nil, map[string]any{"bands": bands, "form": formCode, "count": n})
	})
	return n, err
}
