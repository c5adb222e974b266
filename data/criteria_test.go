package data_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/data"
)

func setOf(t *testing.T, d *data.DB, campaignID int64, kind app.UnitKind) app.CriteriaSet {
	t.Helper()
	sets, err := d.CriteriaSets(context.Background(), campaignID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if s.Kind == kind {
			return s
		}
	}
	t.Fatalf("no set for %s", kind)
	return app.CriteriaSet{}
}

func unitNamed(t *testing.T, d *data.DB, name string) app.Unit {
	t.Helper()
	us, err := d.Units(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range us {
		if u.Name == name {
			return u
		}
	}
	t.Fatalf("no unit %s", name)
	return app.Unit{}
}

func newFrom2024(t *testing.T, d *data.DB, from int64) int64 {
	t.Helper()
	id, err := d.CreateCampaign(context.Background(), app.NewCampaign{Year: 2025, Name: "Phong trào thi đua cải cách hành chính năm 2025",
		Launch: app.LaunchDoc{Number: "12/KH-UBND", Date: day(2025, 1, 10), Signer: "Thái Hoàng Vũ"},
		Start:  day(2025, 1, 10), End: day(2025, 12, 31),
		Copy: app.CampaignCopy{FromID: from, Criteria: true, Council: true, Thresholds: true, Periods: true}})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestDB_CreateCampaign(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	c2024 := sampleCampaign(t, d)
	before := setOf(t, d, c2024, app.UnitCommune)
	t.Run("CopiedThenChanged", func(t *testing.T) {
		c2025 := newFrom2024(t, d, c2024)
		cs, _ := d.Campaigns(ctx)
		if cs[0].ID != c2025 || cs[0].Stage != app.StageLaunched || cs[0].Launch.Number != "12/KH-UBND" || !strings.Contains(cs[0].Title(), "Đang phát động") {
			t.Fatalf("new campaign %+v", cs[0])
		}
		s25 := setOf(t, d, c2025, app.UnitCommune)
		if len(s25.Items) != len(before.Items) || scoring.SetMax(s25) != 10000 || !strings.Contains(s25.Name, "2025") {
			t.Fatalf("copied set: %d items, max %s, name %s", len(s25.Items), scoring.SetMax(s25), s25.Name)
		}
		for i := range s25.Items {
			a, b := s25.Items[i], before.Items[i]
			if a.ID == b.ID || a.Code != b.Code || a.Max != b.Max || a.Survey != b.Survey || (a.ParentID == 0) != (b.ParentID == 0) {
				t.Fatalf("item %d: %+v vs %+v", i, a, b)
			}
		}
		if n := count(t, d, "council_member WHERE campaign_id = "+itoa(c2025)); n == 0 || n != count(t, d, "council_member WHERE campaign_id = "+itoa(c2024)) {
			t.Errorf("council not copied: %d", n)
		}
		if n := count(t, d, "reporting_period WHERE campaign_id = "+itoa(c2025)+" AND due_date LIKE '2025-%'"); n != 5 { // the launch plan and the four reports
			t.Errorf("periods moved to 2025: %d, want 5", n)
		}
		if n := count(t, d, "unit_score sc JOIN criterion c ON c.id = sc.criterion_id JOIN criteria_set s ON s.id = c.set_id WHERE s.campaign_id = "+itoa(c2025)); n != 0 {
			t.Errorf("scores copied: %d", n)
		}
		// change 2025: rename, move, change points — 2024 stays as it was
		leaf := s25.Items[0] // 1.1, scored directly; 1.2 has two sub-criteria
		leaf.Name, leaf.Max = "Ban hành văn bản đúng quy trình (sửa 2025)", leaf.Max+100
		if err := d.UpdateCriterion(ctx, leaf); err != nil {
			t.Fatal(err)
		}
		if err := d.MoveCriterion(ctx, s25.ID, s25.Items[1].ID, -1); err != nil {
			t.Fatal(err)
		}
		s25 = setOf(t, d, c2025, app.UnitCommune)
		if scoring.SetMax(s25) != 10100 || s25.Items[0].Code != "1.1" || s25.Items[1].Code != "1.1.1" ||
			s25.Items[3].Name != leaf.Name || s25.Items[3].Code != "1.2" {
			t.Errorf("2025 after edits: max %s, items %+v", scoring.SetMax(s25), s25.Items[:4])
		}
		after := setOf(t, d, c2024, app.UnitCommune)
		for i := range after.Items {
			if after.Items[i] != before.Items[i] {
				t.Fatalf("2024 changed: %+v → %+v", before.Items[i], after.Items[i])
			}
		}
		err := d.SetCampaignStage(ctx, c2025, app.StageScoring, "")
		if err == nil || !strings.Contains(err.Error(), "101") {
			t.Errorf("scoring with a set of 101 points: %v", err)
		}
	})
	t.Run("ErrYearNotAfter", func(t *testing.T) {
		_, err := d.CreateCampaign(ctx, app.NewCampaign{Year: 2024, Name: "Khác", Copy: app.CampaignCopy{FromID: c2024, Criteria: true}})
		if app.ErrorCode(err) != app.EINVALID {
			t.Errorf("copy into the same year: %v", err)
		}
	})
	t.Run("ErrDuplicateIsAtomic", func(t *testing.T) {
		n := count(t, d, "criteria_set")
		_, err := d.CreateCampaign(ctx, app.NewCampaign{Year: 2025, Name: "Phong trào thi đua cải cách hành chính năm 2025",
			Copy: app.CampaignCopy{FromID: c2024, Criteria: true}})
		if app.ErrorCode(err) != app.ECONFLICT || count(t, d, "criteria_set") != n {
			t.Errorf("duplicate: %v, sets %d → %d", err, n, count(t, d, "criteria_set"))
		}
	})
}

func TestDB_CriteriaLock(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	c := sampleCampaign(t, d)
	s := setOf(t, d, c, app.UnitCommune)
	item := s.Items[1]
	item.Name = "Đổi tên"
	if err := d.UpdateCriterion(ctx, item); app.ErrorCode(err) != app.ECONFLICT {
		t.Fatalf("criteria of an appraised campaign edited: %v", err)
	}
	if err := d.SetCriteriaLock(ctx, c, true, " "); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("unlock without a reason: %v", err)
	}
	if err := d.SetCriteriaLock(ctx, c, true, "Sửa lỗi chính tả tiêu chí 1.1"); err != nil {
		t.Fatal(err)
	}
	if err := d.UpdateCriterion(ctx, item); err != nil {
		t.Errorf("after unlocking: %v", err)
	}
	if n := count(t, d, "audit_log WHERE action = 'criteria_unlock' AND after LIKE '%chính tả%'"); n != 1 {
		t.Errorf("audit lines %d", n)
	}
}

func TestDB_Scores(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	c := sampleCampaign(t, d)
	u := unitNamed(t, d, "UBND xã Trà Bui")
	sh, err := d.UnitSheet(ctx, c, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	leaves := scoring.Leaves(sh.Set)
	if err := d.SaveScores(ctx, c, u.ID, []app.ScoreEdit{{CriterionID: leaves[0].ID, Self: "5,25"}}); err != nil {
		t.Fatal(err)
	}
	if err := d.SaveScores(ctx, c, u.ID, []app.ScoreEdit{{CriterionID: leaves[0].ID, Self: "4"}, {CriterionID: leaves[1].ID, Self: "99"}}); err == nil {
		t.Fatal("a score over the maximum saved")
	}
	sh, _ = d.UnitSheet(ctx, c, u.ID)
	if s := sh.Scores[leaves[0].ID]; s.Self != 525 {
		t.Errorf("all or nothing: self %s, want 5,25", s.Self)
	}
	t.Run("Lock", func(t *testing.T) {
		if err := d.SetUnitLock(ctx, c, u.ID, true, ""); err != nil {
			t.Fatal(err)
		}
		if err := d.SaveScores(ctx, c, u.ID, []app.ScoreEdit{{CriterionID: leaves[0].ID, Self: "4"}}); app.ErrorCode(err) != app.ECONFLICT {
			t.Errorf("locked unit scored: %v", err)
		}
		if err := d.SetUnitLock(ctx, c, u.ID, false, ""); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("unlock without reason: %v", err)
		}
		if err := d.SetUnitLock(ctx, c, u.ID, false, "Đơn vị bổ sung minh chứng"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ImportBadCell", func(t *testing.T) {
		sh, _ := d.UnitSheet(ctx, c, u.ID)
		tb := scoring.ScoreTable(scoring.ScoreRows(u, sh.Set, sh.Scores))
		for i := range tb.Rows {
			tb.Rows[i][6] = "1"
		}
		tb.Rows[3][6] = "1,3"
		n, errs, err := d.ImportSelfAssessment(ctx, c, u.ID, tb)
		if err != nil || n != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "Dòng 5, cột «Tự chấm»") {
			t.Fatalf("bad cell: n=%d errs=%v err=%v", n, errs, err)
		}
		after, _ := d.UnitSheet(ctx, c, u.ID)
		if after.Scores[leaves[0].ID].Self != 525 {
			t.Error("a file with a bad cell changed scores")
		}
		tb.Rows[3][6] = "1"
		if n, errs, err = d.ImportSelfAssessment(ctx, c, u.ID, tb); err != nil || len(errs) > 0 || n != len(leaves) {
			t.Fatalf("good file: %d %v %v", n, errs, err)
		}
	})
	t.Run("Summarised", func(t *testing.T) {
		if err := d.SetCampaignStage(ctx, c, app.StageSummarised, ""); err != nil {
			t.Fatal(err)
		}
		if err := d.SaveScores(ctx, c, u.ID, []app.ScoreEdit{{CriterionID: leaves[0].ID, Self: "4"}}); app.ErrorCode(err) != app.ECONFLICT {
			t.Errorf("summed-up campaign scored: %v", err)
		}
		if err := d.SetCampaignStage(ctx, c, app.StageScoring, ""); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("reopened without reason: %v", err)
		}
		if err := d.SetCampaignStage(ctx, c, app.StageScoring, "Thanh tra kết luận lại điểm"); err != nil {
			t.Fatal(err)
		}
	})
}

func TestDB_Ranking(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	c := sampleCampaign(t, d)
	r, err := d.Ranking(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, k := range r.Kinds {
		for i, row := range k.Rows {
			n++
			if row.Rank < 1 || (i > 0 && row.Rank < k.Rows[i-1].Rank) || row.Band == app.NotScored {
				t.Errorf("%s: rank %d band %s", row.Unit.Name, row.Rank, row.Band)
			}
			if row.Unit.Name == "Phòng Dân tộc" && row.Max != 9700 {
				t.Errorf("Phòng Dân tộc: max %s, want 97 («Không áp dụng» 3 points)", row.Max)
			}
		}
	}
	if n != count(t, d, "unit WHERE active = 1") {
		t.Errorf("%d rows", n)
	}
	if count(t, d, "unit_score WHERE surveyed > 0") != n {
		t.Errorf("every unit has survey figures on the survey criterion")
	}
	// a unit without scores is «Chưa chấm», after the ranked ones
	nu := app.Unit{Name: "UBND xã Thử Nghiệm", Kind: app.UnitCommune, Active: true}
	if err := d.CreateUnit(ctx, &nu); err != nil {
		t.Fatal(err)
	}
	r, _ = d.Ranking(ctx, c)
	for _, k := range r.Kinds {
		if k.Kind == app.UnitCommune {
			last := k.Rows[len(k.Rows)-1]
			if last.Unit.Name != nu.Name || last.Rank != 0 || last.Band != app.NotScored {
				t.Errorf("unscored unit: %+v", last)
			}
		}
	}
	rows, err := d.ScoreRows(ctx, c)
	if err != nil || len(rows) != n*len(scoring.Leaves(setOf(t, d, c, app.UnitCommune)))+len(scoring.Leaves(setOf(t, d, c, app.UnitCommune))) {
		t.Errorf("score rows %d, %v", len(rows), err)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestDB_AddEvidence(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	c := sampleCampaign(t, d)
	u := unitNamed(t, d, "UBND xã Trà Giác")
	sh, _ := d.UnitSheet(ctx, c, u.ID)
	leaf := scoring.Leaves(sh.Set)[0]
	body := "Biên bản kiểm tra công tác cải cách hành chính"
	ev, err := d.AddEvidence(ctx, c, u.ID, leaf.ID, "/tmp/x/Biên bản.pdf", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(body))
	if ev.Size != int64(len(body)) || ev.SHA256 != hex.EncodeToString(sum[:]) || ev.Name != "Biên bản.pdf" {
		t.Errorf("evidence %+v", ev)
	}
	if b, err := os.ReadFile(ev.Path); err != nil || string(b) != body || filepath.Dir(ev.Path) != d.EvidenceDir() {
		t.Errorf("copy at %s: %v", ev.Path, err)
	}
	if filepath.Dir(d.EvidenceDir()) != filepath.Dir(d.Path()) {
		t.Errorf("evidence folder %s is not beside the database", d.EvidenceDir())
	}
	sh, _ = d.UnitSheet(ctx, c, u.ID)
	if es := sh.Scores[leaf.ID].Evidence; len(es) != 1 || es[0].SHA256 != ev.SHA256 {
		t.Errorf("sheet evidence %+v", es)
	}
	if _, err := d.AddEvidence(ctx, c, u.ID, leaf.ID, "lan2.pdf", strings.NewReader(body)); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("the same file twice on one item: %v", err)
	}
}

func TestDB_ImportCriteriaSet(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	c2024 := sampleCampaign(t, d)
	c2025 := newFrom2024(t, d, c2024)
	src := setOf(t, d, c2024, app.UnitCommune)
	dst := setOf(t, d, c2025, app.UnitDepartment)
	tb := scoring.SetTable(src)
	t.Run("ErrBadCellChangesNothing", func(t *testing.T) {
		bad := scoring.SetTable(src)
		bad.Rows[2][3] = "2,1"
		n, errs, err := d.ImportCriteriaSet(ctx, dst.ID, bad)
		if err != nil || n != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "Dòng 4, cột «Điểm tối đa»") {
			t.Fatalf("bad cell: %d %v %v", n, errs, err)
		}
		if after := setOf(t, d, c2025, app.UnitDepartment); len(after.Items) != len(dst.Items) || after.Items[0].ID != dst.Items[0].ID {
			t.Error("a refused file changed the set")
		}
	})
	t.Run("OK", func(t *testing.T) {
		tb.Rows = tb.Rows[:4] // 1.1, 1.2 and its two parts
		tb.Rows[0][2] = "Tiêu chí nhập từ Excel"
		n, errs, err := d.ImportCriteriaSet(ctx, dst.ID, tb)
		if err != nil || len(errs) > 0 || n != 4 {
			t.Fatalf("import: %d %v %v", n, errs, err)
		}
		got := setOf(t, d, c2025, app.UnitDepartment)
		if len(got.Items) != 4 || got.Items[0].Name != "Tiêu chí nhập từ Excel" || got.Items[2].ParentID != got.Items[1].ID || scoring.SetMax(got) != 1400 {
			t.Errorf("imported set: %+v", got.Items)
		}
	})
	t.Run("ErrScoredSet", func(t *testing.T) {
		_, _, err := d.ImportCriteriaSet(ctx, src.ID, tb)
		if app.ErrorCode(err) != app.ECONFLICT {
			t.Errorf("replacing a scored set: %v", err)
		}
	})
}

func TestDB_ProposeFromRanking(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	c := sampleCampaign(t, d)
	before := count(t, d, "proposal")
	n, err := d.ProposeFromRanking(ctx, c, []string{"Tốt"}, "giay_khen")
	if err != nil || n != 1 || count(t, d, "proposal") != before+1 {
		t.Fatalf("Tốt: %d proposals, %v", n, err)
	}
	if n := count(t, d, "proposal p JOIN unit u ON u.id = p.recipient_unit_id WHERE u.name = 'UBND xã Trà Bui' AND p.achievement LIKE '%Xếp loại «Tốt»%'"); n != 1 {
		t.Errorf("the proposal for Trà Bui: %d", n)
	}
	if n, err := d.ProposeFromRanking(ctx, c, []string{"Tốt"}, "giay_khen"); err != nil || n != 0 {
		t.Errorf("twice: %d, %v (want none added)", n, err)
	}
}
