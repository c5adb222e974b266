package ui

// The window's file dialogs (open a list, save a file, remember the last folder), the runner that
// imports a list in the background behind a progress bar, and opening a saved PDF.

import (
	"io"
	"log"
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
	u.showOpen([]string{".xlsx", ".csv"}, func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if rc == nil {
			return // cancelled
		}
		u.rememberFolder(rc.URI())
		use(rc, rc.URI().Name())
	})
}

// showOpen shows the dialog that asks for a file to read with one of exts (".xlsx"; nil: any file): Windows' own
// on Windows (filedialog_windows.go), Fyne's elsewhere, opened at the last folder used.
func (u *UI) showOpen(exts []string, done func(fyne.URIReadCloser, error)) {
	if u.nativeOpen(exts, done) {
		return
	}
	d := dialog.NewFileOpen(done, u.win)
	if len(exts) > 0 { // none: any file (an attachment, a piece of evidence)
		d.SetFilter(storage.NewExtensionFileFilter(withUpper(exts)))
	}
	if l := u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// showSave shows the dialog that asks where to save defaultName: Windows' own on Windows, Fyne's
// elsewhere, opened at the last folder used.
func (u *UI) showSave(defaultName string, exts []string, done func(fyne.URIWriteCloser, error)) {
	if u.nativeSave(defaultName, done) {
		return
	}
	d := dialog.NewFileSave(done, u.win)
	d.SetFileName(defaultName)
	d.SetFilter(storage.NewExtensionFileFilter(withUpper(exts)))
	if l := u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// withUpper adds the upper-case form of each extension: Fyne's filter is case-sensitive and
// Windows files are often named .XLSX.
func withUpper(exts []string) []string {
	out := append([]string(nil), exts...)
	for _, e := range exts {
		out = append(out, strings.ToUpper(e))
	}
	return out
}

// runImport imports a file in the background behind a progress bar, then says what happened: how
// many rows were added and which were skipped as duplicates, or every bad row when the file was
// refused (nothing is stored then). busy is the button of the menu that started it.
func (u *UI) runImport(kind lists.ListKind, busy *Button, r io.ReadCloser, name string, done func(),
	work func(progress func(n, total int)) (app.ImportResult, []*app.Error, error)) *progress {
	var res app.ImportResult
	var rowErrs []*app.Error
	return u.runTask(task{
		title: "Nhập danh sách " + kind.Label(),
		text:  "Đang đọc tệp " + name + "…",
		busy:  busy,
		step: func(n, total int) string {
			return "Đang ghi " + strconv.Itoa(n) + "/" + strconv.Itoa(total) + " dòng…"
		},
		work: func(report func(n, total int)) error {
			defer r.Close()
			var err error
			res, rowErrs, err = work(report)
			return err
		},
		done: func(err error) {
			switch {
			case err != nil:
				u.showError(err)
			case len(rowErrs) > 0:
				u.showImportErrors("danh sách "+kind.Label(), name, rowErrs)
			default:
				u.showImportResult(kind, res)
				if done != nil {
					done()
				}
			}
		},
	})
}

// showImportErrors lists every bad row (or cell) of a refused file, what being what the file held
// («đơn vị», «tự chấm»); nothing was imported. The list scrolls, however many errors there are.
func (u *UI) showImportErrors(what, name string, errs []*app.Error) {
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	head := widget.NewLabel("Không nhập dòng nào của tệp " + name + ": tệp có " + strconv.Itoa(len(errs)) +
		" lỗi. Hãy sửa các dòng dưới đây trong Excel rồi nhập lại.")
	head.Wrapping = fyne.TextWrapWord
	list := NewList(func() int { return len(msgs) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Wrapping = fyne.TextWrapWord; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(msgs[i]) })
	d := dialog.NewCustom("Lỗi khi nhập "+what, "Đóng", container.NewBorder(head, nil, nil, nil, list), u.win)
	d.Resize(fyne.NewSize(820, 520))
	u.present(d, nil)
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

// saveFunc writes a file of the given name. It runs off the UI goroutine (it must not touch
// widgets), may report progress, and returns what to tell the user ("" for nothing).
type saveFunc func(w io.Writer, name string, report func(n, total int)) (string, error)

// chooseSave asks where to save a file (.xlsx or .csv, from the name typed) and writes it in the
// background; busy (may be nil) is the button that stays disabled meanwhile.
func (u *UI) chooseSave(busy *Button, defaultName string, write saveFunc) {
	u.chooseSaveURI(busy, defaultName, write, nil)
}

// chooseSaveURI is chooseSave with something to do with the file once written (open a PDF).
func (u *UI) chooseSaveURI(busy *Button, defaultName string, write saveFunc, after func(fyne.URI)) {
	u.showSave(defaultName, []string{".xlsx", ".csv", ".pdf"}, func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc == nil {
			return
		}
		u.saveTo(wc, busy, write, after)
	})
}

// saveTo is what a save dialog does with the file chosen: write it in the background behind a
// progress dialog, then tell the user (or show the error) and run after (open the PDF).
func (u *UI) saveTo(wc fyne.URIWriteCloser, busy *Button, write saveFunc, after func(fyne.URI)) *progress {
	u.rememberFolder(wc.URI())
	name := wc.URI().Name()
	var msg string
	return u.runTask(task{
		title: "Đang ghi tệp " + name + "…",
		busy:  busy,
		work: func(report func(n, total int)) error {
			var err error
			msg, err = write(wc, name, report)
			if cerr := wc.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				// The dialog emptied the file already; half a document under its name would be
				// taken for a good one. Remove it (the error shown says what failed).
				if derr := storage.Delete(wc.URI()); derr != nil {
					log.Printf("không xóa được tệp ghi dở %s: %v", wc.URI(), derr)
				}
			}
			return err
		},
		done: func(err error) {
			if err != nil {
				u.showError(err)
				return
			}
			if after != nil {
				after(wc.URI())
			}
			u.showSaved(wc.URI(), msg)
		},
	})
}

// chooseSaveTarget asks where to save and hands over the open file (background work writes it).
func (u *UI) chooseSaveTarget(defaultName string, use func(fyne.URIWriteCloser)) {
	u.showSave(defaultName, []string{".pdf"}, func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc == nil {
			return
		}
		u.rememberFolder(wc.URI())
		use(wc)
	})
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
		err = u.open(target)
	}
	if err != nil {
		log.Printf("mở %s: %v", uri.Path(), err)
		u.noViewer = true // said plainly in the «Đã lưu» message that follows, not as an error
	}
}

func isPDF(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".pdf") }
