package data_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/data"
)

func TestDB_ReportGridOfTheSample(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	g, err := d.ReportGrid(ctx, cid, time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Periods) != 5 || g.Periods[0].Kind != app.PeriodLaunch || g.Periods[0].Name != app.LaunchPeriodName {
		t.Fatalf("periods = %+v, want the launch plan then four reports", g.Periods)
	}
	half := g.PeriodIndex("6 tháng")
	var names []string
	for _, u := range g.Unreported(half) {
		names = append(names, u.Name)
	}
	if strings.Join(names, ";") != "UBND xã Trà Ka;Phòng Y tế" && strings.Join(names, ";") != "Phòng Y tế;UBND xã Trà Ka" {
		t.Errorf("units without the 6-month report = %v", names)
	}
	late := 0
	for i := range g.Periods {
		late += g.Count(i, app.ReportLate)
		if i != half && g.Count(i, app.ReportMissing) != 0 {
			t.Errorf("%s: %d missing, want none", g.Periods[i].Name, g.Count(i, app.ReportMissing))
		}
	}
	if late == 0 {
		t.Error("the sample has no late report")
	}
	if n := count(t, d, "workbook_submission"); n != 1 {
		t.Errorf("returned workbooks in the sample = %d, want 1", n)
	}
}

func TestDB_ReminderListsExactlyTheUnitsWithoutAReport(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	asOf := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	// one of the two sends its report late: the công văn goes to the other alone
	g, err := d.ReportGrid(ctx, cid, asOf)
	if err != nil {
		t.Fatal(err)
	}
	half := g.Periods[g.PeriodIndex("6 tháng")]
	var yte app.Unit
	for _, r := range g.Rows {
		if r.Unit.Name == "Phòng Y tế" {
			yte = r.Unit
		}
	}
	file := strings.NewReader("%PDF-1.4 báo cáo 6 tháng")
	rep, err := d.SaveUnitReport(ctx, app.UnitReport{PeriodID: half.ID, UnitID: yte.ID, ReceivedOn: time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC),
		DocNumber: "45/BC-PYT", DocDate: time.Date(2024, 6, 24, 0, 0, 0, 0, time.UTC)}, "Báo cáo 6 tháng.pdf", file)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(rep.FilePath); err != nil || !strings.Contains(string(b), "báo cáo 6 tháng") || len(rep.FileSHA256) != 64 {
		t.Errorf("the file was not kept: %v %q", err, rep.FileSHA256)
	}
	doc, err := docs.Reminder(ctx, d, cid, "6 THANG", asOf, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Units) != 1 || doc.Units[0].Name != "UBND xã Trà Ka" || len(doc.To) != 1 {
		t.Errorf("addressed to %v, want UBND xã Trà Ka alone", doc.To)
	}
	if !strings.Contains(doc.About, "V/v đôn đốc báo cáo") || !strings.HasSuffix(doc.NumberLine, "/UBND-NV") {
		t.Errorf("about %q, number %q", doc.About, doc.NumberLine)
	}
	g, _ = d.ReportGrid(ctx, cid, asOf)
	for _, r := range g.Rows {
		if r.Unit.ID == yte.ID {
			if s := r.Cells[g.PeriodIndex("6 tháng")].Status.Label(); s != "Trễ 10 ngày" {
				t.Errorf("Phòng Y tế's status = %s, want Trễ 10 ngày", s)
			}
		}
	}
	if _, err := docs.Reminder(ctx, d, cid, "Quý V", asOf, asOf); err == nil || !strings.Contains(app.ErrorMessage(err), "không có kỳ báo cáo") {
		t.Errorf("an unknown period: %v", err)
	}
}

func TestDB_SavePeriod(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	if _, err := d.SavePeriod(ctx, app.ReportingPeriod{CampaignID: cid, Name: "6 tháng"}); err == nil || !strings.Contains(app.ErrorMessage(err), "đã có kỳ") {
		t.Errorf("a second «6 tháng»: %v", err)
	}
	id, err := d.SavePeriod(ctx, app.ReportingPeriod{CampaignID: cid, Name: "Chuyên đề chuyển đổi số", Due: time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || id == 0 {
		t.Fatal(err)
	}
	ps, _ := d.ReportingPeriods(ctx, cid)
	if len(ps) != 6 || ps[5].Name != "Chuyên đề chuyển đổi số" {
		t.Errorf("periods = %+v", ps)
	}
}

// reportsItem makes the first commune leaf of the sample a «Chế độ báo cáo» item.
func reportsItem(t *testing.T, d *data.DB, cid int64) app.Criterion {
	t.Helper()
	ctx := context.Background()
	if err := d.SetCriteriaLock(ctx, cid, true, "thêm tiêu chí chế độ báo cáo"); err != nil {
		t.Fatal(err)
	}
	sets, err := d.CriteriaSets(ctx, cid)
	if err != nil {
		t.Fatal(err)
	}
	var item app.Criterion
	for _, s := range sets {
		if s.Kind == app.UnitCommune {
			for _, c := range s.Items {
				if c.ParentID != 0 && !c.Survey && item.ID == 0 {
					item = c
				}
			}
		}
	}
	item.FromReports = true
	if err := d.UpdateCriterion(ctx, item); err != nil {
		t.Fatal(err)
	}
	return item
}

func TestDB_ApplyReportPoints(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	item := reportsItem(t, d, cid)
	asOf := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	n, locked, err := d.ApplyReportPoints(ctx, cid, asOf)
	if err != nil || n != 12 || locked != 0 {
		t.Fatalf("scored %d, locked %d, %v: want the 12 communes", n, locked, err)
	}
	g, _ := d.ReportGrid(ctx, cid, asOf)
	for _, row := range g.Rows {
		if row.Unit.Kind != app.UnitCommune {
			continue
		}
		var st []app.ReportStatus
		for _, c := range row.Cells {
			st = append(st, c.Status)
		}
		sh, err := d.UnitSheet(ctx, cid, row.Unit.ID)
		if err != nil {
			t.Fatal(err)
		}
		s := sh.Scores[item.ID]
		full := true
		for _, x := range st {
			full = full && x.State == app.ReportOnTime
		}
		switch {
		case row.Unit.Name == "UBND xã Trà Ka" && (s.Appraised >= item.Max || s.Appraised != s.Self):
			t.Errorf("Trà Ka missed the 6-month report but has %v/%v of %v", s.Self, s.Appraised, item.Max)
		case full && s.Appraised != item.Max:
			t.Errorf("%s reported on time and has %v of %v", row.Unit.Name, s.Appraised, item.Max)
		}
	}
}

func TestDB_ApplyReportPointsBeforeAnyDueDateKeepsTheScores(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	item := reportsItem(t, d, cid)
	g, err := d.ReportGrid(ctx, cid, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var unit app.Unit
	for _, row := range g.Rows {
		if row.Unit.Kind == app.UnitCommune && row.Unit.Active && unit.ID == 0 {
			unit = row.Unit
		}
	}
	if err := d.SaveScores(ctx, cid, unit.ID, []app.ScoreEdit{{CriterionID: item.ID, Self: "0,5", Appraised: "0,25"}}); err != nil {
		t.Fatal(err)
	}
	audits := count(t, d, "audit_log")
	n, locked, err := d.ApplyReportPoints(ctx, cid, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 0 || locked != 0 {
		t.Fatalf("scored %d, locked %d, %v: want nothing before any due date", n, locked, err)
	}
	sh, err := d.UnitSheet(ctx, cid, unit.ID)
	if err != nil {
		t.Fatal(err)
	}
	if s := sh.Scores[item.ID]; !s.HasSelf || !s.HasAppraised || s.Self != 50 || s.Appraised != 25 {
		t.Errorf("%s: score %+v, want the 0,5/0,25 it had", unit.Name, s)
	}
	if got := count(t, d, "audit_log"); got != audits+1 {
		t.Errorf("audit rows %d → %d, want only the campaign's line", audits, got)
	}
	if _, _, err := d.ApplyReportPoints(ctx, cid, time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if n := count(t, d, "audit_log WHERE entity = 'unit' AND action = 'report_points_scores' AND before LIKE '%\"Self\":50%'"); n != 1 {
		t.Errorf("the unit's former score is not in the audit log (%d rows)", n)
	}
}

func TestDB_SaveUnitReportThatFailsLeavesNoFile(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	files := func() int {
		es, err := os.ReadDir(d.EvidenceDir())
		if os.IsNotExist(err) {
			return 0
		}
		if err != nil {
			t.Fatal(err)
		}
		return len(es)
	}
	before := files()
	// no such period: the row cannot be written
	_, err := d.SaveUnitReport(ctx, app.UnitReport{PeriodID: 987654, UnitID: 1, ReceivedOn: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)},
		"bao-cao.pdf", strings.NewReader("%PDF-1.4 một báo cáo chưa từng lưu"))
	if err == nil {
		t.Fatal("a report of a period that does not exist was saved")
	}
	if n := files(); n != before {
		t.Errorf("files in the evidence folder: %d → %d", before, n)
	}
}
