package app

import (
	"context"
	"io"
	"time"
)

// ReportService is what the «Báo cáo» view and the command line ask of the report tracking: the
// periods of a campaign with their due dates, what each unit sent, the grid unit × period.
type ReportService interface {
	ReportingPeriods(ctx context.Context, campaignID int64) ([]ReportingPeriod, error)
	// SavePeriod adds (ID 0) or renames and re-dates a period.
	SavePeriod(ctx context.Context, p ReportingPeriod) (int64, error)
	// SavePeriods stores the names and due dates of a campaign's periods together, all or nothing.
	SavePeriods(ctx context.Context, campaignID int64, ps []ReportingPeriod) error
	// AddDefaultPeriods gives a campaign without periods the launch plan and the four reports.
	AddDefaultPeriods(ctx context.Context, campaignID int64) error
	ReportGrid(ctx context.Context, campaignID int64, asOf time.Time) (ReportGrid, error)
	// SaveUnitReport records (or corrects) what a unit sent for a period; a file, when given, is
	// copied into the evidence folder with its size and SHA-256.
	SaveUnitReport(ctx context.Context, r UnitReport, fileName string, file io.Reader) (UnitReport, error)
	DeleteUnitReport(ctx context.Context, id int64) error
	// ApplyReportPoints scores every unit's «Chế độ báo cáo» items from the tracking as of asOf
	// (self and appraised alike); units under the appraisal lock are left and counted apart.
	ApplyReportPoints(ctx context.Context, campaignID int64, asOf time.Time) (scored, locked int, err error)
}

// WorkbookService makes the units' workbooks and takes them back.
type WorkbookService interface {
	// UnitBook is the workbook of a unit for a campaign, as it goes out.
	UnitBook(ctx context.Context, campaignID, unitID int64) (UnitBook, error)
	// PrepareReturn identifies a returned workbook and plans its changes without storing anything;
	// row errors (by sheet, row and column) refuse it.
	PrepareReturn(ctx context.Context, campaignID int64, rb ReturnedBook) (BookPlan, []*Error, error)
	// BackupBeforeReturns backs the database up before returns are stored (once per batch).
	BackupBeforeReturns(ctx context.Context) error
	// ApplyReturn plans the return again inside one transaction and stores it, recording the
	// submission for the period (0: none) on the date received; the plan applied comes back.
	ApplyReturn(ctx context.Context, campaignID int64, rb ReturnedBook, r BookReceipt) (BookPlan, []*Error, error)
}

// BookReceipt is how a returned workbook arrived: for which period, on which day, which file.
type BookReceipt struct {
	PeriodID int64 // 0: not counted as a report
	Received time.Time
	FileName string
	SHA256   string
	Data     []byte // the file as received: kept in the evidence folder as the report's file
}
