package chart

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"thidua/app"
)

func ranking(bands ...string) app.KindRanking {
	k := app.KindRanking{Kind: app.UnitCommune}
	for i, b := range bands {
		k.Rows = append(k.Rows, app.RankRow{Unit: app.Unit{Name: "UBND xã Trà " + b, ShortName: "Trà " + b}, Rank: i + 1,
			PctBP: 9500 - 1000*i, Band: b})
	}
	return k
}

// has reports whether img holds a pixel of exactly c (the bands' colours are flat fills).
func has(img image.Image, c [3]uint8) bool {
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if uint8(cr>>8) == c[0] && uint8(cg>>8) == c[1] && uint8(cb>>8) == c[2] {
				return true
			}
		}
	}
	return false
}

// decode reads a chart's PNG; a failed chart gives an empty picture, which every test rejects.
func decode(b []byte, err error) image.Image {
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 0, 0))
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 0, 0))
	}
	return img
}

func TestPlotter_RankChart(t *testing.T) {
	bands := app.DefaultBands()
	green, red := [3]uint8{46, 125, 50}, [3]uint8{198, 40, 40}
	two := decode(Plotter{}.RankChart(ranking("Xuất sắc", "Tốt"), bands))
	if !has(two, green) || has(two, red) {
		t.Error("a Xuất sắc unit must be green, and no unit is Yếu")
	}
	five := decode(Plotter{}.RankChart(ranking("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"), bands))
	if !has(five, red) {
		t.Error("the Yếu unit is not red")
	}
	if five.Bounds().Dy() <= two.Bounds().Dy() || five.Bounds().Dx() != two.Bounds().Dx() {
		t.Errorf("sizes %v and %v: more units, a taller picture of the same width", two.Bounds(), five.Bounds())
	}
}

func TestPlotter_UnitChart(t *testing.T) {
	r := app.RankRow{Unit: app.Unit{Name: "UBND xã Trà Bui"}, Band: "Tốt", Fields: []app.FieldTotal{
		{Number: 1, Name: "Cải cách thể chế", Max: 1400, Appraised: 1200}, {Number: 2, Name: "Cải cách thủ tục hành chính", Max: 2200, Appraised: 1500}}}
	img := decode(Plotter{}.UnitChart(r, app.DefaultBands()))
	if !has(img, [3]uint8{25, 118, 210}) || !has(img, [3]uint8{189, 189, 189}) {
		t.Error("want the appraised points in the band's blue over the grey maximum")
	}
}
