package app

import (
	"testing"
	"time"

	"thidua/app/viet"
)

func TestConsecutiveYears(t *testing.T) {
	h := func(year int, form string) AwardHistoryItem { return AwardHistoryItem{Year: year, FormCode: form} }
	hist := []AwardHistoryItem{h(2020, "ldtt"), h(2021, "ldtt"), h(2022, "cstdcs"), h(2022, "ldtt"), h(2023, "ldtt"), h(2023, "cstdcs"), h(2024, "cstdcs"), h(2024, "ldtt")}
	for _, tc := range []struct {
		form string
		end  int
		want int
	}{
		{"ldtt", 2024, 5},
		{"ldtt", 2021, 2},
		{"cstdcs", 2024, 3},
		{"cstdcs", 2025, 0},
		{"giay_khen", 2024, 0},
	} {
		if got := ConsecutiveYears(hist, tc.form, tc.end); got != tc.want {
			t.Errorf("ConsecutiveYears(%s, %d) = %d, want %d", tc.form, tc.end, got, tc.want)
		}
	}
	gap := []AwardHistoryItem{h(2021, "cstdcs"), h(2023, "cstdcs"), h(2024, "cstdcs")}
	if got := ConsecutiveYears(gap, "cstdcs", 2024); got != 2 {
		t.Errorf("a gap year: got %d, want 2", got)
	}
	// Two awards of the same form in one year count once.
	twice := []AwardHistoryItem{h(2024, "giay_khen"), h(2024, "giay_khen")}
	if got := ConsecutiveYears(twice, "giay_khen", 2024); got != 1 {
		t.Errorf("same year twice: got %d, want 1", got)
	}
	if got := Streak(gap); got[0] != 1 || got[1] != 1 || got[2] != 2 {
		t.Errorf("Streak = %v, want [1 1 2]", got)
	}
}

func TestDefaultSigningDate(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	c := Campaign{Year: 2024, End: d(2024, 12, 31)}
	for _, tc := range []struct {
		today, want time.Time
	}{
		{d(2024, 6, 1), d(2024, 6, 1)},
		{d(2025, 1, 10), d(2025, 1, 10)},
		{d(2025, 12, 31), d(2025, 12, 31)},
		{d(2026, 11, 25), d(2024, 12, 31)},
	} {
		if got := DefaultSigningDate(c, tc.today); !got.Equal(tc.want) {
			t.Errorf("today %s: %s, want %s", viet.ISODate(tc.today), viet.ISODate(got), viet.ISODate(tc.want))
		}
	}
	if got := DefaultSigningDate(Campaign{Year: 2020}, d(2026, 1, 1)); !got.Equal(d(2020, 12, 31)) {
		t.Errorf("no end date: %s", viet.ISODate(got))
	}
}
