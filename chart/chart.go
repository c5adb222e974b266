// Package chart draws the pictures of the criteria ranking with gonum/plot: every unit's
// percentage as bars coloured by band, and one unit's points per reform field against their
// maximum. It returns PNG bytes; the ui shows them and the pdf adapter prints them (main hands
// them over: adapters never import each other).
package chart

import (
	"bytes"
	"fmt"
	"image/color"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"thidua/app"
)

// Geometry of the pictures, in centimetres, and their resolution.
const (
	widthCM    = 16.0
	headCM     = 2.2 // title, axis and legend
	perBarCM   = 0.62
	dpi        = 150
	barWidthPt = 11
)

// Plotter draws the charts; it implements app.Charts.
type Plotter struct{}

// bandColours are the colours of the bands from the highest: green, blue, amber, orange, red;
// further bands are grey.
var bandColours = []color.RGBA{{46, 125, 50, 255}, {25, 118, 210, 255}, {249, 168, 37, 255}, {239, 108, 0, 255}, {198, 40, 40, 255}}

var grey = color.RGBA{189, 189, 189, 255}

func bandColour(bands []app.Band, name string) color.Color {
	for i, b := range bands {
		if b.Name == name && i < len(bandColours) {
			return bandColours[i]
		}
	}
	return grey
}

// RankChart is the ranking of one unit kind: a horizontal bar a ranked unit, its percentage,
// coloured by band, the first at the top. Units not scored are left out.
func (Plotter) RankChart(k app.KindRanking, bands []app.Band) ([]byte, error) {
	var rows []app.RankRow
	for _, r := range k.Rows {
		if r.Rank > 0 {
			rows = append(rows, r)
		}
	}
	p := plot.New() // no title, no legend: the caption says what it is, each label its band
	p.X.Label.Text = "Tỷ lệ điểm thẩm định trên điểm tối đa (%), khối " + strings.ToLower(k.Kind.Label())
	p.X.Min, p.X.Max = 0, 100
	names := make([]string, len(rows))
	for i, r := range rows {
		at := len(rows) - 1 - i // the first rank on top
		names[at] = label(r)
		bc, err := plotter.NewBarChart(plotter.Values{float64(r.PctBP) / 100}, vg.Points(barWidthPt))
		if err != nil {
			return nil, err
		}
		bc.Horizontal, bc.XMin = true, float64(at)
		bc.Color, bc.LineStyle.Width = bandColour(bands, r.Band), 0
		p.Add(bc)
	}
	if len(names) > 0 {
		p.NominalY(names...)
	}
	p.Add(plotter.NewGrid())
	return render(p, len(rows))
}

// UnitChart is one unit's points per reform field: the field's maximum in grey, the appraised
// points over it in the colour of the unit's band — the grey part is what was lost.
func (Plotter) UnitChart(r app.RankRow, bands []app.Band) ([]byte, error) {
	p := plot.New()
	p.X.Label.Text = "Điểm theo lĩnh vực: tối đa (xám) và thẩm định — " + r.Unit.Name
	p.X.Min = 0
	names := make([]string, len(r.Fields))
	for i, f := range r.Fields {
		at := len(r.Fields) - 1 - i
		names[at] = fmt.Sprintf("%d. %s", f.Number, shorten(f.Name, 38))
		for j, v := range []app.Points{f.Max, f.Appraised} {
			bc, err := plotter.NewBarChart(plotter.Values{float64(v) / 100}, vg.Points(barWidthPt))
			if err != nil {
				return nil, err
			}
			bc.Horizontal, bc.XMin, bc.LineStyle.Width = true, float64(at), 0
			bc.Color = grey
			if j == 1 {
				bc.Color = bandColour(bands, r.Band)
			}
			p.Add(bc)
		}
	}
	if len(names) > 0 {
		p.NominalY(names...)
	}
	p.Add(plotter.NewGrid())
	return render(p, len(r.Fields))
}

func render(p *plot.Plot, bars int) ([]byte, error) {
	w := vg.Length(widthCM) * vg.Centimeter
	h := vg.Length(headCM+perBarCM*float64(max(bars, 1))) * vg.Centimeter
	c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("chart: png: %w", err)
	}
	return buf.Bytes(), nil
}

// label is a unit's line on the chart: its short name when it has one.
func label(r app.RankRow) string {
	n := r.Unit.ShortName
	if n == "" {
		n = shorten(r.Unit.Name, 30)
	}
	return fmt.Sprintf("%d. %s — %s%% %s", r.Rank, n, r.Percent(), r.Band)
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
