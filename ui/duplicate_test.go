package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// «ubnd xa tra bui» beside «UBND xã Trà Bui»: the form asks first, naming the existing unit;
// «Không» brings the form back as typed, «Có» saves. A person likewise within a unit.
func TestUnitsTab_LookAlikeNameAsks(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	ut := u.units
	test.Tap(ut.addUnit)
	test.Type(ut.unitForm.name, "ubnd xa tra bui")
	ut.unitForm.kind.SetSelected("Xã")
	test.Tap(findButton(t, overlay(w), "Lưu"))
	if !strings.Contains(dialogText(w), "Đã có đơn vị «UBND xã Trà Bui»") {
		t.Fatalf("no question naming the existing unit: %q", dialogText(w))
	}
	closeDialog(t, w, "Không")
	if overlay(w) == nil || ut.unitForm.name.Text != "ubnd xa tra bui" {
		t.Fatalf("«Không» did not bring the form back as typed")
	}
	test.Tap(findButton(t, overlay(w), "Lưu"))
	closeDialog(t, w, "Có")
	if ut.selected == nil || ut.selected.Name != "ubnd xa tra bui" {
		t.Fatalf("«Có» did not save: %+v", ut.selected)
	}

	test.Type(ut.filter, "tra doc")
	ut.list.Select(1)
	existing := ut.staff[0].FullName
	test.Tap(ut.addPerson)
	test.Type(ut.personForm.name, strings.ToLower(existing))
	ut.personForm.gender.SetSelected("Nam")
	test.Tap(findButton(t, overlay(w), "Lưu"))
	if !strings.Contains(dialogText(w), "Đơn vị đã có cán bộ «"+existing+"»") {
		t.Errorf("no question naming %q: %q", existing, dialogText(w))
	}
}
