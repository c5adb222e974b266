package app

import (
	"strconv"
	"time"
)

// CampaignStatus is the stage of a campaign.
type CampaignStatus string

// Campaign statuses, as stored.
const (
	CampaignPlanned CampaignStatus = "planned"
	CampaignOpen    CampaignStatus = "open"
	CampaignClosed  CampaignStatus = "closed"
)

// Label is the Vietnamese name of the status.
func (s CampaignStatus) Label() string {
	switch s {
	case CampaignPlanned:
		return "Chưa bắt đầu"
	case CampaignOpen:
		return "Đang thực hiện"
	case CampaignClosed:
		return "Đã tổng kết"
	}
	return string(s)
}

// Campaign is one yearly emulation campaign (phong trào thi đua theo chuyên đề, Luật TĐKT 2022 Điều 16–18).
type Campaign struct {
	ID      int64
	Year    int
	Name    string
	PlanRef string    // "Kế hoạch số 18/KH-UBND ngày 16/01/2024"
	Start   time.Time // zero when not set
	End     time.Time
	Status  CampaignStatus
	Stage   CampaignStage // phát động → chấm điểm → tổng kết (campaign_stage.go)
	Launch  LaunchDoc     // the launching document
}

// Title is what the campaign selector shows: "2024 — Phong trào thi đua … [Đang chấm điểm]".
func (c Campaign) Title() string {
	t := strconv.Itoa(c.Year) + " — " + c.Name
	if c.Stage != "" {
		t += " [" + c.Stage.Label() + "]"
	}
	return t
}

// ReformField is one of the six reform fields of NQ 76/NQ-CP (2021).
type ReformField struct {
	ID   int64
	Code string
	Name string
}

// DefaultSigningDate is the date the checks and a new decision assume when the user has not chosen
// one: today while the campaign is current (its year or the next, when campaigns are summed up),
// else the campaign's end — an old campaign is reviewed as of its own time, under the law and the
// base salary of then, not of today.
func DefaultSigningDate(c Campaign, today time.Time) time.Time {
	if c.Year == 0 || today.Year() <= c.Year+1 {
		return today
	}
	if !c.End.IsZero() {
		return c.End
	}
	return time.Date(c.Year, 12, 31, 0, 0, 0, 0, time.UTC)
}
