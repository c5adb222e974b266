package app

import (
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestReportStatusAsOf(t *testing.T) {
	due := day(2024, 6, 15)
	cases := []struct {
		name           string
		due, got, asOf time.Time
		want           string
		state          ReportState
	}{
		{"on the due date", due, day(2024, 6, 15), day(2024, 7, 1), "Đúng hạn", ReportOnTime},
		{"early", due, day(2024, 6, 1), day(2024, 6, 2), "Đúng hạn", ReportOnTime},
		{"one day late", due, day(2024, 6, 16), day(2024, 7, 1), "Trễ 1 ngày", ReportLate},
		{"late across a month", due, day(2024, 7, 5), day(2024, 12, 31), "Trễ 20 ngày", ReportLate},
		{"received after asOf", due, day(2024, 7, 5), day(2024, 7, 1), "Chưa báo cáo", ReportMissing},
		{"missing", due, time.Time{}, day(2024, 6, 20), "Chưa báo cáo", ReportMissing},
		{"not due yet", due, time.Time{}, day(2024, 6, 15), "Chưa đến hạn", ReportNotDue},
		{"no due date, received", time.Time{}, day(2024, 6, 15), day(2024, 6, 15), "Đúng hạn", ReportOnTime},
		{"no due date, nothing", time.Time{}, time.Time{}, day(2024, 6, 15), "Chưa đến hạn", ReportNotDue},
		{"hours do not count", due, time.Date(2024, 6, 15, 23, 59, 0, 0, time.UTC), day(2024, 6, 15), "Đúng hạn", ReportOnTime},
	}
	for _, c := range cases {
		s := ReportStatusAsOf(c.due, c.got, c.asOf)
		if s.Label() != c.want || s.State != c.state {
			t.Errorf("%s: got %s (%s), want %s", c.name, s.Label(), s.State, c.want)
		}
	}
}

func TestBuildReportGrid(t *testing.T) {
	ps := []ReportingPeriod{{ID: 1, Name: "Quý I", Due: day(2024, 3, 15)}, {ID: 2, Name: "6 tháng", Due: day(2024, 6, 15)}}
	us := []Unit{{ID: 10, Name: "Xã A"}, {ID: 11, Name: "Xã B"}, {ID: 12, Name: "Xã C"}}
	rs := []UnitReport{
		{PeriodID: 1, UnitID: 10, ReceivedOn: day(2024, 3, 10)},
		{PeriodID: 1, UnitID: 11, ReceivedOn: day(2024, 3, 18)},
		{PeriodID: 2, UnitID: 10, ReceivedOn: day(2024, 6, 14)},
		{PeriodID: 9, UnitID: 12, ReceivedOn: day(2024, 6, 14)}, // another campaign's period
	}
	g := BuildReportGrid(Campaign{}, ps, us, rs, day(2024, 7, 1))
	if g.Count(0, ReportOnTime) != 1 || g.Count(0, ReportLate) != 1 || g.Count(0, ReportMissing) != 1 {
		t.Errorf("Quý I counts wrong: %+v", g.Rows)
	}
	got := g.Unreported(g.PeriodIndex("6 tháng"))
	if len(got) != 2 || got[0].Name != "Xã B" || got[1].Name != "Xã C" {
		t.Errorf("Unreported = %v, want Xã B, Xã C", got)
	}
	if d := DefaultPeriods(2025); len(d) != 5 || d[0].Kind != PeriodLaunch || !d[4].Due.Equal(day(2025, 11, 15)) {
		t.Errorf("DefaultPeriods = %v", d)
	}
}
