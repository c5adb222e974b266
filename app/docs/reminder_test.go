package docs

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func TestBuildReminder(t *testing.T) {
	c := app.Campaign{Year: 2024, Name: "Phong trào thi đua cải cách hành chính năm 2024", Launch: app.LaunchDoc{Number: "18/KH-UBND"}}
	p := app.ReportingPeriod{Name: "Quý I", Kind: app.PeriodReport, Due: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)}
	units := []app.Unit{{Name: "UBND xã Trà Bui"}, {Name: "Phòng Y tế"}}
	on := time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)
	for _, agency := range []string{"ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", "Ủy ban nhân dân huyện Bắc Trà My"} {
		d := BuildReminder(c, p, units, app.Settings{Agency: agency, Place: "Bắc Trà My", Office: "Phòng Nội vụ"}, app.Signer{FullName: "Thái Hoàng Vũ"}, on, on)
		body := strings.Join(d.Body, "\n")
		if !strings.Contains(body, "UBND huyện Bắc Trà My (qua Phòng Nội vụ) trước ngày 15/03/2024") || !strings.Contains(body, "của 02 cơ quan, đơn vị") {
			t.Errorf("%s: body %q", agency, body)
		}
		if d.About != "V/v đôn đốc báo cáo quý I kết quả thực hiện Phong trào thi đua cải cách hành chính năm 2024" {
			t.Errorf("about = %q", d.About)
		}
		if strings.Join(d.To, "|") != "- UBND xã Trà Bui;|- Phòng Y tế." || d.NumberLine != "Số:       /UBND-NV" {
			t.Errorf("to %q, number %q", d.To, d.NumberLine)
		}
	}
	p.Kind, p.Name = app.PeriodLaunch, app.LaunchPeriodName
	if d := BuildReminder(c, p, units, app.Settings{}, app.Signer{}, on, on); !strings.Contains(d.About, "kế hoạch phát động") {
		t.Errorf("launch plan: %q", d.About)
	}
}
