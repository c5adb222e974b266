package scoring

import (
	"strings"
	"testing"

	"thidua/app"
)

// testSet: field 1 (id 10) has criterion 1.1 (max 40) made of 1.1.1 (30) and 1.1.2 (10, N/A
// allowed); field 2 (id 20) has 2.1 (60, a survey item in some tests).
func testSet() app.CriteriaSet {
	return app.CriteriaSet{Name: "Xã", Target: app.DefaultTarget,
		Fields: []app.ReformField{{ID: 10, Name: "Cải cách thể chế"}, {ID: 20, Name: "Cải cách TTHC"}, {ID: 30, Name: "Không dùng"}},
		Items: []app.Criterion{
			{ID: 1, FieldID: 10, Code: "1.1", Name: "A", Max: 4000, Sort: 1},
			{ID: 2, FieldID: 10, ParentID: 1, Code: "1.1.1", Name: "A1", Max: 3000, Sort: 1},
			{ID: 3, FieldID: 10, ParentID: 1, Code: "1.1.2", Name: "A2", Max: 1000, Sort: 2, NAAllowed: true},
			{ID: 4, FieldID: 20, Code: "2.1", Name: "B", Max: 6000, Sort: 1},
		}}
}

func sc(self, appraised app.Points) app.Score {
	return app.Score{Self: self, Appraised: appraised, HasSelf: true, HasAppraised: true}
}

func TestParseScore(t *testing.T) {
	for _, c := range []struct {
		in   string
		want app.Points
		ok   bool
		err  string
	}{
		{"7,5", 750, true, ""}, {"7.25", 725, true, ""}, {"10", 1000, true, ""}, {"0", 0, true, ""}, {" ", 0, false, ""},
		{"10,25", 0, false, "vượt điểm tối đa 10"}, {"7,3", 0, false, "0,25"}, {"-1", 0, false, "âm"}, {"abc", 0, false, "không phải là số"},
	} {
		p, ok, err := ParseScore("Tự chấm", c.in, 1000)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "Tự chấm") {
				t.Errorf("%q: err %v, want one naming the field and saying %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || p != c.want || ok != c.ok {
			t.Errorf("%q = %v %v %v, want %v %v", c.in, p, ok, err, c.want, c.ok)
		}
	}
}

func TestSurveyPoints(t *testing.T) {
	for _, c := range []struct {
		surveyed, satisfied int
		max, want           app.Points
		bad                 bool
	}{
		{450, 412, 500, 458, false}, // 4,5777… → 4,58
		{100, 100, 500, 500, false},
		{3, 1, 100, 33, false}, // 0,333… → 0,33
		{8, 1, 100, 13, false}, // 0,125 → 0,13 (half up)
		{0, 0, 500, 0, true}, {10, 11, 500, 0, true}, {10, -1, 500, 0, true},
	} {
		p, err := SurveyPoints(c.surveyed, c.satisfied, c.max)
		if (err != nil) != c.bad || p != c.want {
			t.Errorf("SurveyPoints(%d, %d, %v) = %v, %v; want %v", c.surveyed, c.satisfied, c.max, p, err, c.want)
		}
	}
	if f := SurveyFormula(450, 412, 500); f != "(412 / 450) × 5 = 4,58" {
		t.Errorf("formula %q", f)
	}
}

func TestApplyEdit(t *testing.T) {
	set := testSet()
	survey := set.Items[3]
	survey.Survey = true
	s, err := ApplyEdit(survey, app.Score{}, app.ScoreEdit{Surveyed: "450", Satisfied: "412"})
	if err != nil || s.Self != 5493 || s.Appraised != 5493 || s.Surveyed != 450 {
		t.Fatalf("survey edit = %+v, %v; want 54,93 both", s, err)
	}
	if _, err := ApplyEdit(set.Items[1], app.Score{}, app.ScoreEdit{NA: true}); err == nil {
		t.Error("N/A accepted on an item that does not allow it")
	}
	s, err = ApplyEdit(set.Items[2], app.Score{}, app.ScoreEdit{NA: true, Self: "5"})
	if err != nil || !s.NA || s.HasSelf {
		t.Errorf("N/A edit = %+v, %v", s, err)
	}
	_, err = ApplyEdit(set.Items[1], app.Score{}, app.ScoreEdit{Self: "31"})
	if err == nil || !strings.Contains(err.Error(), "1.1.1") {
		t.Errorf("over the maximum: %v (want the code named)", err)
	}
}

func TestUnitTotals(t *testing.T) {
	set := testSet()
	t.Run("OK", func(t *testing.T) {
		tot := UnitTotals(set, map[int64]app.Score{2: sc(3000, 2500), 3: sc(1000, 1000), 4: sc(5000, 4500)})
		if tot.Max != 10000 || tot.Self != 9000 || tot.Appraised != 8000 || tot.Scored != 3 || tot.Items != 3 {
			t.Fatalf("totals %+v", tot)
		}
		if len(tot.Fields) != 2 || tot.Fields[0].Lost != 500 || tot.Fields[1].Lost != 1500 || tot.Fields[1].Number != 2 {
			t.Errorf("fields %+v", tot.Fields)
		}
	})
	t.Run("NotApplicable", func(t *testing.T) {
		tot := UnitTotals(set, map[int64]app.Score{2: sc(3000, 2700), 3: {NA: true}, 4: sc(6000, 6000)})
		if tot.Max != 9000 || tot.Appraised != 8700 || tot.Fields[0].Max != 3000 {
			t.Fatalf("N/A must take 10 points out of the maximum: %+v", tot)
		}
		if PercentBP(tot.Appraised, tot.Max) != 9667 {
			t.Errorf("percent %d, want 96,67 %%", PercentBP(tot.Appraised, tot.Max))
		}
	})
}

func TestBandOf(t *testing.T) {
	bands := app.DefaultBands()
	for _, c := range []struct {
		appraised, max app.Points
		want           string
	}{
		{9000, 10000, "Xuất sắc"}, {8999, 10000, "Tốt"}, {8000, 10000, "Tốt"}, {7999, 10000, "Khá"},
		{7000, 10000, "Khá"}, {6999, 10000, "Trung bình"}, {5000, 10000, "Trung bình"}, {4999, 10000, "Yếu"},
		{0, 10000, "Yếu"}, {8100, 9000, "Xuất sắc"}, // 90 % of a re-based maximum
		{6999, 9999, "Trung bình"}, // 69,997 % — shown 70,00 but not yet 70 %: the exact ratio decides
		{7000, 9999, "Khá"},
	} {
		got := BandOf(bands, c.appraised, c.max)
		if got != c.want {
			t.Errorf("BandOf(%v/%v) = %s, want %s", c.appraised, c.max, got, c.want)
		}
	}
}

func TestRankKind(t *testing.T) {
	set := testSet()
	u := func(id int64, name string) app.Unit { return app.Unit{ID: id, Name: name} }
	units := []UnitFacts{
		{u(1, "Trà Bui"), map[int64]app.Score{2: sc(3000, 2500), 3: sc(1000, 1000), 4: sc(5000, 4500)}}, // 80
		{u(2, "Trà Đốc"), nil}, // not scored
		{u(3, "Trà Giác"), map[int64]app.Score{2: sc(3000, 3000), 3: sc(1000, 1000), 4: sc(5000, 5000)}}, // 90
		{u(4, "Trà Ka"), map[int64]app.Score{2: sc(3000, 2500), 3: sc(1000, 1000), 4: sc(5000, 4500)}},   // 80, ties Trà Bui
		{u(5, "Trà Nú"), map[int64]app.Score{2: sc(3000, 2700), 3: {NA: true}, 4: sc(6000, 4500)}},       // 72/90 = 80 %, fewer points
		{u(6, "Trà Tân"), map[int64]app.Score{2: {Self: 3000, HasSelf: true}}},                           // self only: not scored
	}
	rows := RankKind(set, units, app.DefaultBands())
	var got []string
	for _, r := range rows {
		got = append(got, r.Unit.Name+":"+itoa(r.Rank)+":"+r.Band)
	}
	want := "Trà Giác:1:Xuất sắc Trà Bui:2:Tốt Trà Ka:2:Tốt Trà Nú:4:Tốt Trà Đốc:0:Chưa chấm Trà Tân:0:Chưa chấm"
	if strings.Join(got, " ") != want {
		t.Errorf("ranking\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if rows[0].Percent() != "90" || rows[3].Percent() != "80" || rows[4].Percent() != "0" {
		t.Errorf("percents %s %s %s", rows[0].Percent(), rows[3].Percent(), rows[4].Percent())
	}
}

func TestOrderedAndMove(t *testing.T) {
	set := testSet()
	set.Items[0].Max = 0 // a parent's maximum is the sum of its children
	set.Items[1].Code, set.Items[3].Code = "x", "y"
	items := Ordered(set)
	codes := ""
	for _, c := range items {
		codes += c.Code + "=" + c.Max.String() + " "
	}
	if codes != "1.1=40 1.1.1=30 1.1.2=10 2.1=60 " {
		t.Errorf("ordered %s", codes)
	}
	set.Items = items
	moved := Move(set, 3, -1)
	if moved[1].ID != 3 || moved[1].Code != "1.1.1" || moved[2].Code != "1.1.2" {
		t.Errorf("move up: %+v", moved)
	}
	if same := Move(set, 2, -1); same[1].ID != 2 {
		t.Error("moving the first up changed the order")
	}
}

func TestCheckSet(t *testing.T) {
	set := testSet()
	if err := CheckSet(set); err != nil {
		t.Fatal(err)
	}
	set.Items[3].Max = 5000
	if err := CheckSet(set); err == nil || !strings.Contains(err.Error(), "90") || !strings.Contains(err.Error(), "100") {
		t.Errorf("total 90 of 100: %v", err)
	}
	set.Target = 9000
	if err := CheckSet(set); err != nil {
		t.Errorf("the office may set 90: %v", err)
	}
	set.Items[0].Survey = true
	if err := CheckSet(set); err == nil {
		t.Error("a survey criterion with sub-criteria accepted")
	}
}

func TestCheckStage(t *testing.T) {
	bad := app.Errorf(app.EINVALID, "tổng 90")
	for _, c := range []struct {
		from, to app.CampaignStage
		reason   string
		problems []error
		ok       bool
	}{
		{app.StageLaunched, app.StageScoring, "", nil, true},
		{app.StageLaunched, app.StageScoring, "", []error{bad}, false},
		{app.StageScoring, app.StageSummarised, "", nil, true},
		{app.StageLaunched, app.StageSummarised, "", nil, false},
		{app.StageSummarised, app.StageScoring, "", nil, false},
		{app.StageSummarised, app.StageScoring, "Sửa điểm Trà Ka theo kết luận thanh tra", nil, true},
		{app.StageScoring, app.StageScoring, "", nil, false},
	} {
		err := CheckStage(c.from, c.to, c.reason, c.problems)
		if (err == nil) != c.ok {
			t.Errorf("%s → %s (%q): %v", c.from, c.to, c.reason, err)
		}
	}
	if ReadOnly(app.Campaign{Stage: app.StageSummarised}) == nil || ReadOnly(app.Campaign{Stage: app.StageScoring}) != nil {
		t.Error("only a summed-up campaign is read-only")
	}
}

func TestParseSelfAssessment(t *testing.T) {
	set := testSet()
	unit := app.Unit{Name: "UBND xã Trà Bui", Kind: app.UnitCommune}
	good := ScoreTable(ScoreRows(unit, set, map[int64]app.Score{2: sc(2500, 2000)}))
	good.Rows[0][6], good.Rows[1][5], good.Rows[2][6] = "27,5", "x", "55"
	scores, errs := ParseSelfAssessment(good, unit, set, nil)
	if len(errs) > 0 || len(scores) != 3 || scores[0].Self != 2750 || !scores[1].NA || scores[2].Self != 5500 {
		t.Fatalf("good file: %+v %v", scores, errs)
	}
	survey := testSet()
	survey.Items[3].Survey = true
	old := map[int64]app.Score{4: {Self: 5493, HasSelf: true, Surveyed: 450, Satisfied: 412}}
	scores, errs = ParseSelfAssessment(good, unit, survey, old)
	if len(errs) > 0 || scores[2].Self != 5493 || scores[2].Surveyed != 450 {
		t.Errorf("a survey item keeps its points from the figures: %+v %v", scores, errs)
	}
	bad := ScoreTable(ScoreRows(unit, set, nil))
	bad.Rows[2][6] = "61"
	scores, errs = ParseSelfAssessment(bad, unit, set, nil)
	if scores != nil || len(errs) != 1 || errs[0].Error() != "Dòng 4, cột «Tự chấm»: 61 vượt điểm tối đa 60." {
		t.Errorf("bad cell: %v %v", scores, errs)
	}
	other := ScoreTable(ScoreRows(app.Unit{Name: "UBND xã Trà Ka"}, set, nil))
	if _, errs := ParseSelfAssessment(other, unit, set, nil); len(errs) != 3 || !strings.Contains(errs[0].Error(), "cột «Đơn vị»") {
		t.Errorf("another unit's file: %v", errs)
	}
}
