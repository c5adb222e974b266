package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A proposal saved while the list shows only «Đạt» ones appears at once, selected and scrolled to.
func TestProposals_NewOneSelected(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	v := u.awards.proposals
	v.statusF.SetSelected("Đạt")
	test.Tap(v.add)
	f := v.form
	test.Type(f.unit, "tra bui")
	f.unit.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(f.person.Options) == 0 {
		t.Fatalf("choosing the unit %q lists no people", f.unit.Selected())
	}
	f.person.SetSelectedIndex(0)
	f.form.SetSelected("Giấy khen")
	test.Tap(findButton(t, overlay(w), "Lưu"))
	if overlay(w) != nil {
		t.Fatalf("the form stays: %q", dialogText(w))
	}
	until(t, "the checks", func() bool { return settled(u, w) })
	p := v.current()
	if p == nil || p.Status.Label() != "Mới" || p.UnitName != "UBND xã Trà Bui" {
		t.Fatalf("selected after «Lưu»: %+v", p)
	}
	if v.statusF.Selected != allOption {
		t.Errorf("the filter still hides it: %q", v.statusF.Selected)
	}
}
