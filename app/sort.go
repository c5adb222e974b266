package app

import (
	"bytes"
	"sort"
)

// SortPeople sorts people the way Vietnamese offices list them: by given name, then whole name
// (NameCollator.Less), then by ID so the order is total.
func SortPeople(ps []Person) {
	sortByPersonName(ps, func(p Person) string { return p.FullName }, func(a, b Person) bool { return a.ID < b.ID })
}

// sortByPersonName sorts xs by the name of each, in the order of NameCollator.Less, with tie as the
// last resort. Collation keys are computed once per element, not once per comparison.
func sortByPersonName[T any](xs []T, name func(T) string, tie func(a, b T) bool) {
	c := NewNameCollator()
	type item struct {
		x            T
		given, whole []byte
	}
	items := make([]item, len(xs))
	for i, x := range xs {
		g, w := c.NameKeys(name(x))
		items[i] = item{x, g, w}
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if r := bytes.Compare(a.given, b.given); r != 0 {
			return r < 0
		}
		if r := bytes.Compare(a.whole, b.whole); r != 0 {
			return r < 0
		}
		return tie(a.x, b.x)
	})
	for i := range items {
		xs[i] = items[i].x
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
