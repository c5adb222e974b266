package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Cài đặt → Người ký: a signer is added with the period in the post (checked), another is
// renamed; the issued decision keeps the signer it was issued with.
func TestSettings_Signers(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	v := u.settings.signers
	issued := sampleDecision(t, u)
	test.Tap(v.add)
	test.Type(v.name, "Nguyễn Văn Bình")
	test.Type(v.title, "Phó Chủ tịch")
	v.deputy.SetChecked(true)
	test.Type(v.from, "01/07/2026")
	test.Type(v.to, "01/01/2026")
	form := overlay(w)
	enter(w)
	if overlay(w) != form || !strings.Contains(dialogText(w), "trước ngày bắt đầu") {
		t.Fatalf("a period ending before it starts: %q", dialogText(w))
	}
	v.to.SetText("")
	w.Canvas().Focus(v.name)
	enter(w)
	if overlay(w) != nil {
		t.Fatalf("the signer was not saved: %q", dialogText(w))
	}
	if names := colText(v.table, 0); !contains(names, "Nguyễn Văn Bình") {
		t.Fatalf("signers = %q", names)
	}
	// Rename the chairman who signed 07/QĐ-UBND.
	for i, s := range v.signers {
		if s.FullName == issued.SignerName {
			v.table.Select(widget.TableCellID{Row: i, Col: 0})
		}
	}
	test.Tap(v.edit)
	v.name.SetText("Thái Hoàng Vũ Anh")
	w.Canvas().Focus(v.name)
	enter(w)
	if names := colText(v.table, 0); !contains(names, "Thái Hoàng Vũ Anh") {
		t.Fatalf("after renaming: %q", names)
	}
	if d, _ := db.Decision(context.Background(), issued.ID); d.SignerName != "Thái Hoàng Vũ" {
		t.Errorf("the issued decision's signer became %q", d.SignerName)
	}
}
