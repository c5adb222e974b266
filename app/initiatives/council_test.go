package initiatives

import (
	"strings"
	"testing"

	"thidua/app"
)

var rubric = []app.RubricLine{{ID: 1, Name: "Tính mới, tính sáng tạo", Max: 30}, {ID: 2, Name: "Khả năng áp dụng, nhân rộng", Max: 30},
	{ID: 3, Name: "Hiệu quả", Max: 40}}

func sheet(member int64, a, b, c int, submitted bool) app.ScoreSheet {
	return app.ScoreSheet{InitiativeID: 9, MemberID: member, Points: map[int64]int{1: a, 2: b, 3: c}, Submitted: submitted}
}

func TestValidateRubric(t *testing.T) {
	if err := ValidateRubric(DefaultRubric()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		lines []app.RubricLine
		want  string
	}{
		{"Total90", []app.RubricLine{{Name: "A", Max: 50}, {Name: "B", Max: 40}}, "là 90, phải đúng 100"},
		{"Unnamed", []app.RubricLine{{Name: " ", Max: 100}}, "chưa có tên"},
		{"Twice", []app.RubricLine{{Name: "Hiệu quả", Max: 50}, {Name: "hieu qua", Max: 50}}, "hai lần"},
		{"ZeroMax", []app.RubricLine{{Name: "A", Max: 0}, {Name: "B", Max: 100}}, "từ 1 đến 100"},
		{"Empty", nil, "ít nhất một tiêu chí"},
	} {
		if err := ValidateRubric(tc.lines); !strings.Contains(app.ErrorMessage(err), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestCheckSheet(t *testing.T) {
	if err := CheckSheet(rubric, sheet(1, 30, 0, 40, false)); err != nil {
		t.Errorf("edges refused: %v", err)
	}
	for _, tc := range []struct {
		name string
		s    app.ScoreSheet
		want string
	}{
		{"OverMax", sheet(1, 31, 20, 30, false), "«Tính mới, tính sáng tạo»: 31 điểm, phải từ 0 đến 30"},
		{"Negative", sheet(1, 10, -1, 30, false), "«Khả năng áp dụng, nhân rộng»: -1 điểm"},
		{"Missing", app.ScoreSheet{Points: map[int64]int{1: 10, 2: 10}}, "«Hiệu quả»: chưa chấm"},
		{"Foreign", app.ScoreSheet{Points: map[int64]int{1: 10, 2: 10, 3: 10, 4: 1}}, "không thuộc phiếu"},
	} {
		if err := CheckSheet(rubric, tc.s); !strings.Contains(app.ErrorMessage(err), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestAutoRecusal(t *testing.T) {
	in := app.Initiative{ID: 9, UnitID: 5, Authors: []app.Author{{PersonID: 11, FullName: "Nguyễn Văn An", SharePct: 60},
		{FullName: "Hồ Thị Ngoài", SharePct: 40}}}
	for _, tc := range []struct {
		name string
		m    app.CouncilMember
		want string
	}{
		{"Author", app.CouncilMember{PersonID: 11, FullName: "Nguyễn Văn An", UnitID: 2}, "tác giả"},
		{"TypedCoAuthorByName", app.CouncilMember{FullName: "ho thi ngoai"}, "tác giả"},
		{"SameUnit", app.CouncilMember{PersonID: 12, FullName: "Lê Văn Bảo", UnitID: 5}, "đơn vị có sáng kiến"},
		{"Namesake in registry is another person", app.CouncilMember{PersonID: 13, FullName: "Nguyễn Văn An", UnitID: 2}, ""},
		{"Other", app.CouncilMember{PersonID: 14, FullName: "Phạm Minh Tuấn", UnitID: 1}, ""},
	} {
		reason, ok := AutoRecusal(tc.m, in)
		if ok != (tc.want != "") || !strings.Contains(reason, tc.want) {
			t.Errorf("%s: %q, %v; want %q", tc.name, reason, ok, tc.want)
		}
	}
}

func members(n int) []app.CouncilMember {
	var ms []app.CouncilMember
	for i := 1; i <= n; i++ {
		ms = append(ms, app.CouncilMember{ID: int64(i), PersonID: int64(100 + i), FullName: string(rune('A'+i-1)) + " Thành viên", UnitID: 1})
	}
	return ms
}

func TestResult(t *testing.T) {
	in := app.Initiative{ID: 9, Title: "Số hóa", UnitID: 5, Authors: []app.Author{{PersonID: 11, FullName: "Nguyễn Văn An", SharePct: 100}}}
	ms := members(5)
	author := ms[4]
	author.PersonID = 11 // the fifth member is the author: flagged
	ms[4] = author
	for _, tc := range []struct {
		name      string
		sheets    []app.ScoreSheet
		recusals  []app.Recusal
		rules     app.ScoringRules
		mean      int
		n         int
		passed    bool
		divergent bool
	}{
		{"MeanIgnoresRecused", []app.ScoreSheet{sheet(1, 25, 25, 30, true), sheet(2, 20, 20, 30, true), sheet(3, 25, 20, 35, true),
			sheet(4, 5, 5, 5, true), sheet(5, 30, 30, 40, true)}, []app.Recusal{{MemberID: 4, Reason: "Người thân của tác giả"}},
			DefaultRules, 7667, 3, true, false}, // (80+70+80)/3
		{"NotSubmittedDoesNotCount", []app.ScoreSheet{sheet(1, 25, 25, 30, true), sheet(2, 0, 0, 0, false)}, nil,
			DefaultRules, 8000, 1, true, false},
		{"ThresholdExactlyPasses", []app.ScoreSheet{sheet(1, 20, 20, 30, true), sheet(2, 20, 20, 30, true)}, nil, DefaultRules, 7000, 2, true, false},
		{"JustBelowFails", []app.ScoreSheet{sheet(1, 20, 20, 30, true), sheet(2, 20, 20, 29, true)}, nil, DefaultRules, 6950, 2, false, false},
		{"RoundingDoesNotPass", []app.ScoreSheet{sheet(1, 20, 20, 30, true), sheet(2, 20, 20, 30, true), sheet(3, 20, 20, 29, true)}, nil,
			DefaultRules, 6967, 3, false, false},
		{"OtherThreshold", []app.ScoreSheet{sheet(1, 20, 20, 20, true)}, nil, app.ScoringRules{Threshold: 60, Divergence: 20}, 6000, 1, true, false},
		{"Diverge21", []app.ScoreSheet{sheet(1, 30, 30, 40, true), sheet(2, 25, 25, 29, true)}, nil, DefaultRules, 8950, 2, true, true},
		{"Diverge20IsNot", []app.ScoreSheet{sheet(1, 30, 30, 40, true), sheet(2, 25, 25, 30, true)}, nil, DefaultRules, 9000, 2, true, false},
		{"DivergenceOfRecusedIgnored", []app.ScoreSheet{sheet(1, 30, 30, 40, true), sheet(5, 0, 0, 0, true)}, nil, DefaultRules, 10000, 1, true, false},
		{"NoSheets", nil, nil, DefaultRules, 0, 0, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Result(Facts{Initiative: in, Members: ms, Sheets: tc.sheets, Recusals: tc.recusals, Rules: tc.rules})
			if r.MeanX100 != tc.mean || r.Sheets != tc.n || r.Passed != tc.passed || r.Divergent != tc.divergent {
				t.Errorf("mean %d, %d sheets, passed %v, divergent %v; want %d, %d, %v, %v",
					r.MeanX100, r.Sheets, r.Passed, r.Divergent, tc.mean, tc.n, tc.passed, tc.divergent)
			}
			if !r.Members[4].Recused || !strings.Contains(r.Members[4].Reason, "tác giả") {
				t.Errorf("the author member is not flagged: %+v", r.Members[4])
			}
		})
	}
}

func TestResult_HiddenUntilSubmitted(t *testing.T) {
	in := app.Initiative{ID: 9, UnitID: 5}
	sheets := []app.ScoreSheet{sheet(1, 25, 25, 30, true), sheet(2, 20, 20, 30, false), sheet(3, 25, 20, 35, true)}
	f := Facts{Initiative: in, Members: members(3), Sheets: sheets, Rules: DefaultRules, Viewer: 2}
	r := Result(f)
	if !r.Members[0].Hidden || r.Members[0].Total != 0 || r.Members[2].Total != 0 || r.MeanX100 != 0 {
		t.Errorf("a member who has not submitted sees others: %+v mean %d", r.Members, r.MeanX100)
	}
	if r.Members[1].Hidden || r.Members[1].Total != 70 {
		t.Errorf("own total hidden: %+v", r.Members[1])
	}
	f.Viewer = 1
	if r := Result(f); r.Members[2].Hidden || r.Members[2].Total != 80 || r.MeanX100 != 8000 {
		t.Errorf("a member who submitted sees the others: %+v mean %d", r.Members, r.MeanX100)
	}
}

func TestSummaryAndMean(t *testing.T) {
	if MeanText(7850) != "78,5" || MeanText(7000) != "70" {
		t.Errorf("MeanText: %q %q", MeanText(7850), MeanText(7000))
	}
	r := app.CouncilResult{Sheets: 4, MeanX100: 7850, Passed: true, Divergent: true}
	if s := Summary(r); !strings.HasPrefix(s, "Đạt — 78,5/100 (4 phiếu)") || !strings.Contains(s, "xem lại") {
		t.Errorf("Summary = %q", s)
	}
	if AuthorsText([]app.Author{{FullName: "A", SharePct: 60}, {FullName: "B", SharePct: 40}}) != "A (60%); B (40%)" {
		t.Error("AuthorsText")
	}
}
