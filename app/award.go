package app

import "time"

// RecipientKind says whether an award goes to a person (cá nhân) or a collective (tập thể).
type RecipientKind string

// Recipient kinds, as stored.
const (
	RecipientPerson RecipientKind = "person"
	RecipientUnit   RecipientKind = "unit"
)

// Label is "Cá nhân" or "Tập thể".
func (k RecipientKind) Label() string {
	if k == RecipientUnit {
		return "Tập thể"
	}
	return "Cá nhân"
}

// FormCode names a title (danh hiệu) or form (hình thức) of the catalogue (award_form.code). It is
// an alias of string for now, so that code written against the string fields keeps compiling; use
// the constants below rather than the literal codes.
type FormCode = string

// The codes of the catalogue, as stored (migration 0002).
const (
	FormGiayKhen     FormCode = "giay_khen"      // Giấy khen
	FormLDTT         FormCode = "ldtt"           // Lao động tiên tiến
	FormCSTDCS       FormCode = "cstdcs"         // Chiến sĩ thi đua cơ sở
	FormTTLDTT       FormCode = "tt_ldtt"        // Tập thể lao động tiên tiến
	FormTTLDXS       FormCode = "tt_ldxs"        // Tập thể lao động xuất sắc
	FormCSTDTinh     FormCode = "cstd_tinh"      // Chiến sĩ thi đua cấp tỉnh
	FormBangKhenTinh FormCode = "bang_khen_tinh" // Bằng khen của Chủ tịch UBND tỉnh
)

// AwardForm is an entry of the catalogue of titles (danh hiệu) and forms (hình thức).
type AwardForm struct {
	Code      FormCode
	Name      string
	Kind      string // "title" or "form"
	Recipient string // "person", "unit" or "both"
}

// Award is one recipient of a decision, with the bonus paid.
type Award struct {
	ID            int64
	DecisionID    int64
	ProposalID    int64
	Recipient     RecipientKind
	PersonID      int64
	UnitID        int64
	Name          string
	Gender        Gender
	PositionUnit  string
	FormCode      FormCode
	FormName      string
	Achievement   string
	Bonus         int64
	CertificateNo string // "2024-015", "" when none
}

// AwardHistoryItem is one past award of a person or a unit.
type AwardHistoryItem struct {
	Year           int
	DecisionNumber string
	SignedOn       time.Time
	FormCode       FormCode
	FormName       string
}

// CertificateStatus is the state of a number in the register.
type CertificateStatus string

// Certificate statuses, as stored.
const (
	CertificateValid CertificateStatus = "valid"
	CertificateVoid  CertificateStatus = "void"
)

// RegisterEntry is one number of the sổ vàng with what it was given for.
type RegisterEntry struct {
	ID             int64
	Year           int
	Seq            int
	Number         string // "2025-001"
	Status         CertificateStatus
	VoidReason     string
	PrintCount     int
	ReprintReason  string // the reason of the last reprint, "" when never reprinted
	Imported       bool
	AwardID        int64
	Name           string
	FormName       string
	DecisionID     int64
	DecisionNumber string
	SignedOn       time.Time
}

// HistoricalDecision is one past decision read from a file: rows with the
// same number and year form one decision.
type HistoricalDecision struct {
	Number      int
	Symbol      string
	SignedOn    time.Time
	SignerName  string
	SignerTitle string
	Awards      []HistoricalAward
	Row         int // first row of the decision in the file
}

// HistoricalAward is one row of a past decision.
type HistoricalAward struct {
	Row          int
	Recipient    RecipientKind
	PersonID     int64
	UnitID       int64  // the recipient unit (Tập thể) — for a person, their unit from the row
	Name         string // as stored in the registry
	Gender       Gender
	PositionUnit string // "Chuyên viên, Phòng Nội vụ" (Chức vụ + ", " + unit name; unit only when no Chức vụ); "" for a collective
	FormCode     FormCode
	Achievement  string
	CertYear     int // from "Số sổ vàng" "2023-015" → 2023, 15; 0 when blank
	CertSeq      int
}

// AwardExportRow is one award in AwardsExportTable.
type AwardExportRow struct {
	DecisionNumber string
	SignedOn       time.Time
	FormName       string
	Recipient      RecipientKind
	Name           string
	Position       string
	Unit           string
	CertificateNo  string
	Bonus          int64
}
