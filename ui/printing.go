package ui

import (
	"bytes"
	"context"
	"io"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// fileStem is "07-2025" for Quyết định số 07/QĐ-UBND of 2025, "DuThao" for a draft: ASCII names.
func fileStem(d app.Decision) string {
	if d.Number == 0 {
		return "DuThao-" + strconv.Itoa(d.Year)
	}
	n := strconv.Itoa(d.Number)
	if d.Number < 10 {
		n = "0" + n
	}
	return n + "-" + strconv.Itoa(d.Year)
}

// onPrintDecision saves the decision as PDF ("QD-07-2025.pdf") and opens it in the PDF viewer.
func (v *decisionsView) onPrintDecision() {
	d := v.current()
	if d == nil {
		return
	}
	id := d.ID
	v.t.u.chooseSaveURI(v.printDecision, "QD-"+fileStem(*d)+".pdf", func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
		return "", v.writeDecision(id, w)
	}, v.t.u.openIfPDF)
}

func (v *decisionsView) writeDecision(id int64, w io.Writer) error {
	doc, err := v.docs.decisionDocument(context.Background(), id)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := v.t.u.docs.Decision(&buf, doc); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// certPrint is the «In Giấy khen» dialog: plain paper or blanks, all or some recipients, and the
// reason when some were printed before.
type certPrint struct {
	v       *decisionsView
	d       app.Decision
	awards  []app.Award
	mode    *widget.RadioGroup
	checks  []*Check
	reason  *Entry
	dlg     *dialog.ConfirmDialog
	printed int // of the chosen, already printed
}

const (
	modePlain = "Giấy trắng (in cả hoa văn, quốc hiệu, tiêu đề)"
	modeBlank = "Phôi in sẵn (chỉ in phần chữ thay đổi)"
)

func (v *decisionsView) onPrintCertificates() {
	d := v.current()
	if d == nil {
		return
	}
	as, err := v.svc.Awards(context.Background(), d.ID)
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.certs = newCertPrint(v, *d, as)
	v.t.u.present(v.certs.dlg, nil)
}

func newCertPrint(v *decisionsView, d app.Decision, as []app.Award) *certPrint {
	c := &certPrint{v: v, d: d, awards: as}
	c.mode = NewRadioGroup([]string{modePlain, modeBlank}, nil)
	c.mode.SetSelected(modePlain)
	list := container.NewVBox()
	for _, a := range as {
		label := a.Name
		if a.CertificateNo != "" {
			label += " — số " + a.CertificateNo
		}
		ch := NewCheck(label, nil)
		ch.SetChecked(true)
		c.checks = append(c.checks, ch)
		list.Add(ch)
	}
	all := NewButton("Chọn tất cả", func() { c.setAll(true) })
	none := NewButton("Bỏ chọn", func() { c.setAll(false) })
	c.reason = textEntry("", nil)
	c.reason.SetPlaceHolder("Lý do in lại (khi có Giấy khen đã in trước đây)")
	note := widget.NewLabel("Khi in, chọn cỡ «Kích thước thực / Actual size» (100%), không «Vừa trang».")
	note.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(c.mode, container.NewHBox(widget.NewLabel("Người nhận:"), all, none))
	bottom := container.NewVBox(c.reason, note)
	body := container.NewBorder(top, bottom, nil, nil, container.NewVScroll(list))
	c.dlg = dialog.NewCustomConfirm("In Giấy khen — Quyết định số "+d.NumberText(), "In…", "Hủy", body, c.onConfirm, v.t.u.win)
	c.dlg.Resize(fyne.NewSize(760, 600))
	return c
}

func (c *certPrint) setAll(on bool) {
	for _, ch := range c.checks {
		ch.SetChecked(on)
	}
}

func (c *certPrint) chosen() []int64 {
	var ids []int64
	for i, ch := range c.checks {
		if ch.Checked {
			ids = append(ids, c.awards[i].ID)
		}
	}
	return ids
}

func (c *certPrint) onConfirm(ok bool) {
	if !ok {
		return
	}
	u := c.v.t.u
	ids := c.chosen()
	if len(ids) == 0 {
		u.showErrorThen(app.Errorf(app.EINVALID, "Chưa chọn người nhận nào."), func() { u.present(c.dlg, nil) })
		return
	}
	printed, err := c.v.prints.PrintedBefore(context.Background(), ids)
	if err != nil {
		u.showError(err)
		return
	}
	c.printed = printed
	if printed > 0 && viet.Normalize(c.reason.Text) == "" {
		u.showErrorThen(app.Errorf(app.EINVALID, "%d Giấy khen đã được in trước đây: hãy ghi lý do in lại (hỏng, in lệch, mất…).", printed), func() { u.present(c.dlg, nil) })
		return
	}
	suffix := ""
	if c.mode.Selected == modeBlank {
		suffix = "-Phoi"
	}
	c.v.t.u.chooseSaveTarget("GiayKhen-QD-"+fileStem(c.d)+suffix+".pdf", func(wc fyne.URIWriteCloser) { c.render(ids, wc) })
}

// render lays out the certificates in the background behind a progress bar, writes the file,
// records the printing in the register, then opens the PDF.
func (c *certPrint) render(ids []int64, wc fyne.URIWriteCloser) *progress {
	u := c.v.t.u
	blank := c.mode.Selected == modeBlank
	reason := c.reason.Text
	at := u.today()
	return u.saveTo(wc, c.v.printCerts, func(w io.Writer, _ string, report func(n, total int)) (string, error) {
		return "", c.write(ids, blank, w, report)
	}, func(uri fyne.URI) {
		// Recorded only once the file is whole (written and closed): a failed write counts no
		// print and does not turn the next print into a reprint.
		if err := c.v.prints.RecordPrints(context.Background(), ids, blank, reason, at); err != nil {
			u.showError(err)
			return
		}
		u.onCampaignChanged("")
		u.openIfPDF(uri)
	})
}

func (c *certPrint) write(ids []int64, blank bool, w io.Writer, progress func(n, total int)) error {
	ctx := context.Background()
	u := c.v.t.u
	docs, err := c.v.docs.certificateDocuments(ctx, c.d.ID, ids)
	if err != nil {
		return err
	}
	var layout *app.BlankLayout
	if blank {
		l, err := c.v.prints.BlankLayout(ctx, app.BlankKind)
		if err != nil {
			return err
		}
		layout = &l
	}
	var buf bytes.Buffer
	if err := u.docs.Certificates(&buf, docs, layout, progress); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}
