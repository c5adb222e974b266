package app

import "thidua/app/viet"

// SameName finds, among names, one that reads the same as name once accents, case and spacing are
// set aside («ubnd xa tra bui» and «UBND xã Trà Bui»): the form then asks the user whether the new
// entry is really another one, naming the existing entry. ok is false when there is none.
func SameName(name string, names []string) (existing string, ok bool) {
	key := viet.FoldKey(name)
	if key == "" {
		return "", false
	}
	for _, n := range names {
		if viet.FoldKey(n) == key {
			return n, true
		}
	}
	return "", false
}
