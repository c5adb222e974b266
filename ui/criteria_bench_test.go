package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"thidua/app"
	"thidua/data"
	"thidua/pdf"
	"thidua/sheet"
)

// BenchmarkGrid_Open opens a unit's grid of 100 sub-criteria (10 criteria × 10), every item
// scored: reading the sheet and filling the cells; the rows of a set are built once.
func BenchmarkGrid_Open(b *testing.B) {
	benchGrid(b, false)
}

// BenchmarkGrid_OpenFirst is the first opening of a set: the 300 cells are made too.
func BenchmarkGrid_OpenFirst(b *testing.B) {
	benchGrid(b, true)
}

func benchGrid(b *testing.B, rebuild bool) {
	d := mustDBTB(b)
	ctx := context.Background()
	id, err := d.StartFresh(ctx, app.Campaign{Year: 2024, Name: "Thử tải"})
	if err != nil {
		b.Fatal(err)
	}
	exec := func(q string, args ...any) int64 {
		res, err := d.SQL().Exec(q, args...)
		if err != nil {
			b.Fatal(err)
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
				set, 1+(c-1)%6, p, fmt.Sprintf("%d.%d", c, s), fmt.Sprintf("Tiêu chí thành phần %d.%d về cải cách hành chính", c, s), s))
		}
	}
	var units []int64
	for u := range 2 {
		uid := exec(`INSERT INTO unit (name, name_key, kind) VALUES (?, ?, 'commune')`, fmt.Sprint("UBND xã Thử ", u), fmt.Sprint("ubnd xa thu ", u))
		units = append(units, uid)
		for _, l := range leaves {
			exec(`INSERT INTO unit_score (criterion_id, unit_id, self_points, appraised_points, note) VALUES (?, ?, 75, 50, 'ghi chú')`, l, uid)
		}
	}
	u, _ := mustUITB(b, d)
	u.selectTab(u.criteria.content)
	g := u.criteria.grid
	i := 0
	for b.Loop() {
		if rebuild {
			g.setID = 0
		}
		g.open(units[i%2])
		i++
	}
	if len(g.leaves) != 100 || g.leaves[0].self.Text != "0,75" {
		b.Fatalf("grid: %d rows, first %q", len(g.leaves), g.leaves[0].self.Text)
	}
}

func mustDBTB(tb testing.TB) *data.DB {
	tb.Helper()
	d, err := data.Open(context.Background(), filepath.Join(tb.TempDir(), "thidua.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close() })
	return d
}

func mustUITB(tb testing.TB, d *data.DB) (*UI, fyne.Window) {
	tb.Helper()
	test.NewTempApp(tb)
	w := test.NewTempWindow(tb, nil)
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Deps{Services: d, Sheets: sheet.Files{}, Docs: pdf.Documents{}, Today: today})
	w.SetContent(u.Content())
	u.Start()
	return u, w
}
