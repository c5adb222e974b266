package data_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func TestDB_SavePeriodsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	ps, err := d.ReportingPeriods(ctx, cid)
	if err != nil || len(ps) < 3 {
		t.Fatal(ps, err)
	}
	was := ps[1].Due
	a, b := ps[1], ps[2]
	a.Due, b.Due = time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)
	gone := app.ReportingPeriod{ID: 987654, Name: "Kỳ đã xóa", Due: b.Due}
	audits := count(t, d, "audit_log")
	if err := d.SavePeriods(ctx, cid, []app.ReportingPeriod{a, gone}); err == nil || !strings.Contains(app.ErrorMessage(err), "Không tìm thấy kỳ") {
		t.Errorf("a period that does not exist: %v", err)
	}
	if err := d.SavePeriods(ctx, cid+1000, []app.ReportingPeriod{a}); err == nil {
		t.Error("the periods were saved under a campaign that does not exist")
	}
	if ps2, _ := d.ReportingPeriods(ctx, cid); !ps2[1].Due.Equal(was) {
		t.Errorf("%s due %v after a refused save, want %v", ps2[1].Name, ps2[1].Due, was)
	}
	if n := count(t, d, "audit_log"); n != audits {
		t.Errorf("audit rows %d → %d after refused saves", audits, n)
	}
	if err := d.SavePeriods(ctx, cid, []app.ReportingPeriod{a, b}); err != nil {
		t.Fatal(err)
	}
	ps2, _ := d.ReportingPeriods(ctx, cid)
	if !ps2[1].Due.Equal(a.Due) || !ps2[2].Due.Equal(b.Due) || ps2[1].Kind != ps[1].Kind {
		t.Errorf("periods = %+v", ps2)
	}
	if n := count(t, d, "audit_log WHERE entity = 'reporting_period' AND action = 'save' AND before LIKE '%"+was.Format("2006-01-02")+"%'"); n != 1 {
		t.Errorf("the former due date is not in the audit log (%d rows)", n)
	}
}

func TestDB_UnitReportAndDefaultPeriodsAudit(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	g, err := d.ReportGrid(ctx, cid, time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var r app.UnitReport
	for _, row := range g.Rows {
		for _, c := range row.Cells {
			if c.Received && r.ID == 0 {
				r = c.Report
			}
		}
	}
	if r.ID == 0 {
		t.Fatal("the sample has no report received")
	}
	old := r.DocNumber
	r.DocNumber = "99/BC-SỬA"
	if _, err := d.SaveUnitReport(ctx, r, "", nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, d, "audit_log WHERE entity = 'unit_report' AND action = 'save' AND before LIKE '%"+old+"%' AND after LIKE '%99/BC-%'"); n != 1 {
		t.Errorf("the report's former number %q is not in the audit log (%d rows)", old, n)
	}
	if _, err := d.SQL().Exec(`DELETE FROM unit_report WHERE period_id IN (SELECT id FROM reporting_period WHERE campaign_id = ? AND name = 'Năm')`, cid); err != nil {
		t.Fatal(err)
	}
	if _, err := d.SQL().Exec(`DELETE FROM reporting_period WHERE campaign_id = ? AND name = 'Năm'`, cid); err != nil {
		t.Fatal(err)
	}
	if err := d.AddDefaultPeriods(ctx, cid); err != nil {
		t.Fatal(err)
	}
	if n := count(t, d, "audit_log WHERE action = 'default_periods' AND after LIKE '%\"Năm\"%' AND after NOT LIKE '%Quý I%'"); n != 1 {
		t.Errorf("the period added is not in the audit log (%d rows)", n)
	}
}
