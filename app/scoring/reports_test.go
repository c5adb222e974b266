package scoring

import (
	"testing"

	"thidua/app"
)

func TestReportPoints(t *testing.T) {
	on, late, miss, notDue := app.ReportStatus{State: app.ReportOnTime}, app.ReportStatus{State: app.ReportLate, DaysLate: 3},
		app.ReportStatus{State: app.ReportMissing}, app.ReportStatus{State: app.ReportNotDue}
	cases := []struct {
		st   []app.ReportStatus
		want app.Points
		ok   bool
	}{
		{[]app.ReportStatus{on, on, on, on, on}, 500, true},
		{[]app.ReportStatus{on, on, late, on, on}, 450, true},
		{[]app.ReportStatus{on, on, miss, on, on}, 400, true},
		{[]app.ReportStatus{on, late, miss}, 250, true},
		{[]app.ReportStatus{on, notDue, notDue}, 500, true},
		{[]app.ReportStatus{late, on, on}, 417, true}, // 5 × 2,5/3 = 4,1666… → 4,17
		{[]app.ReportStatus{notDue}, 0, false},
		{nil, 0, false},
	}
	for _, c := range cases {
		if got, ok := ReportPoints(500, c.st); got != c.want || ok != c.ok {
			t.Errorf("%v: %v %v, want %v %v", c.st, got, ok, c.want, c.ok)
		}
	}
}
