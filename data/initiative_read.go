package data

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// initiativeCols are the columns queryInitiatives reads, on initiative i.
const initiativeCols = `i.id, i.campaign_id, c.year, i.title, coalesce(i.field_id, 0),
	CASE WHEN i.field_id IS NULL THEN i.field_other ELSE coalesce(f.name, '') END, i.solution_kind,
	i.unit_id, u.name, i.first_applied, i.status,
	coalesce((SELECT s.step FROM initiative_step s WHERE s.initiative_id = i.id ORDER BY s.seq DESC LIMIT 1), 'registered')`

const initiativeFrom = ` FROM initiative i JOIN campaign c ON c.id = i.campaign_id JOIN unit u ON u.id = i.unit_id
	LEFT JOIN reform_field f ON f.id = i.field_id `

// queryInitiatives reads the initiatives matching where (on i, c, u, f) with their authors (the
// registry's and the typed ones, largest share first) and highest recognition level.
func queryInitiatives(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]app.Initiative, error) {
	var ins []app.Initiative
	idx := map[int64]int{}
	err := each(ctx, tx, func(r *sql.Rows) error {
		var in app.Initiative
		var first sql.NullString
		err := r.Scan(&in.ID, &in.CampaignID, &in.Year, &in.Title, &in.FieldID, &in.FieldName, &in.Kind,
			&in.UnitID, &in.UnitName, &first, &in.Status, &in.Step)
		in.FirstApplied = date(first)
		idx[in.ID] = len(ins)
		ins = append(ins, in)
		return err
	}, `SELECT `+initiativeCols+initiativeFrom+where, args...)
	if err != nil {
		return nil, internal("đọc danh sách sáng kiến", err)
	}
	sub := `(SELECT i.id` + initiativeFrom + where + `)`
	sub2 := append(append([]any{}, args...), args...)
	err = each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		var a app.Author
		err := r.Scan(&id, &a.PersonID, &a.FullName, &a.SharePct)
		if i, ok := idx[id]; ok {
			ins[i].Authors = append(ins[i].Authors, a)
		}
		return err
	}, `SELECT a.initiative_id, a.person_id, p.full_name, a.share_pct FROM initiative_author a JOIN person p ON p.id = a.person_id
		WHERE a.initiative_id IN `+sub+`
		UNION ALL SELECT t.initiative_id, 0, t.full_name, t.share_pct FROM initiative_author_typed t WHERE t.initiative_id IN `+sub+`
		ORDER BY 1, 4 DESC, 3`, sub2...)
	if err != nil {
		return nil, internal("đọc tác giả sáng kiến", err)
	}
	err = each(ctx, tx, func(r *sql.Rows) error {
		var id int64
		var level app.RecognitionLevel
		err := r.Scan(&id, &level)
		if i, ok := idx[id]; ok && level.Rank() > ins[i].Level.Rank() {
			ins[i].Level = level
		}
		return err
	}, `SELECT initiative_id, level FROM initiative_recognition WHERE initiative_id IN `+sub, args...)
	if err != nil {
		return nil, internal("đọc công nhận sáng kiến", err)
	}
	return ins, nil
}

// filterWhere is the WHERE of an InitiativeFilter.
func filterWhere(f app.InitiativeFilter) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, v any) {
		conds = append(conds, cond)
		args = append(args, v)
	}
	if f.Year != 0 {
		add("c.year = ?", f.Year)
	}
	if f.CampaignID != 0 {
		add("i.campaign_id = ?", f.CampaignID)
	}
	if f.UnitID != 0 {
		add("i.unit_id = ?", f.UnitID)
	}
	if f.FieldID != 0 {
		add("i.field_id = ?", f.FieldID)
	}
	if f.PersonID != 0 {
		add("i.id IN (SELECT initiative_id FROM initiative_author WHERE person_id = ?)", f.PersonID)
	}
	if f.Step != "" {
		add("coalesce((SELECT s.step FROM initiative_step s WHERE s.initiative_id = i.id ORDER BY s.seq DESC LIMIT 1), 'registered') = ?", string(f.Step))
	}
	if f.Reached != "" {
		add("EXISTS (SELECT 1 FROM initiative_step s WHERE s.initiative_id = i.id AND s.step = ?)", string(f.Reached))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return "WHERE " + strings.Join(conds, " AND "), args
}

// InitiativeList lists the initiatives matching f with their step, authors and the council's
// mean over the counted sheets, in Vietnamese title order.
func (d *DB) InitiativeList(ctx context.Context, f app.InitiativeFilter) ([]app.Initiative, error) {
	var ins []app.Initiative
	err := d.write(ctx, "đọc danh sách sáng kiến", func(tx *sql.Tx) error {
		where, args := filterWhere(f)
		var err error
		if ins, err = queryInitiatives(ctx, tx, where, args...); err != nil {
			return err
		}
		councils := map[int64]*councilData{}
		for i, in := range ins {
			c, ok := councils[in.CampaignID]
			if !ok {
				if c, err = loadCouncil(ctx, tx, in.CampaignID); err != nil {
					return err
				}
				councils[in.CampaignID] = c
			}
			if r := c.result(in, 0); r.Sheets > 0 {
				ins[i].Score = float64(r.MeanX100) / 100
				ins[i].Sheets, ins[i].Passed, ins[i].Divergent = r.Sheets, r.Passed, r.Divergent
			}
		}
		return nil
	})
	sortInitiatives(ins)
	return ins, err
}

func sortInitiatives(ins []app.Initiative) {
	c := viet.NewNameCollator()
	slices.SortStableFunc(ins, func(a, b app.Initiative) int {
		if a.Year != b.Year {
			return b.Year - a.Year
		}
		return c.CompareText(a.Title, b.Title)
	})
}

// InitiativeRecord is an initiative's registration form with its attachments and steps.
func (d *DB) InitiativeRecord(ctx context.Context, id int64) (app.InitiativeRecord, error) {
	var r app.InitiativeRecord
	err := d.write(ctx, "đọc sáng kiến", func(tx *sql.Tx) error {
		var err error
		r, err = loadRecord(ctx, tx, id)
		return err
	})
	return r, err
}

func loadRecord(ctx context.Context, tx *sql.Tx, id int64) (app.InitiativeRecord, error) {
	var r app.InitiativeRecord
	ins, err := queryInitiatives(ctx, tx, "WHERE i.id = ?", id)
	if err != nil {
		return r, err
	}
	if len(ins) == 0 {
		return r, app.Errorf(app.ENOTFOUND, "Không tìm thấy sáng kiến (mã %d).", id)
	}
	r.Initiative = ins[0]
	err = tx.QueryRowContext(ctx, `SELECT field_other, known_state, purpose, novelty, content, applicability, benefits, first_users
		FROM initiative WHERE id = ?`, id).Scan(&r.FieldOther, &r.KnownState, &r.Purpose, &r.Novelty, &r.Steps, &r.Conditions,
		&r.Benefits, &r.FirstUsers)
	if err != nil {
		return r, internal("đọc sáng kiến", err)
	}
	if r.History, err = loadHistory(ctx, tx, id); err != nil {
		return r, err
	}
	err = each(ctx, tx, func(rows *sql.Rows) error {
		var a app.Attachment
		var at string
		err := rows.Scan(&a.ID, &a.Name, &a.SHA256, &a.Size, &at)
		a.Added, _ = time.Parse(time.RFC3339, at)
		r.Attachments = append(r.Attachments, a)
		return err
	}, `SELECT id, file_name, sha256, size, added_at FROM initiative_attachment WHERE initiative_id = ? ORDER BY id`, id)
	if err != nil {
		return r, internal("đọc tệp đính kèm", err)
	}
	return r, nil
}

func loadHistory(ctx context.Context, tx *sql.Tx, id int64) ([]app.StepRecord, error) {
	var h []app.StepRecord
	err := each(ctx, tx, func(rows *sql.Rows) error {
		var s app.StepRecord
		var on sql.NullString
		err := rows.Scan(&s.Step, &on, &s.Ref, &s.Note)
		s.On = date(on)
		h = append(h, s)
		return err
	}, `SELECT step, on_date, ref, note FROM initiative_step WHERE initiative_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, internal("đọc các bước của sáng kiến", err)
	}
	return h, nil
}

// SimilarInitiatives lists initiatives of every year whose title looks like title (accents and
// word order ignored), the most similar first.
func (d *DB) SimilarInitiatives(ctx context.Context, title string, excludeID int64) ([]app.SimilarInitiative, error) {
	var cands []app.SimilarInitiative
	err := d.write(ctx, "tìm sáng kiến tương tự", func(tx *sql.Tx) error {
		return each(ctx, tx, func(r *sql.Rows) error {
			var s app.SimilarInitiative
			err := r.Scan(&s.ID, &s.Year, &s.Title, &s.UnitName)
			cands = append(cands, s)
			return err
		}, `SELECT i.id, c.year, i.title, u.name`+initiativeFrom)
	})
	if err != nil {
		return nil, err
	}
	return initiatives.Similar(title, cands, excludeID), nil
}
