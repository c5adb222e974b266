package app

import "strconv"

// Chart resolutions: the screen's and the print's (the same picture, more pixels).
const (
	ScreenDPI = 96
	PrintDPI  = 200
)

// OverviewChart is one picture of the Tổng quan tab and the report: its caption and its data.
type OverviewChart struct {
	Caption string
	Chart   BarChart
}

// OverviewCharts are the pictures of an overview: bands per unit kind, initiatives per field,
// money per month, awards and money over the years. A chart without data is left out.
func OverviewCharts(o Overview) []OverviewChart {
	var out []OverviewChart
	if len(o.Kinds) > 0 {
		c := BarChart{Title: "Số đơn vị", Stacked: true}
		for _, k := range o.Kinds {
			c.Categories = append(c.Categories, k.Kind.Label())
		}
		for i, b := range o.Bands {
			s := BarSeries{Name: b}
			for _, k := range o.Kinds {
				s.Values = append(s.Values, float64(k.PerBand[i]))
			}
			c.Series = append(c.Series, s)
		}
		out = append(out, OverviewChart{Caption: "Xếp loại theo loại đơn vị", Chart: c})
	}
	if len(o.Fields) > 0 {
		c := BarChart{Title: "Số sáng kiến", Horizontal: true}
		s := BarSeries{Name: "Sáng kiến"}
		for i := len(o.Fields) - 1; i >= 0; i-- { // the first field on top
			c.Categories = append(c.Categories, o.Fields[i].Label)
			s.Values = append(s.Values, float64(o.Fields[i].N))
		}
		c.Series = []BarSeries{s}
		out = append(out, OverviewChart{Caption: "Sáng kiến theo lĩnh vực cải cách", Chart: c})
	}
	if len(o.Months) > 0 {
		c := BarChart{Title: "Tiền thưởng (triệu đồng)"}
		s := BarSeries{Name: "Tiền thưởng"}
		for _, m := range o.Months {
			c.Categories = append(c.Categories, m.Label)
			s.Values = append(s.Values, millions(m.N))
		}
		c.Series = []BarSeries{s}
		out = append(out, OverviewChart{Caption: "Tiền thưởng theo tháng ký quyết định", Chart: c})
	}
	out = append(out, YearCharts(o.Years)...)
	return out
}

// YearCharts are the awards and the money per year (nothing when no year has an award).
func YearCharts(ys []YearFigure) []OverviewChart {
	any := false
	for _, y := range ys {
		any = any || y.Awards > 0
	}
	if !any {
		return nil
	}
	n := BarChart{Title: "Số khen thưởng", Series: []BarSeries{{Name: "Khen thưởng"}}}
	m := BarChart{Title: "Tiền thưởng (triệu đồng)", Series: []BarSeries{{Name: "Tiền thưởng"}}}
	for _, y := range ys {
		n.Categories = append(n.Categories, strconv.Itoa(y.Year))
		m.Categories = append(m.Categories, strconv.Itoa(y.Year))
		n.Series[0].Values = append(n.Series[0].Values, float64(y.Awards))
		m.Series[0].Values = append(m.Series[0].Values, millions(y.Money))
	}
	from, to := strconv.Itoa(ys[0].Year), strconv.Itoa(ys[len(ys)-1].Year)
	return []OverviewChart{{Caption: "Số khen thưởng qua các năm " + from + "–" + to, Chart: n},
		{Caption: "Tiền thưởng qua các năm " + from + "–" + to, Chart: m}}
}

// millions is an amount in millions of đồng, to one decimal.
func millions(d int64) float64 { return float64((d+50_000)/100_000) / 10 }
