package app

import (
	"strings"
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

// The công văn đôn đốc goes only to units past the due date; a period not due yet, or one every
// unit has sent, is refused with the reason.
func TestReminderUnits(t *testing.T) {
	ps := []ReportingPeriod{{ID: 1, Name: "Quý I", Due: day(2024, 3, 15)}, {ID: 2, Name: "6 tháng", Due: day(2024, 6, 15)}}
	us := []Unit{{ID: 10, Name: "Xã A"}, {ID: 11, Name: "Xã B"}}
	rs := []UnitReport{{PeriodID: 1, UnitID: 10, ReceivedOn: day(2024, 3, 10)}, {PeriodID: 1, UnitID: 11, ReceivedOn: day(2024, 3, 20)},
		{PeriodID: 2, UnitID: 10, ReceivedOn: day(2024, 6, 1)}}
	g := BuildReportGrid(Campaign{}, ps, us, rs, day(2024, 6, 15))
	if _, err := g.ReminderUnits(1); err == nil || err.Error() != "Kỳ «6 tháng» chưa đến hạn (15/06/2024): chưa có đơn vị nào trễ hạn để đôn đốc." {
		t.Errorf("not due yet: %v", err)
	}
	if len(g.Unreported(1)) != 0 {
		t.Errorf("Unreported lists units not due yet: %v", g.Unreported(1))
	}
	if _, err := g.ReminderUnits(0); err == nil || !strings.Contains(err.Error(), "mọi đơn vị đã gửi") {
		t.Errorf("none missing: %v", err)
	}
	g = BuildReportGrid(Campaign{}, ps, us, rs, day(2024, 6, 16))
	if got, err := g.ReminderUnits(1); err != nil || len(got) != 1 || got[0].Name != "Xã B" {
		t.Errorf("past due: %v %v, want Xã B", got, err)
	}
}

// An export as of a date does not show a report received after it.
func TestReportTableAsOf(t *testing.T) {
	ps := []ReportingPeriod{{ID: 2, Name: "6 tháng", Due: day(2024, 6, 15)}}
	us := []Unit{{ID: 10, Name: "Xã A"}}
	rs := []UnitReport{{PeriodID: 2, UnitID: 10, ReceivedOn: day(2024, 6, 20), DocNumber: "12/BC-UBND", DocDate: day(2024, 6, 19), FileName: "bc.pdf"}}
	row := ReportTable(BuildReportGrid(Campaign{}, ps, us, rs, day(2024, 6, 10))).Rows[0]
	if strings.Join(row[4:7], "") != "" || row[8] != "" || row[7] != "Chưa đến hạn" {
		t.Errorf("row as of 10/06 = %q, want no receipt next to «Chưa đến hạn»", row)
	}
	row = ReportTable(BuildReportGrid(Campaign{}, ps, us, rs, day(2024, 6, 20))).Rows[0]
	if row[4] != "20/06/2024" || row[5] != "12/BC-UBND" {
		t.Errorf("row as of 20/06 = %q", row)
	}
}
