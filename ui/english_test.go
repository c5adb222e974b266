package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// englishOn lists Fyne's English words left in o: a select's «(Select one)», a label or button in
// English Fyne put there.
func englishOn(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(x fyne.CanvasObject) {
		switch v := x.(type) {
		case *Select:
			if v.PlaceHolder == "(Select one)" || v.PlaceHolder == "" {
				out = append(out, "select «"+v.PlaceHolder+"» among "+strings.Join(v.Options, ","))
			}
		case *widget.Select:
			if v.PlaceHolder == "(Select one)" || v.PlaceHolder == "" {
				out = append(out, "select «"+v.PlaceHolder+"» among "+strings.Join(v.Options, ","))
			}
		case *Button:
			if v.Text == "OK" || v.Text == "Cancel" || v.Text == "Yes" || v.Text == "No" {
				out = append(out, v.Text)
			}
		case *widget.Button:
			if v.Text == "OK" || v.Text == "Cancel" || v.Text == "Yes" || v.Text == "No" {
				out = append(out, v.Text)
			}
		}
	})
	return out
}

// No English on screen: every select of every tab and of the forms reads Vietnamese when nothing
// is chosen.
func TestUI_NoEnglish(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	for _, path := range allTabPaths(u) { // every tab and sub-tab shown in turn
		openTab(t, u, path...)
		if e := englishOn(w.Content()); len(e) > 0 {
			t.Errorf("the tab %s shows %q", strings.Join(path, "/"), e)
		}
	}
	dv := u.awards.decisions
	sampleDecision(t, u)
	u.units.list.Select(1)
	u.units.table.Select(widget.TableCellID{Row: 0, Col: 1})
	for name, open := range map[string]func(){
		"Thêm đơn vị":   func() { test.Tap(u.units.addUnit) },
		"Thêm cán bộ":   func() { test.Tap(u.units.addPerson) },
		"Chi tiết":      func() { test.Tap(u.units.personDetails) },
		"Thêm đề nghị":  func() { test.Tap(u.awards.proposals.add) },
		"Xóa cán bộ":    func() { test.Tap(u.units.removePerson) },
		"In Giấy khen…": func() { test.Tap(dv.printCerts) },
	} {
		open()
		if overlay(w) == nil {
			t.Fatalf("%s: no dialog", name)
		}
		if e := englishOn(overlay(w)); len(e) > 0 {
			t.Errorf("%s shows %q", name, e)
		}
		escape(w)
	}
	editor := newDecisionEditor(dv, *dv.current(), nil)
	if e := englishOn(editor.signer); len(e) > 0 {
		t.Errorf("the decision editor shows %q", e)
	}
}
