package lists

import (
	"context"
	"io"
	"slices"
	"time"

	"thidua/app"
)

// ProposalCheckColumns close the export of proposals for the council: the result of the legal
// checks as of a date and the reasons with their articles. An import ignores them.
var ProposalCheckColumns = []ImportColumn{{"Kết quả kiểm tra", false}, {"Căn cứ", false}}

// ProposalCheckedWidths covers ProposalColumns, ProposalExtraColumns and ProposalCheckColumns.
var ProposalCheckedWidths = append(slices.Clone(ProposalWidths), 20, 80)

// ProposalsCheckedTable is ProposalsTableWith plus «Kết quả kiểm tra» (Đủ điều kiện / N cảnh
// báo / Không đủ điều kiện) and «Căn cứ».
func ProposalsCheckedTable(ps []app.Proposal, people []app.Person, reasons map[int64][]app.Reason) app.Table {
	t := ProposalsTableWith(ps, people)
	for _, c := range ProposalCheckColumns {
		t.Header = append(t.Header, c.Name)
	}
	for i, p := range ps {
		t.Rows[i] = append(t.Rows[i], app.CheckSummary(reasons[p.ID]), app.CheckGrounds(reasons[p.ID]))
	}
	return t
}

// ExportProposalsCheckedFile writes a campaign's proposals with the legal checks as of asOf (the
// planned signing date): what the council reviewing them reads.
func ExportProposalsCheckedFile(ctx context.Context, svc AwardSources, sheets app.Spreadsheets, campaignID int64, asOf time.Time,
	w io.Writer, fileName string) (int, error) {
	ps, err := svc.Proposals(ctx, campaignID)
	if err != nil {
		return 0, err
	}
	people, err := svc.People(ctx, 0)
	if err != nil {
		return 0, err
	}
	reasons, err := svc.Eligibility(ctx, campaignID, asOf)
	if err != nil {
		return 0, err
	}
	return len(ps), sheets.WriteTable(w, fileName, ProposalsCheckedTable(ps, people, reasons), ProposalCheckedWidths)
}
