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

// UnitService reads and writes units and their staff. A unit or person that other data refers
// to (staff, scores, initiatives, proposals, awards) is never deleted: Remove* deactivates it.
type UnitService interface {
	Units(ctx context.Context) ([]Unit, error)
	CreateUnit(ctx context.Context, u *Unit) error
	UpdateUnit(ctx context.Context, u *Unit) error
	SetUnitActive(ctx context.Context, id int64, active bool) error
	// RemoveUnit deletes a unit nothing refers to, else deactivates it; deleted says which.
	RemoveUnit(ctx context.Context, id int64) (deleted bool, err error)

	People(ctx context.Context, unitID int64) ([]Person, error)
	Person(ctx context.Context, id int64) (Person, error)
	SearchPeople(ctx context.Context, query string, limit int) ([]Person, error)
	CreatePerson(ctx context.Context, p *Person, asOf time.Time) error
	UpdatePerson(ctx context.Context, p *Person, asOf time.Time) error
	SetPersonActive(ctx context.Context, id int64, active bool) error
	RemovePerson(ctx context.Context, id int64) (deleted bool, err error)
	// MovePerson moves a person to another unit on a date, keeping the history.
	MovePerson(ctx context.Context, id, toUnit int64, on time.Time, note string) error
	PersonMoves(ctx context.Context, id int64) ([]PersonMove, error)

	// AwardHistory lists every award of a person (kind RecipientPerson) or a unit, oldest first.
	AwardHistory(ctx context.Context, kind RecipientKind, id int64) ([]AwardHistoryItem, error)

	// ImportUnits and ImportPeople store parsed rows all or nothing; progress (may be nil) is
	// called with the rows done so far.
	ImportUnits(ctx context.Context, us []Unit, rows []int) (ImportResult, error)
	ImportPeople(ctx context.Context, ps []Person, rows []int, progress func(done, total int)) (ImportResult, error)
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
