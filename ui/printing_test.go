package ui

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/pdf"
)

func sampleDecision(t *testing.T, u *UI) app.Decision {
	t.Helper()
	dv := u.awards.decisions
	dv.selectID(dv.list[0].ID)
	if dv.current() == nil {
		t.Fatal("no decision")
	}
	return *dv.current()
}

// answerSave answers the save dialog on top as a user would: it opened in the last folder used,
// dir, with the name the app proposes, want; «Lưu» writes there. It returns the path.
func answerSave(t *testing.T, w fyne.Window, dir, want string) string {
	t.Helper()
	var named bool
	walk(overlay(w), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Text == want {
			named = true
		}
	})
	if !named {
		t.Fatalf("no save dialog proposing %q: %q", want, dialogText(w))
	}
	test.Tap(findButton(t, overlay(w), "Lưu"))
	return filepath.Join(dir, want)
}

// printed waits for a file written in the background: while it is written the progress dialog is on
// top and busy disabled; at the end the dialog is gone, busy enabled, and the file is a PDF.
// It returns the file's bytes and the values the bar showed.
func printed(t *testing.T, u *UI, w fyne.Window, busy fyne.Disableable, path string) ([]byte, []float64) {
	t.Helper()
	prog, bar := progressShown(w)
	if prog == nil || !strings.Contains(dialogText(w), "Đang ghi tệp "+filepath.Base(path)) || !busy.Disabled() {
		t.Fatalf("no progress while %s is written (%q), button disabled %v", filepath.Base(path), dialogText(w), busy.Disabled())
	}
	var values []float64
	until(t, filepath.Base(path), func() bool {
		if bar != nil && bar.Visible() && (len(values) == 0 || values[len(values)-1] != bar.Value) {
			values = append(values, bar.Value)
		}
		return settled(u, w)
	})
	for _, o := range w.Canvas().Overlays().List() {
		if o == prog {
			t.Error("the progress dialog stays")
		}
	}
	if busy.Disabled() {
		t.Error("the button stays disabled")
	}
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("%s: not a PDF (%v, %d bytes); shown: %q", path, err, len(b), dialogText(w))
	}
	return b, values
}

func TestPrinting_DecisionAndPayout(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	d := sampleDecision(t, u)
	dv := u.awards.decisions
	if dv.printDecision.Disabled() || dv.payout.Disabled() {
		t.Fatal("print buttons disabled on an issued decision")
	}
	if got := fileStem(d); got != "07-2025" {
		t.Errorf("file stem = %q", got)
	}
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(prefLastFolder, dir)

	test.Tap(dv.printDecision)
	b, _ := printed(t, u, w, dv.printDecision, answerSave(t, w, dir, "QD-07-2025.pdf"))
	if n := pdf.PageCount(b); n < 2 {
		t.Errorf("decision has %d pages, want the decision and its list", n)
	}

	test.Tap(dv.payout)
	b, _ = printed(t, u, w, dv.payout, answerSave(t, w, dir, "ChiTienThuong-QD-07-2025.pdf"))
	if n := pdf.PageCount(b); n < 1 {
		t.Errorf("payout list has %d pages", n)
	}
}

func TestPrinting_Certificates(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	d := sampleDecision(t, u)
	dv := u.awards.decisions
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(prefLastFolder, dir)

	test.Tap(dv.printCerts)
	c := dv.certs
	if c == nil || len(c.checks) != 18 {
		t.Fatalf("certificate dialog: %+v", c)
	}
	test.Tap(c.checks[0]) // leave the first out
	if len(c.chosen()) != 17 {
		t.Fatalf("chosen %d", len(c.chosen()))
	}
	test.Tap(findButton(t, overlay(w), "In…"))
	b, values := printed(t, u, w, dv.printCerts, answerSave(t, w, dir, "GiayKhen-QD-07-2025.pdf"))
	if n := pdf.PageCount(b); n != 17 {
		t.Errorf("%d pages, want 17", n)
	}
	if len(values) < 2 || values[len(values)-1] != 1 {
		t.Errorf("the bar showed %v; want it to move and reach the end", values)
	}
	reg, err := db.Register(context.Background(), d.Year)
	if err != nil {
		t.Fatal(err)
	}
	prints := 0
	for _, e := range reg {
		prints += e.PrintCount
	}
	if prints != 17 {
		t.Errorf("the register counts %d prints, want 17", prints)
	}

	// Two of them again, on blanks: printed before, so a reason is asked first.
	test.Tap(dv.printCerts)
	c = dv.certs
	c.mode.SetSelected(modeBlank)
	test.Tap(findButton(t, overlay(w), "Bỏ chọn"))
	test.Tap(c.checks[1])
	test.Tap(c.checks[2])
	test.Tap(findButton(t, overlay(w), "In…"))
	if !strings.Contains(dialogText(w), "2 Giấy khen đã được in trước đây") {
		t.Fatalf("reprint without a reason: %q", dialogText(w))
	}
	closeDialog(t, w, "Đồng ý")
	test.Type(c.reason, "In lệch")
	test.Tap(findButton(t, overlay(w), "In…"))
	b, _ = printed(t, u, w, dv.printCerts, answerSave(t, w, dir, "GiayKhen-QD-07-2025-Phoi.pdf"))
	if n := pdf.PageCount(b); n != 2 {
		t.Errorf("blank mode: %d pages, want 2", n)
	}
	var reason string
	db.SQL().QueryRow(`SELECT reason FROM certificate_print ORDER BY id DESC LIMIT 1`).Scan(&reason)
	if reason != "In lệch" {
		t.Errorf("reprint reason recorded = %q", reason)
	}
}

func TestBlanksView_SaveAndImage(t *testing.T) {
	db := mustDB(t, true)
	u, _ := mustUI(t, db)
	v := u.settings.blanks
	name := v.rows[app.FieldName]
	if name.x.Text == "" || name.align.Selected != "Giữa" {
		t.Fatalf("layout not loaded: x %q align %q", name.x.Text, name.align.Selected)
	}
	name.y.SetText("95,5")
	v.dx.SetText("1,5")
	v.onSave()
	l, err := db.BlankLayout(context.Background(), app.BlankKind)
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := l.Field(app.FieldName); f.Y != 95.5 || l.OffsetX != 1.5 {
		t.Errorf("saved %+v offset %v", f, l.OffsetX)
	}
	name.y.SetText("abc")
	if _, err := v.value(); err == nil || !strings.Contains(app.ErrorMessage(err), "không phải là số") {
		t.Errorf("bad number: %v", err)
	}
	name.y.SetText("95,5")

	img := image.NewRGBA(image.Rect(0, 0, 297, 210))
	img.Set(10, 10, color.Black)
	var b bytes.Buffer
	png.Encode(&b, img)
	if err := v.loadImage(&b, "phoi.png"); err != nil {
		t.Fatal(err)
	}
	if v.preview.img.Image == nil {
		t.Error("the preview shows no image")
	}
	if err := v.loadImage(strings.NewReader("not an image"), "x.png"); err == nil {
		t.Error("a file that is no image was kept")
	}
	if got, _, _ := db.BlankImage(context.Background(), app.BlankKind); len(got) == 0 {
		t.Error("the image was not stored")
	}
	if len(v.preview.boxes) != 2*len(app.BlankFields) {
		t.Errorf("%d preview objects for %d fields", len(v.preview.boxes), len(app.BlankFields))
	}
}

// A refused form stays open with the reason under its fields, what was typed and the focus in its
// first field (nothing entered is lost, no second dialog to close).
func TestDecisions_RefusedFormStays(t *testing.T) {
	db := mustDB(t, true)
	u, w := mustUI(t, db)
	d := sampleDecision(t, u)
	dv := u.awards.decisions
	test.Tap(dv.revoke)
	dv.revokeOn.SetText("01/01/2025") // before the decision was signed (10/01/2025)
	test.Type(dv.revokeWhy, "Sai tên")
	form := w.Canvas().Overlays().Top()
	if form == nil {
		t.Fatal("no revoke form")
	}
	// «Thu hồi»: the form is valid, the service refuses the date.
	submitTop(t, w)
	if w.Canvas().Overlays().Top() != form {
		t.Fatal("the form closed on a refusal")
	}
	if !strings.Contains(dialogText(w), "trước ngày ký") {
		t.Fatalf("the refusal is not shown in the form: %q", dialogText(w))
	}
	if dv.revokeWhy.Text != "Sai tên" || w.Canvas().Focused() != dv.revokeOn {
		t.Errorf("after the refusal: reason %q, focus on %T", dv.revokeWhy.Text, w.Canvas().Focused())
	}
	if x, _ := db.Decision(context.Background(), d.ID); x.Status != app.DecisionIssued {
		t.Errorf("status = %s", x.Status)
	}
}

func submitTop(t *testing.T, w fyne.Window) {
	t.Helper()
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Thu hồi"))
}

// findButton finds a button by its text in an overlay.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
		if b, ok := o.(*Button); ok && b.Text == text {
			found = &b.Button // the screens' buttons (keyfwd.go); tapping it taps them
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}
