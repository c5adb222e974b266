package data_test

import (
	"context"
	"testing"

	"thidua/app"
)

// A name that begins with what was typed comes before one that only contains it («anh» in
// «Hạnh»), although Vietnamese order alone (by given name) puts «Hạnh» first.
func TestDB_SearchPeople_PrefixFirst(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	u := mustUnit(t, d, "UBND xã Trà Bui", app.UnitCommune)
	mustPerson(t, d, "Nguyễn Thị Hạnh", u.ID)
	mustPerson(t, d, "Nguyễn Thị Ánh Tuyết", u.ID)
	mustPerson(t, d, "Lê Văn Bình", u.ID)
	for _, limit := range []int{0, 1, 2} {
		got, err := d.SearchPeople(ctx, "nguyen thi anh", limit)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Nguyễn Thị Ánh Tuyết", "Nguyễn Thị Hạnh"}
		if limit > 0 {
			want = want[:limit]
		}
		if len(got) != len(want) {
			t.Fatalf("limit %d: %d results, want %d", limit, len(got), len(want))
		}
		for i := range want {
			if got[i].FullName != want[i] {
				t.Errorf("limit %d: result %d = %s, want %s", limit, i, got[i].FullName, want[i])
			}
		}
	}
}
