package data_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"thidua/data"
)

// bigSummary is bigCampaign's 200 units with a person each, 2,000 proposals, 50 initiatives, four
// reporting periods half received, the campaign's decision of 400 awards and five past years of
// imported decisions of 400 awards each.
func bigSummary(tb testing.TB) (*data.DB, int64) {
	tb.Helper()
	d, id := bigCampaign(tb, 200)
	tx, err := d.SQL().Begin()
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	exec := func(q string, args ...any) int64 {
		res, err := tx.Exec(q, args...)
		if err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
		n, _ := res.LastInsertId()
		return n
	}
	var people, units []int64
	rows, err := tx.Query(`SELECT id FROM unit`)
	if err != nil {
		tb.Fatal(err)
	}
	for rows.Next() {
		var u int64
		rows.Scan(&u)
		units = append(units, u)
	}
	rows.Close()
	for i, u := range units {
		people = append(people, exec(`INSERT INTO person (full_name, name_key, gender, category, unit_id) VALUES (?, ?, 'female', 'civil_servant', ?)`,
			fmt.Sprintf("Nguyễn Thị Thử %03d", i), fmt.Sprintf("nguyen thi thu %03d", i), u))
	}
	statuses := []string{"new", "approved", "approved", "returned"}
	for i := 0; i < 2000; i++ {
		reason := ""
		if statuses[i%4] == "returned" {
			reason = "Thiếu hồ sơ"
		}
		exec(`INSERT INTO proposal (campaign_id, unit_id, recipient_kind, person_id, form_code, status, reason) VALUES (?, ?, 'person', ?, 'ldtt', ?, ?)`,
			id, units[i%200], people[i%200], statuses[i%4], reason)
	}
	for i := 0; i < 50; i++ {
		in := exec(`INSERT INTO initiative (campaign_id, title, title_key, field_id, solution_kind, unit_id) VALUES (?, ?, ?, ?, 'management', ?)`,
			id, fmt.Sprintf("Sáng kiến %d", i), fmt.Sprintf("sang kien %d", i), 1+i%6, units[i])
		exec(`INSERT INTO initiative_step (initiative_id, step, on_date, seq) VALUES (?, 'registered', '2024-03-01', 1)`, in)
	}
	for p, due := range []string{"2024-03-20", "2024-06-15", "2024-09-15", "2024-12-10"} {
		pid := exec(`INSERT INTO reporting_period (campaign_id, name, due_date, sort) VALUES (?, ?, ?, ?)`, id, fmt.Sprintf("Kỳ %d", p), due, p)
		for i := 0; i < 100; i++ {
			exec(`INSERT INTO unit_report (period_id, unit_id, received_on) VALUES (?, ?, ?)`, pid, units[i], due)
		}
	}
	decision := func(campaign any, year, number int, imported int) {
		dc := exec(`INSERT INTO decision (campaign_id, number, year, signed_on, status, imported) VALUES (?, ?, ?, ?, 'issued', ?)`,
			campaign, number, year, fmt.Sprintf("%d-12-%02d", year, 1+number%28), imported)
		for i := 0; i < 400; i++ {
			if i%2 == 0 {
				exec(`INSERT INTO award (decision_id, recipient_kind, unit_id, recipient_name, form_code, bonus) VALUES (?, 'unit', ?, 'Đơn vị', 'giay_khen', 1410000)`, dc, units[i%200])
			} else {
				exec(`INSERT INTO award (decision_id, recipient_kind, person_id, recipient_name, form_code, bonus) VALUES (?, 'person', ?, 'Người', 'ldtt', 710000)`, dc, people[i%200])
			}
		}
	}
	for y := 2019; y <= 2023; y++ {
		decision(nil, y, 100+y%100, 1)
	}
	decision(id, 2024, 7, 0)
	exec(`INSERT INTO campaign_fund (campaign_id, amount) VALUES (?, 500000000)`, id)
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return d, id
}

// BenchmarkOverview_200Units computes the overview of a campaign of 200 units, 2,000 proposals and
// five years of history (target ≤ 100 ms).
func BenchmarkOverview_200Units(b *testing.B) {
	d, id := bigSummary(b)
	ctx := context.Background()
	asOf := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		o, err := d.Overview(ctx, id, asOf)
		if err != nil || len(o.Kinds) != 1 || o.Kinds[0].Units != 200 || len(o.Years) != 6 || o.Years[0].Awards != 400 {
			b.Fatalf("%v %+v %+v", err, o.Kinds, o.Years)
		}
	}
}
