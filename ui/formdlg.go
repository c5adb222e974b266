package ui

import (
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// formDialog is a form in a dialog that stays open when saving is refused: the message shows
// in the dialog under the fields, what was typed stays, and the field is focused again. (Fyne's
// FormDialog closes on its button before the save can say no.)
type formDialog struct {
	u       *UI
	dlg     *dialog.CustomDialog
	form    *widget.Form
	items   []*widget.FormItem
	confirm *Button
	cancel  *Button
	message *widget.Label // the refusal, hidden until there is one
	save    func() error
	after   func()
	// typed, when set, says whether there is typed text that Hủy or Escape would lose: they
	// then ask before closing (long paragraphs of a report, not a one-line form).
	typed func() bool
}

// openForm shows a form whose confirm button (and Enter) runs save; a refusal keeps the form
// open with its message; on success the form closes and after runs (may be nil).
func (u *UI) openForm(title, confirm string, items []*widget.FormItem, size fyne.Size, save func() error, after func()) *formDialog {
	f := &formDialog{u: u, items: items, save: save, after: after}
	f.form = widget.NewForm(items...)
	f.message = widget.NewLabel("")
	f.message.Wrapping = fyne.TextWrapWord
	f.message.Importance = widget.DangerImportance
	f.message.Hide()
	f.confirm = NewButtonWithIcon(confirm, theme.ConfirmIcon(), f.Submit)
	f.confirm.Importance = widget.HighImportance
	f.cancel = NewButtonWithIcon("Hủy", theme.CancelIcon(), f.Cancel)
	f.form.SetOnValidationChanged(f.validated)
	f.validated(f.form.Validate())
	body := container.NewBorder(nil, f.message, nil, nil, container.NewVScroll(f.form))
	f.dlg = dialog.NewCustomWithoutButtons(title, body, u.win)
	f.dlg.SetButtons([]fyne.CanvasObject{f.cancel, f.confirm})
	f.dlg.Resize(size)
	submitOnEnter(items, f.Submit)
	u.present(f.dlg, firstField(items))
	u.dlgs.onEscape(f.dlg, f.Cancel)
	return f
}

// Cancel closes the form as «Hủy» does; with text typed that would be lost, it asks first.
func (f *formDialog) Cancel() {
	if f.typed == nil || !f.typed() {
		f.dlg.Hide()
		return
	}
	f.u.confirm("Bỏ những gì vừa viết?", "Những gì vừa viết chưa được lưu. Đóng hộp này sẽ bỏ chúng.\nBấm «Có» để bỏ, «Không» để quay lại viết tiếp (rồi bấm «Lưu»).", f.dlg.Hide)
}

func (f *formDialog) validated(err error) {
	if err != nil {
		f.confirm.Disable()
	} else {
		f.confirm.Enable()
	}
}

// Submit saves when the form is valid: on a refusal the dialog stays with the message and the
// first field focused; on success it closes.
func (f *formDialog) Submit() {
	if f.confirm.Disabled() {
		return
	}
	if err := f.save(); err != nil {
		f.refuse(err)
		return
	}
	f.dlg.Hide()
	if f.after != nil {
		f.after()
	}
}

func (f *formDialog) refuse(err error) {
	log.Printf("lỗi: %v", err)
	f.message.SetText(app.ErrorMessage(err))
	f.message.Show()
	if first := firstField(f.items); first != nil {
		f.u.win.Canvas().Focus(first)
	}
}
