package lists

import (
	"strconv"

	"thidua/app"
	"thidua/app/viet"
)

// AwardExportColumns are the columns of AwardsExportTable.
var AwardExportColumns = []ImportColumn{
	{"Số quyết định", false}, {"Ngày quyết định", false}, {"Hình thức", false}, {"Đối tượng", false},
	{"Họ và tên / Tên tập thể", false}, {"Chức vụ", false}, {"Đơn vị", false}, {"Số sổ vàng", false},
	{"Tiền thưởng", false},
}

// AwardsExportTable is the export of awards, one row each, in the given
// order: dates as dd/mm/yyyy (blank when zero), "Tiền thưởng" a money
// column. When Unit is the unit's full name and Position the bare position,
// the file imports back through ParseAwardHistory.
func AwardsExportTable(rows []app.AwardExportRow) app.Table {
	t := newExportTable(AwardExportColumns, len(rows))
	t.Types = make([]app.CellType, len(AwardExportColumns))
	t.Types[len(t.Types)-1] = app.CellMoney
	for _, r := range rows {
		date := ""
		if !r.SignedOn.IsZero() {
			date = viet.FormatDate(r.SignedOn)
		}
		t.AddRow([]string{r.DecisionNumber, date, r.FormName, r.Recipient.Label(), r.Name, r.Position, r.Unit,
			r.CertificateNo, strconv.FormatInt(r.Bonus, 10)})
	}
	return t
}
