package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// welcome is the first-start dialog of an empty database.
type welcome struct {
	u       *UI
	dlg     *dialog.CustomDialog
	sample  *Button
	fresh   *Button
	year    *Entry
	name    *Entry
	form    *dialog.FormDialog
	loading *progress
}

func (u *UI) showWelcome() *welcome {
	w := &welcome{u: u}
	w.sample = NewButton("Dùng dữ liệu mẫu", w.onSample)
	w.sample.Importance = widget.HighImportance
	w.fresh = NewButton("Bắt đầu mới", w.onFresh)
	text := widget.NewLabel("Chào mừng đến với Thi đua CCHC.\n\nCơ sở dữ liệu còn trống. Bạn có thể dùng dữ liệu mẫu " +
		"(phong trào cải cách hành chính năm 2024 của huyện Bắc Trà My) để làm quen, hoặc bắt đầu với phong trào của đơn vị mình.")
	text.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(text, container.NewGridWithColumns(2, w.sample, w.fresh))
	w.dlg = dialog.NewCustomWithoutButtons("Bắt đầu", body, u.win)
	w.dlg.Resize(fyne.NewSize(560, 240))
	w.dlg.Show()
	return w
}

func (w *welcome) onSample() {
	w.dlg.Hide()
	today := w.u.today()
	w.loading = w.u.runTask(task{title: "Đang nạp dữ liệu mẫu…", busy: w.sample,
		work: func(func(n, total int)) error { return w.u.campaignSvc.LoadSample(context.Background(), today) },
		done: func(err error) {
			if err != nil {
				w.u.showErrorThen(err, w.dlg.Show) // the database is still empty: back to the choice
				return
			}
			w.u.Reload()
		}})
}

func (w *welcome) onFresh() {
	w.dlg.Hide()
	y := w.u.today().Year()
	w.year = NewEntry()
	w.year.SetText(strconv.Itoa(y))
	w.name = NewEntry()
	w.name.SetText("Phong trào thi đua cải cách hành chính năm " + strconv.Itoa(y))
	items := []*widget.FormItem{
		widget.NewFormItem("Năm", w.year),
		widget.NewFormItem("Tên phong trào", w.name),
	}
	w.form = dialog.NewForm("Phong trào đầu tiên", "Tạo", "Hủy", items, w.onFreshConfirm, w.u.win)
	w.form.Resize(fyne.NewSize(640, 220))
	w.u.presentForm(w.form, items)
}

func (w *welcome) onFreshConfirm(ok bool) {
	if !ok {
		w.dlg.Show() // back to the choice: the database is still empty
		return
	}
	year, err := viet.ParseYear("Năm", w.year.Text)
	if err == nil {
		_, err = w.u.campaignSvc.StartFresh(context.Background(), app.Campaign{Year: year, Name: w.name.Text, Status: app.CampaignOpen})
	}
	if err != nil {
		w.u.showErrorThen(err, func() { w.u.present(w.form, w.year) }) // the form again, with what was typed
		return
	}
	w.u.Reload()
}
