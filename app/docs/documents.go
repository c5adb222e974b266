package docs

import (
	"io"
	"time"

	"thidua/app"
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
	Certificates(w io.Writer, cs []CertificateDoc, blank *app.BlankLayout, progress func(done, total int)) error
	// Calibration writes a millimetre grid with the blank's field boxes, to hold against a blank.
	Calibration(w io.Writer, l app.BlankLayout) error
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
