package lists

import (
	"context"
	"errors"
	"io"

	"thidua/app"
)

// Lists of the Khen thưởng tab, next to ListUnits and ListPeople.
const (
	ListProposals ListKind = "proposals"
	ListAwards    ListKind = "awards"
)

// AwardSources is what the award lists read and write: the registry (units, people, forms) that
// names are matched against, proposals, and past decisions.
type AwardSources interface {
	app.UnitListService
	app.PeopleService
	app.LegalTableService
	app.ProposalService
	app.AwardListService
}

func init() {
	listLabels[ListProposals] = "đề nghị"
	listLabels[ListAwards] = "khen thưởng"
}

// ImportProposalsFile reads a unit's proposal list and stores it in a campaign, all or nothing.
func ImportProposalsFile(ctx context.Context, svc AwardSources, sheets app.Spreadsheets, campaignID int64, r io.Reader, fileName string) (app.ImportResult, []*app.Error, error) {
	t, reg, err := readWithRegistry(ctx, svc, sheets, r, fileName)
	if err != nil {
		return app.ImportResult{}, nil, err
	}
	ps, errs := ParseProposals(t, reg.units, reg.people, reg.forms)
	if len(errs) > 0 {
		return app.ImportResult{}, errs, nil
	}
	if len(ps) == 0 {
		return app.ImportResult{}, nil, errNoRows()
	}
	res, err := svc.ImportProposals(ctx, campaignID, ps, parsedRows(t, ProposalColumns))
	return res, nil, err
}

// ImportAwardHistoryFile reads past decisions with their awards and stores them, all or nothing,
// so that the award history (and the consecutive-year rules) start complete.
func ImportAwardHistoryFile(ctx context.Context, svc AwardSources, sheets app.Spreadsheets, r io.Reader, fileName string) (app.ImportResult, []*app.Error, error) {
	t, reg, err := readWithRegistry(ctx, svc, sheets, r, fileName)
	if err != nil {
		return app.ImportResult{}, nil, err
	}
	ds, errs := ParseAwardHistory(t, reg.units, reg.people, reg.forms)
	if len(errs) > 0 {
		return app.ImportResult{}, errs, nil
	}
	if len(ds) == 0 {
		return app.ImportResult{}, nil, errNoRows()
	}
	res, err := svc.ImportAwardHistory(ctx, ds)
	if e := (*app.Error)(nil); errors.As(err, &e) && e.Row > 0 {
		return app.ImportResult{}, []*app.Error{e}, nil // a row the rules refused (no coefficient for its date, a register number taken)
	}
	return res, nil, err
}

// registryLists is what award rows are matched against: the units, the people and the forms.
type registryLists struct {
	units  []app.Unit
	people []app.Person
	forms  []app.AwardForm
}

// readWithRegistry reads a file and the lists its rows are matched against.
func readWithRegistry(ctx context.Context, svc AwardSources, sheets app.Spreadsheets, r io.Reader, fileName string) (app.Table, registryLists, error) {
	var reg registryLists
	t, err := sheets.ReadTable(r, fileName)
	if err != nil {
		return t, reg, err
	}
	if reg.units, err = svc.Units(ctx); err != nil {
		return t, reg, err
	}
	if reg.people, err = svc.People(ctx, 0); err != nil {
		return t, reg, err
	}
	reg.forms, err = svc.AwardForms(ctx)
	return t, reg, err
}

// ExportAwardsFile writes one row per award of the issued decisions of a year (0: all years).
func ExportAwardsFile(ctx context.Context, svc AwardSources, sheets app.Spreadsheets, year int, w io.Writer, fileName string) (int, error) {
	rows, err := svc.AwardExportRows(ctx, year)
	if err != nil {
		return 0, err
	}
	return len(rows), sheets.WriteTable(w, fileName, AwardsExportTable(rows), AwardExportWidths)
}

// WriteAwardTemplate writes the template of a list of the Khen thưởng tab.
func WriteAwardTemplate(sheets app.Spreadsheets, kind ListKind, w io.Writer, fileName string) error {
	if kind == ListAwards {
		return sheets.WriteTable(w, fileName, AwardHistoryTemplate(), AwardWidths)
	}
	return sheets.WriteTable(w, fileName, ProposalTemplate(), ProposalWidths)
}
