package docs

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

// TestBuildReminder_WordedByAddressees: the letter asks the heads of exactly the kinds of units it is
// sent to — departments' Thủ trưởng, communes' and the town's Chủ tịch UBND — singular for one unit,
// and writes the campaign's name as a proper noun wherever it is named.
func TestBuildReminder_WordedByAddressees(t *testing.T) {
	c := app.Campaign{Year: 2024, Name: "phong trào thi đua cải cách hành chính năm 2024", Launch: app.LaunchDoc{Number: "18/KH-UBND"}}
	p := app.ReportingPeriod{Name: "6 tháng", Kind: app.PeriodReport, Due: time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)}
	on := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	dept := app.Unit{Name: "Phòng Y tế", Kind: app.UnitDepartment}
	dept2 := app.Unit{Name: "Phòng Tư pháp", Kind: app.UnitDepartment}
	xa := app.Unit{Name: "UBND xã Trà Ka", Kind: app.UnitCommune}
	xa2 := app.Unit{Name: "UBND xã Trà Bui", Kind: app.UnitCommune}
	tt := app.Unit{Name: "UBND thị trấn Trà My", Kind: app.UnitTown}
	cases := []struct {
		units              []app.Unit
		ask, count, ending string
	}{
		{[]app.Unit{dept}, "đề nghị Thủ trưởng cơ quan, đơn vị khẩn trương", "của cơ quan, đơn vị có tên", "Đề nghị cơ quan, đơn vị quan tâm"},
		{[]app.Unit{dept, dept2}, "đề nghị Thủ trưởng các cơ quan, đơn vị khẩn trương", "của 02 cơ quan, đơn vị có tên", "Đề nghị các cơ quan, đơn vị quan tâm"},
		{[]app.Unit{xa}, "đề nghị Chủ tịch UBND xã khẩn trương", "của địa phương có tên", "Đề nghị địa phương quan tâm"},
		{[]app.Unit{tt}, "đề nghị Chủ tịch UBND thị trấn khẩn trương", "của địa phương có tên", "Đề nghị địa phương quan tâm"},
		{[]app.Unit{xa, xa2}, "đề nghị Chủ tịch UBND các xã khẩn trương", "của 02 địa phương có tên", "Đề nghị các địa phương quan tâm"},
		{[]app.Unit{xa, tt}, "đề nghị Chủ tịch UBND các xã, thị trấn khẩn trương", "của 02 địa phương có tên", "Đề nghị các địa phương quan tâm"},
		{[]app.Unit{xa, dept}, "đề nghị Thủ trưởng cơ quan, đơn vị, Chủ tịch UBND xã khẩn trương", "của 02 cơ quan, đơn vị, địa phương có tên", "Đề nghị các cơ quan, đơn vị, địa phương quan tâm"},
		{[]app.Unit{xa, xa2, tt, dept, dept2}, "đề nghị Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn khẩn trương", "của 05 cơ quan, đơn vị, địa phương có tên", "Đề nghị các cơ quan, đơn vị, địa phương quan tâm"},
	}
	for _, tc := range cases {
		d := BuildReminder(c, p, tc.units, app.Settings{Agency: "Ủy ban nhân dân huyện Bắc Trà My"}, app.Signer{}, on, on)
		body := strings.Join(d.Body, "\n")
		for _, want := range []string{tc.ask, tc.count, tc.ending} {
			if !strings.Contains(body, want) {
				t.Errorf("%d units %v: body lacks %q:\n%s", len(tc.units), d.To, want, body)
			}
		}
		if strings.Count(body, "Phong trào thi đua cải cách hành chính năm 2024") != 2 || strings.Contains(body, "phong trào thi đua cải cách hành chính năm 2024") {
			t.Errorf("the campaign's name is not written as a proper noun everywhere:\n%s", body)
		}
		if !strings.Contains(body, "kết quả thực hiện phong trào thi đua, ") {
			t.Errorf("the generic «phong trào thi đua» is not in lower case:\n%s", body)
		}
		if !strings.HasSuffix(d.About, "Phong trào thi đua cải cách hành chính năm 2024") {
			t.Errorf("about = %q", d.About)
		}
	}
}
