package app

import (
	"context"
	"time"
)

// Services is what the GUI and the command line reach the data through; data implements it.
type Services interface {
	CampaignService
	UnitService
	CriteriaService
	InitiativeService
	AwardService
	SettingsService
}

// CampaignService lists campaigns.
type CampaignService interface {
	Campaigns(ctx context.Context) ([]Campaign, error)
	// IsEmpty reports whether the database holds no campaign and no unit: a first start.
	IsEmpty(ctx context.Context) (bool, error)
	// LoadSample fills an empty database with the Bắc Trà My 2024 sample campaign.
	LoadSample(ctx context.Context, today time.Time) error
	// StartFresh creates the first campaign of an empty database.
	StartFresh(ctx context.Context, c Campaign) (int64, error)
}

// UnitService reads and writes units and their staff.
type UnitService interface {
	Units(ctx context.Context) ([]Unit, error)
	People(ctx context.Context, unitID int64) ([]Person, error)
	SearchPeople(ctx context.Context, query string, limit int) ([]Person, error)
	CreateUnit(ctx context.Context, u *Unit) error
	CreatePerson(ctx context.Context, p *Person, asOf time.Time) error
}

// CriteriaService reads criteria sets and unit scores.
type CriteriaService interface {
	ReformFields(ctx context.Context) ([]ReformField, error)
	Results(ctx context.Context, campaignID int64) ([]UnitResult, error)
}

// InitiativeService reads initiatives.
type InitiativeService interface {
	Initiatives(ctx context.Context, campaignID int64) ([]Initiative, error)
}

// AwardService reads proposals, decisions and awards.
type AwardService interface {
	Proposals(ctx context.Context, campaignID int64) ([]Proposal, error)
	Decisions(ctx context.Context, campaignID int64) ([]Decision, error)
	Awards(ctx context.Context, decisionID int64) ([]Award, error)
}

// SettingsService reads the business settings and the legal tables.
type SettingsService interface {
	Settings(ctx context.Context) (Settings, error)
	BaseSalaries(ctx context.Context) ([]Dated[int64], error)
	Coefficients(ctx context.Context) ([]Coefficient, error)
	AwardForms(ctx context.Context) ([]AwardForm, error)
}

// Settings are the office's own values, kept in the database.
type Settings struct {
	ParentAgency string // "" for an UBND huyện (no cơ quan chủ quản)
	Agency       string // "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY" — tên cơ quan ban hành
	AgencyShort  string // "UBND huyện Bắc Trà My"
	Place        string // "Bắc Trà My" — địa danh of NĐ 30
	Office       string // "Phòng Nội vụ"
	Symbol       string // "QĐ-UBND"
}

// Setting keys as stored.
const (
	SettingParentAgency = "parent_agency"
	SettingAgency       = "agency"
	SettingAgencyShort  = "agency_short"
	SettingPlace        = "place"
	SettingOffice       = "office"
	SettingSymbol       = "decision_symbol"
)
