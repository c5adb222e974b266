package app

import (
	"bytes"
	"sort"
)

// SortPeople sorts people the way Vietnamese offices list them: by given name, then whole name
// (NameCollator.Less), then by ID so the order is total. Keys are computed once per person.
func SortPeople(ps []Person) {
	c := NewNameCollator()
	type item struct {
		p            Person
		given, whole []byte
	}
	items := make([]item, len(ps))
	for i, p := range ps {
		g, w := c.nameKeys(p.FullName)
		items[i] = item{p, g, w}
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if r := bytes.Compare(a.given, b.given); r != 0 {
			return r < 0
		}
		if r := bytes.Compare(a.whole, b.whole); r != 0 {
			return r < 0
		}
		return a.p.ID < b.p.ID
	})
	for i := range items {
		ps[i] = items[i].p
	}
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
	c := NewNameCollator()
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
