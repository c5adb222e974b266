package docs

import (
	"strconv"
	"testing"

	"thidua/app"
)

var someStats = []app.AwardStat{
	{UnitID: 1, UnitName: "UBND xã Trà Giang", UnitKind: app.UnitCommune, FormCode: "giay_khen", FormName: "Giấy khen", Recipient: app.RecipientUnit, N: 1, Money: 1_410_000},
	{UnitID: 1, UnitName: "UBND xã Trà Giang", UnitKind: app.UnitCommune, FormCode: "giay_khen", FormName: "Giấy khen", Recipient: app.RecipientPerson, N: 2, Money: 1_420_000},
	{UnitID: 2, UnitName: "UBND xã Trà Ka", UnitKind: app.UnitCommune, FormCode: "ldtt", FormName: "Lao động tiên tiến", Recipient: app.RecipientPerson, N: 3, Money: 0},
	{UnitID: 3, UnitName: "Phòng Nội vụ", UnitKind: app.UnitDepartment, FormCode: "cstdcs", FormName: "Chiến sĩ thi đua cơ sở", Recipient: app.RecipientPerson, N: 1, Money: 3_510_000},
}

// TestStatisticsTable: the columns in the province's order (collective then individual for a form
// given to both), a row per kind with its units under it, kinds in the office's order, totals that
// add up, money last.
func TestStatisticsTable(t *testing.T) {
	tb := StatisticsTable(someStats, true)
	want := []string{"Đơn vị", "Giấy khen tập thể", "Giấy khen cá nhân", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tổng số", "Tiền thưởng (đồng)"}
	if len(tb.Header) != len(want) {
		t.Fatalf("header %q", tb.Header)
	}
	for i := range want {
		if tb.Header[i] != want[i] {
			t.Errorf("column %d: %q, want %q", i, tb.Header[i], want[i])
		}
	}
	rows := map[string][]string{}
	var order []string
	for _, r := range tb.Rows {
		rows[r[0]] = r
		order = append(order, r[0])
	}
	if order[0] != "Khối xã" || order[3] != "Khối phòng, ban" || order[len(order)-1] != "Tổng cộng" {
		t.Errorf("rows %q", order)
	}
	check := func(name string, cells ...string) {
		t.Helper()
		for i, c := range cells {
			if rows[name][i+1] != c {
				t.Errorf("%s: %q, want %q", name, rows[name][1:], cells)
				return
			}
		}
	}
	check("Khối xã", "1", "2", "3", "0", "6", "2830000")
	check("   UBND xã Trà Ka", "0", "0", "3", "0", "3", "0")
	check("Tổng cộng", "1", "2", "3", "1", "7", strconv.Itoa(1_410_000+1_420_000+3_510_000))
	if len(StatisticsTable(someStats, false).Rows) != 3 {
		t.Error("without units: two kinds and the total")
	}
}

// TestStatisticsLong: one row per unit and form marked «Đơn vị», kind totals «Cộng khối», form
// totals and the grand total «Tổng cộng»; the unit rows add up to the grand total.
func TestStatisticsLong(t *testing.T) {
	tb := StatisticsLong(someStats)
	var units, grand int
	kinds := 0
	for _, r := range tb.Rows {
		n, _ := strconv.Atoi(r[5])
		switch r[0] {
		case RowUnit:
			units += n
		case RowKind:
			kinds++
		case RowTotal:
			if r[3] == "Tất cả" {
				grand = n
			}
		default:
			t.Errorf("unmarked %q", r)
		}
	}
	if units != 7 || grand != 7 || kinds != 4 {
		t.Errorf("units %d, grand %d, %d kind totals", units, grand, kinds)
	}
	if tb.Rows[0][4] != "Tập thể" || tb.Rows[0][3] != "Giấy khen" {
		t.Errorf("first row %q", tb.Rows[0])
	}
}
