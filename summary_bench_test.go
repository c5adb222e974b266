package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/chart"
	"thidua/data"
	"thidua/pdf"
)

// bigDB is a campaign of 200 communes scored on 100 sub-criteria, a person each, 2,000 proposals,
// 50 initiatives, four reporting periods half received, the campaign's decision of 400 awards and
// five past years of imported decisions of 400 awards each (data's overview benchmark, again).
func bigDB(b *testing.B) (*data.DB, int64) {
	ctx := context.Background()
	d, err := data.Open(ctx, filepath.Join(b.TempDir(), "big.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { d.Close() })
	id, err := d.StartFresh(ctx, app.Campaign{Year: 2024, Name: "Thử tải"})
	if err != nil {
		b.Fatal(err)
	}
	tx, err := d.SQL().Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	exec := func(q string, args ...any) int64 {
		res, err := tx.Exec(q, args...)
		if err != nil {
			b.Fatalf("%s: %v", q, err)
		}
		n, _ := res.LastInsertId()
		return n
	}
	set := exec(`INSERT INTO criteria_set (campaign_id, unit_kind, name) VALUES (?, 'commune', 'Xã')`, id)
	var leaves []int64
	for c := 1; c <= 10; c++ {
		p := exec(`INSERT INTO criterion (set_id, field_id, code, name, max_points, sort) VALUES (?, ?, ?, ?, 1000, ?)`, set, 1+(c-1)%6, fmt.Sprint(c), fmt.Sprint("Tiêu chí ", c), c)
		for s := 1; s <= 10; s++ {
			leaves = append(leaves, exec(`INSERT INTO criterion (set_id, field_id, parent_id, code, name, max_points, sort) VALUES (?, ?, ?, ?, ?, 100, ?)`,
				set, 1+(c-1)%6, p, fmt.Sprintf("%d.%d", c, s), fmt.Sprintf("Tiêu chí %d.%d", c, s), s))
		}
	}
	var units, people []int64
	for u := 0; u < 200; u++ {
		uid := exec(`INSERT INTO unit (name, name_key, kind) VALUES (?, ?, 'commune')`, fmt.Sprintf("UBND xã Thử %03d", u), fmt.Sprintf("ubnd xa thu %03d", u))
		units = append(units, uid)
		people = append(people, exec(`INSERT INTO person (full_name, name_key, gender, category, unit_id) VALUES (?, ?, 'male', 'civil_servant', ?)`,
			fmt.Sprintf("Trần Văn Thử %03d", u), fmt.Sprintf("tran van thu %03d", u), uid))
		for i, l := range leaves {
			exec(`INSERT INTO unit_score (criterion_id, unit_id, self_points, appraised_points) VALUES (?, ?, 100, ?)`, l, uid, 100-25*(u%5)*boolInt(i < 10))
		}
	}
	for i := 0; i < 2000; i++ {
		exec(`INSERT INTO proposal (campaign_id, unit_id, recipient_kind, person_id, form_code, status) VALUES (?, ?, 'person', ?, 'ldtt', 'approved')`, id, units[i%200], people[i%200])
	}
	for i := 0; i < 50; i++ {
		exec(`INSERT INTO initiative (campaign_id, title, title_key, field_id, solution_kind, unit_id) VALUES (?, ?, ?, ?, 'management', ?)`,
			id, fmt.Sprint("Sáng kiến ", i), fmt.Sprint("sang kien ", i), 1+i%6, units[i])
	}
	for p, due := range []string{"2024-03-20", "2024-06-15", "2024-09-15", "2024-12-10"} {
		pid := exec(`INSERT INTO reporting_period (campaign_id, name, due_date, sort) VALUES (?, ?, ?, ?)`, id, fmt.Sprint("Kỳ ", p), due, p)
		for i := 0; i < 100; i++ {
			exec(`INSERT INTO unit_report (period_id, unit_id, received_on) VALUES (?, ?, ?)`, pid, units[i], due)
		}
	}
	for y := 2019; y <= 2024; y++ {
		var campaign any
		if y == 2024 {
			campaign = id
		}
		dc := exec(`INSERT INTO decision (campaign_id, number, year, signed_on, status, imported) VALUES (?, ?, ?, ?, 'issued', ?)`, campaign, y-2000, y, fmt.Sprint(y, "-12-20"), boolInt(y < 2024))
		for i := 0; i < 400; i++ {
			if i%2 == 0 {
				exec(`INSERT INTO award (decision_id, recipient_kind, unit_id, recipient_name, form_code, bonus) VALUES (?, 'unit', ?, 'Đơn vị', 'giay_khen', 1410000)`, dc, units[i%200])
			} else {
				exec(`INSERT INTO award (decision_id, recipient_kind, person_id, recipient_name, form_code, bonus) VALUES (?, 'person', ?, 'Người', 'ldtt', 710000)`, dc, people[i%200])
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return d, id
}

func boolInt(v bool) int {
	if v {
		return 1
	}
	return 0
}

// BenchmarkSummaryReport_200Units gathers, draws and lays out the summary report of that campaign
// (target ≤ 1 s): the overview, the ranking, five charts at print resolution, the PDF.
func BenchmarkSummaryReport_200Units(b *testing.B) {
	d, id := bigDB(b)
	ctx := context.Background()
	on := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		doc, err := docs.SummaryReport(ctx, d, chart.Plotter{}, id, on)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := pdf.Summary(&buf, doc); err != nil || pdf.PageCount(buf.Bytes()) < 5 {
			b.Fatalf("%v, %d pages", err, pdf.PageCount(buf.Bytes()))
		}
	}
}
