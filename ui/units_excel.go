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
func (t *unitsTab) importFrom(kind lists.ListKind, r io.ReadCloser, name string, done func()) {
	u := t.u
	u.runImport(kind, r, name, done, func(progress func(n, total int)) (app.ImportResult, []*app.Error, error) {
		return t.lists.importList(context.Background(), kind, r, name, u.today(), progress)
	})
}

// chooseExport asks where to save a list (.xlsx or .csv, from the name typed) and writes it.
func (t *unitsTab) chooseExport(kind lists.ListKind, defaultName string) {
	t.u.chooseSave(defaultName, func(w io.Writer, name string) error { return t.exportTo(kind, w, name) })
}

// exportTo writes a list to w; name gives the format (.xlsx or .csv).
func (t *unitsTab) exportTo(kind lists.ListKind, w io.Writer, name string) error {
	u := t.u
	n, err := t.lists.exportList(context.Background(), kind, w, name)
	if err == nil {
		u.notify("Đã xuất " + strconv.Itoa(n) + " " + kind.Label() + " ra tệp " + name + ".")
	}
	return err
}

// chooseTemplate saves the import template of a list.
func (t *unitsTab) chooseTemplate(kind lists.ListKind, defaultName string) {
	u := t.u
	u.chooseSave(defaultName, func(w io.Writer, name string) error {
		err := lists.WriteTemplate(u.sheets, kind, w, name)
		if err == nil {
			u.notify("Đã lưu mẫu " + name + ". Điền mỗi " + kind.Label() + " một dòng, giữ nguyên dòng tiêu đề.")
		}
		return err
	})
}
