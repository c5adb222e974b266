package docs

import (
	"context"
	"testing"
	"time"

	"thidua/app"
)

// signerFacts serves the gatherers a campaign with one period overdue and the signers given.
type signerFacts struct{ signers []app.Signer }

func (f signerFacts) campaign() app.Campaign {
	return app.Campaign{ID: 1, Year: 2024, Name: "Phong trào thi đua cải cách hành chính năm 2024"}
}

func (f signerFacts) ReportGrid(_ context.Context, _ int64, asOf time.Time) (app.ReportGrid, error) {
	p := app.ReportingPeriod{ID: 1, Name: "Quý I", Kind: app.PeriodReport, Due: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)}
	return app.BuildReportGrid(f.campaign(), []app.ReportingPeriod{p}, []app.Unit{{ID: 1, Name: "UBND xã Trà Bui", Active: true}}, nil, asOf), nil
}
func (f signerFacts) Overview(_ context.Context, _ int64, asOf time.Time) (app.Overview, error) {
	return app.Overview{AsOf: asOf, Campaign: f.campaign()}, nil
}
func (f signerFacts) Ranking(context.Context, int64) (app.Ranking, error) {
	return app.Ranking{Campaign: f.campaign()}, nil
}
func (f signerFacts) SummaryTexts(context.Context, int64) (app.SummaryTexts, error) {
	return app.SummaryTexts{}, nil
}
func (f signerFacts) YearFigures(context.Context, int, int) ([]app.YearFigure, error) {
	return nil, nil
}
func (f signerFacts) AwardStats(context.Context, int, int) ([]app.AwardStat, error) { return nil, nil }
func (f signerFacts) Settings(context.Context) (app.Settings, error)                { return app.Settings{}, nil }
func (f signerFacts) Signers(context.Context) ([]app.Signer, error)                 { return f.signers, nil }

// TestDocs_SignerServingOnTheDocumentsDate: the công văn đôn đốc, the summary report, the report
// over the years and the ranking report are signed by the chairman in the post on the document's
// date — not by a chairman whose term ended before it (still marked active), nor by one whose
// term starts after it; with no chairman serving, the vice-chairman serving signs.
func TestDocs_SignerServingOnTheDocumentsDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	past := app.Signer{FullName: "Nguyễn Văn Cũ", Title: "Chủ tịch", Mode: app.SignHead, Active: true, From: day(2016, 7, 1), To: day(2024, 3, 31)}
	now := app.Signer{FullName: "Thái Hoàng Vũ", Title: "Chủ tịch", Mode: app.SignHead, Active: true, From: day(2024, 4, 1)}
	deputy := app.Signer{FullName: "Trần Thị Lan", Title: "Phó Chủ tịch", Mode: app.SignDeputy, Active: true}
	ctx := context.Background()
	signed := func(f signerFacts, on time.Time) map[string]string {
		t.Helper()
		rem, err := Reminder(ctx, f, 1, "Quý I", on, on)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := SummaryReport(ctx, f, nil, 1, on)
		if err != nil {
			t.Fatal(err)
		}
		years, err := YearsReport(ctx, f, nil, 2019, 2024, on)
		if err != nil {
			t.Fatal(err)
		}
		rank, err := RankingReport(ctx, f, nil, 1, on)
		if err != nil {
			t.Fatal(err)
		}
		return map[string]string{"reminder": rem.SignerName, "summary": sum.Frame.SignerName, "years": years.Frame.SignerName, "ranking": rank.Frame.SignerName}
	}
	for _, c := range []struct {
		name    string
		signers []app.Signer
		on      time.Time
		want    string
	}{
		{"the term ended before the date", []app.Signer{past, now, deputy}, day(2024, 12, 31), now.FullName},
		{"the term had not begun", []app.Signer{now, past, deputy}, day(2024, 3, 25), past.FullName},
		{"on the term's last day", []app.Signer{past, now}, day(2024, 3, 31), past.FullName},
		{"no chairman in the post", []app.Signer{past, deputy}, day(2024, 12, 31), deputy.FullName},
		{"nobody in the post", []app.Signer{past}, day(2024, 12, 31), ""},
	} {
		for doc, got := range signed(signerFacts{c.signers}, c.on) {
			if got != c.want {
				t.Errorf("%s: %s signed by %q, want %q", c.name, doc, got, c.want)
			}
		}
	}
}
