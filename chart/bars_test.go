package chart

import (
	"testing"

	"thidua/app"
)

// TestBars_ScreenAndPrintAreTheSamePicture: the print resolution doubles the pixels of the same
// picture; series take their colours; a stacked chart of bands takes the bands' colours.
func TestBars_ScreenAndPrintAreTheSamePicture(t *testing.T) {
	c := app.BarChart{Title: "Số khen thưởng", Categories: []string{"2019", "2020", "2021"},
		Series: []app.BarSeries{{Name: "Tập thể", Values: []float64{3, 5, 2}}, {Name: "Cá nhân", Values: []float64{7, 1, 4}}}}
	screen := decode(Plotter{}.Bars(c, 100))
	print := decode(Plotter{}.Bars(c, 200))
	if w := screen.Bounds().Dx(); w == 0 || print.Bounds().Dx() != 2*w || abs(print.Bounds().Dy()-2*screen.Bounds().Dy()) > 1 {
		t.Fatalf("screen %v, print %v", screen.Bounds(), print.Bounds())
	}
	for _, col := range [][3]uint8{{25, 118, 210}, {239, 108, 0}} {
		if !has(screen, col) || !has(print, col) {
			t.Errorf("colour %v missing", col)
		}
	}
	bands := app.BarChart{Title: "Số đơn vị", Categories: []string{"Xã", "Phòng"}, Stacked: true,
		Series: []app.BarSeries{{Name: "Xuất sắc", Values: []float64{2, 1}}, {Name: "Tốt", Values: []float64{3, 0}}, {Name: app.NotScored, Values: []float64{1, 1}}}}
	img := decode(Plotter{}.Bars(bands, 100))
	if !has(img, [3]uint8{46, 125, 50}) || !has(img, [3]uint8{25, 118, 210}) || !has(img, [3]uint8{189, 189, 189}) {
		t.Error("stacked bands not in the bands' colours")
	}
	if _, err := (Plotter{}).Bars(c, 0); err == nil {
		t.Error("dpi 0 accepted")
	}
	h := decode(Plotter{}.Bars(app.BarChart{Title: "Số sáng kiến", Horizontal: true, Categories: []string{"A", "B", "C", "D"},
		Series: []app.BarSeries{{Name: "x", Values: []float64{1, 2, 3, 4}}}}, 100))
	if !has(h, [3]uint8{25, 118, 210}) {
		t.Error("horizontal chart has no bar")
	}
}

func abs(n int) int { return max(n, -n) }

// TestBars_LegendLeavesOutEmptyBands: a band no unit is in has no legend entry (its colour is
// nowhere in the picture), and the axis keeps little room above the highest stack.
func TestBars_LegendLeavesOutEmptyBands(t *testing.T) {
	bands := app.BarChart{Title: "Số đơn vị", Categories: []string{"Xã", "Phòng"}, Stacked: true,
		Series: []app.BarSeries{{Name: "Xuất sắc", Values: []float64{2, 1}}, {Name: "Tốt", Values: []float64{0, 0}}, {Name: "Khá", Values: []float64{0, 0}},
			{Name: "Trung bình", Values: []float64{0, 0}}, {Name: "Yếu", Values: []float64{0, 0}}, {Name: app.NotScored, Values: []float64{1, 1}}}}
	img := decode(Plotter{}.Bars(bands, 200))
	if !has(img, [3]uint8{46, 125, 50}) || !has(img, [3]uint8{189, 189, 189}) {
		t.Error("the bands with units are missing")
	}
	if has(img, [3]uint8{198, 40, 40}) || has(img, [3]uint8{25, 118, 210}) {
		t.Error("an empty band is in the legend")
	}
	if h := headroom(bands); h < 3.4 || h > 3.5 {
		t.Errorf("axis up to %v for stacks of 3", h)
	}
}
