package ui

import (
	"context"
	"io"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/lists"
)

// onExcelMenu offers the Excel and CSV actions of the tab.
func (t *unitsTab) onExcelMenu() {
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Nhập danh sách đơn vị từ Excel/CSV…", func() { t.chooseImport(lists.ListUnits, t.afterImport) }),
		fyne.NewMenuItem("Nhập danh sách cán bộ từ Excel/CSV…", func() { t.chooseImport(lists.ListPeople, t.afterImport) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Xuất danh sách đơn vị…", func() { t.chooseExport(lists.ListUnits, "DanhSachDonVi.xlsx") }),
		fyne.NewMenuItem("Xuất danh sách cán bộ…", func() { t.chooseExport(lists.ListPeople, "DanhSachCanBo.xlsx") }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Tải mẫu Excel danh sách đơn vị…", func() { t.chooseTemplate(lists.ListUnits, "MauDanhSachDonVi.xlsx") }),
		fyne.NewMenuItem("Tải mẫu Excel danh sách cán bộ…", func() { t.chooseTemplate(lists.ListPeople, "MauDanhSachCanBo.xlsx") }),
	)
	c := fyne.CurrentApp().Driver().CanvasForObject(t.excel)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(t.excel)
	widget.ShowPopUpMenuAtPosition(menu, c, pos.Add(fyne.NewPos(0, t.excel.Size().Height)))
}

func (t *unitsTab) afterImport() {
	t.reload()
	t.refreshStaff()
}

// chooseImport asks for an .xlsx or .csv file and imports it.
func (t *unitsTab) chooseImport(kind lists.ListKind, done func()) {
	t.u.chooseFile(func(rc io.ReadCloser, name string) { t.importFrom(kind, rc, name, done) })
}

// importFrom imports a unit or people list (see runImport).
func (t *unitsTab) importFrom(kind lists.ListKind, r io.ReadCloser, name string, done func()) *progress {
	asOf := t.u.today()
	return t.u.runImport(kind, t.excel, r, name, done, func(progress func(n, total int)) (app.ImportResult, []*app.Error, error) {
		return t.lists.importList(context.Background(), kind, r, name, asOf, progress)
	})
}

// chooseExport asks where to save a list (.xlsx or .csv, from the name typed) and writes it.
func (t *unitsTab) chooseExport(kind lists.ListKind, defaultName string) {
	t.u.chooseSave(t.excel, defaultName, t.exportTo(kind))
}

// exportTo writes a list; the file's name gives the format (.xlsx or .csv).
func (t *unitsTab) exportTo(kind lists.ListKind) saveFunc {
	return func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		n, err := t.lists.exportList(context.Background(), kind, w, name)
		return "Đã xuất " + strconv.Itoa(n) + " " + kind.Label() + " ra tệp " + name + ".", err
	}
}

// chooseTemplate saves the import template of a list.
func (t *unitsTab) chooseTemplate(kind lists.ListKind, defaultName string) {
	sheets := t.u.sheets
	t.u.chooseSave(t.excel, defaultName, func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		if err := lists.WriteTemplate(sheets, kind, w, name); err != nil {
			return "", err
		}
		return "Đã lưu mẫu " + name + ". Điền mỗi " + kind.Label() + " một dòng, giữ nguyên dòng tiêu đề.", nil
	})
}
