package sheet

import (
	"strconv"
	"strings"
)

// formulaStarts are the first characters that make a spreadsheet program read a CSV cell as a
// formula (OWASP «CSV Injection»): = + - @, and a tab or carriage return before them.
const formulaStarts = "=+-@\t\r"

// neutralise prefixes a cell that a spreadsheet would run as a formula with an apostrophe, as the
// OWASP guide prescribes, so that «=HYPERLINK(…)» or «=cmd|…» is shown as text. A cell already
// starting with an apostrophe gets one more, so that unneutralise gives back exactly the cell.
func neutralise(cell string) string {
	if isPlainNumber(cell) {
		return cell // -5 is a number to every program, not a formula
	}
	if cell != "" && (strings.IndexByte(formulaStarts, cell[0]) >= 0 || cell[0] == '\'') {
		return "'" + cell
	}
	return cell
}

// unneutralise undoes neutralise when reading a CSV: an apostrophe followed by a formula character
// or another apostrophe is dropped. Any other leading apostrophe is the user's own and is kept.
func unneutralise(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && (strings.IndexByte(formulaStarts, cell[1]) >= 0 || cell[1] == '\'') {
		return cell[1:]
	}
	return cell
}

// neutraliseRow returns the row with every cell neutralised.
func neutraliseRow(row []string) []string {
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = neutralise(c)
	}
	return out
}

// isPlainNumber reports whether cell is a plain decimal number such as -5 or -2980000.5.
func isPlainNumber(cell string) bool {
	if cell == "" || cell[0] == '+' || strings.ContainsAny(cell, "eEinfINFxX_") {
		return false
	}
	_, err := strconv.ParseFloat(cell, 64)
	return err == nil
}
