package app

import (
	"strings"

	"thidua/app/viet"
)

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
