package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The log of the sample data: the filters narrow it, a wrong date is refused with a message.
func TestAuditView_Filters(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	v := u.audit
	if v == nil {
		t.Fatal("no «Nhật ký thay đổi» screen")
	}
	all := len(v.list)
	if all == 0 {
		t.Fatal("the log of the sample data is empty")
	}
	v.entity.SetSelected("Niêm phong quyết định")
	if len(v.list) == 0 || len(v.list) >= all {
		t.Errorf("filtered by entity: %d of %d", len(v.list), all)
	}
	for _, e := range v.list {
		if e.Entity != "decision_seal" {
			t.Errorf("entity %q under the seal filter", e.Entity)
		}
	}
	v.entity.SetSelected(allEntities)
	v.from.SetText("01/01/2099")
	test.Tap(v.apply)
	if len(v.list) != 0 {
		t.Errorf("%d entries from 2099", len(v.list))
	}
	v.from.SetText("31/02/2024")
	test.Tap(v.apply)
	if shownError(w) == "" {
		t.Error("a wrong date was not refused")
	}
	v.from.SetText("")
	v.actor.SetText("không-có-ai")
	test.Tap(v.apply)
	if len(v.list) != 0 {
		t.Errorf("%d entries of a user who does not exist", len(v.list))
	}
}
