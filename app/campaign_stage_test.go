package app

import (
	"strings"
	"testing"
	"time"
)

func TestNewCampaign_Validate(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	ok := NewCampaign{Year: 2025, Name: "Phong trào thi đua cải cách hành chính năm 2025",
		Launch: LaunchDoc{Number: "12/KH-UBND", Date: d(2025, 1, 10)}, Start: d(2025, 1, 10), End: d(2025, 12, 31)}
	for _, c := range []struct {
		name     string
		change   func(n *NewCampaign)
		fromYear int
		want     string // "" = valid; else a part of the message
	}{
		{"OK", func(*NewCampaign) {}, 2024, ""},
		{"ErrYear", func(n *NewCampaign) { n.Year = 1999 }, 0, "Năm"},
		{"ErrName", func(n *NewCampaign) { n.Name = "" }, 0, "Tên phong trào"},
		{"ErrNumber", func(n *NewCampaign) { n.Launch.Number = "12 KH" }, 0, "18/KH-UBND"},
		{"ErrEndBeforeStart", func(n *NewCampaign) { n.End = d(2025, 1, 1) }, 0, "Ngày kết thúc"},
		{"ErrStartOtherYear", func(n *NewCampaign) { n.Start = d(2024, 12, 1) }, 0, "năm 2025"},
		{"ErrLaunchAfterStart", func(n *NewCampaign) { n.Launch.Date = d(2025, 2, 1) }, 0, "trước hoặc đúng ngày bắt đầu"},
		{"ErrCopyFromSameYear", func(*NewCampaign) {}, 2025, "năm trước"},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := ok
			c.change(&n)
			err := n.Validate(c.fromYear)
			if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
	if got := ok.Launch.Text(); got != "Kế hoạch số 12/KH-UBND ngày 10/01/2025" {
		t.Errorf("launch text %q", got)
	}
}

func TestCheckCampaignOpen(t *testing.T) {
	for _, c := range []struct {
		stage CampaignStage
		want  string // "" = allowed; else the message
	}{
		{StageLaunched, ""},
		{StageScoring, ""},
		{"", ""},
		{StageSummarised, "Phong trào 2024 đã tổng kết: không thêm đề nghị được nữa. Mở lại phong trào (có lý do) nếu cần sửa."},
	} {
		t.Run(string(c.stage), func(t *testing.T) {
			if closed := (Campaign{Year: 2024, Stage: c.stage}).Closed(); closed != (c.want != "") {
				t.Errorf("Closed() = %v", closed)
			}
			err := CheckCampaignOpen(Campaign{Year: 2024, Stage: c.stage}, "thêm đề nghị")
			if c.want == "" {
				if err != nil {
					t.Errorf("err = %v, want none", err)
				}
				return
			}
			if ErrorCode(err) != ECONFLICT || ErrorMessage(err) != c.want {
				t.Errorf("err = %v (code %q), want ECONFLICT %q", err, ErrorCode(err), c.want)
			}
		})
	}
}
