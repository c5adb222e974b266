package ui

// The window's file dialogs (open a list, save a file, remember the last folder), the runner that
// imports a list in the background behind a progress bar, and opening a saved PDF.

import (
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/lists"
)

const prefLastFolder = "lastFolder"

// rememberFolder keeps the folder of a chosen file for the next dialog (UI state: Preferences).
func (u *UI) rememberFolder(uri fyne.URI) {
	if uri != nil && uri.Scheme() == "file" {
		fyne.CurrentApp().Preferences().SetString(prefLastFolder, filepath.Dir(uri.Path()))
	}
}

func (u *UI) lastFolder() fyne.ListableURI {
	dir := fyne.CurrentApp().Preferences().String(prefLastFolder)
	if dir == "" {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

// chooseFile asks for an .xlsx or .csv file to read.
func (u *UI) chooseFile(use func(rc io.ReadCloser, name string)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if rc == nil {
			return // cancelled
		}
		u.rememberFolder(rc.URI())
		use(rc, rc.URI().Name())
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".csv", ".XLSX", ".CSV"}))
	if l := u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// runImport imports a file in the background behind a progress bar, then says what happened: how
// many rows were added and which were skipped as duplicates, or every bad row when the file was
// refused (nothing is stored then).
func (u *UI) runImport(kind lists.ListKind, r io.ReadCloser, name string, done func(),
	work func(progress func(n, total int)) (app.ImportResult, []*app.Error, error)) {
	bar := widget.NewProgressBar()
	label := widget.NewLabel("Đang đọc tệp " + name + "…")
	prog := dialog.NewCustomWithoutButtons("Nhập danh sách "+kind.Label(), container.NewVBox(label, bar), u.win)
	prog.Resize(fyne.NewSize(480, 140))
	prog.Show()
	var res app.ImportResult
	var rowErrs []*app.Error
	progress := func(n, total int) {
		fyne.Do(func() {
			label.SetText("Đang ghi " + strconv.Itoa(n) + "/" + strconv.Itoa(total) + " dòng…")
			bar.SetValue(float64(n) / float64(total))
		})
	}
	u.background(func() error {
		defer r.Close()
		var err error
		res, rowErrs, err = work(progress)
		return err
	}, func(err error) {
		prog.Hide()
		switch {
		case err != nil:
			u.showError(err)
		case len(rowErrs) > 0:
			u.showImportErrors(kind, name, rowErrs)
		default:
			u.showImportResult(kind, res)
			if done != nil {
				done()
			}
		}
	})
}

// showImportErrors lists every bad row; nothing was imported.
func (u *UI) showImportErrors(kind lists.ListKind, name string, errs []*app.Error) {
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	u.lastImportErrors = msgs
	head := widget.NewLabel("Không nhập dòng nào của tệp " + name + ": tệp có " + strconv.Itoa(len(errs)) +
		" lỗi. Hãy sửa các dòng dưới đây trong Excel rồi nhập lại.")
	head.Wrapping = fyne.TextWrapWord
	list := widget.NewList(func() int { return len(msgs) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Wrapping = fyne.TextWrapWord; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(msgs[i]) })
	d := dialog.NewCustom("Lỗi khi nhập danh sách "+kind.Label(), "Đóng", container.NewBorder(head, nil, nil, nil, list), u.win)
	d.Resize(fyne.NewSize(820, 520))
	d.Show()
}

func (u *UI) showImportResult(kind lists.ListKind, res app.ImportResult) {
	msg := "Đã nhập " + strconv.Itoa(res.Added) + " " + kind.Label() + "."
	if n := len(res.Duplicates); n > 0 {
		shown := res.Duplicates
		if n > 15 {
			shown = append(shown[:15:15], "… và "+strconv.Itoa(n-15)+" dòng khác.")
		}
		msg += "\nBỏ qua " + strconv.Itoa(n) + " dòng trùng với dữ liệu đã có:\n" + strings.Join(shown, "\n")
	}
	u.notify(msg)
}

func (u *UI) chooseSave(defaultName string, write func(w io.Writer, name string) error) {
	u.chooseSaveURI(defaultName, write, nil)
}

// chooseSaveURI is chooseSave with something to do with the file once written (open a PDF).
func (u *UI) chooseSaveURI(defaultName string, write func(w io.Writer, name string) error, after func(fyne.URI)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc == nil {
			return
		}
		u.rememberFolder(wc.URI())
		werr := write(wc, wc.URI().Name())
		if cerr := wc.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			u.showError(werr)
			return
		}
		if after != nil {
			after(wc.URI())
		}
	}, u.win)
	d.SetFileName(defaultName)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".csv", ".pdf"}))
	if l := u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// chooseSaveTarget asks where to save and hands over the open file (background work writes it).
func (u *UI) chooseSaveTarget(defaultName string, use func(fyne.URIWriteCloser)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc == nil {
			return
		}
		u.rememberFolder(wc.URI())
		use(wc)
	}, u.win)
	d.SetFileName(defaultName)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	if l := u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// openIfPDF opens a saved PDF in the system viewer, to print at 100% ("Actual size").
func (u *UI) openIfPDF(uri fyne.URI) {
	if uri == nil || !strings.EqualFold(uri.Extension(), ".pdf") {
		return
	}
	if _, err := os.Stat(uri.Path()); err != nil {
		return
	}
	target, err := url.Parse(uri.String())
	if err == nil {
		err = fyne.CurrentApp().OpenURL(target)
	}
	if err != nil {
		u.showError(app.Errorf(app.EINTERNAL, "Đã lưu %s nhưng không mở được trình xem PDF; hãy mở tệp bằng tay.", uri.Name()))
	}
}

func isPDF(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".pdf") }
