package app

import (
	"io"
	"time"
)

// Documents lays out the printed documents; pdf implements it, main wires it in. What a
// document says is decided here in app (the *Doc types); pdf only places it on paper.
type Documents interface {
	// Payout writes the payout list of a decision.
	Payout(w io.Writer, p Payout) error
	// Decision writes a decision (NĐ 30/2020) with its attached list.
	Decision(w io.Writer, d DecisionDoc) error
	// Certificates writes one Giấy khen a page: the full design on plain paper when blank is nil,
	// else only the variable fields at the blank's positions. progress (may be nil) gets the pages
	// done so far.
	Certificates(w io.Writer, cs []CertificateDoc, blank *BlankLayout, progress func(done, total int)) error
	// Calibration writes a millimetre grid with the blank's field boxes, to hold against a blank.
	Calibration(w io.Writer, l BlankLayout) error
}

// DecisionDoc is what a decision says, element by element of NĐ 30/2020 Phụ lục I.
type DecisionDoc struct {
	ParentAgency string   // tên cơ quan chủ quản; "" for an UBND huyện
	Agency       []string // tên cơ quan ban hành, one string a line: "ỦY BAN NHÂN DÂN", "HUYỆN BẮC TRÀ MY"
	NumberLine   string   // "Số: 07/QĐ-UBND"; a draft: "Số:       /QĐ-UBND"
	PlaceDate    string   // "Bắc Trà My, ngày 10 tháng 01 năm 2025"
	Title        string   // "QUYẾT ĐỊNH"
	Subject      string   // trích yếu
	Authority    string   // "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY"
	Basis        []string // căn cứ, each ending ";" and the last "."
	Proposal     string   // "Theo đề nghị của …," ("" when none)
	Decides      string   // "QUYẾT ĐỊNH:"
	Articles     []Article
	CCTitle      string   // "Nơi nhận:"
	CC           []string // "- Như Điều 3;" … "- Lưu: VT, NV."
	SignerLines  []string // ["CHỦ TỊCH"] or ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
	SignerName   string
	Draft        bool // prints "DỰ THẢO" on each page

	ListTitle    string // "DANH SÁCH"
	ListSubtitle string // "Tập thể, cá nhân được tặng Giấy khen …"
	ListRef      string // "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)"
	Groups       []ListGroup
	Total        int64
	TotalWords   string
	Date         time.Time // the decision date: the PDF's own dates, for reproducible bytes
}

// Article is one "Điều": its head ("Điều 1.") in bold and its text.
type Article struct {
	Head string
	Text string
}

// ListGroup is a part of the attached list: "I. Tập thể", "II. Cá nhân".
type ListGroup struct {
	Title string
	Rows  []ListRow
}

// ListRow is one recipient in the attached list.
type ListRow struct {
	No           int
	Name         string
	PositionUnit string
	Amount       int64
}

// CertificateDoc is what one Giấy khen says.
type CertificateDoc struct {
	AwardID      int64
	Nation       string   // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	Motto        string   // "Độc lập - Tự do - Hạnh phúc"
	Conferrer    string   // "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY" (red)
	Gives        string   // "TẶNG"
	Title        string   // "GIẤY KHEN" (large, red)
	Honorific    string   // "Ông", "Bà"; "" for a collective
	Name         string   // never broken across lines: shrunk to fit
	PositionUnit string   // "Chuyên viên, Phòng Nội vụ"; "" for a collective
	Achievement  string   // wrapped, centred, shrunk to fit its box
	DecisionLine string   // "Quyết định số 07/QĐ-UBND ngày 10/01/2025"
	RegisterLine string   // "Số sổ vàng: 2025-001"
	PlaceDate    string   // "Bắc Trà My, ngày 10 tháng 01 năm 2025"
	SignerLines  []string // ["CHỦ TỊCH"] or ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
	SignerName   string
	Date         time.Time
}

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

// ValidateBlankLayout checks that every field lies on the sheet with a sensible size.
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
