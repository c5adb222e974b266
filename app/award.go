package app

import (
	"strconv"
	"time"

	"thidua/app/viet"
)

// ProposalStatus is where a proposal stands after the office checked it.
type ProposalStatus string

// Proposal statuses, as stored.
const (
	ProposalNew      ProposalStatus = "new"
	ProposalApproved ProposalStatus = "approved"
	ProposalRejected ProposalStatus = "rejected"
	ProposalReturned ProposalStatus = "returned"
)

// Label is the Vietnamese name.
func (s ProposalStatus) Label() string {
	switch s {
	case ProposalNew:
		return "Mới"
	case ProposalApproved:
		return "Đạt"
	case ProposalRejected:
		return "Không đạt"
	case ProposalReturned:
		return "Trả lại bổ sung"
	}
	return string(s)
}

// Proposal is a unit's đề nghị khen thưởng for one person or collective.
type Proposal struct {
	ID              int64
	CampaignID      int64
	UnitID          int64 // the proposing unit
	UnitName        string
	Recipient       RecipientKind
	PersonID        int64
	RecipientUnitID int64
	RecipientName   string // filled by queries
	FormCode        string
	FormName        string
	Achievement     string
	Status          ProposalStatus
	Reason          string // why not approved, or what is missing
	Override        string // why approved against the warnings
	InDecision      bool   // a draft or issued decision holds it (filled by queries)
}

// DecisionStatus is the life of a decision: draft → issued → (revoked).
type DecisionStatus string

// Decision statuses, as stored.
const (
	DecisionDraft   DecisionStatus = "draft"
	DecisionIssued  DecisionStatus = "issued"
	DecisionRevoked DecisionStatus = "revoked"
)

// Label is the Vietnamese name.
func (s DecisionStatus) Label() string {
	switch s {
	case DecisionDraft:
		return "Dự thảo"
	case DecisionIssued:
		return "Đã ban hành"
	case DecisionRevoked:
		return "Đã thu hồi"
	}
	return string(s)
}

// SignMode says who signs: the chairman himself, or a vice-chairman "KT. CHỦ TỊCH" (NĐ 30/2020).
type SignMode string

// Sign modes, as stored.
const (
	SignHead   SignMode = "head"
	SignDeputy SignMode = "deputy"
)

// Decision is a quyết định khen thưởng.
type Decision struct {
	ID          int64
	CampaignID  int64
	Number      int // 0 while a draft
	Symbol      string
	Year        int
	SignedOn    time.Time
	SignerName  string
	SignerTitle string
	SignMode    SignMode
	Subject     string
	ProposalRef string
	Status      DecisionStatus
	Basis       []string // căn cứ lines
	CC          []string // nơi nhận lines
	Awards      int      // count, filled by list queries
	Total       int64    // bonus total in đồng, filled by list queries
}

// NumberText is "07/QĐ-UBND", or "(chưa có số)" for a draft.
func (d Decision) NumberText() string {
	if d.Number == 0 {
		return "(chưa có số)"
	}
	return viet.DecisionNumber(d.Number, d.Symbol)
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
	FormCode      string
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
	FormCode       string
	FormName       string
}

// Signer is a person who may sign decisions: the chairman, or a vice-chairman (KT. CHỦ TỊCH).
type Signer struct {
	ID       int64
	FullName string
	Title    string // "Chủ tịch", "Phó Chủ tịch"
	Mode     SignMode
	Active   bool
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

// ProposalReview is the decision of the office on a proposal.
type ProposalReview struct {
	Status   ProposalStatus
	Reason   string // why not approved (Không đạt) or what is missing (Trả lại bổ sung)
	Override string // why it is approved against the warnings
}

// DecisionSubject is the usual trích yếu of a campaign's Giấy khen decision.
func DecisionSubject(year int) string {
	return "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính năm " + strconv.Itoa(year)
}

// DefaultCC is the usual Nơi nhận of a district decision (NĐ 30/2020; the last line is "Lưu: VT, NV").
var DefaultCC = []string{"Như Điều 3", "TT HĐND huyện", "CT, các PCT UBND huyện", "Lưu: VT, NV"}

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
	FormCode     string
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
