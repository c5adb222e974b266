package app

import (
	"slices"
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
	From, To time.Time // the period in the post; zero: open
}

// DecisionSubject is the usual trích yếu of a campaign's Giấy khen decision.
func DecisionSubject(year int) string {
	return "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính năm " + strconv.Itoa(year)
}

// DefaultCC is the usual Nơi nhận of a district decision (NĐ 30/2020; the last line is "Lưu: VT, NV").
var DefaultCC = []string{"Như Điều 3", "TT HĐND huyện", "CT, các PCT UBND huyện", "Lưu: VT, NV"}

// The life of a decision: a draft is edited, deleted or issued; an issued decision is read-only and
// may only be revoked (thu hồi); a revoked one stays as it is. Storage loads the decision, asks
// these rules, then writes.

// CheckNewDecision refuses a draft without proposals.
func CheckNewDecision(proposalIDs []int64) error {
	if len(proposalIDs) == 0 {
		return Errorf(EINVALID, "Chưa chọn đề nghị nào (chỉ đề nghị đã «Đạt» mới đưa vào quyết định).")
	}
	return nil
}

// CheckAwardable says whether a proposal may go into a decision: it must be a proposal of the
// campaign (found), approved «Đạt», and in no other decision that is not revoked (inOther).
func CheckAwardable(p Proposal, found, inOther bool) error {
	if !found || p.Status != ProposalApproved {
		return Errorf(EINVALID, "Đề nghị «%s» chưa được duyệt «Đạt» nên không đưa vào quyết định được.", p.RecipientName)
	}
	if inOther {
		return Errorf(ECONFLICT, "Đề nghị của %s đã có trong một quyết định khác.", p.RecipientName)
	}
	return nil
}

// CheckDraft refuses anything but a draft: an issued (or revoked) decision cannot be edited,
// deleted or issued again.
func CheckDraft(x Decision) error {
	if x.Status != DecisionDraft {
		return Errorf(ECONFLICT, "Quyết định số %s đã ban hành nên không sửa được; muốn sửa, hãy thu hồi rồi ban hành quyết định mới.", x.NumberText())
	}
	return nil
}

// PrepareDraft normalises the editable fields of a draft and checks them: a signing date, a subject
// (trích yếu) of at most 500 characters; a sign mode other than KT. CHỦ TỊCH means the chairman.
func PrepareDraft(x *Decision) error {
	if x.SignedOn.IsZero() {
		return &Error{Code: EINVALID, Field: "Ngày ký", Message: "Trường «Ngày ký» không được để trống."}
	}
	x.Subject, x.ProposalRef = viet.Normalize(x.Subject), viet.Normalize(x.ProposalRef)
	x.SignerName, x.SignerTitle = viet.Normalize(x.SignerName), viet.Normalize(x.SignerTitle)
	if err := viet.RequireText("Trích yếu", x.Subject, 500); err != nil {
		return err
	}
	if x.SignMode != SignDeputy {
		x.SignMode = SignHead
	}
	return nil
}

// CheckDecisionNumber checks the number the records office (văn thư) gives on issue.
func CheckDecisionNumber(number int) error {
	if number <= 0 {
		return &Error{Code: EINVALID, Field: "Số quyết định", Message: "Trường «Số quyết định» phải là số do văn thư cấp (lớn hơn 0)."}
	}
	return nil
}

// CheckIssue says whether a decision may be issued under number: a draft, with at least one award
// and a signer, and a number no other decision of the same year and symbol has (taken).
func CheckIssue(x Decision, number int, taken bool) error {
	if err := CheckDraft(x); err != nil {
		return err
	}
	if x.Awards == 0 {
		return Errorf(EINVALID, "Quyết định chưa có ai được khen thưởng.")
	}
	if x.SignerName == "" {
		return &Error{Code: EINVALID, Field: "Người ký", Message: "Trường «Người ký» không được để trống."}
	}
	if taken {
		return &Error{Code: ECONFLICT, Field: "Số quyết định", Message: "Số " + viet.DecisionNumber(number, x.Symbol) +
			" năm " + strconv.Itoa(x.Year) + " đã dùng cho quyết định khác."}
	}
	return nil
}

// CheckRevokeRequest checks what a revocation needs before any decision is read: a reason (already
// normalised) and a date.
func CheckRevokeRequest(on time.Time, reason string) error {
	if reason == "" {
		return &Error{Code: EINVALID, Field: "Lý do thu hồi", Message: "Trường «Lý do thu hồi» không được để trống."}
	}
	if on.IsZero() {
		return &Error{Code: EINVALID, Field: "Ngày thu hồi", Message: "Trường «Ngày thu hồi» không được để trống."}
	}
	return nil
}

// CheckRevoke says whether x may be revoked on a date: only an issued decision, not before it was
// signed.
func CheckRevoke(x Decision, on time.Time) error {
	if x.Status != DecisionIssued {
		return Errorf(ECONFLICT, "Chỉ thu hồi được quyết định đã ban hành.")
	}
	if on.Before(x.SignedOn) {
		return &Error{Code: EINVALID, Field: "Ngày thu hồi", Message: "Ngày thu hồi trước ngày ký quyết định."}
	}
	return nil
}

// RevokedCertificateReason is the note a certificate gets in the register when its decision is
// revoked.
func RevokedCertificateReason(x Decision, reason string) string {
	return "Quyết định số " + x.NumberText() + " bị thu hồi: " + reason
}

// SortCollectivesFirst orders the list of a decision as it is printed and numbered: collectives
// (I. Tập thể) before individuals (II. Cá nhân), keeping the order within each part (stable).
func SortCollectivesFirst[T any](xs []T, kind func(T) RecipientKind) {
	rank := func(k RecipientKind) int {
		if k == RecipientUnit {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(xs, func(a, b T) int { return rank(kind(a)) - rank(kind(b)) })
}

// SortAwards orders a decision's awards collectives first (SortCollectivesFirst).
func SortAwards(as []Award) {
	SortCollectivesFirst(as, func(a Award) RecipientKind { return a.Recipient })
}
