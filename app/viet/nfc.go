package viet

import "golang.org/x/text/unicode/norm"

// NFC composes s (Unicode NFC) without trimming or folding spaces: what an entry does while the
// user types. Decomposed Vietnamese prints with misplaced accents and does not match in SQLite.
func NFC(s string) string { return norm.NFC.String(s) }

// IsNFC reports whether s is already composed.
func IsNFC(s string) bool { return norm.NFC.IsNormalString(s) }
