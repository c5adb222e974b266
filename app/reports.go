package app

import (
	"strconv"
	"time"

	"thidua/app/viet"
)

// PeriodKind tells a report period from the unit's own launch plan, tracked the same way.
type PeriodKind string

// Period kinds, as stored in reporting_period.kind.
const (
	PeriodLaunch PeriodKind = "launch" // «Kế hoạch phát động» of the unit
	PeriodReport PeriodKind = "report" // Quý I, 6 tháng, 9 tháng, Năm
)

// LaunchPeriodName is the name of the launch-plan row among a campaign's periods.
const LaunchPeriodName = "Kế hoạch phát động"

// ReportingPeriod is a kỳ báo cáo of a campaign with its due date.
type ReportingPeriod struct {
	ID         int64
	CampaignID int64
	Name       string
	Kind       PeriodKind
	Due        time.Time // zero: no due date
	Sort       int
}

// DefaultPeriods are the periods of a new campaign of year: the launch plan by 31/01, then Quý I
// 15/03, 6 tháng 15/06, 9 tháng 15/09, Năm 15/11. The office edits them per campaign.
func DefaultPeriods(year int) []ReportingPeriod {
	d := func(m time.Month, day int) time.Time { return time.Date(year, m, day, 0, 0, 0, 0, time.UTC) }
	return []ReportingPeriod{
		{Name: LaunchPeriodName, Kind: PeriodLaunch, Due: d(time.January, 31), Sort: 0},
		{Name: "Quý I", Kind: PeriodReport, Due: d(time.March, 15), Sort: 1},
		{Name: "6 tháng", Kind: PeriodReport, Due: d(time.June, 15), Sort: 2},
		{Name: "9 tháng", Kind: PeriodReport, Due: d(time.September, 15), Sort: 3},
		{Name: "Năm", Kind: PeriodReport, Due: d(time.November, 15), Sort: 4},
	}
}

// UnitReport is what one unit sent for one period: its document and the file received.
type UnitReport struct {
	ID         int64
	PeriodID   int64
	UnitID     int64
	UnitName   string // filled by queries
	ReceivedOn time.Time
	DocNumber  string // the unit's «Số …/BC-UBND»
	DocDate    time.Time
	FileName   string
	FilePath   string
	FileSize   int64
	FileSHA256 string
	Note       string
}

// ReportState is the state of a unit's report for a period as of a date.
type ReportState string

// Report states. ReportNotDue is a report not received while its due date has not passed: it is
// not yet missing.
const (
	ReportOnTime  ReportState = "on_time" // Đúng hạn
	ReportLate    ReportState = "late"    // Trễ N ngày
	ReportMissing ReportState = "missing" // Chưa báo cáo (due date passed)
	ReportNotDue  ReportState = "not_due" // Chưa đến hạn
)

// ReportStatus is a report's state with the days it came (or is) late.
type ReportStatus struct {
	State    ReportState
	DaysLate int // ReportLate: days after the due date it was received; ReportMissing: days overdue
}

// Label is what the grid and the export show: «Đúng hạn», «Trễ 3 ngày», «Chưa báo cáo», «Chưa đến hạn».
func (s ReportStatus) Label() string {
	switch s.State {
	case ReportOnTime:
		return "Đúng hạn"
	case ReportLate:
		return "Trễ " + strconv.Itoa(s.DaysLate) + " ngày"
	case ReportMissing:
		return "Chưa báo cáo"
	case ReportNotDue:
		return "Chưa đến hạn"
	}
	return string(s.State)
}

// StateLabels names the states for the grid's filter, in the order shown.
var StateLabels = []struct {
	State ReportState
	Label string
}{{ReportOnTime, "Đúng hạn"}, {ReportLate, "Trễ hạn"}, {ReportMissing, "Chưa báo cáo"}, {ReportNotDue, "Chưa đến hạn"}}

// ReportStatusAsOf is the status rule of a unit's report for a period with due date due, received
// on received (zero: not received), seen on asOf. Dates count in whole days. A report received
// after asOf is not received yet as of asOf. Received on or before the due date (or with no due
// date) is Đúng hạn; after it, Trễ N ngày; not received is Chưa báo cáo once the due date has
// passed, else Chưa đến hạn. The year-end summary counts on time / late / missing with it.
func ReportStatusAsOf(due, received, asOf time.Time) ReportStatus {
	due, received, asOf = dayOf(due), dayOf(received), dayOf(asOf)
	if !received.IsZero() && !received.After(asOf) {
		if due.IsZero() || !received.After(due) {
			return ReportStatus{State: ReportOnTime}
		}
		return ReportStatus{State: ReportLate, DaysLate: daysBetween(due, received)}
	}
	if due.IsZero() || !asOf.After(due) {
		return ReportStatus{State: ReportNotDue}
	}
	return ReportStatus{State: ReportMissing, DaysLate: daysBetween(due, asOf)}
}

func dayOf(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func daysBetween(a, b time.Time) int { return int(b.Sub(a).Hours()+12) / 24 }

// ReportCell is one cell of the grid unit × period.
type ReportCell struct {
	Report   UnitReport // zero ID: nothing received
	Received bool
	Status   ReportStatus
}

// ReportRow is one unit's line of the grid: a cell per period, in the periods' order.
type ReportRow struct {
	Unit  Unit
	Cells []ReportCell
}

// ReportGrid is the «Báo cáo» view of a campaign as of a date.
type ReportGrid struct {
	Campaign Campaign
	AsOf     time.Time
	Periods  []ReportingPeriod
	Rows     []ReportRow
}

// BuildReportGrid lays units × periods out with each cell's status as of asOf; units keep their
// order. Reports of other periods or units are ignored.
func BuildReportGrid(c Campaign, periods []ReportingPeriod, units []Unit, reports []UnitReport, asOf time.Time) ReportGrid {
	byKey := map[[2]int64]UnitReport{}
	for _, r := range reports {
		byKey[[2]int64{r.PeriodID, r.UnitID}] = r
	}
	g := ReportGrid{Campaign: c, AsOf: asOf, Periods: periods}
	for _, u := range units {
		row := ReportRow{Unit: u}
		for _, p := range periods {
			r, ok := byKey[[2]int64{p.ID, u.ID}]
			var on time.Time
			if ok {
				on = r.ReceivedOn
			}
			cell := ReportCell{Report: r, Received: ok, Status: ReportStatusAsOf(p.Due, on, asOf)}
			row.Cells = append(row.Cells, cell)
		}
		g.Rows = append(g.Rows, row)
	}
	return g
}

// Count is how many units of the grid are in state s for period i.
func (g ReportGrid) Count(i int, s ReportState) int {
	n := 0
	for _, r := range g.Rows {
		if i < len(r.Cells) && r.Cells[i].Status.State == s {
			n++
		}
	}
	return n
}

// PeriodIndex finds a period by name (accents and case as typed are compared after Normalize by
// the caller); -1 when there is none.
func (g ReportGrid) PeriodIndex(name string) int {
	for i, p := range g.Periods {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// Unreported are the units of the grid whose report of period i is missing as of the grid's date
// (its due date passed, nothing received): whom a công văn đôn đốc is addressed to. Units not due
// yet are not listed.
func (g ReportGrid) Unreported(i int) []Unit {
	var out []Unit
	for _, r := range g.Rows {
		if i < len(r.Cells) && r.Cells[i].Status.State == ReportMissing {
			out = append(out, r.Unit)
		}
	}
	return out
}

// ReminderUnits are the units a công văn đôn đốc of period i goes to; a period not due yet as of
// the grid's date, or one every unit has sent, is refused with the reason.
func (g ReportGrid) ReminderUnits(i int) ([]Unit, error) {
	if i < 0 || i >= len(g.Periods) {
		return nil, Errorf(ENOTFOUND, "Hãy chọn kỳ báo cáo cần đôn đốc.")
	}
	p := g.Periods[i]
	if p.Due.IsZero() || !dayOf(g.AsOf).After(dayOf(p.Due)) {
		due := "chưa có hạn"
		if !p.Due.IsZero() {
			due = viet.FormatDate(p.Due)
		}
		return nil, Errorf(EINVALID, "Kỳ «%s» chưa đến hạn (%s): chưa có đơn vị nào trễ hạn để đôn đốc.", p.Name, due)
	}
	units := g.Unreported(i)
	if len(units) == 0 {
		return nil, Errorf(EINVALID, "Đến ngày %s mọi đơn vị đã gửi báo cáo kỳ «%s»: không có đơn vị nào để đôn đốc.", viet.FormatDate(g.AsOf), p.Name)
	}
	return units, nil
}

// ReportHeader is the layout of the reports export: one row per unit and period.
var ReportHeader = []string{"Đơn vị", "Loại đơn vị", "Kỳ báo cáo", "Hạn", "Ngày nhận", "Số văn bản", "Ngày văn bản", "Trạng thái", "Tệp", "Ghi chú"}

// ReportWidths are its column widths.
var ReportWidths = []float64{36, 12, 20, 12, 12, 18, 12, 16, 30, 30}

// ReportTable lays the grid out as the export: units in order, each with its periods.
func ReportTable(g ReportGrid) Table {
	t := Table{Header: ReportHeader, HeaderRow: 1}
	for _, r := range g.Rows {
		for i, c := range r.Cells {
			p := g.Periods[i]
			rep := c.Report
			if dayOf(rep.ReceivedOn).After(dayOf(g.AsOf)) { // received after the date asked: not shown as received
				rep = UnitReport{}
			}
			t.AddRow([]string{r.Unit.Name, r.Unit.Kind.Label(), p.Name, DateText(p.Due), DateText(rep.ReceivedOn),
				rep.DocNumber, DateText(rep.DocDate), c.Status.Label(), rep.FileName, rep.Note})
		}
	}
	return t
}

// DateText is dd/mm/yyyy, or "" for the zero time.
func DateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return viet.FormatDate(t)
}
