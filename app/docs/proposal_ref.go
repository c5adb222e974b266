package docs

import (
	"regexp"
	"strings"
	"time"

	"thidua/app/viet"
)

// ProposalRef is the «Theo đề nghị của …» line of a decision in its parts, so that the office's
// words are written once: who proposes (a title: «Trưởng phòng Nội vụ»), the number of the tờ
// trình («05/TTr-NV») and its date.
type ProposalRef struct {
	Proposer string
	Number   string
	On       time.Time
}

// Proposer is who proposes for an office: «Phòng Nội vụ» → «Trưởng phòng Nội vụ».
func Proposer(office string) string { return officeHead(office) }

var (
	refPrefix = regexp.MustCompile(`(?i)^(theo đề nghị của\s+)`)
	refTai    = regexp.MustCompile(`(?i)\s+tại\s+`)
	refNumber = regexp.MustCompile(`(?i)^(tờ trình\s+)?(số:?\s*)?`)
	refDate   = regexp.MustCompile(`(?i)\s+ngày\s+(\d{1,2}/\d{1,2}/\d{4})`)
	refOf     = regexp.MustCompile(`(?i)\s+của\s+.*$`)
)

// Clean takes from each part the words the sentence adds itself: «của» before the proposer,
// «Tờ trình số» before the number, and a trailing «của Phòng …» or «ngày …» after it.
func (r ProposalRef) Clean() ProposalRef {
	r.Proposer = refPrefix.ReplaceAllString(trimEndPunct(r.Proposer), "")
	r.Proposer = strings.TrimSpace(strings.TrimPrefix(r.Proposer, "của "))
	n := trimEndPunct(r.Number)
	n = refOf.ReplaceAllString(refDate.ReplaceAllString(n, ""), "")
	r.Number = strings.TrimSpace(refNumber.ReplaceAllString(n, ""))
	return r
}

// Sentence is the line as it prints, without its final comma: «Theo đề nghị của Trưởng phòng
// Nội vụ tại Tờ trình số 05/TTr-NV ngày 06/01/2025».
func (r ProposalRef) Sentence() string {
	r = r.Clean()
	s := ""
	if r.Proposer != "" {
		s = "Theo đề nghị của " + r.Proposer
	}
	if r.Number != "" {
		if s == "" {
			s = "Theo đề nghị"
		}
		if c := r.Number[0]; c >= '0' && c <= '9' {
			s += " tại Tờ trình số " + r.Number
		} else { // another kind of paper: «Công văn số 12/NV»
			s += " tại " + r.Number
		}
		if !r.On.IsZero() {
			s += " ngày " + viet.FormatDate(r.On)
		}
	}
	return s
}

// ParseProposalRef splits a stored line (a whole sentence, or the older «Tờ trình số … ngày …»
// with the proposer implied by the office) into its parts.
func ParseProposalRef(ref, office string) ProposalRef {
	s := trimEndPunct(ref)
	r := ProposalRef{Proposer: officeHead(office)}
	if loc := refPrefix.FindStringIndex(s); loc != nil {
		rest := s[loc[1]:]
		parts := refTai.Split(rest, 2)
		r.Proposer = parts[0]
		s = ""
		if len(parts) == 2 {
			s = parts[1]
		}
	}
	if m := refDate.FindStringSubmatch(s); m != nil {
		r.On, _ = viet.ParseDate(m[1])
	}
	r.Number = s
	return r.Clean()
}
