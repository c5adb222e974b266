package chart

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"thidua/app"
)

// Geometry of the Tổng quan charts, in centimetres: the same picture on screen and in the report,
// only the resolution differs.
const (
	barsWidthCM  = 16.0
	barsHeightCM = 7.5
	barsPerCatCM = 0.55 // a horizontal chart grows with its categories
)

// seriesColours are the colours of the series in order; a stacked chart of bands takes the bands'.
var seriesColours = []color.RGBA{{25, 118, 210, 255}, {239, 108, 0, 255}, {46, 125, 50, 255}, {142, 36, 170, 255}, {0, 137, 123, 255}}

// Bars draws c as PNG at dpi: bars per category, the series side by side (or stacked), a legend
// when there are several series, the value above each bar of a single series.
func (Plotter) Bars(c app.BarChart, dpi int) ([]byte, error) {
	if dpi <= 0 {
		return nil, fmt.Errorf("chart: dpi %d", dpi)
	}
	p := plot.New()
	if c.Horizontal {
		p.X.Label.Text = c.Title
	} else {
		p.Y.Label.Text = c.Title
	}
	n := len(c.Series)
	leg, err := addSeries(p, c)
	if err != nil {
		return nil, err
	}
	if n == 1 && !c.Horizontal {
		if err := addValueLabels(p, c.Series[0].Values); err != nil {
			return nil, err
		}
	}
	labels := make([]string, len(c.Categories))
	for i, s := range c.Categories {
		labels[i] = shorten(s, 26)
	}
	top := headroom(c) // room above the bars for the values
	// half a category of room at both ends, so that the first and last bars are whole
	lo, hi := -0.6, float64(len(labels))-0.4
	if c.Horizontal {
		p.NominalY(labels...)
		p.X.Min, p.X.Max = 0, top
		p.X.Tick.Marker = numberTicks{}
		p.Y.Min, p.Y.Max = lo, hi
	} else {
		p.NominalX(labels...)
		p.Y.Min, p.Y.Max = 0, top
		p.Y.Tick.Marker = numberTicks{}
		p.X.Min, p.X.Max = lo, hi
	}
	p.Add(plotter.NewGrid())
	h := barsHeightCM
	if c.Horizontal {
		h = headCM + barsPerCatCM*float64(max(len(c.Categories), 1))
	}
	return encodePNG(p, leg, barsWidthCM, h, dpi)
}

// addSeries adds a bar chart per series: side by side, or stacked; with several series it gives
// the legend, a series without any value left out of it (a band no unit is in).
func addSeries(p *plot.Plot, c app.BarChart) (*plot.Legend, error) {
	var leg *plot.Legend
	n := len(c.Series)
	width := vg.Points(22)
	if !c.Stacked && n > 1 {
		width = vg.Points(max(6, 40/float64(n)))
	}
	var below *plotter.BarChart
	for i, s := range c.Series {
		vals := make(plotter.Values, len(c.Categories))
		copy(vals, s.Values)
		bc, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		bc.Horizontal, bc.LineStyle.Width = c.Horizontal, 0
		bc.Color = seriesColour(c, i)
		switch {
		case c.Stacked && below != nil:
			bc.StackOn(below)
		case !c.Stacked && n > 1:
			bc.Offset = width * vg.Length(float64(i)-float64(n-1)/2)
		}
		below = bc
		p.Add(bc)
		if n > 1 && slices.ContainsFunc(s.Values, func(v float64) bool { return v != 0 }) {
			if leg == nil {
				l := plot.NewLegend()
				leg = &l
				leg.Top = true
				leg.Padding = leg.TextStyle.Font.Size * 0.45 // room for the stacked diacritics («Tốt», «Yếu»)
			}
			leg.Add(s.Name, bc)
		}
	}
	return leg, nil
}

// headroom is the axis maximum: the highest bar (or stack) and 15% more for the values written
// above the bars (the legend is beside the plot); 1 for an empty chart.
func headroom(c app.BarChart) float64 {
	top := 0.0
	for i := range c.Categories {
		sum := 0.0
		for _, s := range c.Series {
			if i < len(s.Values) {
				if c.Stacked {
					sum += s.Values[i]
				} else {
					sum = max(sum, s.Values[i])
				}
			}
		}
		top = max(top, sum)
	}
	if top == 0 {
		return 1
	}
	return top * 1.15
}

func seriesColour(c app.BarChart, i int) color.Color {
	if c.Stacked && len(c.Series) <= len(bandColours)+1 { // the bands' colours, the last (Chưa chấm) grey
		if i < len(bandColours) && i < len(c.Series)-1 {
			return bandColours[i]
		}
		return grey
	}
	return seriesColours[i%len(seriesColours)]
}

// addValueLabels writes each bar's value above it (money in millions when large).
func addValueLabels(p *plot.Plot, vals []float64) error {
	xys := make(plotter.XYs, len(vals))
	texts := make([]string, len(vals))
	for i, v := range vals {
		xys[i] = plotter.XY{X: float64(i), Y: v}
		texts[i] = formatValue(v)
	}
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts})
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	for i := range l.TextStyle {
		l.TextStyle[i].XAlign, l.TextStyle[i].YAlign = draw.XCenter, draw.YBottom
	}
	p.Add(l)
	return nil
}

func formatValue(v float64) string {
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d", int64(v))
	}
	return strings.Replace(fmt.Sprintf("%.1f", v), ".", ",", 1)
}

// encodePNG draws the plot, and its legend (if any) in a column on its right, outside the bars.
func encodePNG(p *plot.Plot, leg *plot.Legend, wCM, hCM float64, dpi int) ([]byte, error) {
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(wCM)*vg.Centimeter, vg.Length(hCM)*vg.Centimeter), vgimg.UseDPI(dpi),
		vgimg.UseBackgroundColor(color.White))
	dc := draw.New(c)
	if leg != nil {
		r := leg.Rectangle(dc)
		gap := vg.Points(8)
		p.Draw(draw.Crop(dc, 0, -(r.Max.X-r.Min.X)-gap, 0, 0))
		leg.Draw(draw.Crop(dc, 0, 0, 0, -gap))
	} else {
		p.Draw(dc)
	}
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("chart: png: %w", err)
	}
	return buf.Bytes(), nil
}

// numberTicks marks whole numbers up to 10 one by one, larger ranges as gonum does; labels are
// written the Vietnamese way (2,5).
type numberTicks struct{}

func (numberTicks) Ticks(lo, hi float64) []plot.Tick {
	for _, step := range []float64{1, 2, 5, 10, 20, 50} { // at most 10 labelled whole-number ticks
		if (hi-lo)/step > 10 {
			continue
		}
		var ts []plot.Tick
		for v := math.Ceil(lo/step) * step; v <= hi; v += step {
			ts = append(ts, plot.Tick{Value: v, Label: formatValue(v)})
		}
		return ts
	}
	ts := plot.DefaultTicks{}.Ticks(lo, hi)
	for i := range ts {
		if ts[i].Label != "" {
			ts[i].Label = formatValue(ts[i].Value)
		}
	}
	return ts
}
