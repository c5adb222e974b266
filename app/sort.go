package app

import (
	"sort"

	"thidua/app/viet"
)

// SortPeople sorts people the way Vietnamese offices list them: by given name, then whole name
// (NameCollator.Less), then by ID so the order is total.
func SortPeople(ps []Person) {
	viet.SortByName(ps, func(p Person) string { return p.FullName }, func(a, b Person) bool { return a.ID < b.ID })
}

// kindOrder is the position of a kind in UnitKinds.
func kindOrder(k UnitKind) int {
	for i, x := range UnitKinds {
		if x == k {
			return i
		}
	}
	return len(UnitKinds)
}

// SortUnits groups units by kind (thị trấn, xã, phòng/ban, khác) and orders each group by name in
// Vietnamese order ("Trà Bui" < "Trà Dương" < "Trà Đốc").
func SortUnits(us []Unit) {
	c := viet.NewNameCollator()
	sort.SliceStable(us, func(i, j int) bool {
		if a, b := kindOrder(us[i].Kind), kindOrder(us[j].Kind); a != b {
			return a < b
		}
		if r := c.CompareText(us[i].Name, us[j].Name); r != 0 {
			return r < 0
		}
		return us[i].ID < us[j].ID
	})
}
