package docs

import (
	"strings"
	"testing"
	"time"
)

func TestProposalRef(t *testing.T) {
	on := time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		in   ProposalRef
		want string
	}{
		{ProposalRef{"Trưởng phòng Nội vụ", "05/TTr-NV", on}, "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 05/TTr-NV ngày 06/01/2025"},
		{ProposalRef{"của Trưởng phòng Nội vụ", "Tờ trình số 05/TTr-NV ngày 06/01/2025 của Phòng Nội vụ", on},
			"Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 05/TTr-NV ngày 06/01/2025"},
		{ProposalRef{"Trưởng phòng Nội vụ", "", time.Time{}}, "Theo đề nghị của Trưởng phòng Nội vụ"},
		{ProposalRef{"", "05/TTr-NV", on}, "Theo đề nghị tại Tờ trình số 05/TTr-NV ngày 06/01/2025"},
	}
	for _, c := range cases {
		got := c.in.Sentence()
		if got != c.want {
			t.Errorf("%+v → %q, want %q", c.in, got, c.want)
		}
		if strings.Count(got, "Nội vụ") > 1 {
			t.Errorf("%q repeats the office", got)
		}
	}
	for _, ref := range []string{"Tờ trình số 05/TTr-NV ngày 06/01/2025", "Tờ trình số 05/TTr-NV ngày 06/01/2025 của Phòng Nội vụ",
		"Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 05/TTr-NV ngày 06/01/2025,"} {
		p := ParseProposalRef(ref, "Phòng Nội vụ")
		if p.Proposer != "Trưởng phòng Nội vụ" || p.Number != "05/TTr-NV" || !p.On.Equal(on) {
			t.Errorf("ParseProposalRef(%q) = %+v", ref, p)
		}
	}
}
