package ui

import (
	"context"
	"io"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/lists"
)

// The functions of app/docs and app/lists gather what they need through the whole app.Services
// (or app.UnitService). The window keeps that here only: a tab gets the few of those functions it
// uses, through the small interfaces below, and the services of its own area.

// unitLists reads and writes the unit and people lists of the Đơn vị tab.
type unitLists interface {
	importList(ctx context.Context, kind lists.ListKind, r io.Reader, name string, asOf time.Time, progress func(n, total int)) (app.ImportResult, []*app.Error, error)
	exportList(ctx context.Context, kind lists.ListKind, w io.Writer, name string) (int, error)
}

// awardLists reads and writes the lists of the Khen thưởng tab.
type awardLists interface {
	importProposals(ctx context.Context, campaignID int64, r io.Reader, name string) (app.ImportResult, []*app.Error, error)
	importAwardHistory(ctx context.Context, r io.Reader, name string) (app.ImportResult, []*app.Error, error)
	exportProposals(ctx context.Context, campaignID int64, asOf time.Time, w io.Writer, name string) (int, error)
	exportAwards(ctx context.Context, year int, w io.Writer, name string) (int, error)
}

// decisionDocs gathers what the printed decision and certificates say.
type decisionDocs interface {
	decisionDocument(ctx context.Context, id int64) (docs.DecisionDoc, error)
	certificateDocuments(ctx context.Context, id int64, awardIDs []int64) ([]docs.CertificateDoc, error)
}

// gatherer implements the three over the whole services.
type gatherer struct {
	svc    app.Services
	sheets app.Spreadsheets
}

func (g gatherer) importList(ctx context.Context, kind lists.ListKind, r io.Reader, name string, asOf time.Time, progress func(n, total int)) (app.ImportResult, []*app.Error, error) {
	return lists.ImportList(ctx, g.svc, g.sheets, kind, r, name, asOf, progress)
}

func (g gatherer) exportList(ctx context.Context, kind lists.ListKind, w io.Writer, name string) (int, error) {
	return lists.ExportList(ctx, g.svc, g.sheets, kind, w, name)
}

func (g gatherer) importProposals(ctx context.Context, campaignID int64, r io.Reader, name string) (app.ImportResult, []*app.Error, error) {
	return lists.ImportProposalsFile(ctx, g.svc, g.sheets, campaignID, r, name)
}

func (g gatherer) importAwardHistory(ctx context.Context, r io.Reader, name string) (app.ImportResult, []*app.Error, error) {
	return lists.ImportAwardHistoryFile(ctx, g.svc, g.sheets, r, name)
}

func (g gatherer) exportProposals(ctx context.Context, campaignID int64, asOf time.Time, w io.Writer, name string) (int, error) {
	return lists.ExportProposalsCheckedFile(ctx, g.svc, g.sheets, campaignID, asOf, w, name)
}

func (g gatherer) exportAwards(ctx context.Context, year int, w io.Writer, name string) (int, error) {
	return lists.ExportAwardsFile(ctx, g.svc, g.sheets, year, w, name)
}

func (g gatherer) decisionDocument(ctx context.Context, id int64) (docs.DecisionDoc, error) {
	return docs.DecisionDocument(ctx, g.svc, id)
}

func (g gatherer) certificateDocuments(ctx context.Context, id int64, awardIDs []int64) ([]docs.CertificateDoc, error) {
	return docs.CertificateDocuments(ctx, g.svc, id, awardIDs)
}
