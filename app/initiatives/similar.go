package initiatives

import (
	"slices"
	"strings"
	"unicode"

	"thidua/app"
	"thidua/app/viet"
)

// SimilarPercent is the similarity from which a title is shown as a possible duplicate.
const SimilarPercent = 50

// words is the set of folded words of a title, punctuation read as spaces.
func words(title string) map[string]bool {
	k := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, viet.FoldKey(title))
	set := map[string]bool{}
	for _, w := range strings.Fields(k) {
		set[w] = true
	}
	return set
}

// Similarity is the word overlap of two titles in percent (Dice coefficient on their sets of
// accent-folded words): 100 for the same words in any order and with or without accents, 0 for
// no word in common. "Số hóa hồ sơ một cửa" and "so hoa ho so mot cua xa Tra Giang" share the
// five words of the first: 2·5/(5+8) = 76%.
func Similarity(a, b string) int {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return 200 * common / (len(wa) + len(wb))
}

// Similar lists the candidates whose title is at least SimilarPercent like title, most similar
// first; exclude is the initiative being edited.
func Similar(title string, candidates []app.SimilarInitiative, exclude int64) []app.SimilarInitiative {
	if len(words(title)) == 0 {
		return nil
	}
	var out []app.SimilarInitiative
	for _, c := range candidates {
		if c.ID == exclude {
			continue
		}
		if c.Percent = Similarity(title, c.Title); c.Percent >= SimilarPercent {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b app.SimilarInitiative) int { return b.Percent - a.Percent })
	return out
}
