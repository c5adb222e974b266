package app

import (
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
