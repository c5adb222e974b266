package initiatives

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestCheckAuthors(t *testing.T) {
	a := app.Author{PersonID: 1, FullName: "Nguyễn Văn An"}
	b := app.Author{PersonID: 2, FullName: "Trần Thị Bình"}
	typed := app.Author{FullName: "Hồ Văn Ngoài"}
	with := func(x app.Author, pct int) app.Author { x.SharePct = pct; return x }
	for _, tc := range []struct {
		name    string
		authors []app.Author
		want    string // "" for OK, else a part of the message
	}{
		{"OneAuthor", []app.Author{with(a, 100)}, ""},
		{"Split6040", []app.Author{with(a, 60), with(b, 40)}, ""},
		{"TypedCoAuthor", []app.Author{with(a, 50), with(typed, 50)}, ""},
		{"Split6030", []app.Author{with(a, 60), with(b, 30)}, "tổng tỷ lệ đóng góp là 90%, phải đúng 100%"},
		{"Over", []app.Author{with(a, 70), with(b, 40)}, "là 110%"},
		{"None", nil, "ít nhất một tác giả"},
		{"Zero", []app.Author{with(a, 100), with(b, 0)}, "từ 1 đến 100%"},
		{"Twice", []app.Author{with(a, 50), with(a, 50)}, "hai lần"},
		{"TypedTwiceAccents", []app.Author{with(typed, 50), with(app.Author{FullName: "ho van ngoai"}, 50)}, "hai lần"},
		{"NoName", []app.Author{{SharePct: 100}}, "chưa có họ và tên"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckAuthors(tc.authors)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), tc.want) ||
				!strings.Contains(app.ErrorMessage(err), "«Tác giả»") {
				t.Errorf("err = %v, want %q naming the field", err, tc.want)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	ok := app.InitiativeRecord{Initiative: app.Initiative{Title: "Số hóa hồ sơ", Kind: app.SolutionOperational, UnitID: 3,
		FieldID: 1, FirstApplied: day(2024, 3, 1), Authors: []app.Author{{PersonID: 1, FullName: "A", SharePct: 100}}}}
	if err := Validate(ok, day(2024, 6, 1)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		change func(*app.InitiativeRecord)
		field  string
	}{
		{"NoTitle", func(r *app.InitiativeRecord) { r.Title = "" }, FieldTitle},
		{"BadKind", func(r *app.InitiativeRecord) { r.Kind = "x" }, FieldKind},
		{"NoUnit", func(r *app.InitiativeRecord) { r.UnitID = 0 }, FieldUnit},
		{"OtherFieldUnnamed", func(r *app.InitiativeRecord) { r.FieldID = 0 }, FieldField},
		{"Future", func(r *app.InitiativeRecord) { r.FirstApplied = day(2024, 7, 1) }, FieldApplied},
		{"NoDate", func(r *app.InitiativeRecord) { r.FirstApplied = time.Time{} }, FieldApplied},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ok
			tc.change(&r)
			err := Validate(r, day(2024, 6, 1))
			if e, _ := err.(*app.Error); e == nil || e.Field != tc.field {
				t.Errorf("err = %v, want one on %q", err, tc.field)
			}
		})
	}
	other := ok
	other.FieldID, other.FieldOther = 0, "Văn hóa"
	if err := Validate(other, day(2024, 6, 1)); err != nil {
		t.Errorf("field «Khác: Văn hóa» refused: %v", err)
	}
}

func TestSimilarity(t *testing.T) {
	for _, tc := range []struct {
		a, b     string
		min, max int
	}{
		{"Số hóa hồ sơ một cửa", "so hoa ho so mot cua xa Tra Giang", 70, 80},
		{"Số hóa hồ sơ một cửa", "SỐ HÓA HỒ SƠ MỘT CỬA", 100, 100},
		{"Số hóa hồ sơ một cửa", "Một cửa: số hóa hồ sơ", 100, 100},
		{"Số hóa hồ sơ một cửa", "Tập huấn kỹ năng giao tiếp cho công chức bộ phận một cửa", 0, 30},
		{"Số hóa hồ sơ một cửa", "Lịch trực tiếp công dân", 0, 0},
		{"", "Số hóa", 0, 0},
	} {
		if got := Similarity(tc.a, tc.b); got < tc.min || got > tc.max {
			t.Errorf("Similarity(%q, %q) = %d, want %d–%d", tc.a, tc.b, got, tc.min, tc.max)
		}
	}
	cands := []app.SimilarInitiative{
		{ID: 1, Year: 2023, Title: "so hoa ho so mot cua xa Tra Giang"},
		{ID: 2, Year: 2024, Title: "Tập huấn kỹ năng giao tiếp cho công chức bộ phận một cửa"},
		{ID: 3, Year: 2024, Title: "Số hóa hồ sơ một cửa"},
	}
	got := Similar("Số hóa hồ sơ một cửa", cands, 0)
	if len(got) != 2 || got[0].ID != 3 || got[0].Percent != 100 || got[1].ID != 1 || got[1].Year != 2023 {
		t.Errorf("Similar = %+v, want the same title first, then the 2023 one", got)
	}
	if got := Similar("Số hóa hồ sơ một cửa", cands, 3); len(got) != 1 || got[0].ID != 1 {
		t.Errorf("Similar excluding itself = %+v", got)
	}
}

func TestAdvance(t *testing.T) {
	reg := []app.StepRecord{{Step: app.StepRegistered, On: day(2024, 3, 1)}}
	base := append(reg[:1:1], app.StepRecord{Step: app.StepBaseRecognised, On: day(2024, 5, 2), Ref: "12/QĐ-UBND"})
	council := append(base[:2:2], app.StepRecord{Step: app.StepDistrictProposed, On: day(2024, 6, 1)},
		app.StepRecord{Step: app.StepCouncil, On: day(2024, 7, 1)})
	for _, tc := range []struct {
		name    string
		history []app.StepRecord
		step    app.StepRecord
		code    string
	}{
		{"BaseRecognised", reg, app.StepRecord{Step: app.StepBaseRecognised, On: day(2024, 5, 2), Ref: "12/QĐ-UBND"}, ""},
		{"BaseBeforeEnteredInTheProgram", reg, app.StepRecord{Step: app.StepBaseRecognised, On: day(2024, 1, 2), Ref: "2/QĐ-UBND"}, ""},
		{"BaseWithoutNumber", reg, app.StepRecord{Step: app.StepBaseRecognised, On: day(2024, 5, 2)}, app.EINVALID},
		{"SkipToDistrict", reg, app.StepRecord{Step: app.StepDistrictProposed, On: day(2024, 5, 2)}, app.ECONFLICT},
		{"Proposed", base, app.StepRecord{Step: app.StepDistrictProposed, On: day(2024, 6, 1), Ref: "30/TTr-UBND"}, ""},
		{"BeforePrevious", base, app.StepRecord{Step: app.StepDistrictProposed, On: day(2024, 5, 1)}, app.EINVALID},
		{"NoDate", base, app.StepRecord{Step: app.StepDistrictProposed}, app.EINVALID},
		{"RejectedNeedsReason", council, app.StepRecord{Step: app.StepRejected, On: day(2024, 8, 1)}, app.EINVALID},
		{"Rejected", council, app.StepRecord{Step: app.StepRejected, On: day(2024, 8, 1), Note: "Chưa có hiệu quả"}, ""},
		{"DistrictOnlyByDecision", council, app.StepRecord{Step: app.StepDistrictRecognised, On: day(2024, 8, 1)}, app.ECONFLICT},
		{"EmptyHistoryIsRegistered", nil, app.StepRecord{Step: app.StepBaseRecognised, On: day(2024, 5, 2), Ref: "1"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := app.ErrorCode(Advance(tc.history, tc.step)); got != tc.code {
				t.Errorf("code = %q, want %q", got, tc.code)
			}
		})
	}
	if Status(app.StepCouncil) != app.InitiativeReviewing || Status(app.StepProvinceProposed) != app.InitiativeRecognised {
		t.Error("status of steps")
	}
}
