package app

import (
	"strconv"
	"strings"
)

// BookChangeKind says what a line of the returned workbook does to the database.
type BookChangeKind string

// Change kinds, as the preview shows them.
const (
	BookAdded     BookChangeKind = "Mới"
	BookChanged   BookChangeKind = "Sửa"
	BookUnchanged BookChangeKind = "Không đổi"
	BookRemoved   BookChangeKind = "Bỏ"     // in the earlier return of this workbook, not in this one
	BookSkipped   BookChangeKind = "Bỏ qua" // cannot change through the workbook; Reason says why
)

// BookChangeKinds lists the change kinds in the preview's order.
var BookChangeKinds = []BookChangeKind{BookAdded, BookChanged, BookRemoved, BookUnchanged, BookSkipped}

// BookChange is one line of the preview: on which sheet, what item, old and new values.
type BookChange struct {
	Sheet  string
	Item   string
	Kind   BookChangeKind
	Old    string
	New    string
	Reason string
}

// BookPlan is what applying a returned workbook does, computed without touching storage.
type BookPlan struct {
	BookID             string
	CampaignID         int64
	Unit               Unit
	Scores             []Score // new or changed self-scores
	NewProposals       []Proposal
	ChangedProposals   []Proposal // ID set; the achievement changes
	RemovedProposals   []int64
	NewInitiatives     []InitiativeRecord
	ChangedInitiatives []InitiativeRecord // ID set
	Changes            []BookChange
}

// Count is how many changes of kind k the plan has on sheet.
func (p BookPlan) Count(sheet string, k BookChangeKind) int {
	n := 0
	for _, c := range p.Changes {
		if c.Sheet == sheet && c.Kind == k {
			n++
		}
	}
	return n
}

// Stores reports whether applying the plan changes anything.
func (p BookPlan) Stores() bool {
	return len(p.Scores)+len(p.NewProposals)+len(p.ChangedProposals)+len(p.RemovedProposals)+len(p.NewInitiatives)+len(p.ChangedInitiatives) > 0
}

// Summary is one line per sheet: «Tự chấm điểm: 12 mới, 3 sửa, 20 không đổi».
func (p BookPlan) Summary() []string {
	var out []string
	for _, sh := range []string{BookScoreSheet, BookProposalSheet, BookInitiativeSheet} {
		var parts []string
		for _, k := range BookChangeKinds {
			if n := p.Count(sh, k); n > 0 {
				parts = append(parts, strconv.Itoa(n)+" "+strings.ToLower(string(k)))
			}
		}
		if len(parts) == 0 {
			parts = []string{"không có dòng nào"}
		}
		out = append(out, sh+": "+strings.Join(parts, ", "))
	}
	return out
}
