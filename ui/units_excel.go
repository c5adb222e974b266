package ui

import (
	"context"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// onExcelMenu offers the Excel and CSV actions of the tab.
func (t *unitsTab) onExcelMenu() {
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Nhập danh sách đơn vị từ Excel/CSV…", func() { t.u.chooseImport(app.ListUnits, t.afterImport) }),
		fyne.NewMenuItem("Nhập danh sách cán bộ từ Excel/CSV…", func() { t.u.chooseImport(app.ListPeople, t.afterImport) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Xuất danh sách đơn vị…", func() { t.u.chooseExport(app.ListUnits, "DanhSachDonVi.xlsx") }),
		fyne.NewMenuItem("Xuất danh sách cán bộ…", func() { t.u.chooseExport(app.ListPeople, "DanhSachCanBo.xlsx") }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Tải mẫu Excel danh sách đơn vị…", func() { t.u.chooseTemplate(app.ListUnits, "MauDanhSachDonVi.xlsx") }),
		fyne.NewMenuItem("Tải mẫu Excel danh sách cán bộ…", func() { t.u.chooseTemplate(app.ListPeople, "MauDanhSachCanBo.xlsx") }),
	)
	c := fyne.CurrentApp().Driver().CanvasForObject(t.excel)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(t.excel)
	widget.ShowPopUpMenuAtPosition(menu, c, pos.Add(fyne.NewPos(0, t.excel.Size().Height)))
}

func (t *unitsTab) afterImport() {
	t.reload()
	t.refreshStaff()
}

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

// chooseImport asks for an .xlsx or .csv file and imports it.
func (u *UI) chooseImport(kind app.ListKind, done func()) {
	u.chooseFile(func(rc io.ReadCloser, name string) { u.importFrom(kind, rc, name, done) })
}

// chooseFile asks for an .xlsx or .csv file to read.
func (u *UI) chooseFile(use func(rc io.ReadCloser, name string)) {
	done := func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if rc == nil {
			return // cancelled
		}
		u.rememberFolder(rc.URI())
		use(rc, rc.URI().Name())
	}
	if u.nativeOpen([]string{".xlsx", ".csv"}, done) {
		return
	}
	d := dialog.NewFileOpen(done, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".csv", ".XLSX", ".CSV"}))
	if l := u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// importFrom imports a unit or people list (see runImport).
func (u *UI) importFrom(kind app.ListKind, r io.ReadCloser, name string, done func()) {
	u.runImport(kind, r, name, done, func(progress func(n, total int)) (app.ImportResult, []*app.Error, error) {
		return app.ImportList(context.Background(), u.svc, u.sheets, kind, r, name, u.today(), progress)
	})
}

// runImport imports a file in the background behind a progress bar, then says what happened: how
// many rows were added and which were skipped as duplicates, or every bad row when the file was
// refused (nothing is stored then).
func (u *UI) runImport(kind app.ListKind, r io.ReadCloser, name string, done func(),
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
func (u *UI) showImportErrors(kind app.ListKind, name string, errs []*app.Error) {
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

func (u *UI) showImportResult(kind app.ListKind, res app.ImportResult) {
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

// chooseExport asks where to save a list (.xlsx or .csv, from the name typed) and writes it.
func (u *UI) chooseExport(kind app.ListKind, defaultName string) {
	u.chooseSave(defaultName, func(w io.Writer, name string) error { return u.exportTo(kind, w, name) })
}

// exportTo writes a list to w; name gives the format (.xlsx or .csv).
func (u *UI) exportTo(kind app.ListKind, w io.Writer, name string) error {
	n, err := app.ExportList(context.Background(), u.svc, u.sheets, kind, w, name)
	if err == nil {
		u.notify("Đã xuất " + strconv.Itoa(n) + " " + kind.Label() + " ra tệp " + name + ".")
	}
	return err
}

// chooseTemplate saves the import template of a list.
func (u *UI) chooseTemplate(kind app.ListKind, defaultName string) {
	u.chooseSave(defaultName, func(w io.Writer, name string) error {
		err := app.WriteTemplate(u.sheets, kind, w, name)
		if err == nil {
			u.notify("Đã lưu mẫu " + name + ". Điền mỗi " + kind.Label() + " một dòng, giữ nguyên dòng tiêu đề.")
		}
		return err
	})
}

func (u *UI) chooseSave(defaultName string, write func(w io.Writer, name string) error) {
	u.chooseSaveURI(defaultName, write, nil)
}

// chooseSaveURI is chooseSave with something to do with the file once written (open a PDF).
func (u *UI) chooseSaveURI(defaultName string, write func(w io.Writer, name string) error, after func(fyne.URI)) {
	done := func(wc fyne.URIWriteCloser, err error) {
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
	}
	if u.nativeSave(defaultName, done) {
		return
	}
	d := dialog.NewFileSave(done, u.win)
	d.SetFileName(defaultName)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".csv", ".pdf"}))
	if l := u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}
