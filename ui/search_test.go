package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"thidua/app"
)

// «nguyen thi anh» lists «Nguyễn Thị Ánh Tuyết» (every word the start of a word) before «Nguyễn
// Thị Hạnh»; the results show each one's unit without scrolling sideways, at 1024 px too.
func TestUnitsTab_SearchRanksAndShowsUnit(t *testing.T) {
	db := mustDB(t, true)
	ctx := context.Background()
	us, _ := db.Units(ctx)
	for _, name := range []string{"Nguyễn Thị Hạnh", "Nguyễn Thị Ánh Tuyết"} {
		p := app.Person{FullName: name, Gender: app.Female, Category: app.CivilServant, UnitID: us[0].ID, Active: true}
		if err := db.CreatePerson(ctx, &p, today()); err != nil {
			t.Fatal(err)
		}
	}
	u, w := mustUI(t, db)
	u.selectTab(u.units.content)
	w.Resize(MinWindowSize)
	test.Type(u.units.search, "nguyen thi anh")
	names := colText(u.units.table, 1)
	if len(names) < 2 || names[0] != "Nguyễn Thị Ánh Tuyết" {
		t.Errorf("results = %q, want «Nguyễn Thị Ánh Tuyết» first", names)
	}
	if units := colText(u.units.table, 2); units[0] != us[0].Name {
		t.Errorf("unit column = %q", units[0])
	}
	var right float32
	for _, c := range staffCols {
		if right += c.width; c.title == "Đơn vị" {
			break
		}
	}
	if width := u.units.table.Size().Width; right > width {
		t.Errorf("the unit column ends at %v px, beyond the %v px of the table: scrolling sideways", right, width)
	}
}
