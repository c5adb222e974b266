package ui

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// backupView is Cài đặt → «Sao lưu và phục hồi»: the backups with their date and size, «Sao lưu
// ngay», «Phục hồi» (the selected backup, or a chosen file), «Mở thư mục sao lưu».
type backupView struct {
	u       *UI
	svc     app.BackupService
	content fyne.CanvasObject

	list     []app.BackupInfo
	selected int
	table    *textTable
	backup   *Button
	restore  *Button
	fromFile *Button
	folder   *Button
	status   *widget.Label
}

var backupCols = []column{{"Thời điểm", 150}, {"Lý do", 200}, {"Dung lượng", 100}, {"Tệp", 360}}

func newBackupView(u *UI, svc app.BackupService) *backupView {
	v := &backupView{u: u, svc: svc, selected: -1}
	v.table = newTextTable(backupCols, func() int { return len(v.list) }, v.cell)
	v.table.onSel = v.onSelected
	v.backup = NewButton("Sao lưu ngay", v.onBackup)
	v.backup.Importance = widget.HighImportance
	v.restore = NewButton("Phục hồi bản đã chọn…", v.onRestoreSelected)
	v.restore.Disable()
	v.fromFile = NewButton("Phục hồi từ tệp khác…", v.onRestoreFile)
	v.folder = NewButton("Mở thư mục sao lưu", v.onOpenFolder)
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	note := widget.NewLabel("Chương trình tự sao lưu mỗi ngày khi mở, trước mỗi lần nâng cấp dữ liệu, trước khi nhập danh sách và trước khi phục hồi; giữ bản của 30 ngày gần nhất và mỗi tháng một bản trong một năm. Mỗi bản được kiểm tra toàn vẹn ngay sau khi ghi.")
	note.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(v.backup, v.restore, v.fromFile, v.folder)
	v.content = container.NewBorder(container.NewVBox(note, buttons, v.status), nil, nil, nil, v.table)
	v.reload()
	return v
}

func (v *backupView) reload() {
	bs, err := v.svc.Backups(context.Background())
	if err != nil {
		v.u.showError(err)
	}
	v.list = bs
	v.selected = -1
	v.restore.Disable()
	v.table.UnselectAll()
	v.table.Refresh()
}

func (v *backupView) cell(row, col int) string {
	if row < 0 || row >= len(v.list) {
		return ""
	}
	b := v.list[row]
	switch col {
	case 0:
		return b.Time.Format("15:04 02/01/2006")
	case 1:
		return app.BackupReasonLabel(b.Reason)
	case 2:
		return sizeLabel(b.Size)
	}
	return b.Name
}

func (v *backupView) onSelected(row int) {
	v.selected = row
	v.restore.Enable()
}

func (v *backupView) onBackup() {
	v.backup.Disable()
	var b app.BackupInfo
	v.u.background(func() error {
		var err error
		b, err = v.svc.BackupNow(context.Background())
		return err
	}, func(err error) {
		v.backup.Enable()
		if err != nil {
			v.u.showError(err)
			return
		}
		v.status.SetText(fmt.Sprintf("Đã sao lưu vào %s (%s), đã kiểm tra toàn vẹn.", b.Name, sizeLabel(b.Size)))
		v.reload()
	})
}

func (v *backupView) onRestoreSelected() {
	if v.selected < 0 || v.selected >= len(v.list) {
		return
	}
	v.confirmRestore(v.list[v.selected].Path)
}

func (v *backupView) onRestoreFile() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		v.confirmRestore(path)
	}, v.u.win)
	if l, err := storage.ListerForURI(storage.NewFileURI(v.svc.BackupFolder())); err == nil {
		d.SetLocation(l)
	}
	d.SetFilter(storage.NewExtensionFileFilter([]string{".db"}))
	d.Show()
}

// confirmRestore asks before replacing the data, then restores in the background.
func (v *backupView) confirmRestore(path string) {
	msg := fmt.Sprintf("Phục hồi dữ liệu từ %s?\n\nChương trình kiểm tra tệp trước, giữ một bản của dữ liệu hiện tại trong thư mục sao lưu, rồi mới thay.", filepath.Base(path))
	dialog.ShowConfirm("Phục hồi dữ liệu", msg, func(ok bool) {
		if ok {
			v.doRestore(path)
		}
	}, v.u.win)
}

func (v *backupView) doRestore(path string) {
	prog := dialog.NewCustomWithoutButtons("Đang phục hồi…", widget.NewProgressBarInfinite(), v.u.win)
	prog.Show()
	v.u.background(func() error {
		return v.svc.RestoreFrom(context.Background(), path)
	}, func(err error) {
		prog.Hide()
		v.u.Reload()
		v.reload()
		if err != nil {
			v.u.showError(err)
			return
		}
		v.status.SetText("Đã phục hồi từ " + filepath.Base(path) + ". Dữ liệu trước khi phục hồi được giữ trong thư mục sao lưu.")
		v.u.notify(v.status.Text)
	})
}

func (v *backupView) onOpenFolder() {
	dir := v.svc.BackupFolder()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		v.u.showError(app.Errorf(app.EINTERNAL, "Không tạo được thư mục sao lưu %s.", dir))
		return
	}
	target, err := url.Parse(storage.NewFileURI(dir).String())
	if err == nil {
		err = fyne.CurrentApp().OpenURL(target)
	}
	if err != nil {
		v.u.showError(app.Errorf(app.EINTERNAL, "Không mở được thư mục %s; hãy mở bằng tay.", dir))
	}
}

// sizeLabel is a file size as the office reads it: 1,2 MB, 820 kB.
func sizeLabel(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d,%d MB", n>>20, (n%(1<<20))*10>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d kB", n>>10)
	}
	return fmt.Sprintf("%d byte", n)
}
