package ui

import (
	"strconv"
	"strings"

	"thidua/app"
)

// Marks of the check results. They must be in a font Fyne bundles: Noto Sans has none of them and
// Windows gives Fyne no fallback (✓ U+2713 and ✗ U+2717 showed as «�» under wine), so these are
// the emoji-font ones; TestMarks_HaveGlyphs checks them.
const (
	markOK    = "✔"
	markWarn  = "⚠"
	markBlock = "✖"
)

// checkingText stands for the result of the checks while they run.
const checkingText = "Đang kiểm tra…"

// summary is the short result of the checks shown in the table.
func summary(rs []app.Reason) string {
	var warn, block int
	for _, r := range rs {
		switch r.Severity {
		case app.SeverityWarning:
			warn++
		case app.SeverityBlock:
			block++
		}
	}
	switch {
	case block > 0:
		return markBlock + " Không đủ điều kiện"
	case warn > 0:
		return markWarn + " " + strconv.Itoa(warn) + " cảnh báo"
	case len(rs) > 0:
		return markOK + " Đủ điều kiện"
	}
	return ""
}

func reasonLines(rs []app.Reason) string {
	var b strings.Builder
	for _, r := range rs {
		mark := markOK
		switch r.Severity {
		case app.SeverityWarning:
			mark = markWarn
		case app.SeverityBlock:
			mark = markBlock
		}
		b.WriteString(mark + " " + r.String() + "\n")
	}
	return strings.TrimSpace(b.String())
}
