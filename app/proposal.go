package app

import (
	"strconv"
	"strings"

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
	FormCode        FormCode
	FormName        string
	Achievement     string
	Status          ProposalStatus
	Reason          string // why not approved, or what is missing
	Override        string // why approved against the warnings
	InDecision      bool   // a draft or issued decision holds it (filled by queries)
	// The decision that holds it — the one in force, else the last revoked — (filled by queries):
	// DecisionStatus is "" when none does.
	DecisionNumber int
	DecisionSymbol string
	DecisionStatus DecisionStatus
}

// StatusText is what the office reads of a proposal: an approved one in an issued decision says
// which («Đã khen thưởng (QĐ 15/QĐ-UBND)»), one in a draft says so, and one whose decision was
// revoked says that, rather than «Đạt» for all three.
func (p Proposal) StatusText() string {
	num := viet.DecisionNumber(p.DecisionNumber, p.DecisionSymbol)
	switch p.DecisionStatus {
	case DecisionIssued:
		return "Đã khen thưởng (QĐ " + num + ")"
	case DecisionDraft:
		return p.Status.Label() + " — trong dự thảo quyết định"
	case DecisionRevoked:
		return p.Status.Label() + " — QĐ " + num + " đã bị thu hồi"
	}
	return p.Status.Label()
}

// ProposalReview is the decision of the office on a proposal.
type ProposalReview struct {
	Status   ProposalStatus
	Reason   string // why not approved (Không đạt) or what is missing (Trả lại bổ sung)
	Override string // why it is approved against the warnings
}

// CheckApproval says whether a proposal with these reasons may be approved: never with a blocking
// reason (NĐ 98/2023: no "vận dụng"), and against a warning only with a written reason.
func CheckApproval(reasons []Reason, override string) error {
	var blocks, warns []string
	for _, r := range reasons {
		switch r.Severity {
		case SeverityBlock:
			blocks = append(blocks, r.String())
		case SeverityWarning:
			warns = append(warns, r.String())
		}
	}
	if len(blocks) > 0 {
		return &Error{Code: EINVALID, Field: "Điều kiện", Message: "Không thể duyệt: " + strings.Join(blocks, "; ")}
	}
	if len(warns) > 0 && viet.Normalize(override) == "" {
		return &Error{Code: EINVALID, Field: "Lý do duyệt", Message: "Đề nghị còn cảnh báo (" + strings.Join(warns, "; ") +
			"). Muốn vẫn duyệt, hãy ghi lý do."}
	}
	return nil
}

// ValidateProposal checks a proposal before it is stored: a campaign, a proposing unit, a form and
// a recipient of the right kind. A collective proposed without naming it is the proposing unit.
func ValidateProposal(p *Proposal) error {
	if p.CampaignID == 0 {
		return &Error{Code: EINVALID, Field: "Phong trào", Message: "Chưa chọn phong trào."}
	}
	if p.UnitID == 0 {
		return &Error{Code: EINVALID, Field: "Đơn vị", Message: "Trường «Đơn vị» không được để trống."}
	}
	if p.FormCode == "" {
		return &Error{Code: EINVALID, Field: "Hình thức", Message: "Trường «Hình thức» không được để trống."}
	}
	switch p.Recipient {
	case RecipientPerson:
		if p.PersonID == 0 {
			return &Error{Code: EINVALID, Field: "Cá nhân", Message: "Chưa chọn cá nhân được đề nghị."}
		}
	case RecipientUnit:
		if p.RecipientUnitID == 0 {
			p.RecipientUnitID = p.UnitID
		}
	default:
		return &Error{Code: EINVALID, Field: "Đối tượng", Message: "Trường «Đối tượng» phải là Cá nhân hoặc Tập thể."}
	}
	return nil
}

// ProposalKey is what makes two proposals of a campaign the same: the recipient and the form.
func ProposalKey(p Proposal) string {
	if p.Recipient == RecipientUnit {
		return "u" + strconv.FormatInt(p.RecipientUnitID, 10) + "|" + p.FormCode
	}
	return "p" + strconv.FormatInt(p.PersonID, 10) + "|" + p.FormCode
}

// CheckDeleteProposal refuses to delete a proposal a decision holds (inDecision: any decision,
// revoked ones included, since its award keeps pointing at it).
func CheckDeleteProposal(inDecision bool) error {
	if inDecision {
		return Errorf(ECONFLICT, "Đề nghị đã có trong quyết định nên không xóa được.")
	}
	return nil
}

// CheckReviewable refuses to review again a proposal a decision holds.
func CheckReviewable(inDecision bool) error {
	if inDecision {
		return Errorf(ECONFLICT, "Đề nghị đã có trong quyết định; muốn đổi, hãy bỏ khỏi dự thảo hoặc thu hồi quyết định trước.")
	}
	return nil
}

// Review applies the office's decision r to a proposal and returns what is stored. Approving
// («Đạt») goes through CheckApproval with the reasons of the legal checks (the caller runs them only
// for an approval) and keeps the override, never a reason; «Không đạt» and «Trả lại bổ sung» need
// a reason (r.Reason and r.Override already normalised) and drop the override; «Mới» clears both.
func Review(r ProposalReview, reasons []Reason) (ProposalReview, error) {
	switch r.Status {
	case ProposalApproved:
		if err := CheckApproval(reasons, r.Override); err != nil {
			return r, err
		}
		r.Reason = ""
	case ProposalRejected, ProposalReturned:
		if r.Reason == "" {
			what := "lý do không đạt"
			if r.Status == ProposalReturned {
				what = "nội dung cần bổ sung"
			}
			return r, &Error{Code: EINVALID, Field: "Lý do", Message: "Cần ghi " + what + "."}
		}
		r.Override = ""
	case ProposalNew:
		r.Reason, r.Override = "", ""
	default:
		return r, Errorf(EINVALID, "Trạng thái đề nghị không hợp lệ.")
	}
	return r, nil
}
