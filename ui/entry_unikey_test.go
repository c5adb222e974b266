package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"thidua/app/viet"
	"thidua/wininput"
)

// What reaches the entry once the Windows repair has turned each Unikey Backspace into a key event:
// every word of the wine test comes out right, composed.
func TestEntry_UnikeySequences(t *testing.T) {
	test.NewTempApp(t)
	e := NewEntry()
	w := test.NewTempWindow(t, e)
	for _, s := range wininput.Sequences {
		e.SetText("")
		w.Canvas().Focus(e)
		for _, st := range s.Steps {
			for _, r := range st.Keys + st.Sent {
				if r == '\b' {
					e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
					continue
				}
				e.TypedRune(r)
			}
		}
		if e.Text != s.Want {
			t.Errorf("%s %q: %q, want %q", s.Method, s.Typed, e.Text, s.Want)
		}
	}
}

// Unikey's «tổ hợp» charset and VNI-style input send a base letter and combining marks; a paste
// from a decomposed document does too: the entry keeps NFC, and Backspace removes a whole letter.
func TestEntry_CombiningTypedAndPasted(t *testing.T) {
	test.NewTempApp(t)
	e := NewEntry()
	w := test.NewTempWindow(t, e)
	w.Canvas().Focus(e)
	for _, r := range "Vie\u0323\u0302t" { // Unikey «tổ hợp»: e, dot below, circumflex
		e.TypedRune(r)
	}
	if e.Text != "Việt" || !viet.IsNFC(e.Text) {
		t.Fatalf("typed: %q", e.Text)
	}
	fyne.CurrentApp().Clipboard().SetContent(" Quye\u0302\u0301t đi\u0323nh")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	if e.Text != "Việt Quyết định" || !viet.IsNFC(e.Text) {
		t.Fatalf("pasted: %q (%d runes)", e.Text, len([]rune(e.Text)))
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if e.Text != "Việt Quyết đị" {
		t.Errorf("after two Backspaces: %q", e.Text)
	}
}
