package wininput

// Step is a moment of typing with Unikey or EVKey: the keys the user pressed that the program let
// through, or what the program sent instead of a key — Backspaces ('\b') to delete what is to be
// rewritten, then the new letters (Unicode, precomposed: «Unicode dựng sẵn»).
type Step struct {
	Keys string // real key presses, let through
	Sent string // injected by Unikey: '\b' a Backspace, anything else a Unicode character
}

// Sequence is a word as typed with Unikey, and the text it must leave in an entry.
type Sequence struct {
	Method string // Telex or VNI
	Typed  string // the keys the user pressed
	Want   string
	Steps  []Step
}

// Sequences are what Unikey 4 (Unicode dựng sẵn, new-style tone placement) sends for the words of
// the Windows typing test: on each key that changes a letter it deletes back to that letter and
// types the rest again («Vieetj»: the second «e» becomes ⌫«ê», the «j» becomes ⌫⌫«ệt»).
var Sequences = []Sequence{
	{"Telex", "Vieetj Nam", "Việt Nam", []Step{
		{Keys: "Vie"}, {Sent: "\bê"}, {Keys: "t"}, {Sent: "\b\bệt"}, {Keys: " Nam"}}},
	{"Telex", "Thur tuwowngs", "Thủ tướng", []Step{
		{Keys: "Thu"}, {Sent: "\bủ"}, {Keys: " tu"}, {Sent: "\bư"}, {Keys: "o"}, {Sent: "\bơ"},
		{Keys: "ng"}, {Sent: "\b\b\bớng"}}},
	{"Telex", "Quyeets ddinhj", "Quyết định", []Step{
		{Keys: "Quye"}, {Sent: "\bê"}, {Keys: "t"}, {Sent: "\b\bết"}, {Keys: " d"}, {Sent: "\bđ"},
		{Keys: "inh"}, {Sent: "\b\b\bịnh"}}},
	{"VNI", "Vie6t5", "Việt", []Step{
		{Keys: "Vie"}, {Sent: "\bê"}, {Keys: "t"}, {Sent: "\b\bệt"}}},
}

// Replay is what a text box that handles every Backspace holds after the steps.
func Replay(steps []Step) string {
	var r []rune
	for _, s := range steps {
		for _, c := range s.Keys + s.Sent {
			if c == '\b' {
				if len(r) > 0 {
					r = r[:len(r)-1]
				}
				continue
			}
			r = append(r, c)
		}
	}
	return string(r)
}

// ReplayDroppingControl is what GLFW alone leaves when the Backspaces come as U+0008: they vanish.
func ReplayDroppingControl(steps []Step) string {
	var r []rune
	for _, s := range steps {
		for _, c := range s.Keys + s.Sent {
			if c >= 32 {
				r = append(r, c)
			}
		}
	}
	return string(r)
}
