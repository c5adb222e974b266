package app

import (
	"slices"
	"strconv"
	"strings"
)

// CheckSummary is the result of the legal checks of a proposal in words, as the table and the
// lists for the council show it: "Không đủ điều kiện" when a reason blocks, "N cảnh báo" when
// some warn, "Đủ điều kiện" when all hold, "" when nothing was checked.
func CheckSummary(rs []Reason) string {
	var warn, block int
	for _, r := range rs {
		switch r.Severity {
		case SeverityWarning:
			warn++
		case SeverityBlock:
			block++
		}
	}
	switch {
	case block > 0:
		return "Không đủ điều kiện"
	case warn > 0:
		return strconv.Itoa(warn) + " cảnh báo"
	case len(rs) > 0:
		return "Đủ điều kiện"
	}
	return ""
}

// CheckGrounds is what a reviewer reads on paper: the reasons that block or warn, each with its
// article, one a line; when every check holds, the articles checked ("Đáp ứng: Luật TĐKT 2022,
// Điều 23; NĐ 98/2023/NĐ-CP, Điều 4").
func CheckGrounds(rs []Reason) string {
	var lines, cites []string
	for _, sev := range []Severity{SeverityBlock, SeverityWarning} {
		for _, r := range rs {
			if r.Severity == sev {
				lines = append(lines, r.String())
			}
		}
	}
	if len(lines) > 0 {
		return strings.Join(lines, "\n")
	}
	for _, r := range rs {
		if r.Cite != "" && !slices.Contains(cites, r.Cite) {
			cites = append(cites, r.Cite)
		}
	}
	if len(cites) == 0 {
		return ""
	}
	return "Đáp ứng: " + strings.Join(cites, "; ")
}
