package unitbook

import (
	"strings"
	"testing"

	"thidua/app"
)

const testDB = "0123456789abcdef"

func testFacts() (Facts, app.ReturnedBook) {
	unit := app.Unit{ID: 7, Name: "UBND xã Trà Ka", ShortName: "Trà Ka", Kind: app.UnitCommune, Active: true}
	set := app.CriteriaSet{ID: 1, Name: "Bộ tiêu chí xã", Fields: []app.ReformField{{ID: 1, Name: "Cải cách thể chế"}},
		Items: []app.Criterion{
			{ID: 10, FieldID: 1, Code: "1", Name: "Xây dựng văn bản", Max: 1000},
			{ID: 11, FieldID: 1, ParentID: 10, Code: "1.1", Name: "Ban hành đúng quy trình", Max: 600},
			{ID: 12, FieldID: 1, ParentID: 10, Code: "1.2", Name: "Rà soát văn bản", Max: 400, NAAllowed: true},
		}}
	c := app.Campaign{ID: 3, Year: 2024, Name: "Phong trào 2024"}
	f := Facts{Campaign: c, Sheet: app.UnitSheet{Campaign: c, Unit: unit, Set: set, Scores: map[int64]app.Score{11: {CriterionID: 11, Self: 500, HasSelf: true}}},
		Units: []app.Unit{unit}, People: []app.Person{{ID: 90, FullName: "Hồ Thị Lan", UnitID: 7, Active: true}},
		Forms: []app.AwardForm{{Code: app.FormGiayKhen, Name: "Giấy khen", Kind: "form", Recipient: "both"}}, Fields: set.Fields}
	b := Make(testDB, c, f.Sheet, f.People, f.Forms)
	rb := app.ReturnedBook{Meta: app.BookMeta{BookID: b.BookID, CampaignID: c.ID, Year: 2024, UnitID: unit.ID, Unit: unit.Name,
		Hash: app.LockedHash(b.BookID, c.ID, unit.ID, b.Criteria)}, Criteria: b.Criteria}
	for i := range rb.Criteria {
		rb.Criteria[i].Row = 5 + i
	}
	rb.Proposals = app.Table{Header: []string{"Đối tượng", "Họ và tên / Tên tập thể", "Chức vụ", "Hình thức", "Thành tích"}, HeaderRow: 2}
	rb.Initiatives = app.Table{Header: []string{"Tên sáng kiến", "Lĩnh vực", "Loại giải pháp", "Tác giả (tỷ lệ %)", "Ngày áp dụng", "Tóm tắt",
		"Số quyết định công nhận cấp cơ sở", "Ngày công nhận cấp cơ sở"}, HeaderRow: 2}
	return f, rb
}

func TestMake(t *testing.T) {
	f, rb := testFacts()
	if len(rb.Criteria) != 3 || rb.Criteria[0].Leaf || !rb.Criteria[1].Leaf || rb.Criteria[1].Self != "5" {
		t.Errorf("criteria = %+v", rb.Criteria)
	}
	if got := FileName(f.Sheet.Unit, 2024); got != "So_tra_ka_2024.xlsx" {
		t.Errorf("FileName = %q", got)
	}
}

func TestIdentify(t *testing.T) {
	f, rb := testFacts()
	if err := Identify(rb, f.Campaign, testDB); err != nil {
		t.Fatal(err)
	}
	other := f.Campaign
	other.ID, other.Year = 9, 2025
	if err := Identify(rb, other, testDB); err == nil || !strings.Contains(err.Error(), "năm 2024") {
		t.Errorf("another campaign: %v", err)
	}
	rb.Criteria[2].Max = 800
	if err := Identify(rb, f.Campaign, testDB); err == nil || !strings.Contains(err.Error(), "phần khóa") {
		t.Errorf("a changed maximum: %v", err)
	}
}

// A workbook of another office's database, even with the same campaign and unit numbers, or one
// whose unit or year in the hidden sheet is not the unit's or the campaign's, is refused.
func TestIdentify_NotOurs(t *testing.T) {
	f, rb := testFacts()
	if !strings.HasSuffix(rb.Meta.BookID, testDB) || app.BookDatabase(rb.Meta.BookID) != testDB {
		t.Fatalf("book id %q does not carry the database id", rb.Meta.BookID)
	}
	if err := Identify(rb, f.Campaign, "fedcba9876543210"); err == nil || !strings.Contains(err.Error(), "không phải do chương trình của Phòng Nội vụ này xuất ra") {
		t.Errorf("another database's workbook: %v", err)
	}
	old := rb
	old.Meta.BookID = "2024-C3-U7" // the id without a database
	old.Meta.Hash = app.LockedHash(old.Meta.BookID, 3, 7, old.Criteria)
	if err := Identify(old, f.Campaign, testDB); err == nil || !strings.Contains(err.Error(), "không phải do chương trình") {
		t.Errorf("a workbook without the database id: %v", err)
	}
	y := rb
	y.Meta.Year = 2023
	if err := Identify(y, f.Campaign, testDB); err == nil {
		t.Error("a workbook whose year is not the campaign's was taken")
	}
	if err := SameUnit(rb, f.Sheet.Unit); err != nil {
		t.Error(err)
	}
	rb.Meta.Unit = "ubnd xa tra ka" // the same name, typed without accents
	if err := SameUnit(rb, f.Sheet.Unit); err != nil {
		t.Error(err)
	}
	rb.Meta.Unit = "UBND xã Trà Giác"
	if err := SameUnit(rb, f.Sheet.Unit); err == nil || !strings.Contains(err.Error(), "Trà Giác") {
		t.Errorf("another unit's name: %v", err)
	}
}

func TestPrepare(t *testing.T) {
	f, rb := testFacts()
	rb.Criteria[1].Self, rb.Criteria[2].NAText = "5.5", "x"
	rb.Proposals.Rows = [][]string{{"Cá nhân", "ho thi lan", "", "Giấy khen", "Hoàn thành xuất sắc"}}
	rb.Proposals.RowNums = []int{3}
	rb.Initiatives.Rows = [][]string{{"Sổ hộ tịch điện tử", "Cải cách thể chế", "Giải pháp tác nghiệp", "Hồ Thị Lan", "15/03/2024", "", "", ""}}
	rb.Initiatives.RowNums = []int{3}
	p, errs := Prepare(rb, f)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if p.Count(app.BookScoreSheet, app.BookChanged) != 1 || p.Count(app.BookScoreSheet, app.BookAdded) != 1 ||
		len(p.NewProposals) != 1 || p.NewProposals[0].PersonID != 90 || len(p.NewInitiatives) != 1 || p.NewInitiatives[0].Authors[0].PersonID != 90 {
		t.Errorf("plan = %+v", p)
	}
	rb.Criteria[1].Self = "7"
	rb.Proposals.Rows[0][3] = "Bằng khen Thủ tướng"
	rb.Initiatives.Rows[0][4] = "31/02/2024"
	_, errs = Prepare(rb, f)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"Trang «Tự chấm điểm», dòng 6, cột «Tự chấm»", "Trang «Đề nghị khen thưởng», dòng 3, cột «Hình thức»",
		"Trang «Sáng kiến», dòng 3, cột «Ngày áp dụng»"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in\n%s", want, all)
		}
	}
}

// A «Chế độ báo cáo» item keeps the office's points whatever its locked cell holds.
func TestPrepare_FromReportsKept(t *testing.T) {
	f, rb := testFacts()
	f.Sheet.Set.Items[2].FromReports = true
	f.Sheet.Scores[12] = app.Score{CriterionID: 12, Self: 300, Appraised: 300, HasSelf: true, HasAppraised: true}
	rb.Criteria[2].Self = "Theo dõi báo cáo"
	p, errs := Prepare(rb, f)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, s := range p.Scores {
		if s.CriterionID == 12 {
			t.Errorf("the «Chế độ báo cáo» item changed: %+v", s)
		}
	}
}
