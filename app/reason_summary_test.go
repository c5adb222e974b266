package app

import (
	"strings"
	"testing"
)

func TestCheckSummary(t *testing.T) {
	ok := Reason{Severity: SeverityOK, Text: "Đạt Lao động tiên tiến năm 2024.", Cite: "Luật TĐKT 2022, Điều 23"}
	warn := Reason{Severity: SeverityWarning, Text: "Chưa có sáng kiến.", Cite: "Luật TĐKT 2022, Điều 23"}
	block := Reason{Severity: SeverityBlock, Text: "Đang bị kỷ luật.", Cite: "NĐ 98/2023, Điều 4"}
	for _, tc := range []struct {
		rs   []Reason
		want string
	}{
		{nil, ""}, {[]Reason{ok}, "Đủ điều kiện"}, {[]Reason{ok, warn, warn}, "2 cảnh báo"}, {[]Reason{warn, block}, "Không đủ điều kiện"},
	} {
		if got := CheckSummary(tc.rs); got != tc.want {
			t.Errorf("CheckSummary(%v) = %q, want %q", tc.rs, got, tc.want)
		}
	}
	g := CheckGrounds([]Reason{ok, warn, block})
	if lines := strings.Split(g, "\n"); len(lines) != 2 || lines[0] != "Đang bị kỷ luật (NĐ 98/2023, Điều 4)." || lines[1] != "Chưa có sáng kiến (Luật TĐKT 2022, Điều 23)." {
		t.Errorf("CheckGrounds = %q", g)
	}
	if g := CheckGrounds([]Reason{ok, ok, {Severity: SeverityOK, Cite: "NĐ 98/2023, Điều 4"}}); g != "Đáp ứng: Luật TĐKT 2022, Điều 23; NĐ 98/2023, Điều 4" {
		t.Errorf("CheckGrounds of a clean proposal = %q", g)
	}
}
