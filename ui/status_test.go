package ui

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A proposal in the issued decision reads «Đã khen thưởng (QĐ 07/QĐ-UBND)», not «Đạt»; once the
// decision is revoked it says so.
func TestProposals_StatusNamesTheDecision(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	v := u.awards.proposals
	statuses := colText(v.table, 6)
	if !contains(statuses, "Đã khen thưởng (QĐ 07/QĐ-UBND)") {
		t.Fatalf("statuses = %q", statuses)
	}
	for i, p := range v.shown {
		if p.InDecision && statuses[i] == "Đạt" {
			t.Errorf("%s in the issued decision reads «Đạt»", p.RecipientName)
		}
	}
	d := sampleDecision(t, u)
	if err := db.RevokeDecision(context.Background(), d.ID, time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), "Sai chức vụ"); err != nil {
		t.Fatal(err)
	}
	u.onCampaignChanged("")
	until(t, "the checks", func() bool { return settled(u, w) })
	statuses = colText(v.table, 6)
	if !contains(statuses, "Đạt — QĐ 07/QĐ-UBND đã bị thu hồi") || strings.Contains(strings.Join(statuses, "|"), "Đã khen thưởng") {
		t.Errorf("after revoking: %q", statuses)
	}
}
