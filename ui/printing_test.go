package ui

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
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

func TestPrinting_DecisionAndCertificates(t *testing.T) {
	db := mustDB(t, true)
	u, _ := mustUI(t, db)
	d := sampleDecision(t, u)
	dv := u.awards.decisions
	if dv.printDecision.Disabled() || dv.printCerts.Disabled() {
		t.Fatal("print buttons disabled on an issued decision")
	}
	if got := fileStem(d); got != "07-2025" {
		t.Errorf("file stem = %q", got)
	}
	var buf bytes.Buffer
	if err := dv.writeDecision(d.ID, &buf); err != nil {
		t.Fatal(err)
	}
	if n := pdf.PageCount(buf.Bytes()); n < 2 {
		t.Errorf("decision has %d pages, want the decision and its list", n)
	}

	test.Tap(dv.printCerts)
	c := dv.certs
	if c == nil || len(c.checks) != 18 {
		t.Fatalf("certificate dialog: %+v", c)
	}
	test.Tap(c.checks[0]) // leave the first out
	ids := c.chosen()
	if len(ids) != 17 {
		t.Fatalf("chosen %d", len(ids))
	}
	buf.Reset()
	var last int
	if err := c.write(ids, false, &buf, func(n, total int) { last = n }); err != nil {
		t.Fatal(err)
	}
	if n := pdf.PageCount(buf.Bytes()); n != 17 || last != 17 {
		t.Errorf("%d pages, progress ended at %d; want 17", n, last)
	}
	buf.Reset()
	c.mode.SetSelected(modeBlank)
	if err := c.write(ids[:2], true, &buf, nil); err != nil || pdf.PageCount(buf.Bytes()) != 2 {
		t.Errorf("blank mode: %v, %d pages", err, pdf.PageCount(buf.Bytes()))
	}

	// Once printed, printing again needs a reason.
	if err := db.RecordPrints(context.Background(), ids[:1], false, "", today()); err != nil {
		t.Fatal(err)
	}
	c.onConfirm(true)
	if !strings.Contains(u.lastError, "1 Giấy khen đã được in trước đây") {
		t.Errorf("reprint without a reason: %q", u.lastError)
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

// A refused form shows the reason, then comes back with what was typed (nothing entered is lost).
func TestDecisions_RefusedFormComesBack(t *testing.T) {
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
	if !strings.Contains(u.lastError, "trước ngày ký") {
		t.Fatalf("error = %q", u.lastError)
	}
	errDlg := w.Canvas().Overlays().Top()
	if errDlg == form {
		t.Fatal("the error is not shown above the form")
	}
	test.Tap(findButton(t, errDlg, "Đồng ý"))
	if w.Canvas().Overlays().Top() == nil || dv.revokeWhy.Text != "Sai tên" {
		t.Errorf("the form did not come back with the reason typed (%q)", dv.revokeWhy.Text)
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
