package viet

import (
	"bytes"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Normalize prepares one line of user text for storage, comparison and
// printing:
//
//   - every run of Unicode white space (ASCII space, NBSP, tabs, line breaks,
//     the U+2000 family …) becomes one ASCII space, and the ends are trimmed;
//   - control characters (C0/C1) and invisible format characters (zero-width
//     space/joiners, BOM, soft hyphen, bidi marks — category Cf) are dropped:
//     they arrive from Excel and web pages, break equality and searching, and
//     print as boxes;
//   - characters above U+FFFF (emoji, rare CJK) are dropped: the PDF library
//     embeds fonts through a 16-bit glyph map and cannot print them, and
//     nothing in an administrative document needs them;
//   - invalid UTF-8 bytes are dropped;
//   - the result is NFC. Text pasted from macOS or some Vietnamese input
//     methods is decomposed (NFD); decomposed Vietnamese prints with
//     misplaced tone marks and does not compare equal to the same name typed
//     on Windows.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending (only written before the next visible rune)
	for i, w := 0, 0; i < len(s); i += w {
		var r rune
		r, w = utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case !keepRune(r, w):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	// Filtering happens before NFC so that removing a character can never
	// leave a base letter and a combining mark that NFC would have joined.
	// NFC of BMP text only yields BMP characters that are neither spaces nor
	// controls, so the result stays folded.
	return norm.NFC.String(b.String())
}

// keepRune reports whether a non-space rune survives Normalize.
func keepRune(r rune, width int) bool {
	switch {
	case r == utf8.RuneError && width == 1: // invalid UTF-8 byte
		return false
	case r > 0xFFFF: // see Normalize: the PDF fonts cannot print these
		return false
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		return false
	}
	return true
}

// NormalizeMultiline is Normalize for long texts that keep their paragraphs
// (thành tích, mô tả sáng kiến): each line is normalised on its own, empty
// lines at the start and end are dropped, and runs of empty lines become one
// blank line. Line breaks are returned as "\n" whatever the input used
// (CRLF from Windows, CR, U+2028/U+2029, NEL).
func NormalizeMultiline(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n", "\u0085", "\n").Replace(s)
	var out []string
	blank := false
	for _, line := range strings.Split(s, "\n") {
		line = Normalize(line)
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// FoldKey returns the accent-insensitive search key of s: normalised, tone
// and vowel marks removed, đ → d, lower case. Users search for "nguyen" as
// often as for "Nguyễn", and Vietnamese keyboards are not always at hand.
// "Nguyễn Thị Hồng Nhung" → "nguyen thi hong nhung".
func FoldKey(s string) string {
	d := norm.NFD.String(Normalize(s))
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		// đ/Đ have no decomposition, so NFD does not strip them. Ð/ð
		// (U+00D0/U+00F0, Icelandic eth) look identical to Đ and are found
		// in text converted from old TCVN3/VNI files; fold them too.
		case r == 'đ' || r == 'Đ' || r == 'Ð' || r == 'ð':
			r = 'd'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	// Normalize again: it recomposes what NFD split apart and is not a mark
	// (Hangul, for one), and folds the spaces around a stray combining mark
	// that stood alone ("a \u0301 b" must not become "a  b").
	return Normalize(b.String())
}

// MatchFold reports whether the folded query occurs in key, which must
// already be a FoldKey (the stored search column).
func MatchFold(key, query string) bool {
	return strings.Contains(key, FoldKey(query))
}

// FoldQuery is a search query folded once and matched against many keys.
type FoldQuery struct {
	words []string
}

// NewFoldQuery folds q and splits it into words.
func NewFoldQuery(q string) FoldQuery {
	return FoldQuery{words: strings.Fields(FoldKey(q))}
}

// Match reports whether every word of the query occurs in key (a FoldKey),
// in any order, so "nguyen nhung" finds "nguyen thi hong nhung". An empty
// query matches everything. Match does not allocate.
func (q FoldQuery) Match(key string) bool {
	for _, w := range q.words {
		if !strings.Contains(key, w) {
			return false
		}
	}
	return true
}

// Rank orders the keys that Match accepts, best first: 0 when the query's words begin the key's
// words one after another («nguyen thi anh» in «nguyen thi anh tuyet»), 1 when each query word
// begins some word of the key, 2 when a word only occurs inside another («anh» in «hanh»). A user
// who types the start of a name expects that name first.
func (q FoldQuery) Rank(key string) int {
	words := strings.Fields(key)
	for start := range words {
		if len(words)-start < len(q.words) {
			break
		}
		all := true
		for i, w := range q.words {
			if !strings.HasPrefix(words[start+i], w) {
				all = false
				break
			}
		}
		if all {
			return 0
		}
	}
	for _, w := range q.words {
		found := false
		for _, k := range words {
			if strings.HasPrefix(k, w) {
				found = true
				break
			}
		}
		if !found {
			return 2
		}
	}
	return 1
}

// Empty reports whether the query has no words (matches everything).
func (q FoldQuery) Empty() bool { return len(q.words) == 0 }

// GivenName returns the given name (tên) of a Vietnamese full name: its last
// word. "Nguyễn Thị Hồng Nhung" → "Nhung".
func GivenName(full string) string {
	full = Normalize(full)
	if i := strings.LastIndexByte(full, ' '); i >= 0 {
		return full[i+1:]
	}
	return full
}

// NameCollator orders text the Vietnamese way (a < ă < â, d < đ, o < ô < ơ,
// u < ư, tone marks secondary) with golang.org/x/text/collate.
//
// A collate.Collator keeps internal buffers and is not safe for concurrent
// use; NameCollator guards it with a mutex, so one value may be shared by
// goroutines (the UI and a background export).
type NameCollator struct {
	mu  sync.Mutex
	col *collate.Collator
	buf collate.Buffer
}

// NewNameCollator returns a collator for Vietnamese.
func NewNameCollator() *NameCollator {
	return &NameCollator{col: collate.New(language.Vietnamese)}
}

// CompareText compares a and b in plain Vietnamese order (unit names,
// titles): -1, 0 or +1.
func (c *NameCollator) CompareText(a, b string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.col.CompareString(a, b)
}

// Less orders people as Vietnamese offices list them: by given name (the
// last word), then by the whole name, then by the raw string so that the
// order is total and stable across runs.
func (c *NameCollator) Less(a, b string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r := c.col.CompareString(GivenName(a), GivenName(b)); r != 0 {
		return r < 0
	}
	if r := c.col.CompareString(Normalize(a), Normalize(b)); r != 0 {
		return r < 0
	}
	return a < b
}

// NameKeys returns byte-comparable (memcmp) sort keys for Less: one for the given
// name and one for the whole name.
func (c *NameCollator) NameKeys(name string) (given, whole []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	given = bytes.Clone(c.col.KeyFromString(&c.buf, GivenName(name)))
	whole = bytes.Clone(c.col.KeyFromString(&c.buf, Normalize(name)))
	c.buf.Reset()
	return given, whole
}

// SortPeopleNames sorts names in place in the order of NameCollator.Less.
// Collation keys are computed once per name, not once per comparison.
func SortPeopleNames(names []string) {
	SortByName(names, func(n string) string { return n }, func(a, b string) bool { return a < b })
}

// SortByName sorts xs by the name of each, in the order of NameCollator.Less, with tie as the
// last resort. Collation keys are computed once per element, not once per comparison.
func SortByName[T any](xs []T, name func(T) string, tie func(a, b T) bool) {
	c := NewNameCollator()
	type item struct {
		x            T
		given, whole []byte
	}
	items := make([]item, len(xs))
	for i, x := range xs {
		g, w := c.NameKeys(name(x))
		items[i] = item{x, g, w}
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if r := bytes.Compare(a.given, b.given); r != 0 {
			return r < 0
		}
		if r := bytes.Compare(a.whole, b.whole); r != 0 {
			return r < 0
		}
		return tie(a.x, b.x)
	})
	for i := range items {
		xs[i] = items[i].x
	}
}
