package app

import "math"

// Names of the variable fields printed on a pre-printed blank (phôi).
const (
	FieldName         = "name"          // "Ông Nguyễn Văn A" / the collective's name
	FieldPositionUnit = "position_unit" // position and unit
	FieldAchievement  = "achievement"
	FieldDecision     = "decision" // "Quyết định số …"
	FieldRegister     = "register" // "Số sổ vàng: …"
	FieldPlaceDate    = "place_date"
	FieldSignerTitle  = "signer_title"
	FieldSignerName   = "signer_name"
)

// BlankFields lists the fields in the order they are edited and printed.
var BlankFields = []string{FieldName, FieldPositionUnit, FieldAchievement, FieldDecision, FieldRegister, FieldPlaceDate, FieldSignerTitle, FieldSignerName}

// BlankFieldLabel is the Vietnamese name of a field.
func BlankFieldLabel(f string) string {
	return map[string]string{FieldName: "Họ tên / tên tập thể", FieldPositionUnit: "Chức vụ, đơn vị", FieldAchievement: "Thành tích",
		FieldDecision: "Số quyết định", FieldRegister: "Số sổ vàng", FieldPlaceDate: "Địa danh, ngày tháng",
		FieldSignerTitle: "Chức vụ người ký", FieldSignerName: "Họ tên người ký"}[f]
}

// BlankField is where a field goes on a blank, in millimetres from the top-left corner of the
// sheet: its box starts at (X, Y), is W wide and H tall (text is shrunk to fit the box).
type BlankField struct {
	Field string
	X, Y  float64
	W, H  float64
	Size  float64 // font size in points
	Bold  bool
	Align string // "L", "C", "R"
}

// BlankLayout is a kind of blank: its sheet size and its fields, plus the printer's offset (every
// printer feeds differently; the whole page moves by OffsetX, OffsetY mm).
type BlankLayout struct {
	PaperKind        string
	PageW, PageH     float64
	Fields           []BlankField
	OffsetX, OffsetY float64
}

// Field returns the position of a field, and whether the layout has it.
func (l BlankLayout) Field(name string) (BlankField, bool) {
	for _, f := range l.Fields {
		if f.Field == name {
			return f, true
		}
	}
	return BlankField{}, false
}

// DefaultBlankLayout is the A4 landscape blank the office starts from: the places of the variable
// text on the plain-paper design of this program (pdf certgeometry.go), so that blanks printed
// from that artwork line up at once; any other blank is measured in Cài đặt and checked with the
// calibration page.
func DefaultBlankLayout() BlankLayout {
	return BlankLayout{PaperKind: "a4_landscape", PageW: 297, PageH: 210, Fields: []BlankField{
		{Field: FieldName, X: 30, Y: 90, W: 237, H: 13, Size: 24, Bold: true, Align: "C"},
		{Field: FieldPositionUnit, X: 30, Y: 104, W: 237, H: 8, Size: 15, Align: "C"},
		{Field: FieldAchievement, X: 36, Y: 113, W: 225, H: 22, Size: 15, Align: "C"},
		{Field: FieldDecision, X: 28, Y: 175, W: 118, H: 6.5, Size: 12, Align: "L"},
		{Field: FieldRegister, X: 28, Y: 181.5, W: 118, H: 6.5, Size: 12, Align: "L"},
		{Field: FieldPlaceDate, X: 152, Y: 138.5, W: 122, H: 6.5, Size: 13, Align: "C"},
		{Field: FieldSignerTitle, X: 152, Y: 145.5, W: 122, H: 12, Size: 13, Bold: true, Align: "C"},
		{Field: FieldSignerName, X: 152, Y: 184.5, W: 122, H: 7, Size: 14, Bold: true, Align: "C"},
	}}
}

// ValidateBlankLayout checks that every field lies on the sheet with a sensible size, the offset is
// within ±30 mm, and every value is a number (no NaN, no ±Inf): what is saved can be printed.
func ValidateBlankLayout(l BlankLayout) error {
	if l.PageW <= 0 || l.PageH <= 0 {
		return Errorf(EINVALID, "Khổ phôi không hợp lệ.")
	}
	if l.OffsetX < -30 || l.OffsetX > 30 || l.OffsetY < -30 || l.OffsetY > 30 {
		return &Error{Code: EINVALID, Field: "Lệch máy in", Message: "Độ lệch máy in phải trong khoảng -30 … 30 mm."}
	}
	for _, f := range l.Fields {
		if err := validateBlankField(l, f); err != nil {
			return err
		}
	}
	// NaN passes every comparison above (and ±Inf some of them): a value that is not a number
	// would reach the page as "NaN".
	vals := []float64{l.PageW, l.PageH, l.OffsetX, l.OffsetY}
	for _, f := range l.Fields {
		vals = append(vals, f.X, f.Y, f.W, f.H, f.Size)
	}
	for _, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Errorf(EINVALID, "Bố cục phôi có giá trị không phải là số.")
		}
	}
	return nil
}

func validateBlankField(l BlankLayout, f BlankField) error {
	label := BlankFieldLabel(f.Field)
	if label == "" {
		return Errorf(EINVALID, "Trường in «%s» không có trong danh sách.", f.Field)
	}
	fail := func(msg string) error { return &Error{Code: EINVALID, Field: label, Message: msg} }
	switch {
	case f.X < 0 || f.Y < 0 || f.W <= 0 || f.H <= 0 || f.X+f.W > l.PageW || f.Y+f.H > l.PageH:
		return fail("Trường «" + label + "» nằm ngoài khổ phôi.")
	case f.Size < 6 || f.Size > 72:
		return fail("Cỡ chữ của «" + label + "» phải từ 6 đến 72.")
	case f.Align != "L" && f.Align != "C" && f.Align != "R":
		return fail("Căn lề của «" + label + "» phải là trái, giữa hoặc phải.")
	}
	return nil
}
