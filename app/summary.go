package app

import (
	"context"
	"strconv"
	"time"

	"thidua/app/viet"
)

// Overview is a campaign at a glance as of a date (Tổng quan): every figure is counted from the
// data when asked, never stored.
type Overview struct {
	Campaign Campaign
	AsOf     time.Time
	Bands    []string     // the campaign's band names in order, then NotScored
	Kinds    []KindFigure // units taking part, per unit kind in the office's order
	Periods  []PeriodFigure
	Launched []LaunchRow // the units whose «Kế hoạch phát động» was received, by date
	// Initiatives of the campaign: per current pipeline step, reform field and unit.
	Steps, Fields, InitUnits []Count
	// Initiatives that reached cơ sở (unit) and district recognition.
	RecognisedBase, RecognisedDistrict int
	Proposals                          []Count // per status, in the statuses' order
	Awards                             []FormFigure
	// The campaign's decisions, drafts included, and the issued decisions without a campaign of its
	// year (imported from the past records), by date: Awards, Months and Fund.Issued count the
	// issued ones among them, the same rule as Years.
	Decisions []DecisionFigure
	Fund      Fund
	Months    []Count // bonus money of issued decisions per month "2024-12"; N is money
	Years     []YearFigure
}

// KindFigure is one unit kind of a campaign: the units with a criteria set, how many have self
// scores, appraised scores, an appraisal lock, and how many fall in each band (Overview.Bands).
type KindFigure struct {
	Kind                               UnitKind
	Units, SelfScored, Appraised, Lock int
	PerBand                            []int
}

// PeriodFigure is one reporting period: the units' reports received on time, late, missing (due
// and not received) and not yet due, as of the overview's date.
type PeriodFigure struct {
	ID                            int64
	Name                          string
	Launch                        bool // the unit's own «Kế hoạch phát động»
	Due                           time.Time
	OnTime, Late, Missing, NotDue int
}

// LaunchRow is a unit's own launching plan as received.
type LaunchRow struct {
	UnitID     int64
	UnitName   string
	ReceivedOn time.Time
	DocNumber  string
	DocDate    time.Time
	Late       bool
}

// Count is a named figure; Key is what a click filters on (a step, a field id, a unit id …).
type Count struct {
	Key   string
	Label string
	N     int64
}

// FormFigure counts the awards of issued decisions of one form, collectives and individuals, and
// their money.
type FormFigure struct {
	Code           FormCode
	Name           string
	Units, Persons int
	Money          int64
}

// DecisionFigure is one decision of a campaign with its awards and money.
type DecisionFigure struct {
	ID       int64
	Number   string // "07/QĐ-UBND", or "(chưa có số)" for a draft
	SignedOn time.Time
	Status   DecisionStatus
	Imported bool // a past decision without a campaign, of the campaign's year
	Awards   int
	Money    int64
}

// YearFigure is one year of the awards over the years: imported past decisions and this program's
// issued ones (revoked ones left out), by the campaign's year or the decision's own.
type YearFigure struct {
	Year   int
	Awards int
	Money  int64
}

// Fund is the year's Quỹ thi đua, khen thưởng against the money decided: Set false when the office
// has not entered it.
type Fund struct {
	Set    bool
	Amount int64
	Issued int64 // the money of the issued decisions of the campaign's year (its own and those without a campaign)
	Drafts int64 // the money of its drafts
}

// Remaining is what the fund has left after the issued decisions (negative: exceeded).
func (f Fund) Remaining() int64 { return f.Amount - f.Issued }

// FundExceeded says whether a decision of money, added to what is already issued, would go over
// the fund; a fund not entered is never exceeded. Exactly the fund is within it.
func FundExceeded(f Fund, money int64) bool {
	return f.Set && f.Issued+money > f.Amount
}

// YearsFilled is figs over every year from..to, a year without awards as zeros.
func YearsFilled(figs []YearFigure, from, to int) []YearFigure {
	m := map[int]YearFigure{}
	for _, f := range figs {
		m[f.Year] = f
	}
	var out []YearFigure
	for y := from; y <= to; y++ {
		f := m[y]
		f.Year = y
		out = append(out, f)
	}
	return out
}

// SummaryPart is a narrative paragraph of the summary report the office writes.
type SummaryPart string

// The parts, in the report's order.
const (
	PartDirection     SummaryPart = "direction"      // I. Công tác chỉ đạo, triển khai
	PartDirectionNote SummaryPart = "direction_note" // a free paragraph after section I's figures
	PartResultsNote   SummaryPart = "results_note"   // … after II. Kết quả
	PartAwardsNote    SummaryPart = "awards_note"    // … after III. Khen thưởng
	PartStrengths     SummaryPart = "strengths"      // IV. Ưu điểm
	PartWeaknesses    SummaryPart = "weaknesses"     // IV. Hạn chế
	PartNextYear      SummaryPart = "next_year"      // V. Phương hướng năm sau
)

// SummaryParts lists the parts in the report's order.
var SummaryParts = []SummaryPart{PartDirection, PartDirectionNote, PartResultsNote, PartAwardsNote, PartStrengths, PartWeaknesses, PartNextYear}

// Label is what the form calls the part.
func (p SummaryPart) Label() string {
	switch p {
	case PartDirection:
		return "I. Công tác chỉ đạo, triển khai"
	case PartDirectionNote:
		return "Đoạn thêm của mục I"
	case PartResultsNote:
		return "Đoạn thêm của mục II (Kết quả)"
	case PartAwardsNote:
		return "Đoạn thêm của mục III (Khen thưởng)"
	case PartStrengths:
		return "IV. Ưu điểm"
	case PartWeaknesses:
		return "IV. Hạn chế"
	case PartNextYear:
		return "V. Phương hướng năm sau"
	}
	return string(p)
}

// SummaryTexts are the paragraphs the office wrote for a campaign's report, by part.
type SummaryTexts map[SummaryPart]string

// AwardStat is the awards of one unit and form over a range of years: the unit is the collective
// awarded or the person's unit (0 and an empty name when the award names neither).
type AwardStat struct {
	UnitID    int64
	UnitName  string
	UnitKind  UnitKind
	FormCode  FormCode
	FormName  string
	Recipient RecipientKind
	N         int
	Money     int64
}

// SummaryService is what the Tổng quan tab and the summary report ask.
type SummaryService interface {
	Overview(ctx context.Context, campaignID int64, asOf time.Time) (Overview, error)
	// SetFund enters the campaign's fund; amount < 0 clears it.
	SetFund(ctx context.Context, campaignID int64, amount int64) error
	SummaryTexts(ctx context.Context, campaignID int64) (SummaryTexts, error)
	SaveSummaryTexts(ctx context.Context, campaignID int64, t SummaryTexts) error
	// YearFigures are the awards and money per year from..to (every year present).
	YearFigures(ctx context.Context, from, to int) ([]YearFigure, error)
	AwardStats(ctx context.Context, from, to int) ([]AwardStat, error)
}

// SummaryCharts draws the pictures of the Tổng quan tab and the summary report as PNG; chart
// implements it. dpi is the resolution (the screen and the print differ only in it).
type SummaryCharts interface {
	Bars(c BarChart, dpi int) ([]byte, error)
}

// BarChart is a bar chart: categories along the axis, one bar per series in each.
type BarChart struct {
	Title      string // the axis caption
	Categories []string
	Series     []BarSeries
	Horizontal bool
	Stacked    bool
}

// BarSeries is one series of a bar chart.
type BarSeries struct {
	Name   string
	Values []float64
}

// FundWarning is the sentence the decision dialog shows when a decision of money would take the
// campaign's issued money over its fund (empty when it would not, or when no fund is entered).
func FundWarning(f Fund, money int64, year int) string {
	if !FundExceeded(f, money) {
		return ""
	}
	return "Cảnh báo: quyết định này (" + viet.FormatMoney(money) + " đồng) cộng với các quyết định đã ban hành (" +
		viet.FormatMoney(f.Issued) + " đồng) vượt Quỹ thi đua, khen thưởng năm " + strconv.Itoa(year) + " (" +
		viet.FormatMoney(f.Amount) + " đồng) " + viet.FormatMoney(f.Issued+money-f.Amount) + " đồng."
}
