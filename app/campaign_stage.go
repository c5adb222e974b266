package app

import (
	"strings"
	"time"

	"thidua/app/viet"
)

// CampaignStage is where a campaign stands in its year: launched, being scored, summed up
// (Luật TĐKT 2022 Điều 17: phát động → … → sơ kết, tổng kết và khen thưởng).
type CampaignStage string

// Campaign stages, as stored.
const (
	StageLaunched   CampaignStage = "launched"   // Đang phát động
	StageScoring    CampaignStage = "scoring"    // Đang chấm điểm
	StageSummarised CampaignStage = "summarised" // Đã tổng kết
)

// CampaignStages lists the stages in their order.
var CampaignStages = []CampaignStage{StageLaunched, StageScoring, StageSummarised}

// Label is the Vietnamese name of the stage.
func (s CampaignStage) Label() string {
	switch s {
	case StageLaunched:
		return "Đang phát động"
	case StageScoring:
		return "Đang chấm điểm"
	case StageSummarised:
		return "Đã tổng kết"
	}
	return string(s)
}

// Valid reports whether s is a stored stage.
func (s CampaignStage) Valid() bool {
	return s == StageLaunched || s == StageScoring || s == StageSummarised
}

// LaunchDoc is the document that launched a campaign: «Kế hoạch số 18/KH-UBND ngày 16/01/2024».
type LaunchDoc struct {
	Number string    // "18/KH-UBND"
	Date   time.Time // zero when not known
	Signer string    // "Thái Hoàng Vũ"
}

// Text is the reference as documents cite it: "Kế hoạch số 18/KH-UBND ngày 16/01/2024".
func (l LaunchDoc) Text() string {
	if l.Number == "" {
		return ""
	}
	kind := "Văn bản"
	if i := strings.Index(l.Number, "/"); i >= 0 {
		switch {
		case strings.HasPrefix(l.Number[i+1:], "KH-"):
			kind = "Kế hoạch"
		case strings.HasPrefix(l.Number[i+1:], "QĐ-"):
			kind = "Quyết định"
		}
	}
	t := kind + " số " + l.Number
	if !l.Date.IsZero() {
		t += " ngày " + viet.FormatDate(l.Date)
	}
	return t
}

func (l LaunchDoc) validate() error {
	if len([]rune(l.Number)) > 60 {
		return FieldError("Số văn bản phát động", "Trường «Số văn bản phát động» dài quá 60 ký tự.")
	}
	if l.Number != "" && !strings.Contains(l.Number, "/") {
		return FieldError("Số văn bản phát động", "Trường «Số văn bản phát động» phải có dạng «18/KH-UBND».")
	}
	return nil
}

// CampaignCopy says what a new campaign takes over from an earlier one.
type CampaignCopy struct {
	FromID     int64 // 0: nothing is copied
	Criteria   bool  // the criteria sets with their trees
	Council    bool  // the council and the initiative rubric
	Thresholds bool  // the band thresholds of the ranking
	Periods    bool  // the reporting periods
}

// NewCampaign is what «Phong trào mới» asks for.
type NewCampaign struct {
	Year   int
	Name   string
	Launch LaunchDoc
	Start  time.Time
	End    time.Time
	Copy   CampaignCopy
}

// Normalize cleans the texts (NFC, trimmed, inner spaces folded).
func (n *NewCampaign) Normalize() {
	n.Name = viet.Normalize(n.Name)
	n.Launch.Number = viet.Normalize(n.Launch.Number)
	n.Launch.Signer = viet.Normalize(n.Launch.Signer)
}

// Validate checks the form. fromYear is the year of the campaign copied from (0 when none); a
// second campaign of a year with the same name is refused by storage.
func (n NewCampaign) Validate(fromYear int) error {
	if err := viet.CheckYear("Năm", n.Year, 2000, 2100); err != nil {
		return err
	}
	if err := viet.RequireText("Tên phong trào", n.Name, 300); err != nil {
		return err
	}
	if err := n.Launch.validate(); err != nil {
		return err
	}
	if !n.Start.IsZero() && !n.End.IsZero() && n.End.Before(n.Start) {
		return FieldError("Ngày kết thúc", "Trường «Ngày kết thúc» (%s) phải sau ngày bắt đầu (%s).",
			viet.FormatDate(n.End), viet.FormatDate(n.Start))
	}
	if !n.Start.IsZero() && n.Start.Year() != n.Year {
		return FieldError("Ngày bắt đầu", "Trường «Ngày bắt đầu» (%s) phải thuộc năm %d của phong trào.", viet.FormatDate(n.Start), n.Year)
	}
	if !n.Launch.Date.IsZero() && !n.Start.IsZero() && n.Launch.Date.After(n.Start) {
		return FieldError("Ngày văn bản phát động", "Văn bản phát động (ngày %s) phải ban hành trước hoặc đúng ngày bắt đầu (%s).",
			viet.FormatDate(n.Launch.Date), viet.FormatDate(n.Start))
	}
	if fromYear != 0 && fromYear >= n.Year {
		return FieldError("Sao chép từ", "Chỉ sao chép từ một phong trào của năm trước (%d không trước %d).", fromYear, n.Year)
	}
	return nil
}

// Closed reports whether the campaign is summed up («Đã tổng kết») and so read-only: its
// proposals, decisions, criteria and scores are closed to changes, only its awards may still be
// revoked. Reopening it needs a reason.
func (c Campaign) Closed() bool { return c.Stage == StageSummarised }

// CheckCampaignOpen refuses a change to a summed-up campaign's proposals and decisions: once
// «Đã tổng kết» the campaign is read-only, only its awards may still be revoked (thu hồi); what
// names the change ("thêm đề nghị", "ban hành quyết định"). Reopening it needs a reason.
func CheckCampaignOpen(c Campaign, what string) error {
	if c.Closed() {
		return Errorf(ECONFLICT, "Phong trào %d đã tổng kết: không %s được nữa. Mở lại phong trào (có lý do) nếu cần sửa.", c.Year, what)
	}
	return nil
}
