package docs

import (
	"time"

	"strconv"

	"thidua/app"
	"thidua/app/viet"
)

func awardBlocks(in SummaryInput) []SummaryBlock {
	o := in.Overview
	blocks := []SummaryBlock{{Heading: "III. KHEN THƯỞNG", Level: 1}}
	dt := &SummaryTable{Sheet: "Quyết định", Header: []string{"STT", "Số quyết định", "Ngày ký", "Tình trạng", "Số khen thưởng", "Tiền thưởng (đồng)"},
		Widths: []float64{13, 34, 24, 26, 24, 33}, Money: []int{4, 5}, Left: []int{1}}
	issued, imported := 0, 0
	for i, d := range o.Decisions {
		status := d.Status.Label()
		switch {
		case d.Imported:
			status, imported = "Nhập từ hồ sơ", imported+1
		case d.Status == app.DecisionIssued:
			issued++
		}
		dt.Rows = append(dt.Rows, []string{itoa(i + 1), d.Number, viet.FormatDate(d.SignedOn), status, itoa(d.Awards), money(d.Money)})
	}
	year := strconv.Itoa(o.Campaign.Year)
	lead := "Đã ban hành " + itoa(issued) + " quyết định khen thưởng trong phong trào"
	if imported > 0 {
		lead += "; ngoài ra có " + itoa(imported) + " quyết định khen thưởng năm " + year + " được nhập từ hồ sơ trước đây"
	}
	lead += ". Số liệu khen thưởng của mục này (các bảng, tiền thưởng, quỹ và biểu đồ) tính các quyết định đã ban hành của phong trào" +
		" và các quyết định năm " + year + " không thuộc phong trào nào; không tính dự thảo và quyết định đã thu hồi."
	blocks = append(blocks, SummaryBlock{Heading: "1. Các quyết định khen thưởng", Level: 2, Paras: []string{lead}, Table: dt})
	ft := &SummaryTable{Sheet: "Theo hình thức", Header: []string{"Hình thức", "Tập thể", "Cá nhân", "Cộng", "Tiền thưởng (đồng)"},
		Widths: []float64{64, 22, 22, 22, 34}, Money: []int{1, 2, 3, 4}, Left: []int{0}}
	var u, p int
	for _, f := range o.Awards {
		ft.Rows = append(ft.Rows, []string{f.Name, itoa(f.Units), itoa(f.Persons), itoa(f.Units + f.Persons), money(f.Money)})
		u, p = u+f.Units, p+f.Persons
	}
	ft.Rows = append(ft.Rows, []string{"Tổng cộng", itoa(u), itoa(p), itoa(u + p), money(o.Fund.Issued)})
	ft.Totals = []int{len(ft.Rows) - 1}
	fund := "Tổng số tiền thưởng: " + viet.FormatMoney(o.Fund.Issued) + " đồng (" + viet.MoneyInWords(o.Fund.Issued) + ")."
	if o.Fund.Set {
		fund += " Quỹ thi đua, khen thưởng năm " + strconv.Itoa(o.Campaign.Year) + ": " + viet.FormatMoney(o.Fund.Amount) + " đồng; "
		if r := o.Fund.Remaining(); r >= 0 {
			fund += "còn lại " + viet.FormatMoney(r) + " đồng."
		} else {
			fund += "vượt " + viet.FormatMoney(-r) + " đồng."
		}
	}
	blocks = append(blocks, SummaryBlock{Heading: "2. Số lượng khen thưởng theo hình thức", Level: 2, Paras: []string{fund}, Table: ft})
	if len(o.Years) > 0 {
		blocks = append(blocks, SummaryBlock{Heading: "3. Khen thưởng qua các năm", Level: 2, Table: yearsTable(o.Years)})
	}
	if ps := optional(in.Texts[app.PartAwardsNote]); len(ps) > 0 {
		blocks = append(blocks, SummaryBlock{Paras: ps})
	}
	return blocks
}

func yearsTable(ys []app.YearFigure) *SummaryTable {
	t := &SummaryTable{Sheet: "Qua các năm", Header: []string{"Năm", "Số khen thưởng", "Tiền thưởng (đồng)"}, Widths: []float64{30, 40, 50},
		Money: []int{1, 2}, Plain: []int{0}}
	var n int
	var m int64
	for _, y := range ys {
		t.Rows = append(t.Rows, []string{strconv.Itoa(y.Year), itoa(y.Awards), money(y.Money)})
		n, m = n+y.Awards, m+y.Money
	}
	t.Rows = append(t.Rows, []string{"Cộng", itoa(n), money(m)})
	t.Totals = []int{len(t.Rows) - 1}
	return t
}

// money is an amount as the report prints it: "1.410.000".
func money(d int64) string { return viet.FormatMoney(d) }

// YearsInput is what the report over a range of years is built from.
type YearsInput struct {
	From, To int
	Years    []app.YearFigure
	Stats    []app.AwardStat
	Settings app.Settings
	Signer   app.Signer
	On       SummaryDate
	Charts   []ReportChart
}

// SummaryDate is the date a report is signed on.
type SummaryDate = time.Time

// BuildYearsSummary is «Báo cáo tổng hợp kết quả khen thưởng giai đoạn 2019–2024»: the awards and
// money per year, the awards per form, the statistics per unit kind, the charts.
func BuildYearsSummary(in YearsInput) SummaryDoc {
	span := strconv.Itoa(in.From) + "–" + strconv.Itoa(in.To)
	ag := newAgencyNames(in.Settings)
	doc := SummaryDoc{Frame: reportFrame(in.Settings, in.Signer, in.On, "Tổng hợp kết quả khen thưởng giai đoạn "+span)}
	doc.Intro = []string{ag.orUs() + " tổng hợp kết quả khen thưởng trong phong trào thi đua giai đoạn " + span +
		" (các quyết định đã ban hành, kể cả các quyết định trước đây được nhập vào chương trình; không tính quyết định đã thu hồi) như sau:"}
	doc.Blocks = append(doc.Blocks, SummaryBlock{Heading: "I. KHEN THƯỞNG QUA CÁC NĂM", Level: 1, Table: yearsTable(in.Years)})
	st, totals := statisticsTable(in.Stats, true)
	for _, r := range st.Rows {
		if v, err := strconv.ParseInt(r[len(r)-1], 10, 64); err == nil {
			r[len(r)-1] = money(v)
		}
	}
	doc.Blocks = append(doc.Blocks, SummaryBlock{Heading: "II. THỐNG KÊ THEO LOẠI ĐƠN VỊ VÀ HÌNH THỨC", Level: 1,
		Table: &SummaryTable{Sheet: "Thống kê", Header: st.Header, Rows: st.Rows, Widths: statWidths(len(st.Header)), Money: numberCols(len(st.Header)), Left: []int{0}, Totals: totals}})
	if len(in.Charts) > 0 {
		doc.Blocks = append(doc.Blocks, chartBlocks("III. BIỂU ĐỒ", in.Charts)...)
	}
	doc.Closing = []string{"Trên đây là báo cáo tổng hợp kết quả khen thưởng giai đoạn " + span + "./."}
	return doc
}

func statWidths(n int) []float64 {
	w := []float64{50}
	for i := 1; i < n; i++ {
		w = append(w, 14)
	}
	w[n-1] = 26
	return w
}

func numberCols(n int) []int {
	var out []int
	for i := 1; i < n; i++ {
		out = append(out, i)
	}
	return out
}
