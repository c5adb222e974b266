package data_test

import (
	"context"
	"strings"
	"testing"

	"thidua/app"
	"thidua/data"
)

type pipelineFixture struct {
	d           *data.DB
	campaignID  int64
	unit, other app.Unit
	an, binh    app.Person
	members     []app.CouncilMember
}

func mustPipeline(t *testing.T) pipelineFixture {
	t.Helper()
	ctx := context.Background()
	d := MustOpenDB(t)
	id, err := d.StartFresh(ctx, app.Campaign{Year: 2024, Name: "Phong trào CCHC 2024", Status: app.CampaignOpen})
	if err != nil {
		t.Fatal(err)
	}
	f := pipelineFixture{d: d, campaignID: id}
	f.unit = mustUnit(t, d, "UBND xã Trà Giang", app.UnitCommune)
	f.other = mustUnit(t, d, "Phòng Nội vụ", app.UnitDepartment)
	f.an = mustPerson(t, d, "Nguyễn Văn An", f.unit.ID)
	f.binh = mustPerson(t, d, "Trần Thị Bình", f.unit.ID)
	for _, name := range []string{"Thái Hoàng Vũ", "Phạm Minh Tuấn", "Lê Thị Thảo"} {
		p := mustPerson(t, d, name, f.other.ID)
		m := app.CouncilMember{CampaignID: id, PersonID: p.ID, Role: "Thành viên"}
		if err := d.SaveCouncilMember(ctx, &m); err != nil {
			t.Fatal(err)
		}
		f.members = append(f.members, m)
	}
	return f
}

func (f pipelineFixture) register(t *testing.T, title string, authors []app.Author) int64 {
	t.Helper()
	r := app.InitiativeRecord{Initiative: app.Initiative{CampaignID: f.campaignID, Title: title, Kind: app.SolutionOperational,
		UnitID: f.unit.ID, FieldID: 1, FirstApplied: day(2024, 3, 1), Authors: authors}, Purpose: "Rút ngắn thời gian"}
	if err := f.d.SaveInitiative(context.Background(), &r, day(2024, 3, 5)); err != nil {
		t.Fatal(err)
	}
	return r.ID
}

func (f pipelineFixture) advance(t *testing.T, id int64, steps ...app.StepRecord) {
	t.Helper()
	for _, s := range steps {
		if err := f.d.AdvanceInitiative(context.Background(), id, s); err != nil {
			t.Fatalf("%s: %v", s.Step, err)
		}
	}
}

var toCouncil = []app.StepRecord{{Step: app.StepBaseRecognised, On: day(2024, 5, 2), Ref: "12/QĐ-UBND"},
	{Step: app.StepDistrictProposed, On: day(2024, 6, 1), Ref: "30/TTr-UBND"}, {Step: app.StepCouncil, On: day(2024, 7, 1)}}

func TestInitiative_Register(t *testing.T) {
	ctx := context.Background()
	f := mustPipeline(t)
	t.Run("ErrSharesNot100", func(t *testing.T) {
		r := app.InitiativeRecord{Initiative: app.Initiative{CampaignID: f.campaignID, Title: "Số hóa", Kind: app.SolutionOperational,
			UnitID: f.unit.ID, FieldID: 1, FirstApplied: day(2024, 3, 1),
			Authors: []app.Author{{PersonID: f.an.ID, SharePct: 60}, {PersonID: f.binh.ID, SharePct: 30}}}}
		err := f.d.SaveInitiative(ctx, &r, day(2024, 3, 5))
		if app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "90%") || r.ID != 0 {
			t.Errorf("err = %v", err)
		}
	})
	id := f.register(t, "  Số hóa hồ sơ   một cửa ", []app.Author{{PersonID: f.an.ID, SharePct: 60}, {FullName: "Hồ Văn Ngoài", SharePct: 40}})
	if err := f.d.AddInitiativeAttachment(ctx, id, "mo-ta.pdf", []byte("%PDF-1.4 mô tả"), day(2024, 3, 5)); err != nil {
		t.Fatal(err)
	}
	if err := f.d.AddInitiativeAttachment(ctx, id, "ban-sao.pdf", []byte("%PDF-1.4 mô tả"), day(2024, 3, 5)); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("same file twice: %v", err)
	}
	if err := f.d.AddInitiativeAttachment(ctx, id, "quay-phim.mp4", make([]byte, 21<<20), day(2024, 3, 5)); !strings.Contains(app.ErrorMessage(err), "lớn hơn 20 MB") {
		t.Errorf("a 21 MB file: %v", err)
	}
	r, err := f.d.InitiativeRecord(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Số hóa hồ sơ một cửa" || r.Purpose != "Rút ngắn thời gian" || r.Step != app.StepRegistered || len(r.History) != 1 {
		t.Errorf("record = %+v", r)
	}
	if len(r.Authors) != 2 || r.Authors[0].PersonID != f.an.ID || r.Authors[1].FullName != "Hồ Văn Ngoài" || r.Authors[1].SharePct != 40 {
		t.Errorf("authors = %+v", r.Authors)
	}
	if len(r.Attachments) != 1 || len(r.Attachments[0].SHA256) != 64 || r.Attachments[0].Size != int64(len("%PDF-1.4 mô tả")) {
		t.Errorf("attachments = %+v", r.Attachments)
	}
	sim, err := f.d.SimilarInitiatives(ctx, "so hoa ho so mot cua xa Tra Giang", 0)
	if err != nil || len(sim) != 1 || sim[0].ID != id || sim[0].Year != 2024 {
		t.Errorf("similar = %+v, %v", sim, err)
	}
}

func TestInitiative_Pipeline(t *testing.T) {
	ctx := context.Background()
	f := mustPipeline(t)
	id := f.register(t, "Số hóa hồ sơ một cửa", []app.Author{{PersonID: f.an.ID, SharePct: 100}})
	if err := f.d.AdvanceInitiative(ctx, id, app.StepRecord{Step: app.StepCouncil, On: day(2024, 5, 1)}); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("skipping steps: %v", err)
	}
	// A CSTĐCS proposal for the author: the check sees the base recognition as soon as it is recorded.
	p := app.Proposal{CampaignID: f.campaignID, UnitID: f.unit.ID, Recipient: app.RecipientPerson, PersonID: f.an.ID, FormCode: "cstdcs"}
	if err := f.d.CreateProposal(ctx, &p); err != nil {
		t.Fatal(err)
	}
	warned := func() bool {
		rs, err := f.d.Eligibility(ctx, f.campaignID, day(2025, 1, 10))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs[p.ID] {
			if strings.Contains(r.Text, "chưa có sáng kiến") {
				return true
			}
		}
		return false
	}
	if !warned() {
		t.Error("no warning before the initiative is recognised")
	}
	f.advance(t, id, toCouncil...)
	if warned() {
		t.Error("the base recognition is not seen by the CSTĐCS check")
	}
	// Three members score; the chair cannot recognise before the mean passes.
	if err := f.d.RecognizeDistrict(ctx, []int64{id}, "2890/QĐ-UBND", day(2024, 8, 1)); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("recognised without sheets: %v", err)
	}
	rubric, err := f.d.Rubric(ctx, f.campaignID)
	if err != nil || len(rubric) != 3 {
		t.Fatal(rubric, err)
	}
	b, err := f.d.ScoreBoard(ctx, id, f.members[0].ID)
	if err != nil || b.Rubric[0].ID == 0 {
		t.Fatalf("board = %+v, %v", b, err)
	}
	pts := func(a, c, e int) map[int64]int {
		return map[int64]int{b.Rubric[0].ID: a, b.Rubric[1].ID: c, b.Rubric[2].ID: e}
	}
	for i, ps := range []map[int64]int{pts(25, 25, 35), pts(20, 20, 30), pts(28, 25, 37)} {
		s := app.ScoreSheet{InitiativeID: id, MemberID: f.members[i].ID, Points: ps, Submitted: i != 2}
		if err := f.d.SaveScoreSheet(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	// The third has saved without submitting: the others' totals are hidden from them.
	b, _ = f.d.ScoreBoard(ctx, id, f.members[2].ID)
	if !b.Result.Members[0].Hidden || b.Result.Members[0].Total != 0 || b.Own.Points[b.Rubric[0].ID] != 28 {
		t.Errorf("board of a member who has not submitted = %+v", b.Result.Members)
	}
	err = f.d.SaveScoreSheet(ctx, app.ScoreSheet{InitiativeID: id, MemberID: f.members[2].ID, Points: pts(31, 25, 37), Submitted: true})
	if !strings.Contains(app.ErrorMessage(err), "phải từ 0 đến 30") {
		t.Errorf("over the maximum: %v", err)
	}
	if err := f.d.SaveScoreSheet(ctx, app.ScoreSheet{InitiativeID: id, MemberID: f.members[2].ID, Points: pts(28, 25, 37), Submitted: true}); err != nil {
		t.Fatal(err)
	}
	if err := f.d.SaveScoreSheet(ctx, app.ScoreSheet{InitiativeID: id, MemberID: f.members[0].ID, Points: pts(1, 1, 1)}); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("a submitted sheet changed: %v", err)
	}
	// Having submitted (and seen the others' totals), the member may not recuse to drop the sheet.
	if err := f.d.Recuse(ctx, id, f.members[0].ID, "Người thân của tác giả"); app.ErrorCode(err) != app.ECONFLICT ||
		!strings.Contains(app.ErrorMessage(err), "đã nộp") {
		t.Errorf("a member who submitted recused: %v", err)
	}
	rs, err := f.d.CouncilResults(ctx, f.campaignID)
	if err != nil || len(rs) != 1 {
		t.Fatal(rs, err)
	}
	if r := rs[0]; r.Sheets != 3 || r.MeanX100 != 8167 || !r.Passed || r.Divergent {
		t.Errorf("result = %+v, want (85+70+90)/3 = 81,67, 90−70 = 20 not divergent", r)
	}
	if err := f.d.RecognizeDistrict(ctx, []int64{id}, "2890/QĐ-UBND", day(2024, 8, 1)); err != nil {
		t.Fatal(err)
	}
	ins, err := f.d.InitiativeList(ctx, app.InitiativeFilter{Year: 2024, Step: app.StepDistrictRecognised})
	if err != nil || len(ins) != 1 || ins[0].Level != app.LevelDistrict || ins[0].Status != app.InitiativeRecognised {
		t.Errorf("list = %+v, %v", ins, err)
	}
	rec, err := f.d.RecognisedInitiatives(ctx, 2024)
	if err != nil || len(rec) != 1 || rec[0].Authors[0].FullName != "Nguyễn Văn An" {
		t.Errorf("recognised = %+v, %v", rec, err)
	}
	f.advance(t, id, app.StepRecord{Step: app.StepProvinceProposed, On: day(2024, 9, 1), Ref: "45/TTr-UBND"})
	r, _ := f.d.InitiativeRecord(ctx, id)
	if len(r.History) != 6 || r.History[5].Ref != "45/TTr-UBND" || r.History[1].On != day(2024, 5, 2) {
		t.Errorf("history = %+v", r.History)
	}
}

func TestInitiative_Recusal(t *testing.T) {
	ctx := context.Background()
	f := mustPipeline(t)
	// A member of the initiative's unit, and the author sitting on the council.
	colleague := app.CouncilMember{CampaignID: f.campaignID, FullName: "Võ Văn Cùng", Role: "Thành viên", UnitID: f.unit.ID}
	author := app.CouncilMember{CampaignID: f.campaignID, PersonID: f.an.ID, Role: "Thư ký"}
	for _, m := range []*app.CouncilMember{&colleague, &author} {
		if err := f.d.SaveCouncilMember(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	id := f.register(t, "Tổ công nghệ số cộng đồng", []app.Author{{PersonID: f.an.ID, SharePct: 100}})
	f.advance(t, id, toCouncil...)
	for _, m := range []app.CouncilMember{colleague, author} {
		b, err := f.d.ScoreBoard(ctx, id, m.ID)
		if err != nil || b.Recused == nil || !b.Recused.Auto {
			t.Errorf("%s not flagged: %+v, %v", m.FullName, b.Recused, err)
		}
	}
	rub, _ := f.d.Rubric(ctx, f.campaignID)
	pts := map[int64]int{rub[0].ID: 30, rub[1].ID: 30, rub[2].ID: 40}
	if err := f.d.SaveScoreSheet(ctx, app.ScoreSheet{InitiativeID: id, MemberID: author.ID, Points: pts, Submitted: true}); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("the author scored his own initiative: %v", err)
	}
	if err := f.d.Recuse(ctx, id, f.members[0].ID, ""); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("recusal without reason: %v", err)
	}
	if err := f.d.Recuse(ctx, id, f.members[0].ID, "Người thân của tác giả"); err != nil {
		t.Fatal(err)
	}
	for _, m := range f.members[1:] {
		if err := f.d.SaveScoreSheet(ctx, app.ScoreSheet{InitiativeID: id, MemberID: m.ID, Points: pts, Submitted: true}); err != nil {
			t.Fatal(err)
		}
	}
	rs, _ := f.d.CouncilResults(ctx, f.campaignID)
	if len(rs) != 1 || rs[0].Sheets != 2 || rs[0].MeanX100 != 10000 {
		t.Errorf("result = %+v", rs)
	}
	if err := f.d.RemoveCouncilMember(ctx, f.members[1].ID); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("removed a member with sheets: %v", err)
	}
	if err := f.d.SaveRubric(ctx, f.campaignID, []app.RubricLine{{Name: "Một", Max: 100}}); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("rubric changed after scoring: %v", err)
	}
	if err := f.d.SetScoringRules(ctx, f.campaignID, app.ScoringRules{Threshold: 101, Divergence: 20}); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("threshold 101: %v", err)
	}
	if err := f.d.SetScoringRules(ctx, f.campaignID, app.ScoringRules{Threshold: 80, Divergence: 15}); err != nil {
		t.Fatal(err)
	}
	if r, _ := f.d.ScoringRules(ctx, f.campaignID); r.Threshold != 80 || r.Divergence != 15 {
		t.Errorf("rules = %+v", r)
	}
}

func TestInitiative_Sample(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	ins, err := d.InitiativeList(ctx, app.InitiativeFilter{CampaignID: cid})
	if err != nil || len(ins) != 20 {
		t.Fatalf("%d initiatives, %v", len(ins), err)
	}
	steps := map[app.InitiativeStep]int{}
	for _, in := range ins {
		steps[in.Step]++
	}
	for _, s := range app.InitiativeSteps {
		if steps[s] == 0 {
			t.Errorf("no sample initiative at step %q (%v)", s.Label(), steps)
		}
	}
	ms, _ := d.Council(ctx, cid)
	if len(ms) != 5 {
		t.Errorf("council of %d, want 5", len(ms))
	}
	rs, err := d.CouncilResults(ctx, cid)
	if err != nil {
		t.Fatal(err)
	}
	recused, divergent := 0, 0
	for _, r := range rs {
		for _, m := range r.Members {
			if m.Recused {
				recused++
			}
		}
		if r.Divergent {
			divergent++
		}
	}
	if recused != 1 || divergent != 1 {
		t.Errorf("%d recusals, %d divergences; want one of each", recused, divergent)
	}
	rec, _ := d.RecognisedInitiatives(ctx, 2024)
	if len(rec) != 7 || rec[0].Decision != "2890/QĐ-UBND" {
		t.Errorf("recognised = %d (%+v)", len(rec), rec)
	}
	// The CSTĐCS proposals: the author of a recognised initiative passes clean, the other warns citing Điều 23.
	reasons, err := d.Eligibility(ctx, cid, day(2025, 1, 10))
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := d.Proposals(ctx, cid)
	var clean, warned int
	for _, p := range ps {
		if p.FormCode != "cstdcs" {
			continue
		}
		switch app.CheckSummary(reasons[p.ID]) {
		case "Đủ điều kiện":
			clean++
		default:
			if strings.Contains(app.CheckGrounds(reasons[p.ID]), "chưa có sáng kiến được công nhận") &&
				strings.Contains(app.CheckGrounds(reasons[p.ID]), "Điều 23") {
				warned++
			}
		}
	}
	if clean != 1 || warned != 1 {
		t.Errorf("CSTĐCS: %d clean, %d warned about the initiative; want 1 and 1", clean, warned)
	}
}

func TestInitiative_Import(t *testing.T) {
	ctx := context.Background()
	f := mustPipeline(t)
	rec := func(title string, authors ...app.Author) app.InitiativeRecord {
		return app.InitiativeRecord{Initiative: app.Initiative{Title: title, Kind: app.SolutionManagement, UnitID: f.unit.ID,
			UnitName: f.unit.Name, FirstApplied: day(2024, 2, 1), Authors: authors}, FieldOther: "Văn hóa",
			History: []app.StepRecord{{Step: app.StepBaseRecognised, On: day(2024, 4, 1), Ref: "08/QĐ-UBND"}}}
	}
	rs := []app.InitiativeRecord{rec("Sổ tay một cửa", app.Author{PersonID: f.an.ID, FullName: f.an.FullName, SharePct: 100}),
		rec("Hộp thư góp ý điện tử", app.Author{FullName: "Hồ Văn Ngoài", SharePct: 100})}
	res, err := f.d.ImportInitiatives(ctx, 2024, rs, []int{2, 3})
	if err != nil || res.Added != 2 {
		t.Fatalf("import: %+v, %v", res, err)
	}
	ins, _ := f.d.InitiativeList(ctx, app.InitiativeFilter{Year: 2024, Step: app.StepBaseRecognised})
	if len(ins) != 2 || ins[0].Level != app.LevelBase {
		t.Errorf("imported = %+v", ins)
	}
	// Again, with a bad row: nothing is stored, the error names the row; the good one is a duplicate.
	bad := rec("Một sáng kiến khác", app.Author{FullName: "A", SharePct: 60}, app.Author{FullName: "B", SharePct: 30})
	_, err = f.d.ImportInitiatives(ctx, 2024, []app.InitiativeRecord{rs[0], bad}, []int{2, 3})
	if e, ok := err.(*app.Error); !ok || e.Row != 3 || !strings.Contains(e.Message, "90%") {
		t.Errorf("bad row: %v", err)
	}
	res, err = f.d.ImportInitiatives(ctx, 2024, rs[:1], []int{2})
	if err != nil || res.Added != 0 || len(res.Duplicates) != 1 || !strings.Contains(res.Duplicates[0], "Dòng 2") {
		t.Errorf("duplicate: %+v, %v", res, err)
	}
	if _, err := f.d.ImportInitiatives(ctx, 2019, rs, []int{2, 3}); app.ErrorCode(err) != app.ENOTFOUND {
		t.Errorf("year without campaign: %v", err)
	}
	if n := count(t, f.d, "initiative"); n != 2 {
		t.Errorf("%d initiatives stored, want 2", n)
	}
}
