package ui

import (
	"bytes"
	"context"
	"io"
	"strconv"

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
			u.chooseSave(v.importB, "DeNghi-"+strconv.Itoa(year)+".xlsx", v.exportProposals(u.CampaignID()))
		}),
		fyne.NewMenuItem("Tải mẫu Excel danh sách đề nghị…", func() {
			u.chooseSave(v.importB, "MauDeNghiKhenThuong.xlsx", v.writeTemplate(lists.ListProposals))
		}),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Nhập quyết định khen thưởng cũ từ Excel/CSV…", func() { u.chooseFile(v.importHistory) }),
		fyne.NewMenuItem("Tải mẫu Excel quyết định cũ…", func() {
			u.chooseSave(v.importB, "MauQuyetDinhCu.xlsx", v.writeTemplate(lists.ListAwards))
		}),
		fyne.NewMenuItem("Xuất danh sách khen thưởng năm "+strconv.Itoa(year)+"…", func() {
			u.chooseSave(v.importB, "KhenThuong-"+strconv.Itoa(year)+".xlsx", v.exportAwards(year))
		}),
	)
	c := fyne.CurrentApp().Driver().CanvasForObject(v.importB)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.importB)
	widget.ShowPopUpMenuAtPosition(menu, c, pos.Add(fyne.NewPos(0, v.importB.Size().Height)))
}

func (v *proposalsView) importProposals(rc io.ReadCloser, name string) {
	u := v.t.u
	id := u.CampaignID()
	u.runImport(lists.ListProposals, v.importB, rc, name, v.afterChange, func(func(n, total int)) (app.ImportResult, []*app.Error, error) {
		return v.lists.importProposals(context.Background(), id, rc, name)
	})
}

func (v *proposalsView) importHistory(rc io.ReadCloser, name string) {
	u := v.t.u
	u.runImport(lists.ListAwards, v.importB, rc, name, v.afterChange, func(func(n, total int)) (app.ImportResult, []*app.Error, error) {
		return v.lists.importAwardHistory(context.Background(), rc, name)
	})
}

// exportProposals writes a campaign's proposals with the result of the legal checks as of the
// planned signing date (in the background: see saveTo).
func (v *proposalsView) exportProposals(campaignID int64) saveFunc {
	asOf := v.date()
	return func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		n, err := v.lists.exportProposals(context.Background(), campaignID, asOf, w, name)
		return "Đã xuất " + strconv.Itoa(n) + " đề nghị ra tệp " + name + ".", err
	}
}

// exportAwards writes the awards of a year's issued decisions.
func (v *proposalsView) exportAwards(year int) saveFunc {
	return func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		n, err := v.lists.exportAwards(context.Background(), year, w, name)
		return "Đã xuất " + strconv.Itoa(n) + " khen thưởng ra tệp " + name + ".", err
	}
}

// writeTemplate writes the import template of a list of the tab.
func (v *proposalsView) writeTemplate(kind lists.ListKind) saveFunc {
	sheets := v.t.u.sheets
	return func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		return "", lists.WriteAwardTemplate(sheets, kind, w, name)
	}
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
	v.t.u.chooseSaveURI(v.payout, name, func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		return "", v.writePayout(id, w, name)
	}, v.t.u.openIfPDF)
}

// writePayout writes the payout list of a decision: PDF or a spreadsheet, by the file name.
func (v *decisionsView) writePayout(id int64, w io.Writer, name string) error {
	ctx := context.Background()
	u := v.t.u
	d, err := v.svc.Decision(ctx, id)
	if err != nil {
		return err
	}
	as, err := v.svc.Awards(ctx, id)
	if err != nil {
		return err
	}
	s, err := v.office.DecisionSettings(ctx, id) // the names the decision was issued with
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
