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
	PrintService
	ReportService
	WorkbookService
}

// PrintService keeps what printing needs: the positions on pre-printed blanks and the record of
// every certificate printed.
type PrintService interface {
	BlankService
	PrintRecordService
}

// BlankService keeps where each field prints on the pre-printed blank, and its scanned image.
type BlankService interface {
	BlankLayout(ctx context.Context, kind string) (BlankLayout, error)
	SaveBlankLayout(ctx context.Context, l BlankLayout) error
	// BlankImage is the scanned blank shown under the fields on screen (never printed).
	BlankImage(ctx context.Context, kind string) ([]byte, string, error)
	SetBlankImage(ctx context.Context, kind string, img []byte, name string) error
}

// PrintRecordService records every certificate printed, and finds a decision by its number.
type PrintRecordService interface {
	// RecordPrints counts a printing of these awards' certificates; a reprint needs a reason.
	RecordPrints(ctx context.Context, awardIDs []int64, onBlank bool, reason string, at time.Time) error
	// PrintedBefore is how many of these awards' certificates were printed already.
	PrintedBefore(ctx context.Context, awardIDs []int64) (int, error)
	FindDecision(ctx context.Context, number int, symbol string, year int) (int64, error)
}

// BlankKind is the kind of blank the office uses (one for now: A4 landscape).
const BlankKind = "a4_landscape"

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
	UnitListService
	PeopleService
	PersonFactService
	AwardHistoryService
	UnitImportService
}

// UnitListService reads and writes the units.
type UnitListService interface {
	Units(ctx context.Context) ([]Unit, error)
	CreateUnit(ctx context.Context, u *Unit) error
	UpdateUnit(ctx context.Context, u *Unit) error
	SetUnitActive(ctx context.Context, id int64, active bool) error
	// RemoveUnit deletes a unit nothing refers to, else deactivates it; deleted says which.
	RemoveUnit(ctx context.Context, id int64) (deleted bool, err error)
}

// PeopleService reads and writes the staff of the units, and their moves between units.
type PeopleService interface {
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
}

// PersonFactService keeps what the eligibility checks read of a person: yearly ratings and
// periods of discipline or investigation.
type PersonFactService interface {
	// SetRating records a person's yearly rating ("" removes it); Ratings lists them by year.
	SetRating(ctx context.Context, personID int64, year int, r Rating) error
	Ratings(ctx context.Context, personID int64) (map[int]Rating, error)
	// AddDiscipline records a period of discipline or investigation; EndDiscipline closes it.
	AddDiscipline(ctx context.Context, d *Discipline) error
	EndDiscipline(ctx context.Context, id int64, to time.Time) error
	Disciplines(ctx context.Context, personID int64) ([]Discipline, error)
}

// AwardHistoryService reads a person's or a unit's awards across years.
type AwardHistoryService interface {
	// AwardHistory lists every award of a person (kind RecipientPerson) or a unit, oldest first.
	AwardHistory(ctx context.Context, kind RecipientKind, id int64) ([]AwardHistoryItem, error)
}

// UnitImportService stores imported unit and people lists.
type UnitImportService interface {
	// ImportUnits and ImportPeople store parsed rows all or nothing; progress (may be nil) is
	// called with the rows done so far.
	ImportUnits(ctx context.Context, us []Unit, rows []int) (ImportResult, error)
	ImportPeople(ctx context.Context, ps []Person, rows []int, progress func(done, total int)) (ImportResult, error)
}

// AwardService keeps proposals, decisions, awards and the certificate register. Every change is
// written to the audit log.
type AwardService interface {
	ProposalService
	DecisionService
	RegisterService
	AwardListService
}

// ProposalService keeps the proposals of a campaign and their review.
type ProposalService interface {
	Proposals(ctx context.Context, campaignID int64) ([]Proposal, error)
	CreateProposal(ctx context.Context, p *Proposal) error
	DeleteProposal(ctx context.Context, id int64) error
	ImportProposals(ctx context.Context, campaignID int64, ps []Proposal, rows []int) (ImportResult, error)
	// Eligibility runs the legal checks of every proposal of a campaign as of a date.
	Eligibility(ctx context.Context, campaignID int64, asOf time.Time) (map[int64][]Reason, error)
	// ReviewProposal records the office's decision; approving against a warning needs Override,
	// and a blocking reason cannot be approved at all.
	ReviewProposal(ctx context.Context, id int64, r ProposalReview, asOf time.Time) error
}

// DecisionService keeps the decisions and their awards, from draft to issued or revoked.
type DecisionService interface {
	Decisions(ctx context.Context, campaignID int64) ([]Decision, error)
	Decision(ctx context.Context, id int64) (Decision, error)
	Awards(ctx context.Context, decisionID int64) ([]Award, error)
	Signers(ctx context.Context) ([]Signer, error)
	// CreateDecision drafts a decision from approved proposals of a campaign, dated on.
	CreateDecision(ctx context.Context, campaignID int64, proposalIDs []int64, on time.Time) (int64, error)
	// UpdateDraft changes a draft (date, signer, subject, căn cứ, nơi nhận); bonuses follow the date.
	UpdateDraft(ctx context.Context, d *Decision) error
	DeleteDraft(ctx context.Context, id int64) error
	// IssueDecision gives a draft the number of the records office and numbers its certificates.
	IssueDecision(ctx context.Context, id int64, number int) error
	// RevokeDecision withdraws an issued decision; its certificates are voided.
	RevokeDecision(ctx context.Context, id int64, on time.Time, reason string) error
}

// RegisterService reads the certificate register (sổ vàng).
type RegisterService interface {
	Register(ctx context.Context, year int) ([]RegisterEntry, error)
	RegisterYears(ctx context.Context) ([]int, error)
}

// AwardListService imports past decisions and lists awards for export.
type AwardListService interface {
	// ImportAwardHistory stores past decisions read from a file, all or nothing.
	ImportAwardHistory(ctx context.Context, ds []HistoricalDecision) (ImportResult, error)
	// AwardExportRows lists the awards of issued decisions of a year (0: all).
	AwardExportRows(ctx context.Context, year int) ([]AwardExportRow, error)
}

// SettingsService reads the business settings and the legal tables.
type SettingsService interface {
	OfficeSettingsService
	LegalTableService
}

// OfficeSettingsService reads and writes the office's own settings.
type OfficeSettingsService interface {
	Settings(ctx context.Context) (Settings, error)
	// SaveSettings checks and stores the office's names; issued decisions keep theirs.
	SaveSettings(ctx context.Context, s Settings) error
	// DecisionSettings are the names a decision prints: those it was issued with (current for a draft).
	DecisionSettings(ctx context.Context, decisionID int64) (Settings, error)
	SetSetting(ctx context.Context, key, value string) error
	// SaveSigner adds (ID 0) or changes a signer; decisions keep the name and title they were drafted with.
	SaveSigner(ctx context.Context, s *Signer) error
	RawSettings(ctx context.Context) (map[string]string, error)
}

// LegalTableService reads the legal tables: base salaries, bonus coefficients, award forms.
type LegalTableService interface {
	BaseSalaries(ctx context.Context) ([]Dated[int64], error)
	// SaveBaseSalary adds a row (old zero) or changes the row from old, when no issued decision used
	// it; DeleteBaseSalary likewise. Drafts are recomputed with the table.
	SaveBaseSalary(ctx context.Context, old time.Time, r Dated[int64]) error
	DeleteBaseSalary(ctx context.Context, from time.Time) error
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

	SettingCapEnabled        = "cstdcs_cap_enabled"        // "1": cap CSTĐCS at a percentage of LĐTT
	SettingCapPercent        = "cstdcs_cap_pct"            // the percentage, e.g. "15"
	SettingRequireInitiative = "cstdcs_require_initiative" // "1": CSTĐCS needs a recognised initiative
)
