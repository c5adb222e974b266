package app

import "testing"

func TestPersonKey(t *testing.T) {
	base := Person{FullName: "Nguyễn Văn Dũng", BirthYear: 1985, UnitID: 3}
	for _, tc := range []struct {
		name string
		p    Person
		same bool
	}{
		{"identical", base, true},
		{"accents and case", Person{FullName: "NGUYEN VAN DUNG", BirthYear: 1985, UnitID: 3}, true},
		{"another birth year", Person{FullName: "Nguyễn Văn Dũng", BirthYear: 1986, UnitID: 3}, false},
		{"another unit", Person{FullName: "Nguyễn Văn Dũng", BirthYear: 1985, UnitID: 4}, false},
		{"another name", Person{FullName: "Nguyễn Văn Dung Anh", BirthYear: 1985, UnitID: 3}, false},
		{"other fields do not count", Person{ID: 9, FullName: "Nguyễn Văn Dũng", BirthYear: 1985, UnitID: 3, Position: "Chuyên viên"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PersonKey(tc.p) == PersonKey(base); got != tc.same {
				t.Errorf("PersonKey(%q) = %q vs %q: same %v, want %v", tc.p.FullName, PersonKey(tc.p), PersonKey(base), got, tc.same)
			}
		})
	}
}
