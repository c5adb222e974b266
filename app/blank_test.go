package app

import (
	"math"
	"testing"
)

func TestValidateBlankLayout(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	for _, tc := range []struct {
		name string
		edit func(*BlankLayout)
		want string // message, "" = valid
	}{
		{"default", func(*BlankLayout) {}, ""},
		{"offset at the limit", func(l *BlankLayout) { l.OffsetX, l.OffsetY = 30, -30 }, ""},
		{"offset too far", func(l *BlankLayout) { l.OffsetX = 31 }, "Độ lệch máy in phải trong khoảng -30 … 30 mm."},
		{"no sheet", func(l *BlankLayout) { l.PageW = 0 }, "Khổ phôi không hợp lệ."},
		{"field off the sheet", func(l *BlankLayout) { l.Fields[0].X = 250 }, "Trường «Họ tên / tên tập thể» nằm ngoài khổ phôi."},
		{"NaN sheet width", func(l *BlankLayout) { l.PageW = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"NaN sheet height", func(l *BlankLayout) { l.PageH = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"NaN offset", func(l *BlankLayout) { l.OffsetY = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"NaN x", func(l *BlankLayout) { l.Fields[2].X = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"NaN y", func(l *BlankLayout) { l.Fields[2].Y = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"NaN width", func(l *BlankLayout) { l.Fields[2].W = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"NaN height", func(l *BlankLayout) { l.Fields[2].H = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"NaN size", func(l *BlankLayout) { l.Fields[2].Size = nan }, "Bố cục phôi có giá trị không phải là số."},
		{"infinite sheet", func(l *BlankLayout) { l.PageW = inf }, "Bố cục phôi có giá trị không phải là số."},
		{"infinite offset is out of range first", func(l *BlankLayout) { l.OffsetX = inf }, "Độ lệch máy in phải trong khoảng -30 … 30 mm."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := DefaultBlankLayout()
			tc.edit(&l)
			err := ValidateBlankLayout(l)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("valid layout refused: %v", err)
				}
				return
			}
			if ErrorCode(err) != EINVALID || ErrorMessage(err) != tc.want {
				t.Errorf("err = %v, want EINVALID %q", err, tc.want)
			}
		})
	}
}
