package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The initiative dialogs follow the keyboard rules: the registration opens with its title focused
// and Escape closes it; the council's dialog and its removal question close on Escape too.
func TestInitiativesTab_Keyboard(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	tab := u.initiatives
	test.Tap(tab.register)
	if w.Canvas().Focused() != tab.form.title {
		t.Fatalf("the title is not focused: %T", w.Canvas().Focused())
	}
	escape(w)
	if overlay(w) != nil {
		t.Fatal("Escape did not close the registration")
	}
	test.Tap(tab.council)
	v := tab.councilDlg
	v.remove.SetSelectedIndex(0)
	escape(w) // «Không» to the removal
	if len(v.ms) != 5 || overlay(w) == nil {
		t.Fatalf("Escape on the removal: %d members, dialog open %v", len(v.ms), overlay(w) != nil)
	}
	escape(w)
	if overlay(w) != nil {
		t.Fatal("Escape did not close the council's dialog")
	}
}
