package ui

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
)

// onRecord records (or corrects) what the chosen unit sent for the chosen period.
func (v *reportsView) onRecord() {
	c, ok := v.cell()
	if !ok {
		return
	}
	unit, _ := v.selectedUnit()
	p := v.grid.Periods[v.sel.Col-1]
	rep := c.Report
	received, docNo, docDate, note := NewEntry(), NewEntry(), NewEntry(), NewEntry()
	received.SetPlaceHolder("dd/mm/yyyy")
	docDate.SetPlaceHolder("dd/mm/yyyy")
	docNo.SetPlaceHolder("12/BC-UBND")
	if c.Received {
		received.SetText(viet.FormatDate(rep.ReceivedOn))
		docNo.SetText(rep.DocNumber)
		docDate.SetText(app.DateText(rep.DocDate))
		note.SetText(rep.Note)
	} else {
		received.SetText(v.asOf.Text)
	}
	var file []byte
	var fileName string
	fileLabel := widget.NewLabel(rep.FileName)
	fileLabel.Truncation = fyne.TextTruncateEllipsis
	choose := NewButton("Chọn tệp…", func() {
		v.u.showOpen([]string{".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods"}, func(rc fyne.URIReadCloser, err error) {
			if err != nil || rc == nil {
				v.u.showError(err)
				return
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				v.u.showError(app.Errorf(app.EINVALID, "Không đọc được tệp %s.", rc.URI().Name()))
				return
			}
			file, fileName = b, rc.URI().Name()
			fileLabel.SetText(fileName)
		})
	})
	items := []*widget.FormItem{
		widget.NewFormItem("Ngày nhận", received), widget.NewFormItem("Số văn bản", docNo),
		widget.NewFormItem("Ngày văn bản", docDate), widget.NewFormItem("Tệp nhận được", wrapRow(choose, fileLabel)),
		widget.NewFormItem("Ghi chú", note),
	}
	title := p.Name + " — " + unit.Name
	v.recordForm = v.u.showForm(title, "Lưu", items, fyne.NewSize(560, 380), func() error {
		r := app.UnitReport{ID: rep.ID, PeriodID: p.ID, UnitID: unit.ID, DocNumber: docNo.Text, Note: note.Text}
		var err error
		if r.ReceivedOn, err = viet.ParseDate(received.Text); err != nil {
			return app.FieldError("Ngày nhận", "Trường «Ngày nhận»: %s không phải ngày dd/mm/yyyy.", viet.Quote(received.Text))
		}
		if docDate.Text != "" {
			if r.DocDate, err = viet.ParseDate(docDate.Text); err != nil {
				return app.FieldError("Ngày văn bản", "Trường «Ngày văn bản»: %s không phải ngày dd/mm/yyyy.", viet.Quote(docDate.Text))
			}
		}
		var rd io.Reader
		if file != nil {
			rd = bytes.NewReader(file)
		}
		_, err = v.svc.SaveUnitReport(context.Background(), r, fileName, rd)
		return err
	}, func() { v.reload(v.u.CampaignID()) })
}

// onOpenFile opens the file a unit sent with the system's viewer.
func (v *reportsView) onOpenFile() {
	c, ok := v.cell()
	if !ok || c.Report.FilePath == "" {
		return
	}
	target, err := url.Parse(storage.NewFileURI(c.Report.FilePath).String())
	if err == nil {
		err = v.u.open(target)
	}
	if err != nil {
		v.u.showError(app.Errorf(app.EINVALID, "Không mở được tệp %s: máy chưa có chương trình mở loại tệp này.", c.Report.FileName))
	}
}

// onPeriods edits the periods' due dates; a campaign without periods gets the default ones.
func (v *reportsView) onPeriods() {
	id := v.u.CampaignID()
	if id == 0 {
		return
	}
	if len(v.grid.Periods) == 0 {
		v.u.confirm("Kỳ báo cáo", "Tạo Kế hoạch phát động (hạn 31/01) và bốn kỳ báo cáo: Quý I (15/03), 6 tháng (15/06), 9 tháng (15/09), Năm (15/11)?", func() {
			if err := v.svc.AddDefaultPeriods(context.Background(), id); err != nil {
				v.u.showError(err)
			}
			v.reload(id)
		})
		return
	}
	entries := make([]*Entry, len(v.grid.Periods))
	var items []*widget.FormItem
	for i, p := range v.grid.Periods {
		entries[i] = NewEntry()
		entries[i].SetPlaceHolder("dd/mm/yyyy")
		entries[i].SetText(app.DateText(p.Due))
		items = append(items, widget.NewFormItem("Hạn "+p.Name, entries[i]))
	}
	periods := append([]app.ReportingPeriod(nil), v.grid.Periods...)
	v.u.showForm("Hạn của các kỳ báo cáo", "Lưu", items, fyne.NewSize(460, 360), func() error {
		dues := make([]time.Time, len(periods))
		for i, e := range entries { // every date checked before any is saved
			if e.Text == "" {
				continue
			}
			t, err := viet.ParseDate(e.Text)
			if err != nil {
				return app.FieldError("Hạn "+periods[i].Name, "Trường «Hạn %s»: %s không phải ngày dd/mm/yyyy.", periods[i].Name, viet.Quote(e.Text))
			}
			dues[i] = t
		}
		var changed []app.ReportingPeriod
		for i, p := range periods {
			if !p.Due.Equal(dues[i]) {
				p.Due = dues[i]
				changed = append(changed, p)
			}
		}
		if len(changed) == 0 {
			return nil
		}
		return v.svc.SavePeriods(context.Background(), id, changed)
	}, func() { v.reload(id) })
}

// reminderWriter lays out the công văn; pdf.Documents does.
type reminderWriter interface {
	Reminder(w io.Writer, r docs.ReminderDoc) error
}

// onReminder writes the công văn đôn đốc of the period chosen in «Kỳ» (PDF), or its list (.xlsx).
func (v *reportsView) onReminder() {
	id, pi := v.u.CampaignID(), v.periodIndex()
	if id == 0 || pi < 0 {
		v.u.showError(app.FieldError("Kỳ", "Hãy chọn ở ô «Kỳ» kỳ báo cáo cần đôn đốc."))
		return
	}
	p := v.grid.Periods[pi]
	units, err := v.grid.ReminderUnits(pi)
	if err != nil {
		v.u.showError(err)
		return
	}
	rw, ok := v.u.docs.(reminderWriter)
	if !ok {
		v.u.showError(app.Errorf(app.EINTERNAL, "Bản chương trình này không in được công văn."))
		return
	}
	asOf, stem := v.grid.AsOf, "CongVanDonDoc_"+asciiStem(p.Name)
	pdfBtn := NewButton("Lưu công văn (PDF)…", nil)
	xlsBtn := NewButton("Lưu danh sách (Excel)…", nil)
	msg := widget.NewLabel("Công văn đôn đốc " + p.Name + " gửi " + viet.FormatFixed(int64(len(units)), 0) + " đơn vị chưa báo cáo đến ngày " + viet.FormatDate(asOf) + ".")
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Công văn đôn đốc", "Đóng", container.NewVBox(msg, wrapRow(pdfBtn, xlsBtn)), v.u.win)
	pdfBtn.OnTapped = func() {
		d.Hide()
		v.u.chooseSaveURI(v.remind, stem+".pdf", func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
			doc, err := docs.Reminder(context.Background(), v.svc, id, p.Name, asOf, asOf)
			if err != nil {
				return "", err
			}
			return "", rw.Reminder(w, doc)
		}, v.u.openIfPDF)
	}
	xlsBtn.OnTapped = func() {
		d.Hide()
		v.u.chooseSave(v.remind, stem+".xlsx", func(w io.Writer, name string, _ func(n, total int)) (string, error) {
			return "", v.u.sheets.WriteTable(w, name, docs.ReminderTable(p, units, asOf), []float64{6, 40, 14, 16, 12, 24})
		})
	}
	d.Resize(fyne.NewSize(520, 200))
	v.u.present(d, nil)
}

// asciiStem is a file name part without accents or spaces: «6 tháng» → «6_thang».
func asciiStem(s string) string {
	var b []rune
	for _, r := range viet.FoldKey(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b = append(b, r)
		case r == ' ':
			b = append(b, '_')
		}
	}
	return string(b)
}

// onPoints scores the «Chế độ báo cáo» items of every unit from the reports as of the date shown.
func (v *reportsView) onPoints() {
	id := v.u.CampaignID()
	asOf, err := v.asOfDate()
	if id == 0 || err != nil {
		v.u.showError(err)
		return
	}
	v.u.confirm("Tính điểm «Chế độ báo cáo»", "Tính điểm các tiêu chí «Chế độ báo cáo» của mọi đơn vị theo tình hình báo cáo đến ngày "+
		viet.FormatDate(asOf)+"? Mỗi kỳ đã đến hạn là một phần bằng nhau của điểm tối đa: đúng hạn đủ phần, trễ nửa phần, không báo cáo 0.", func() {
		var n, locked int
		v.u.background(func() error {
			var err error
			n, locked, err = v.svc.ApplyReportPoints(context.Background(), id, asOf)
			return err
		}, func(err error) {
			if err != nil {
				v.u.showError(err)
				return
			}
			msg := "Đã tính điểm " + viet.FormatFixed(int64(n), 0) + " tiêu chí «Chế độ báo cáo»."
			if n == 0 {
				msg = "Bộ tiêu chí chưa có tiêu chí nào tính điểm từ theo dõi báo cáo: đánh dấu ở thẻ Tiêu chí (sửa tiêu chí)."
			}
			if locked > 0 {
				msg += " " + viet.FormatFixed(int64(locked), 0) + " đơn vị đã khóa thẩm định nên giữ nguyên điểm."
			}
			v.u.notify(msg)
		})
	})
}

// onUnrecord removes a report recorded by mistake (the file stays in the evidence folder).
func (v *reportsView) onUnrecord() {
	c, ok := v.cell()
	if !ok || !c.Received {
		return
	}
	unit, _ := v.selectedUnit()
	p := v.grid.Periods[v.sel.Col-1]
	v.u.confirm("Xóa ghi nhận", "Xóa ghi nhận "+p.Name+" của "+unit.Name+" (nhận ngày "+viet.FormatDate(c.Report.ReceivedOn)+")? Tệp đã nhận vẫn giữ trong thư mục minh chứng.", func() {
		if err := v.svc.DeleteUnitReport(context.Background(), c.Report.ID); err != nil {
			v.u.showError(err)
		}
		v.reload(v.u.CampaignID())
	})
}
