package app

import "testing"

func TestSameName(t *testing.T) {
	names := []string{"UBND xã Trà Giang", "UBND xã Trà Bui", "Phòng Nội vụ"}
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"ubnd xa tra bui", "UBND xã Trà Bui", true},
		{"  UBND   XÃ TRÀ BUI ", "UBND xã Trà Bui", true},
		{"UBND xã Trà Bui mới", "", false},
		{"Phong noi vu", "Phòng Nội vụ", true},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := SameName(c.in, names)
		if got != c.want || ok != c.ok {
			t.Errorf("SameName(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
