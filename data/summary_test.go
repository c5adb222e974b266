package data_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"thidua/app"
	"thidua/data"
)

// summarySample is the sample with a fund, the launch period due 15/02, and reports from a few units only:
// on time, on the due day, late, and the rest missing or not yet due.
func summarySample(t *testing.T) (*data.DB, int64) {
	t.Helper()
	ctx := context.Background()
	d := MustSample(t)
	cs, err := d.Campaigns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := cs[0].ID
	db := d.SQL()
	// the sample's own reports give way to these, whose edges are known
	mustExec(t, db, `DELETE FROM unit_report WHERE period_id IN (SELECT id FROM reporting_period WHERE campaign_id = ?)`, id)
	mustExec(t, db, `UPDATE reporting_period SET due_date = '2024-02-15' WHERE campaign_id = ? AND kind = 'launch'`, id)
	mustExec(t, db, `INSERT INTO reporting_period (campaign_id, name, due_date, sort, kind) VALUES (?, 'Không hạn', NULL, 9, 'report')`, id)
	for i, r := range []struct{ period, received string }{
		{"Kế hoạch phát động", "2024-02-01"}, {"Kế hoạch phát động", "2024-02-15"}, {"Kế hoạch phát động", "2024-02-16"},
		{"Quý I", "2024-03-20"}, {"Quý I", "2024-04-02"}, {"6 tháng", "2024-06-01"}, {"Không hạn", "2024-07-01"},
	} {
		mustExec(t, db, `INSERT INTO unit_report (period_id, unit_id, received_on)
			SELECT p.id, (SELECT id FROM unit WHERE active = 1 ORDER BY id LIMIT 1 OFFSET ?), ?
			FROM reporting_period p WHERE p.campaign_id = ? AND p.name = ?`, i%5, r.received, id, r.period)
	}
	if err := d.SetFund(ctx, id, 20_000_000); err != nil {
		t.Fatal(err)
	}
	return d, id
}

func mustExec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func one(t *testing.T, db *sql.DB, q string, args ...any) int64 {
	t.Helper()
	var n sql.NullInt64
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n.Int64
}

// TestOverview_RecountsTheSample recounts every figure of the overview from the raw tables with
// queries written apart from the storage's, and compares — as of a day before any decision and
// before some initiatives were registered, a day between the imported decision and the campaign's
// own, and a day after both. A unit no longer active that sent reports counts nowhere (the Báo cáo
// grid leaves it out).
func TestOverview_RecountsTheSample(t *testing.T) {
	d, id := summarySample(t)
	db := d.SQL()
	gone := one(t, db, `SELECT max(id) FROM unit WHERE active = 1`)
	for _, period := range []string{"Kế hoạch phát động", "Quý I"} {
		mustExec(t, db, `INSERT INTO unit_report (period_id, unit_id, received_on)
			SELECT id, ?, '2024-02-10' FROM reporting_period WHERE campaign_id = ? AND name = ?`, gone, id, period)
	}
	mustExec(t, db, `UPDATE unit SET active = 0 WHERE id = ?`, gone)
	issued := `FROM award a, decision dc WHERE a.decision_id = dc.id AND dc.status = 'issued' AND (dc.campaign_id = ?1 OR
		(dc.campaign_id IS NULL AND dc.year = (SELECT year FROM campaign WHERE id = ?1)))`
	all := one(t, db, `SELECT count(*) `+issued, id)
	between := time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC)
	if n := one(t, db, `SELECT count(*) `+issued+` AND dc.signed_on <= ?2`, id, between.Format(time.DateOnly)); n == 0 || n == all {
		t.Fatalf("%d of %d awards signed by %s: the sample no longer has decisions on both sides of the day", n, all, between.Format(time.DateOnly))
	}
	for _, asOf := range []time.Time{time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), between, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)} {
		t.Run(asOf.Format(time.DateOnly), func(t *testing.T) { recountOverview(t, d, id, asOf) })
	}
}

// recountOverview compares the overview as of asOf with the recount.
func recountOverview(t *testing.T, d *data.DB, id int64, asOf time.Time) {
	o, err := d.Overview(context.Background(), id, asOf)
	if err != nil {
		t.Fatal(err)
	}
	db := d.SQL()
	day := asOf.Format(time.DateOnly)
	// Units taking part: active units of a kind the campaign has a criteria set for.
	for _, k := range o.Kinds {
		inKind := `FROM unit u WHERE u.active = 1 AND u.kind = ?1 AND EXISTS (SELECT 1 FROM criteria_set s WHERE s.campaign_id = ?2 AND s.unit_kind = u.kind)`
		want := map[string]int64{
			"units": one(t, db, `SELECT count(*) `+inKind, k.Kind, id),
			"self": one(t, db, `SELECT count(*) `+inKind+` AND u.id IN (SELECT sc.unit_id FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id
				JOIN criteria_set s ON s.id = c.set_id WHERE s.campaign_id = ?2 AND sc.self_points IS NOT NULL)`, k.Kind, id),
			"appraised": one(t, db, `SELECT count(*) `+inKind+` AND u.id IN (SELECT sc.unit_id FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id
				JOIN criteria_set s ON s.id = c.set_id WHERE s.campaign_id = ?2 AND sc.appraised_points IS NOT NULL)`, k.Kind, id),
			"locked": one(t, db, `SELECT count(*) `+inKind+` AND u.id IN (SELECT unit_id FROM unit_lock WHERE campaign_id = ?2)`, k.Kind, id),
		}
		got := map[string]int64{"units": int64(k.Units), "self": int64(k.SelfScored), "appraised": int64(k.Appraised), "locked": int64(k.Lock)}
		for n := range want {
			if got[n] != want[n] {
				t.Errorf("%s %s: %d, recounted %d", k.Kind, n, got[n], want[n])
			}
		}
		sum := 0
		for _, n := range k.PerBand {
			sum += n
		}
		if sum != k.Units {
			t.Errorf("%s: bands add up to %d, units %d", k.Kind, sum, k.Units)
		}
	}
	if len(o.Kinds) == 0 {
		t.Fatal("no unit kind in the overview")
	}
	recountBands(t, db, id, o)
	recountReports(t, db, id, day, o)
	recountInitiatives(t, db, id, day, o)
	recountAwards(t, db, id, day, o)
}

// recountBands: a unit's leaves of its kind's set, «Không áp dụng» out of the maximum, the first
// band (highest first) whose minimum the ratio reaches, else the lowest; no appraised score at
// all: «Chưa chấm».
func recountBands(t *testing.T, db *sql.DB, id int64, o app.Overview) {
	t.Helper()
	bandRows, err := db.Query(`WITH leaf AS (SELECT c.id, c.set_id, c.max_points FROM criterion c JOIN criteria_set s ON s.id = c.set_id
			WHERE s.campaign_id = ?1 AND NOT EXISTS (SELECT 1 FROM criterion k WHERE k.parent_id = c.id)),
		tot AS (SELECT u.id, u.kind,
				sum(CASE WHEN coalesce(sc.na, 0) = 0 THEN l.max_points ELSE 0 END) AS mx,
				sum(CASE WHEN coalesce(sc.na, 0) = 0 THEN coalesce(sc.appraised_points, 0) ELSE 0 END) AS ap,
				coalesce(max(sc.appraised_points IS NOT NULL), 0) AS has
			FROM unit u JOIN criteria_set s ON s.campaign_id = ?1 AND s.unit_kind = u.kind JOIN leaf l ON l.set_id = s.id
			LEFT JOIN unit_score sc ON sc.criterion_id = l.id AND sc.unit_id = u.id
			WHERE u.active = 1 GROUP BY u.id)
		SELECT kind, CASE WHEN has = 0 THEN 'Chưa chấm' ELSE coalesce(
				(SELECT name FROM campaign_band b WHERE b.campaign_id = ?1 AND mx > 0 AND ap * 10000 >= b.min_pct * mx ORDER BY b.sort LIMIT 1),
				(SELECT name FROM campaign_band b WHERE b.campaign_id = ?1 ORDER BY b.sort DESC LIMIT 1)) END, count(*)
		FROM tot GROUP BY 1, 2`, id)
	if err != nil {
		t.Fatal(err)
	}
	recount := map[string]int{}
	for bandRows.Next() {
		var kind, band string
		var n int
		if err := bandRows.Scan(&kind, &band, &n); err != nil {
			t.Fatal(err)
		}
		recount[kind+"/"+band] = n
	}
	bandRows.Close()
	seen := 0
	for _, k := range o.Kinds {
		for j, b := range o.Bands {
			if k.PerBand[j] != recount[string(k.Kind)+"/"+b] {
				t.Errorf("%s %s: %d, recounted %d", k.Kind, b, k.PerBand[j], recount[string(k.Kind)+"/"+b])
			}
			seen += k.PerBand[j]
		}
	}
	total := 0
	for _, n := range recount {
		total += n
	}
	if seen != total || total == 0 {
		t.Errorf("%d units in bands, recounted %d", seen, total)
	}
}

// recountReports: the active units' reports received by the day; on time <= due, late after,
// missing = no report of an active unit once the due day passed.
func recountReports(t *testing.T, db *sql.DB, id int64, day string, o app.Overview) {
	t.Helper()
	active := one(t, db, `SELECT count(*) FROM unit WHERE active = 1`)
	got := `FROM unit_report r JOIN reporting_period p ON p.id = r.period_id JOIN unit u ON u.id = r.unit_id
		WHERE p.id = ?1 AND u.active = 1 AND r.received_on <= ?2`
	if len(o.Periods) == 0 {
		t.Fatal("no reporting period")
	}
	for _, p := range o.Periods {
		onTime := one(t, db, `SELECT count(*) `+got+` AND (p.due_date IS NULL OR r.received_on <= p.due_date)`, p.ID, day)
		late := one(t, db, `SELECT count(*) `+got+` AND r.received_on > p.due_date`, p.ID, day)
		missing := one(t, db, `SELECT CASE WHEN due_date IS NOT NULL AND due_date < ?2 THEN ?3 - (SELECT count(*) `+got+`) ELSE 0 END
			FROM reporting_period WHERE id = ?1`, p.ID, day, active)
		if int64(p.OnTime) != onTime || int64(p.Late) != late || int64(p.Missing) != missing {
			t.Errorf("%s: %d/%d/%d on time/late/missing, recounted %d/%d/%d", p.Name, p.OnTime, p.Late, p.Missing, onTime, late, missing)
		}
		if int64(p.OnTime+p.Late+p.Missing+p.NotDue) != active {
			t.Errorf("%s: %d units counted, %d active", p.Name, p.OnTime+p.Late+p.Missing+p.NotDue, active)
		}
	}
	if o.Periods[0].Name != "Kế hoạch phát động" || !o.Periods[0].Launch || o.Periods[0].OnTime != 2 || o.Periods[0].Late != 1 {
		t.Errorf("launch period first with 2 on time (one on the due day) and 1 late: %+v", o.Periods[0])
	}
	if n := one(t, db, `SELECT count(*) FROM unit_report r JOIN reporting_period p ON p.id = r.period_id JOIN unit u ON u.id = r.unit_id
		WHERE p.campaign_id = ? AND p.kind = 'launch' AND u.active = 1 AND r.received_on <= ?`, id, day); int64(len(o.Launched)) != n || n != 3 ||
		!o.Launched[2].Late || o.Launched[1].Late {
		t.Errorf("launched units %+v, recounted %d (the third late)", o.Launched, n)
	}
}

// recountInitiatives: an initiative counts once a step of it is dated by the day (its
// registration), at its last step dated by then; recognised when that step is dated by then.
func recountInitiatives(t *testing.T, db *sql.DB, id int64, day string, o app.Overview) {
	t.Helper()
	existed := `campaign_id = ?1 AND id IN (SELECT initiative_id FROM initiative_step WHERE on_date <= ?2)`
	for _, s := range o.Steps {
		want := one(t, db, `SELECT count(*) FROM initiative i WHERE `+existed+` AND ?3 = coalesce(
			(SELECT step FROM initiative_step x WHERE x.initiative_id = i.id AND x.seq = (SELECT max(seq) FROM initiative_step y
				WHERE y.initiative_id = i.id AND y.on_date <= ?2)), 'registered')`, id, day, s.Key)
		if s.N != want {
			t.Errorf("step %s: %d, recounted %d", s.Key, s.N, want)
		}
	}
	for _, f := range o.Fields {
		if want := one(t, db, `SELECT count(*) FROM initiative WHERE `+existed+` AND coalesce(field_id, 0) = CAST(?3 AS INTEGER)`, id, day, f.Key); f.N != want {
			t.Errorf("field %s: %d, recounted %d", f.Label, f.N, want)
		}
	}
	for _, u := range o.InitUnits {
		if want := one(t, db, `SELECT count(*) FROM initiative WHERE `+existed+` AND unit_id = ?3`, id, day, u.Key); u.N != want {
			t.Errorf("unit %s: %d, recounted %d", u.Label, u.N, want)
		}
	}
	total := one(t, db, `SELECT count(*) FROM initiative WHERE `+existed, id, day)
	if all := one(t, db, `SELECT count(*) FROM initiative WHERE campaign_id = ?`, id); total == 0 || (day < "2024-12-31") == (total == all) {
		t.Errorf("%d of %d initiatives registered by %s: the sample no longer tells the day apart", total, all, day)
	}
	for what, cs := range map[string][]app.Count{"steps": o.Steps, "fields": o.Fields, "units": o.InitUnits} {
		var n int64
		for _, c := range cs {
			n += c.N
		}
		if n != total {
			t.Errorf("initiatives per %s add up to %d, recounted %d", what, n, total)
		}
	}
	for lvl, got := range map[string]int{"base_recognised": o.RecognisedBase, "district_recognised": o.RecognisedDistrict} {
		if want := one(t, db, `SELECT count(DISTINCT s.initiative_id) FROM initiative_step s JOIN initiative i ON i.id = s.initiative_id
			WHERE i.campaign_id = ? AND s.step = ? AND s.on_date <= ?`, id, lvl, day); int64(got) != want {
			t.Errorf("%s: %d, recounted %d", lvl, got, want)
		}
	}
}

// recountAwards: proposals by their status now (no date kept); awards, decisions, money, fund,
// months and years from the issued decisions signed by the day.
func recountAwards(t *testing.T, db *sql.DB, id int64, day string, o app.Overview) {
	t.Helper()
	checkCounts(t, db, "proposal status", o.Proposals, `SELECT count(*) FROM proposal WHERE campaign_id = ? AND status = ?`, id)
	checkTotal(t, db, "proposals", o.Proposals, `SELECT count(*) FROM proposal WHERE campaign_id = ?`, id)
	// The campaign's year: its issued decisions and those without a campaign signed that year.
	issued := `FROM award a, decision dc WHERE a.decision_id = dc.id AND dc.status = 'issued' AND dc.signed_on <= ?2 AND (dc.campaign_id = ?1 OR
		(dc.campaign_id IS NULL AND dc.year = (SELECT year FROM campaign WHERE id = ?1)))`
	all := one(t, db, `SELECT count(*) `+issued, id, day)
	if all > 0 && (len(o.Awards) == 0 || len(o.Months) == 0) {
		t.Errorf("%d awards recounted, the overview has %d forms and %d months", all, len(o.Awards), len(o.Months))
	}
	var units, persons int64
	for _, f := range o.Awards {
		u := one(t, db, `SELECT count(*) `+issued+` AND a.form_code = ?3 AND a.recipient_kind = 'unit'`, id, day, f.Code)
		p := one(t, db, `SELECT count(*) `+issued+` AND a.form_code = ?3 AND a.recipient_kind = 'person'`, id, day, f.Code)
		m := one(t, db, `SELECT sum(bonus) `+issued+` AND a.form_code = ?3`, id, day, f.Code)
		if int64(f.Units) != u || int64(f.Persons) != p || f.Money != m {
			t.Errorf("%s: %d/%d/%d, recounted %d/%d/%d", f.Code, f.Units, f.Persons, f.Money, u, p, m)
		}
		units, persons = units+u, persons+p
	}
	if units+persons != all {
		t.Errorf("awards per form add up to %d, recounted %d", units+persons, all)
	}
	decisions := one(t, db, `SELECT count(*) FROM decision dc WHERE (dc.campaign_id = ?1 AND dc.status <> 'issued') OR (dc.status = 'issued' AND
		dc.signed_on <= ?2 AND (dc.campaign_id = ?1 OR (dc.campaign_id IS NULL AND dc.year = (SELECT year FROM campaign WHERE id = ?1))))`, id, day)
	if int64(len(o.Decisions)) != decisions || (all > 0 && decisions == 0) {
		t.Errorf("%d decisions, recounted %d", len(o.Decisions), decisions)
	}
	for _, dc := range o.Decisions {
		if n, m := one(t, db, `SELECT count(*) FROM award WHERE decision_id = ?`, dc.ID), one(t, db, `SELECT sum(bonus) FROM award WHERE decision_id = ?`, dc.ID); int64(dc.Awards) != n || dc.Money != m {
			t.Errorf("decision %s: %d awards %d đ, recounted %d, %d", dc.Number, dc.Awards, dc.Money, n, m)
		}
		if dc.Status == app.DecisionIssued && dc.SignedOn.Format(time.DateOnly) > day {
			t.Errorf("decision %s signed on %s after the day %s", dc.Number, dc.SignedOn.Format(time.DateOnly), day)
		}
	}
	if want := one(t, db, `SELECT sum(bonus) `+issued, id, day); o.Fund.Issued != want || !o.Fund.Set || o.Fund.Amount != 20_000_000 ||
		o.Fund.Remaining() != 20_000_000-want {
		t.Errorf("fund %+v, issued recounted %d", o.Fund, want)
	}
	var monthTotal int64
	for _, m := range o.Months {
		monthTotal += m.N
		if want := one(t, db, `SELECT sum(bonus) `+issued+` AND strftime('%Y-%m', dc.signed_on) = ?3`, id, day, m.Key); m.N != want {
			t.Errorf("month %s: %d, recounted %d", m.Key, m.N, want)
		}
	}
	if monthTotal != o.Fund.Issued {
		t.Errorf("months add up to %d, issued %d", monthTotal, o.Fund.Issued)
	}
	// Over the years: every issued decision signed by the day, imported ones included, by its campaign's year.
	if len(o.Years) == 0 {
		t.Error("no year in the overview")
	}
	for _, y := range o.Years {
		q := `FROM award a JOIN decision dc ON dc.id = a.decision_id WHERE dc.status = 'issued' AND dc.signed_on <= ?2 AND
			(CASE WHEN dc.campaign_id IS NULL THEN dc.year ELSE (SELECT year FROM campaign WHERE id = dc.campaign_id) END) = ?1`
		if n, m := one(t, db, `SELECT count(*) `+q, y.Year, day), one(t, db, `SELECT sum(a.bonus) `+q, y.Year, day); int64(y.Awards) != n || y.Money != m {
			t.Errorf("year %d: %d awards %d đ, recounted %d, %d", y.Year, y.Awards, y.Money, n, m)
		}
	}
}

func checkCounts(t *testing.T, db *sql.DB, what string, cs []app.Count, q string, id int64) {
	t.Helper()
	for _, c := range cs {
		if want := one(t, db, q, id, c.Key); c.N != want {
			t.Errorf("%s %s (%s): %d, recounted %d", what, c.Key, c.Label, c.N, want)
		}
	}
}

func checkTotal(t *testing.T, db *sql.DB, what string, cs []app.Count, q string, id int64) {
	t.Helper()
	var n int64
	for _, c := range cs {
		n += c.N
	}
	if want := one(t, db, q, id); n != want || want == 0 {
		t.Errorf("%s add up to %d, recounted %d", what, n, want)
	}
}

// TestFund_SetClearAndLogged: the fund is kept, cleared, and every change is in the audit log.
func TestFund_SetClearAndLogged(t *testing.T) {
	ctx := context.Background()
	d, id := summarySample(t)
	f, err := d.Fund(ctx, id)
	if err != nil || !f.Set || f.Amount != 20_000_000 {
		t.Fatalf("fund %+v %v", f, err)
	}
	if err := d.SetFund(ctx, id, -1); err != nil {
		t.Fatal(err)
	}
	if f, _ = d.Fund(ctx, id); f.Set || app.FundExceeded(f, 1<<40) {
		t.Errorf("cleared fund %+v still set or warning", f)
	}
	if n := one(t, d.SQL(), `SELECT count(*) FROM audit_log WHERE entity = 'campaign' AND action = 'fund'`); n != 2 {
		t.Errorf("%d fund lines in the audit log, want 2", n)
	}
}

// TestSummaryTexts_KeptAsTypedNFC: the paragraphs come back in NFC with their line breaks; an
// empty one is removed; only changes are logged.
func TestSummaryTexts_KeptAsTypedNFC(t *testing.T) {
	ctx := context.Background()
	d, id := summarySample(t)
	decomposed := "Ban hành ke\u0302\u0301 hoạch kịp thời.\r\n\r\nCác xã triển khai đồng bộ."
	in := app.SummaryTexts{app.PartDirection: decomposed, app.PartStrengths: "  Ưu điểm  "}
	if err := d.SaveSummaryTexts(ctx, id, in); err != nil {
		t.Fatal(err)
	}
	got, err := d.SummaryTexts(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got[app.PartDirection] != "Ban hành kế hoạch kịp thời.\n\nCác xã triển khai đồng bộ." || got[app.PartStrengths] != "Ưu điểm" {
		t.Errorf("got %q", got)
	}
	if err := d.SaveSummaryTexts(ctx, id, app.SummaryTexts{app.PartDirection: got[app.PartDirection], app.PartStrengths: ""}); err != nil {
		t.Fatal(err)
	}
	got, _ = d.SummaryTexts(ctx, id)
	if _, ok := got[app.PartStrengths]; ok || got[app.PartDirection] == "" {
		t.Errorf("after clearing: %q", got)
	}
	if n := one(t, d.SQL(), `SELECT count(*) FROM audit_log WHERE action LIKE 'summary_text:%'`); n != 3 {
		t.Errorf("%d summary lines in the audit log, want 3 (two set, one cleared)", n)
	}
}
