package app

import "testing"

func TestPoints_String(t *testing.T) {
	tests := []struct {
		p    Points
		want string
	}{
		{250, "2,5"},
		{1000, "10"},
		{25, "0,25"},
		{5, "0,05"},
		{0, "0"},
		{10050, "100,5"},
		{-150, "-1,5"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.p.String(); got != tt.want {
				t.Errorf("Points(%d).String() = %q, want %q", int64(tt.p), got, tt.want)
			}
		})
	}
}

func TestParsePoints_Cases(t *testing.T) {
	tests := []struct {
		in   string
		want Points
		ok   bool
	}{
		{"2,5", 250, true},
		{"2.5", 250, true},
		{"10", 1000, true},
		{"0,25", 25, true},
		{"-0,5", -50, true},
		{" 7 ", 700, true},
		{"2,555", 0, false},
		{"2,5đ", 0, false},
		{"", 0, false},
		{"điểm", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePoints(tt.in)
			if tt.ok {
				if err != nil || got != tt.want {
					t.Fatalf("ParsePoints(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
				}
				return
			}
			if ErrorCode(err) != EINVALID {
				t.Fatalf("ParsePoints(%q) = %v, %v; want an EINVALID error", tt.in, got, err)
			}
		})
	}
	t.Run("Message", func(t *testing.T) {
		_, err := ParsePoints("2,555")
		if want := "'2,555' không phải là số điểm hợp lệ (tối đa 2 chữ số thập phân, ví dụ 2,5)."; ErrorMessage(err) != want {
			t.Errorf("message = %q, want %q", ErrorMessage(err), want)
		}
	})
}

func FuzzParsePoints(f *testing.F) {
	for _, s := range []string{"2,5", "2.5", "10", "-0,25", "2,555", "999999999999,99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePoints(s)
		if err != nil {
			return
		}
		back, err := ParsePoints(p.String())
		if err != nil || back != p {
			t.Fatalf("ParsePoints(%q) = %d; %q reads back as %d, %v", s, int64(p), p.String(), int64(back), err)
		}
	})
}
