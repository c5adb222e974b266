package app

import (
	"context"
	"time"
)

// InitiativeService is what the Sáng kiến tab and the command line ask about initiatives: the
// registration (TT 18/2013), the pipeline to district recognition, the council's scoring.
type InitiativeService interface {
	Initiatives(ctx context.Context, campaignID int64) ([]Initiative, error)
	// InitiativeList lists initiatives of any campaign with their step, authors (typed ones too)
	// and the council's mean over the counted sheets.
	InitiativeList(ctx context.Context, f InitiativeFilter) ([]Initiative, error)
	InitiativeRecord(ctx context.Context, id int64) (InitiativeRecord, error)
	// SimilarInitiatives lists initiatives of all years whose title looks like title.
	SimilarInitiatives(ctx context.Context, title string, excludeID int64) ([]SimilarInitiative, error)
	// SaveInitiative registers (ID 0) or corrects a registration; the authors must total 100%.
	SaveInitiative(ctx context.Context, r *InitiativeRecord, on time.Time) error
	AddInitiativeAttachment(ctx context.Context, initiativeID int64, name string, body []byte, at time.Time) error
	// AdvanceInitiative takes the next step of the pipeline.
	AdvanceInitiative(ctx context.Context, id int64, s StepRecord) error

	Council(ctx context.Context, campaignID int64) ([]CouncilMember, error)
	SaveCouncilMember(ctx context.Context, m *CouncilMember) error
	RemoveCouncilMember(ctx context.Context, id int64) error
	Rubric(ctx context.Context, campaignID int64) ([]RubricLine, error)
	SaveRubric(ctx context.Context, campaignID int64, lines []RubricLine) error
	ScoringRules(ctx context.Context, campaignID int64) (ScoringRules, error)
	SetScoringRules(ctx context.Context, campaignID int64, r ScoringRules) error
	// ScoreBoard is the entry form of a member for an initiative; others' totals are hidden while
	// the member has not submitted.
	ScoreBoard(ctx context.Context, initiativeID, memberID int64) (ScoreBoard, error)
	SaveScoreSheet(ctx context.Context, s ScoreSheet) error
	Recuse(ctx context.Context, initiativeID, memberID int64, reason string) error
	// CouncilResults are the results of the initiatives before the council (or past it).
	CouncilResults(ctx context.Context, campaignID int64) ([]CouncilResult, error)
	// RecognizeDistrict records the chairman's decision for passed initiatives.
	RecognizeDistrict(ctx context.Context, ids []int64, decisionNo string, on time.Time) error

	InitiativeExportRows(ctx context.Context, year int) ([]InitiativeExportRow, error)
	// ImportInitiatives stores a unit's list of initiatives recognised at its level, all or nothing.
	ImportInitiatives(ctx context.Context, year int, rs []InitiativeRecord, rows []int) (ImportResult, error)
	RecognisedInitiatives(ctx context.Context, year int) ([]RecognisedInitiative, error)
}
