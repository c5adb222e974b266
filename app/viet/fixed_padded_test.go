package viet

import "testing"

func TestFormatFixedPadded_Cases(t *testing.T) {
	for v, want := range map[int64]string{8410: "84,10", 8498: "84,98", 1000: "10,00", 0: "0,00", -50: "-0,50", 5: "0,05"} {
		if got := FormatFixedPadded(v, 2); got != want {
			t.Errorf("%d: %q, want %q", v, got, want)
		}
	}
}
