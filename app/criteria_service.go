package app

import (
	"context"
	"io"
)

// CriteriaService is what the Tiêu chí tab and the command line ask of the criteria work: the
// campaign's stage, the criteria sets, the scores and the ranking.
type CriteriaService interface {
	ReformFields(ctx context.Context) ([]ReformField, error)
	CampaignStageService
	CriteriaSetService
	ScoreService
	RankingService
}

// CampaignStageService starts campaigns and moves them through their year.
type CampaignStageService interface {
	// CreateCampaign starts a campaign, copying from an earlier one what n.Copy asks, in one
	// transaction.
	CreateCampaign(ctx context.Context, n NewCampaign) (int64, error)
	// SetCampaignStage moves a campaign; going back needs a reason (audit log).
	SetCampaignStage(ctx context.Context, id int64, to CampaignStage, reason string) error
}

// CriteriaSetService reads and edits the criteria trees. Edits are refused once the campaign has
// appraised scores, until the criteria are unlocked with a reason.
type CriteriaSetService interface {
	CriteriaSets(ctx context.Context, campaignID int64) ([]CriteriaSet, error)
	CreateCriteriaSet(ctx context.Context, campaignID int64, kind UnitKind, name string) (int64, error)
	AddCriterion(ctx context.Context, setID int64, c Criterion) (int64, error)
	UpdateCriterion(ctx context.Context, c Criterion) error
	MoveCriterion(ctx context.Context, setID, id int64, delta int) error
	DeleteCriterion(ctx context.Context, setID, id int64) error
	SetTarget(ctx context.Context, setID int64, target Points) error
	// ImportCriteriaSet replaces a set not scored yet with one read from a file, all or nothing.
	ImportCriteriaSet(ctx context.Context, setID int64, t Table) (int, []*Error, error)
	CriteriaLocked(ctx context.Context, campaignID int64) (bool, error)
	SetCriteriaLock(ctx context.Context, campaignID int64, unlocked bool, reason string) error
}

// ScoreService reads and writes a unit's scores.
type ScoreService interface {
	UnitSheet(ctx context.Context, campaignID, unitID int64) (UnitSheet, error)
	// SaveScores stores typed cells all or nothing.
	SaveScores(ctx context.Context, campaignID, unitID int64, edits []ScoreEdit) error
	// SetUnitLock closes or reopens a unit's appraisal; reopening needs a reason (audit log).
	SetUnitLock(ctx context.Context, campaignID, unitID int64, locked bool, reason string) error
	// ImportSelfAssessment stores a self-assessment read from a file, all or nothing; bad cells
	// come back by row and column.
	ImportSelfAssessment(ctx context.Context, campaignID, unitID int64, t Table) (int, []*Error, error)
	AddEvidence(ctx context.Context, campaignID, unitID, criterionID int64, name string, r io.Reader) (Evidence, error)
}

// RankingService ranks the units and feeds proposals.
type RankingService interface {
	Ranking(ctx context.Context, campaignID int64) (Ranking, error)
	SetBands(ctx context.Context, campaignID int64, bands []Band) error
	ScoreRows(ctx context.Context, campaignID int64) ([]ScoreRow, error)
	ProposeFromRanking(ctx context.Context, campaignID int64, bands []string, formCode string) (int, error)
}

// Sheet is one named sheet of a workbook.
type Sheet struct {
	Name   string
	Table  Table
	Widths []float64
}

// Workbooks writes several tables as the sheets of one .xlsx file (a .csv file takes them one
// after the other under the first header); sheet implements it.
type Workbooks interface {
	WriteSheets(w io.Writer, fileName string, sheets []Sheet) error
}

// Charts draws the ranking's pictures as PNG: a kind's units coloured by band, and one unit's
// points per field; chart implements it.
type Charts interface {
	RankChart(k KindRanking, bands []Band) ([]byte, error)
	UnitChart(r RankRow, bands []Band) ([]byte, error)
}
