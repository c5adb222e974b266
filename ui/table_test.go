package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Every column header of the tables shows whole: the column is at least as wide as its title.
func TestTables_HeadersFit(t *testing.T) {
	u, _ := mustUI(t, mustDB(t, true))
	for name, tt := range map[string]*textTable{"cán bộ": u.units.table, "đề nghị": u.awards.proposals.table,
		"quyết định": u.awards.decisions.table, "khen thưởng": u.awards.decisions.awTable, "sổ vàng": u.awards.register.table,
		"lương cơ sở": u.settings.salTable, "hệ số": u.settings.coefTable, "người ký": u.settings.signers.table} {
		for i, c := range tt.cols {
			need := widget.NewLabelWithStyle(c.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}).MinSize().Width
			if got := tt.widths[i]; got < need {
				t.Errorf("%s: column «%s» is %v px, its title needs %v", name, c.title, got, need)
			}
		}
	}
}
