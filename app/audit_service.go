package app

import (
	"context"
	"time"
)

// AuditEntry is one line of the audit log (Nhật ký thay đổi).
type AuditEntry struct {
	ID       int64
	At       time.Time
	Actor    string // the Windows user
	Entity   string // unit, person, decision, decision_seal …
	EntityID int64
	Action   string // create, update, delete, issue, revoke, import, restore, seal …
	Before   string // JSON
	After    string // JSON
}

// AuditFilter narrows the log: empty fields do not filter; dates are civil days, inclusive.
type AuditFilter struct {
	Entity string
	Actor  string
	From   time.Time
	To     time.Time
	Limit  int // newest first; 0: 1000
}

// AuditService is what the «Nhật ký thay đổi» screen needs.
type AuditService interface {
	AuditLog(ctx context.Context, f AuditFilter) ([]AuditEntry, error)
	AuditEntities(ctx context.Context) ([]string, error)
}

// AuditEntityLabel names an entity of the log in Vietnamese.
func AuditEntityLabel(e string) string {
	switch e {
	case "unit":
		return "Đơn vị"
	case "person", "person_discipline":
		return "Cán bộ"
	case "campaign":
		return "Phong trào"
	case "proposal":
		return "Đề nghị"
	case "decision":
		return "Quyết định"
	case "decision_seal":
		return "Niêm phong quyết định"
	case "certificate":
		return "Sổ vàng"
	case "setting":
		return "Cài đặt"
	case "blank_layout":
		return "Phôi Giấy khen"
	case "database":
		return "Dữ liệu"
	}
	return e
}
