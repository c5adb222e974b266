package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"thidua/app/docs"
)

// Cài đặt → Cơ quan: the names are edited and checked there; a decision issued before keeps the
// names it was issued with, a draft takes the new ones.
func TestSettings_OfficeEditKeepsIssued(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	ctx := context.Background()
	issued := sampleDecision(t, u)
	dv := draftDecision(t, u, w)
	draft := dv.current().ID

	st := u.settings
	if !st.saveOffice.Disabled() {
		t.Error("«Lưu thông tin cơ quan» enabled before any change")
	}
	place := st.values["Địa danh"]
	place.SetText("")
	if place.Validate() == nil {
		t.Error("an empty place validates")
	}
	test.Tap(st.saveOffice)
	if !strings.Contains(dialogText(w), "Địa danh") {
		t.Fatalf("an empty place was not refused: %q", dialogText(w))
	}
	escape(w)
	test.Type(place, "Trà My")
	test.Tap(st.saveOffice)
	if !strings.Contains(dialogText(w), "Đã lưu thông tin cơ quan") {
		t.Fatalf("after saving: %q", dialogText(w))
	}
	escape(w)
	if s, _ := db.Settings(ctx); s.Place != "Trà My" {
		t.Fatalf("stored place = %q", s.Place)
	}
	old, err := docs.DecisionDocument(ctx, db, issued.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(old.PlaceDate, "Bắc Trà My, ngày") {
		t.Errorf("the issued decision now reads %q", old.PlaceDate)
	}
	now, err := docs.DecisionDocument(ctx, db, draft)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(now.PlaceDate, "Trà My, ngày") {
		t.Errorf("the draft reads %q", now.PlaceDate)
	}
}
