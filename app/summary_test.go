package app

import (
	"testing"
	"time"
)

func TestFundExceeded_AtItsEdge(t *testing.T) {
	f := Fund{Set: true, Amount: 10_000_000, Issued: 7_000_000}
	for _, c := range []struct {
		money int64
		want  bool
	}{{0, false}, {2_999_999, false}, {3_000_000, false}, {3_000_001, true}, {50_000_000, true}} {
		if got := FundExceeded(f, c.money); got != c.want {
			t.Errorf("issued 7.000.000 + %d of 10.000.000: exceeded = %v, want %v", c.money, got, c.want)
		}
	}
	if FundExceeded(Fund{Issued: 7_000_000}, 1<<40) {
		t.Error("a fund not entered warned")
	}
	if FundExceeded(Fund{Set: true, Amount: 0}, 0) || !FundExceeded(Fund{Set: true, Amount: 0}, 1) {
		t.Error("a fund of 0 đồng: nothing is within it, any money exceeds it")
	}
	if w := FundWarning(f, 3_000_000, 2024); w != "" {
		t.Errorf("exactly the fund warned: %q", w)
	}
	if w := FundWarning(f, 3_000_001, 2024); w != "Cảnh báo: quyết định này (3.000.001 đồng) cộng với các quyết định đã ban hành (7.000.000 đồng) vượt Quỹ thi đua, khen thưởng năm 2024 (10.000.000 đồng) 1 đồng." {
		t.Errorf("one đồng over: %q", w)
	}
	if r := f.Remaining(); r != 3_000_000 {
		t.Errorf("remaining %d", r)
	}
}

func TestReportStatusOf(t *testing.T) {
	d := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		v, _ := time.Parse(time.DateOnly, s)
		return v
	}
	for _, c := range []struct {
		due, got, asOf string
		want           ReportStatus
	}{
		{"2024-03-20", "2024-03-20", "2024-12-31", ReportOnTime},
		{"2024-03-20", "2024-03-19", "2024-12-31", ReportOnTime},
		{"2024-03-20", "2024-03-21", "2024-12-31", ReportLate},
		{"2024-03-20", "", "2024-03-20", ReportNotDue},
		{"2024-03-20", "", "2024-03-21", ReportMissing},
		{"", "", "2030-01-01", ReportNotDue},
		{"", "2024-05-01", "2030-01-01", ReportOnTime},
	} {
		if got := ReportStatusOf(d(c.due), d(c.got), d(c.asOf)); got != c.want {
			t.Errorf("due %s received %q as of %s: %d, want %d", c.due, c.got, c.asOf, got, c.want)
		}
	}
	// A time of day does not make the due day late.
	if ReportStatusOf(d("2024-03-20"), d("2024-03-20").Add(23*time.Hour), d("2024-12-31")) != ReportOnTime {
		t.Error("received late in the due day is on time")
	}
}

func TestYearsFilled(t *testing.T) {
	got := YearsFilled([]YearFigure{{Year: 2020, Awards: 3, Money: 10}, {Year: 2023, Awards: 1, Money: 5}}, 2019, 2024)
	if len(got) != 6 || got[0].Year != 2019 || got[0].Awards != 0 || got[1].Awards != 3 || got[4].Money != 5 || got[5].Year != 2024 {
		t.Errorf("%+v", got)
	}
}
