package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"thidua/app"
)

// draftDecision approves «Phan Hữu Tài» and makes a draft decision of it, shown selected.
func draftDecision(t *testing.T, u *UI, w fyne.Window) *decisionsView {
	t.Helper()
	v := u.awards.proposals
	selectProposal(t, v, "Phan Hữu Tài")
	test.Tap(v.approve)
	test.Tap(v.toDecision)
	closeDialog(t, w, "Đồng ý")
	until(t, "the checks", func() bool { return settled(u, w) })
	dv := u.awards.decisions
	if d := dv.current(); d == nil || d.Status != app.DecisionDraft {
		t.Fatalf("no draft selected: %+v", d)
	}
	return dv
}

func escape(w fyne.Window) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := w.Canvas().OnTypedKey(); h != nil {
		h(ev)
	}
}

func enter(w fyne.Window) {
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// The văn thư's number as written: refused with what to type, the dialog staying with the number
// and the focus; then «Số 15/QĐ-UBND» and Enter issue the decision as number 15.
func TestDecisions_IssueNumberAsWritten(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	dv := draftDecision(t, u, w)
	id := dv.current().ID
	test.Tap(dv.issue)
	form := overlay(w)
	if w.Canvas().Focused() != dv.number {
		t.Fatalf("the number field is not focused: %T", w.Canvas().Focused())
	}
	test.Type(dv.number, "15/QĐ-CT")
	enter(w)
	if overlay(w) != form || dv.number.Text != "15/QĐ-CT" || w.Canvas().Focused() != dv.number {
		t.Fatalf("after a refusal: dialog kept %v, text %q, focus %T", overlay(w) == form, dv.number.Text, w.Canvas().Focused())
	}
	if got := dialogText(w); !strings.Contains(got, "Ký hiệu 'QĐ-CT' khác ký hiệu của quyết định này (QĐ-UBND)") {
		t.Errorf("refusal = %q", got)
	}
	dv.number.SetText("")
	test.Type(dv.number, "Số 15/2023/QĐ-UBND")
	enter(w)
	if !strings.Contains(dialogText(w), "nhưng quyết định thuộc năm 2024") {
		t.Errorf("another year: %q", dialogText(w))
	}
	dv.number.SetText("")
	test.Type(dv.number, "Số 15/QĐ-UBND")
	enter(w)
	if !strings.Contains(dialogText(w), "Đã ban hành Quyết định số 15/QĐ-UBND") {
		t.Fatalf("after issuing: %q", dialogText(w))
	}
	if d, _ := db.Decision(context.Background(), id); d.Number != 15 || d.Status != app.DecisionIssued {
		t.Errorf("stored: %d %s", d.Number, d.Status)
	}
	escape(w) // Escape closes the information too
	if overlay(w) != nil {
		t.Errorf("Escape left %q", dialogText(w))
	}
}

// Every form opens with its first field focused; Enter saves a valid form; Escape cancels forms
// and confirmations.
func TestKeyboard_FocusEnterEscape(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	ut := u.units
	test.Tap(ut.addUnit)
	if w.Canvas().Focused() != ut.unitForm.name {
		t.Fatalf("«Thêm đơn vị» opens with %T focused, not the name", w.Canvas().Focused())
	}
	test.Type(ut.unitForm.name, "Ban Chỉ huy Quân sự huyện")
	ut.unitForm.kind.SetSelected(app.UnitOther.Label())
	w.Canvas().Focus(ut.unitForm.name)
	enter(w)
	if overlay(w) != nil || ut.selected == nil || ut.selected.Name != "Ban Chỉ huy Quân sự huyện" {
		t.Fatalf("Enter did not save the unit: dialog %q, selected %+v", dialogText(w), ut.selected)
	}
	test.Tap(ut.addPerson)
	if w.Canvas().Focused() != ut.personForm.name {
		t.Errorf("«Thêm cán bộ» opens with %T focused", w.Canvas().Focused())
	}
	escape(w)
	if overlay(w) != nil {
		t.Errorf("Escape left the person form open: %q", dialogText(w))
	}
	test.Tap(ut.removeUnit)
	if !strings.Contains(dialogText(w), "Xóa đơn vị") {
		t.Fatalf("no confirmation: %q", dialogText(w))
	}
	escape(w)
	if overlay(w) != nil {
		t.Errorf("Escape left the confirmation open")
	}
	us, _ := db.Units(context.Background())
	if !containsUnit(us, "Ban Chỉ huy Quân sự huyện") {
		t.Error("Escape on «Xóa đơn vị» deleted the unit")
	}
	test.Tap(u.awards.proposals.add)
	if f := u.awards.proposals.form; f == nil || w.Canvas().Focused() == nil {
		t.Error("«Thêm đề nghị» opens with nothing focused")
	}
	escape(w)
	if overlay(w) != nil {
		t.Errorf("Escape left the proposal form open")
	}
}

func containsUnit(us []app.Unit, name string) bool {
	for _, x := range us {
		if x.Name == name {
			return true
		}
	}
	return false
}

// keyboard types as the window does: to the focused widget, else to the canvas' handlers.
func keyboard(w fyne.Window, s string) {
	for _, r := range s {
		if f := w.Canvas().Focused(); f != nil {
			f.TypedRune(r)
		} else if h := w.Canvas().OnTypedRune(); h != nil {
			h(r)
		}
	}
}

func pressKey(w fyne.Window, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := w.Canvas().OnTypedKey(); h != nil {
		h(ev)
	}
}

// The unit field is searched by typing as the keyboard types: the list that drops down does not
// take the keys; ↓ and Enter choose; Escape closes the list, a second Escape the form.
func TestPicker_KeyboardThroughTheWindow(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	test.Tap(u.awards.proposals.add)
	f := u.awards.proposals.form
	if w.Canvas().Focused() != f.unit {
		t.Fatalf("the unit field is not focused: %T", w.Canvas().Focused())
	}
	keyboard(w, "tra bui")
	if f.unit.Text != "tra bui" {
		t.Fatalf("the field got %q of «tra bui»: the list took the keys", f.unit.Text)
	}
	pressKey(w, fyne.KeyReturn)
	if f.unit.Selected() != "Trà Bui — UBND xã Trà Bui" {
		t.Fatalf("Enter chose %q", f.unit.Selected())
	}
	keyboard(w, " x") // still matches: the list opens again
	if !f.unit.isOpen() {
		t.Fatal("no list for «trà bui x»")
	}
	pressKey(w, fyne.KeyEscape)
	if overlay(w) == nil {
		t.Fatal("the first Escape closed the form, not the list")
	}
	pressKey(w, fyne.KeyEscape)
	if overlay(w) != nil {
		t.Errorf("the second Escape left %q", dialogText(w))
	}
}
