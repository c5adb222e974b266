package data_test

import (
	"context"
	"testing"
	"time"

	"thidua/app"
)

// TestOverview_OneRuleForTheYear: the per-form table, the decisions, the fund and the year table
// count the same awards for the campaign's year (its decisions and the imported ones without a
// campaign of that year), and the years shown stop at the campaign's, five years back.
func TestOverview_OneRuleForTheYear(t *testing.T) {
	ctx := context.Background()
	d, id := summarySample(t)
	db := d.SQL()
	year := one(t, db, `SELECT year FROM campaign WHERE id = ?`, id)
	if one(t, db, `SELECT count(*) FROM decision WHERE campaign_id IS NULL AND status = 'issued' AND year = ?`, year) == 0 {
		t.Fatal("the sample has no imported decision of the campaign's year: the test would not tell")
	}
	// a decision of a later year, and one of long ago: neither is the campaign's history
	for i, y := range []int64{year + 1, year - 9} {
		mustExec(t, db, `INSERT INTO decision (number, year, signed_on, status, imported) VALUES (?, ?, ?, 'issued', 1)`,
			900+i, y, time.Date(int(y), 3, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
		mustExec(t, db, `INSERT INTO award (decision_id, recipient_kind, unit_id, recipient_name, form_code, bonus)
			SELECT last_insert_rowid(), 'unit', (SELECT id FROM unit LIMIT 1), 'X', (SELECT code FROM award_form LIMIT 1), 1000`)
	}
	o, err := d.Overview(ctx, id, time.Date(int(year), 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Years) != 6 || int64(o.Years[0].Year) != year-5 || int64(o.Years[5].Year) != year {
		t.Fatalf("years %+v, want %d–%d", o.Years, year-5, year)
	}
	last := o.Years[5]
	var n int
	var money int64
	for _, f := range o.Awards {
		n, money = n+f.Units+f.Persons, money+f.Money
	}
	var dn int
	var dm int64
	imported := false
	for _, dc := range o.Decisions {
		if dc.Status == app.DecisionIssued {
			dn, dm = dn+dc.Awards, dm+dc.Money
		}
		imported = imported || dc.Imported
	}
	var mm int64
	for _, m := range o.Months {
		mm += m.N
	}
	if n != last.Awards || money != last.Money || dn != last.Awards || dm != last.Money || o.Fund.Issued != last.Money || mm != last.Money || !imported {
		t.Errorf("year %d: %d awards %d đ; per form %d, %d đ; decisions %d, %d đ (imported listed %v); fund %d đ; months %d đ",
			last.Year, last.Awards, last.Money, n, money, dn, dm, imported, o.Fund.Issued, mm)
	}
}

// TestAwardStats_UnitOnTheSigningDay: a person's award stays with the unit they were in when the
// decision was signed after they move.
func TestAwardStats_UnitOnTheSigningDay(t *testing.T) {
	ctx := context.Background()
	d, _ := summarySample(t)
	db := d.SQL()
	var pid, aid, from int64
	var signed string
	if err := db.QueryRow(`SELECT a.person_id, a.id, p.unit_id, dc.signed_on FROM award a JOIN person p ON p.id = a.person_id
		JOIN decision dc ON dc.id = a.decision_id WHERE dc.status = 'issued' ORDER BY a.id LIMIT 1`).Scan(&pid, &aid, &from, &signed); err != nil {
		t.Fatal(err)
	}
	on, _ := time.Parse(time.DateOnly, signed)
	to := one(t, db, `SELECT id FROM unit WHERE id <> ? AND active = 1 ORDER BY id LIMIT 1`, from)
	stats := func() map[int64]int {
		ss, err := d.AwardStats(ctx, on.Year()-1, on.Year()+1)
		if err != nil {
			t.Fatal(err)
		}
		m := map[int64]int{}
		for _, s := range ss {
			if s.Recipient == app.RecipientPerson {
				m[s.UnitID] += s.N
			}
		}
		return m
	}
	before := stats()
	if err := d.MovePerson(ctx, pid, to, on.AddDate(0, 2, 0), "điều động"); err != nil {
		t.Fatal(err)
	}
	after := stats()
	if after[from] != before[from] || after[to] != before[to] {
		t.Errorf("after the move: %d in the old unit (was %d), %d in the new (was %d)", after[from], before[from], after[to], before[to])
	}
	// moved before the signing: the award is the new unit's
	mustExec(t, db, `UPDATE person_move SET moved_on = ? WHERE person_id = ?`, on.AddDate(0, -1, 0).Format(time.DateOnly), pid)
	if moved := stats(); moved[from] != before[from]-1 || moved[to] != before[to]+1 {
		t.Errorf("moved before signing: old unit %d (was %d), new %d (was %d)", moved[from], before[from], moved[to], before[to])
	}
}
