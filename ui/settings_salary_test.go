package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A new base salary from 01/07/2026 with its decree: a draft signed after it shows the bonus
// recomputed; the row the issued decision used can be neither deleted nor edited, and a row that
// would start before that decision is refused in the form, which stays open.
func TestSettings_BaseSalaryRows(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	dv := draftDecision(t, u, w)
	test.Tap(dv.edit)
	dv.editor.date.SetText("15/07/2026")
	dv.editor.dlg.Submit()
	before := dv.awTable.text()[0][4]

	st := u.settings
	u.selectTab(u.settings.content)
	test.Tap(st.salAdd)
	test.Type(st.salFrom, "01/01/2025")
	test.Type(st.salAmount, "2.530.000")
	test.Type(st.salRef, "Nghị định số 73/2024/NĐ-CP")
	form := overlay(w)
	enter(w)
	if overlay(w) != form || !strings.Contains(dialogText(w), "Đã có quyết định ban hành") {
		t.Fatalf("a row splitting an issued decision's period: %q", dialogText(w))
	}
	st.salFrom.SetText("01/07/2026")
	w.Canvas().Focus(st.salFrom)
	enter(w)
	if overlay(w) != nil {
		t.Fatalf("the new row was not saved: %q", dialogText(w))
	}
	if got := colText(st.salTable, 1); len(got) != 4 || got[3] != "2.530.000 đ" {
		t.Fatalf("base salaries = %q", got)
	}
	dv.selectID(dv.current().ID)
	if after := dv.awTable.text()[0][4]; after == before {
		t.Errorf("the draft's bonus stayed %s with the new base salary", after)
	}

	// The row of 01/07/2024 computed the issued decision 07/QĐ-UBND: no delete, no edit.
	st.salTable.Select(widget.TableCellID{Row: 2, Col: 0})
	test.Tap(st.salDel)
	closeDialog(t, w, "Có")
	if !strings.Contains(dialogText(w), "đã dùng để tính tiền thưởng") {
		t.Errorf("deleting a used row: %q", dialogText(w))
	}
	escape(w)
	st.salTable.Select(widget.TableCellID{Row: 2, Col: 0})
	test.Tap(st.salEdit)
	st.salAmount.SetText("2.000.000")
	enter(w)
	if !strings.Contains(dialogText(w), "đã dùng để tính tiền thưởng") {
		t.Errorf("editing a used row: %q", dialogText(w))
	}
	escape(w)
	// The new one, unused by any issued decision, can go.
	st.salTable.Select(widget.TableCellID{Row: 3, Col: 0})
	test.Tap(st.salDel)
	closeDialog(t, w, "Có")
	if got := colText(st.salTable, 1); len(got) != 3 {
		t.Errorf("after deleting the new row: %q", got)
	}
}
