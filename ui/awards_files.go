package ui

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/lists"
)

// onExcel offers the Excel actions of the Khen thưởng tab.
func (v *proposalsView) onExcel() {
	u := v.t.u
	year := u.currentCampaign().Year
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Nhập danh sách đề nghị từ Excel/CSV…", func() { u.chooseFile(v.importProposals) }),
		fyne.NewMenuItem("Xuất danh sách đề nghị…", func() {
			u.chooseSave("DeNghi-"+strconv.Itoa(year)+".xlsx", v.exportProposals)
		}),
		fyne.NewMenuItem("Tải mẫu Excel danh sách đề nghị…", func() {
			u.chooseSave("MauDeNghiKhenThuong.xlsx", func(w io.Writer, name string) error {
				return lists.WriteAwardTemplate(u.sheets, lists.ListProposals, w, name)
			})
		}),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Nhập quyết định khen thưởng cũ từ Excel/CSV…", func() { u.chooseFile(v.importHistory) }),
		fyne.NewMenuItem("Tải mẫu Excel quyết định cũ…", func() {
			u.chooseSave("MauQuyetDinhCu.xlsx", func(w io.Writer, name string) error {
				return lists.WriteAwardTemplate(u.sheets, lists.ListAwards, w, name)
			})
		}),
		fyne.NewMenuItem("Xuất danh sách khen thưởng năm "+strconv.Itoa(year)+"…", func() {
			u.chooseSave("KhenThuong-"+strconv.Itoa(year)+".xlsx", v.exportAwards)
		}),
	)
	c := fyne.CurrentApp().Driver().CanvasForObject(v.importB)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.importB)
	widget.ShowPopUpMenuAtPosition(menu, c, pos.Add(fyne.NewPos(0, v.importB.Size().Height)))
}

func (v *proposalsView) importProposals(rc io.ReadCloser, name string) {
	u := v.t.u
	id := u.CampaignID()
	u.runImport(lists.ListProposals, rc, name, v.afterChange, func(func(n, total int)) (app.ImportResult, []*app.Error, error) {
		return lists.ImportProposalsFile(context.Background(), u.svc, u.sheets, id, rc, name)
	})
}

func (v *proposalsView) importHistory(rc io.ReadCloser, name string) {
	u := v.t.u
	u.runImport(lists.ListAwards, rc, name, v.afterChange, func(func(n, total int)) (app.ImportResult, []*app.Error, error) {
		return lists.ImportAwardHistoryFile(context.Background(), u.svc, u.sheets, rc, name)
	})
}

func (v *proposalsView) exportProposals(w io.Writer, name string) error {
	n, err := lists.ExportProposalsCheckedFile(context.Background(), v.t.u.svc, v.t.u.sheets, v.t.u.CampaignID(), v.date(), w, name)
	if err == nil {
		v.t.u.notify("Đã xuất " + strconv.Itoa(n) + " đề nghị ra tệp " + name + ".")
	}
	return err
}

func (v *proposalsView) exportAwards(w io.Writer, name string) error {
	n, err := lists.ExportAwardsFile(context.Background(), v.t.u.svc, v.t.u.sheets, v.t.u.currentCampaign().Year, w, name)
	if err == nil {
		v.t.u.notify("Đã xuất " + strconv.Itoa(n) + " khen thưởng ra tệp " + name + ".")
	}
	return err
}

// onPayout saves the payout list of the selected decision as .xlsx or .pdf (from the name typed);
// a PDF is then opened in the system viewer to print (Fyne has no print API).
func (v *decisionsView) onPayout() {
	d := v.current()
	if d == nil {
		return
	}
	name := "ChiTienThuong-QD-" + fileStem(*d) + ".pdf"
	id := d.ID
	v.t.u.chooseSaveURI(name, func(w io.Writer, name string) error { return v.writePayout(id, w, name) }, v.t.u.openIfPDF)
}

// writePayout writes the payout list of a decision: PDF or a spreadsheet, by the file name.
func (v *decisionsView) writePayout(id int64, w io.Writer, name string) error {
	ctx := context.Background()
	u := v.t.u
	d, err := u.svc.Decision(ctx, id)
	if err != nil {
		return err
	}
	as, err := u.svc.Awards(ctx, id)
	if err != nil {
		return err
	}
	s, err := u.svc.Settings(ctx)
	if err != nil {
		return err
	}
	p := docs.BuildPayout(d, as, s)
	if isPDF(name) {
		var buf bytes.Buffer // write nothing on error: the file stays empty rather than half a PDF
		if err := u.docs.Payout(&buf, p); err != nil {
			return err
		}
		_, err := w.Write(buf.Bytes())
		return err
	}
	return u.sheets.WriteTable(w, name, docs.PayoutTable(p), docs.PayoutWidths)
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
