package ui

import (
	"bytes"
	"context"
	"strconv"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/sheet"
)

// The pictures of the chapter «Báo cáo định kỳ và sổ gửi đơn vị» (manual/035-bao-cao-dinh-ky.md).

// showReports is Đơn vị → Báo cáo on the sample as of the fixed clock: on-time, late and missing cells.
func showReports(t *testing.T, u *UI) {
	t.Helper()
	openTab(t, u, "Đơn vị", "Báo cáo")
	until(t, "the grid", func() bool { return len(u.reports.rows) > 0 && u.reports.counts.Text != "" })
}

// showReportRecord is «Ghi nhận báo cáo…» on the missing 6-month report of UBND xã Trà Ka.
func showReportRecord(t *testing.T, u *UI) {
	t.Helper()
	showReports(t, u)
	v := u.reports
	row := shotReportRow(t, v, "UBND xã Trà Ka")
	v.table.Select(widgetCell(row, v.grid.PeriodIndex("6 tháng")+1))
	test.Tap(v.record)
	until(t, "the form", func() bool { return v.recordForm != nil })
	formEntries(v.recordForm.items)[1].SetText("45/BC-UBND")
}

// showReportReturns is the preview of «Nhận sổ từ đơn vị…»: Trà Ka's workbook, made by the
// program and filled the way the unit would (a self-score changed, a proposal written), taken back
// through the button's own path beside a damaged file.
func showReportReturns(t *testing.T, u *UI) {
	t.Helper()
	if u.reports.recordForm != nil {
		closeDialog(t, u.win, "Hủy")
	}
	v := u.reports
	showReports(t, u)
	v.period.SetSelected("6 tháng")
	unit := v.grid.Rows[v.rows[shotReportRow(t, v, "UBND xã Trà Ka")]].Unit
	id := u.CampaignID()
	d := u.reports.svc
	b, err := d.UnitBook(context.Background(), id, unit.ID)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := (sheet.Files{}).WriteUnitBook(&buf, b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for i, c := range b.Criteria { // the unit lowers its first two self-scores by one point
		if !c.Leaf || c.Self == "" || changed == 2 {
			continue
		}
		row := 5 + i
		old, _ := strconv.ParseFloat(c.Self, 64)
		if old < 1 {
			continue
		}
		if err := f.SetCellValue(app.BookScoreSheet, "D"+strconv.Itoa(row), old-1); err != nil {
			t.Fatal(err)
		}
		changed++
	}
	proposal := []any{"Cá nhân", b.Staff[0], "", b.Forms[0], "Hoàn thành xuất sắc nhiệm vụ năm 2024, có sáng kiến được công nhận cấp cơ sở."}
	if err := f.SetSheetRow(app.BookProposalSheet, "A3", &proposal); err != nil {
		t.Fatal(err)
	}
	var filled bytes.Buffer
	if err := f.Write(&filled); err != nil {
		t.Fatal(err)
	}
	data := filled.Bytes()
	v.readReturns(id, []namedBytes{{"So_tra_ka_2024.xlsx", data}, {"So_tra_leng_2024.xlsx", data[:len(data)/3]}}, "")
	until(t, "the preview", func() bool { return v.preview != nil })
	if changed != 2 {
		t.Fatalf("changed %d self-scores in the workbook, want 2", changed)
	}
}

func shotReportRow(t *testing.T, v *reportsView, unit string) int {
	t.Helper()
	for i := range v.rows {
		if v.cellText(i, 0) == unit {
			return i
		}
	}
	t.Fatalf("no row %q in the grid", unit)
	return -1
}
