package docs

import (
	"context"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"thidua/app"
)

// SummaryFacts is what the summary report is gathered from.
type SummaryFacts interface {
	Overview(ctx context.Context, campaignID int64, asOf time.Time) (app.Overview, error)
	Ranking(ctx context.Context, campaignID int64) (app.Ranking, error)
	SummaryTexts(ctx context.Context, campaignID int64) (app.SummaryTexts, error)
	YearFigures(ctx context.Context, from, to int) ([]app.YearFigure, error)
	AwardStats(ctx context.Context, from, to int) ([]app.AwardStat, error)
	Settings(ctx context.Context) (app.Settings, error)
	Signers(ctx context.Context) ([]app.Signer, error)
}

// SummaryReport gathers the year-end report of a campaign dated on (its figures as of on), with
// the overview's charts at print resolution (ch nil: no pictures).
func SummaryReport(ctx context.Context, svc SummaryFacts, ch app.SummaryCharts, campaignID int64, on time.Time) (SummaryDoc, error) {
	in := SummaryInput{On: on}
	var err error
	if in.Overview, err = svc.Overview(ctx, campaignID, on); err != nil {
		return SummaryDoc{}, err
	}
	if in.Ranking, err = svc.Ranking(ctx, campaignID); err != nil {
		return SummaryDoc{}, err
	}
	if in.Texts, err = svc.SummaryTexts(ctx, campaignID); err != nil {
		return SummaryDoc{}, err
	}
	if in.Settings, in.Signer, err = settingsSigner(ctx, svc, on); err != nil {
		return SummaryDoc{}, err
	}
	if in.Charts, err = drawCharts(ch, app.OverviewCharts(in.Overview)); err != nil {
		return SummaryDoc{}, err
	}
	return BuildSummary(in), nil
}

// YearsReport gathers the report over the years from..to.
func YearsReport(ctx context.Context, svc SummaryFacts, ch app.SummaryCharts, from, to int, on time.Time) (SummaryDoc, error) {
	in := YearsInput{From: from, To: to, On: on}
	var err error
	if in.Years, err = svc.YearFigures(ctx, from, to); err != nil {
		return SummaryDoc{}, err
	}
	if in.Stats, err = svc.AwardStats(ctx, from, to); err != nil {
		return SummaryDoc{}, err
	}
	if in.Settings, in.Signer, err = settingsSigner(ctx, svc, on); err != nil {
		return SummaryDoc{}, err
	}
	if in.Charts, err = drawCharts(ch, app.YearCharts(in.Years)); err != nil {
		return SummaryDoc{}, err
	}
	return BuildYearsSummary(in), nil
}

// settingsSigner are the settings and the signer of a report dated on.
func settingsSigner(ctx context.Context, svc SummaryFacts, on time.Time) (app.Settings, app.Signer, error) {
	s, err := svc.Settings(ctx)
	if err != nil {
		return s, app.Signer{}, err
	}
	signers, err := svc.Signers(ctx)
	return s, chooseSigner(signers, on), err
}

// drawCharts draws the pictures at print resolution, captioned «Biểu đồ n. …».
func drawCharts(ch app.SummaryCharts, cs []app.OverviewChart) ([]ReportChart, error) {
	if ch == nil {
		return nil, nil
	}
	var out []ReportChart
	for i, c := range cs {
		png, err := ch.Bars(c.Chart, app.PrintDPI)
		if err != nil {
			return nil, app.Errorf(app.EINTERNAL, "Không vẽ được biểu đồ «%s».", c.Caption)
		}
		out = append(out, ReportChart{Title: "Biểu đồ " + strconv.Itoa(i+1) + ". " + c.Caption, PNG: png})
	}
	return out, nil
}

// SummarySheets is the report's content as a workbook: one sheet per table (numbers as numbers),
// and the statistics of awards per unit kind and unit when stats is given.
func SummarySheets(doc SummaryDoc, stats []app.AwardStat, withStats bool) []app.Sheet {
	var out []app.Sheet
	used := map[string]int{}
	for _, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		t := app.Table{Header: b.Table.Header, Types: make([]app.CellType, len(b.Table.Header))}
		for _, c := range b.Table.Money {
			t.Types[c] = app.CellMoney
		}
		for _, c := range b.Table.Plain {
			t.Types[c] = app.CellInteger
		}
		for _, r := range b.Table.Rows {
			row := append([]string(nil), r...)
			for _, c := range b.Table.Money {
				if v := strings.ReplaceAll(row[c], ".", ""); isDigits(v) {
					row[c] = v
				}
			}
			t.Rows = append(t.Rows, row)
		}
		out = append(out, app.Sheet{Name: sheetName(b.Table.Sheet, used), Table: t, Widths: fitWidths(t)})
	}
	if withStats {
		st := StatisticsTable(stats, true)
		out = append(out, app.Sheet{Name: sheetName("Thống kê khen thưởng", used), Table: st, Widths: fitWidths(st)})
	}
	return out
}

// fitWidths are column widths (in characters) that show every cell of t on one line: the longest
// cell or the header, a money column with its thousands' marks, within 6..60.
func fitWidths(t app.Table) []float64 {
	w := make([]float64, len(t.Header))
	for j, h := range t.Header {
		w[j] = float64(utf8.RuneCountInString(h))
	}
	for _, r := range t.Rows {
		for j, v := range r {
			if j >= len(w) {
				break
			}
			n := utf8.RuneCountInString(v)
			if t.ColumnType(j) == app.CellMoney {
				n += len(v) / 3 // the marks «#,##0» adds
			}
			w[j] = max(w[j], float64(n))
		}
	}
	for j := range w {
		w[j] = min(max(w[j]+2, 6), 60)
	}
	return w
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range strings.TrimPrefix(s, "-") {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sheetName keeps a sheet's name within Excel's 31 characters and unique.
func sheetName(s string, used map[string]int) string {
	if r := []rune(s); len(r) > 28 {
		s = string(r[:28])
	}
	used[s]++
	if n := used[s]; n > 1 {
		s += " " + strconv.Itoa(n)
	}
	return s
}

// Summaries lays a summary report out as PDF; pdf implements it.
type Summaries interface {
	Summary(w io.Writer, r SummaryDoc) error
}
