package docs

import (
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// PayoutTitle is the heading of the finance office's list of bonuses paid for one decision.
const PayoutTitle = "DANH SÁCH CHI TIỀN THƯỞNG"

// The two sections of a payout list, in the order the attached list of a decision uses
// (NĐ 30/2020 Mẫu 2.1 practice: I. Tập thể, II. Cá nhân).
const (
	PayoutGroupUnits  = "Tập thể"
	PayoutGroupPeople = "Cá nhân"
)

// PayoutRow is one recipient on the payout list.
type PayoutRow struct {
	No           int    // STT, restarting at 1 in each group
	Name         string // person's full name or the collective's name
	PositionUnit string // "Chuyên viên, Phòng Nội vụ"; may be empty for a collective
	Amount       int64  // đồng
	Group        string // "I. Tập thể" / "II. Cá nhân"
}

// Payout is what the "Danh sách chi tiền thưởng" of one decision says: who receives how much
// and signs for it. Content only; pdf lays it out, PayoutTable turns it into a sheet.
type Payout struct {
	Agency     string // tên cơ quan: Settings.Agency, "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY"
	Office     string // the office that draws the list up: Settings.Office, "Phòng Nội vụ"
	Place      string // địa danh: Settings.Place, "Bắc Trà My"
	Title      string // PayoutTitle
	Subtitle   string // "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)"
	Rows       []PayoutRow
	Total      int64
	TotalWords string    // MoneyInWords(Total)
	Date       time.Time // the decision's date; documents take no date from the clock
}

// romanGroup numbers the sections: the first present section is I, the next II. A decision
// with individuals only has "I. Cá nhân", not a lone "II.".
var romanGroup = [...]string{"I", "II"}

// BuildPayout lists the awards of d that carry money: collectives first ("I. Tập thể"), then
// individuals ("II. Cá nhân"), each in the order of the decision's own list, numbered from 1
// within its group. An award whose Bonus is 0 is left out (there is nothing to sign for), so the
// total equals the money of the decision. A draft decision is cited as "(chưa có số)". All
// text is normalised (NFC, no characters the PDF fonts cannot print).
func BuildPayout(d app.Decision, awards []app.Award, s app.Settings) Payout {
	p := Payout{
		Agency:   viet.Normalize(s.Agency),
		Office:   viet.Normalize(s.Office),
		Place:    viet.Normalize(s.Place),
		Title:    PayoutTitle,
		Subtitle: payoutSubtitle(d, s),
		Date:     d.SignedOn,
	}
	var units, people []app.Award
	for _, a := range awards {
		switch {
		case a.Bonus == 0:
		case a.Recipient == app.RecipientUnit:
			units = append(units, a)
		default:
			people = append(people, a)
		}
	}
	groups := []struct {
		label  string
		awards []app.Award
	}{{PayoutGroupUnits, units}, {PayoutGroupPeople, people}}
	n := 0
	for _, g := range groups {
		if len(g.awards) == 0 {
			continue
		}
		label := romanGroup[n] + ". " + g.label
		n++
		for i, a := range g.awards {
			p.Rows = append(p.Rows, PayoutRow{
				No:           i + 1,
				Name:         viet.Normalize(a.Name),
				PositionUnit: viet.Normalize(a.PositionUnit),
				Amount:       a.Bonus,
				Group:        label,
			})
			p.Total += a.Bonus
		}
	}
	p.TotalWords = viet.MoneyInWords(p.Total)
	return p
}

// payoutSubtitle cites the decision the list belongs to, as the attached list of a decision
// does (NĐ 30/2020 Mẫu 2.1): "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch
// UBND huyện Bắc Trà My)". Giấy khen decisions belong to the chairman personally (Luật Thi đua,
// khen thưởng 2022 Điều 80), whoever signs. A decision without a date leaves the date out.
func payoutSubtitle(d app.Decision, s app.Settings) string {
	var b strings.Builder
	b.WriteString("(Kèm theo Quyết định số ")
	b.WriteString(d.NumberText())
	if !d.SignedOn.IsZero() {
		b.WriteString(" ngày ")
		b.WriteString(viet.FormatDateShort(d.SignedOn))
	}
	agency := viet.Normalize(s.AgencyShort)
	if agency == "" {
		agency = viet.Normalize(s.Agency)
	}
	if agency != "" {
		b.WriteString(" của Chủ tịch ")
		b.WriteString(agency)
	}
	b.WriteString(")")
	return b.String()
}

// PayoutHeader is the header row of the payout list, in the PDF and in a sheet.
var PayoutHeader = []string{"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)", "Ký nhận"}

// PayoutWidths are the column widths of PayoutTable in Excel character units.
var PayoutWidths = []float64{6, 34, 44, 16, 20}

// PayoutTable is the payout list as a sheet (.xlsx/.csv): the columns of PayoutHeader; a row
// "I" | "Tập thể" before each group (two cells only); one row per recipient with the Ký nhận
// cell empty; a "Tổng cộng" row; and last a one-cell row "Bằng chữ: …". STT is an integer
// column and Số tiền a money column: amounts are plain digits ("1410000") that Excel stores as
// numbers it can add up and shows grouped; the "I"/"II" and "Bằng chữ" cells stay text.
func PayoutTable(p Payout) app.Table {
	t := app.Table{
		Header: append([]string(nil), PayoutHeader...),
		Types:  []app.CellType{app.CellInteger, app.CellText, app.CellText, app.CellMoney, app.CellText},
	}
	group := ""
	for _, r := range p.Rows {
		if r.Group != group {
			group = r.Group
			num, label := splitGroup(group)
			t.Rows = append(t.Rows, []string{num, label})
		}
		t.Rows = append(t.Rows, []string{strconv.Itoa(r.No), r.Name, r.PositionUnit, strconv.FormatInt(r.Amount, 10), ""})
	}
	t.Rows = append(t.Rows,
		[]string{"", "Tổng cộng", "", strconv.FormatInt(p.Total, 10), ""},
		[]string{"Bằng chữ: " + p.TotalWords},
	)
	return t
}

// splitGroup splits "I. Tập thể" into "I" and "Tập thể"; a label without a numeral stays whole
// in the second cell.
func splitGroup(g string) (num, label string) {
	if n, l, ok := strings.Cut(g, ". "); ok && n != "" && strings.Trim(n, "IVXLC") == "" {
		return n, l
	}
	return "", g
}
