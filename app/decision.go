package app

import (
	"strconv"
	"time"

	"thidua/app/viet"
)

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

// Signer is a person who may sign decisions: the chairman, or a vice-chairman (KT. CHỦ TỊCH).
type Signer struct {
	ID       int64
	FullName string
	Title    string // "Chủ tịch", "Phó Chủ tịch"
	Mode     SignMode
	Active   bool
}

// DecisionSubject is the usual trích yếu of a campaign's Giấy khen decision.
func DecisionSubject(year int) string {
	return "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính năm " + strconv.Itoa(year)
}

// DefaultCC is the usual Nơi nhận of a district decision (NĐ 30/2020; the last line is "Lưu: VT, NV").
var DefaultCC = []string{"Như Điều 3", "TT HĐND huyện", "CT, các PCT UBND huyện", "Lưu: VT, NV"}
