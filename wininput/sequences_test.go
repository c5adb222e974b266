package wininput

import "testing"

func TestSequencesReplay(t *testing.T) {
	for _, s := range Sequences {
		if got := Replay(s.Steps); got != s.Want {
			t.Errorf("%s %q: replay gives %q, want %q", s.Method, s.Typed, got, s.Want)
		}
	}
	// What the office saw: U+0008 dropped.
	if got := ReplayDroppingControl(Sequences[3].Steps); got != "Vieêtệt" {
		t.Errorf("without Backspaces: %q", got)
	}
}
