package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// campaignForm is «Phong trào mới»: the year, the name, the launching document, the dates and what
// to copy from an earlier campaign.
type campaignForm struct {
	year, name, number, date, signer, start, end *Entry
	from                                         *Select
	copies                                       *widget.CheckGroup
	froms                                        []app.Campaign
	created                                      int64 // the campaign made, shown once the form closes
}

var copyLabels = []string{"Bộ tiêu chí", "Hội đồng và phiếu chấm sáng kiến", "Ngưỡng xếp loại", "Kỳ báo cáo"}

func (t *criteriaTab) onNewCampaign() {
	if !t.leave() {
		return
	}
	f := &campaignForm{year: NewEntry(), name: NewEntry(), number: NewEntry(), date: NewEntry(), signer: NewEntry(),
		start: NewEntry(), end: NewEntry(), froms: t.u.campaigns}
	next := t.u.today().Year()
	if len(f.froms) > 0 {
		next = f.froms[0].Year + 1
	}
	f.year.SetText(viet.FormatFixed(int64(next), 0))
	f.name.SetText("Phong trào thi đua cải cách hành chính năm " + f.year.Text)
	f.number.SetPlaceHolder("18/KH-UBND")
	f.date.SetPlaceHolder("16/01/" + f.year.Text)
	f.signer.SetPlaceHolder("Thái Hoàng Vũ")
	f.start.SetPlaceHolder("dd/mm/yyyy")
	f.end.SetPlaceHolder("31/12/" + f.year.Text)
	opts := []string{"(không sao chép)"}
	for _, c := range f.froms {
		opts = append(opts, c.Title())
	}
	f.from = NewSelect(opts, nil)
	f.from.SetSelectedIndex(min(1, len(opts)-1))
	f.copies = NewCheckGroup(copyLabels, nil)
	f.copies.SetSelected(copyLabels)
	items := []*widget.FormItem{
		widget.NewFormItem("Năm", f.year), widget.NewFormItem("Tên phong trào", f.name),
		widget.NewFormItem("Số văn bản phát động", f.number), widget.NewFormItem("Ngày văn bản", f.date),
		widget.NewFormItem("Người ký", f.signer), widget.NewFormItem("Ngày bắt đầu", f.start),
		widget.NewFormItem("Ngày kết thúc", f.end), widget.NewFormItem("Sao chép từ", f.from),
		widget.NewFormItem("Những gì sao chép", f.copies),
	}
	t.newForm = f
	t.form("Phong trào mới", "Tạo phong trào", items, fyne.NewSize(760, 620), f.save(t), func() { t.u.reloadSelecting(f.created) })
}

// save reads the form and creates the campaign (copying is one transaction in storage).
func (f *campaignForm) save(t *criteriaTab) func() error {
	return func() error {
		year, err := viet.ParseYear("Năm", f.year.Text)
		if err != nil {
			return err
		}
		n := app.NewCampaign{Year: year, Name: f.name.Text, Launch: app.LaunchDoc{Number: f.number.Text, Signer: f.signer.Text}}
		dates := []struct {
			field string
			e     *Entry
		}{{"Ngày văn bản", f.date}, {"Ngày bắt đầu", f.start}, {"Ngày kết thúc", f.end}}
		for i, d := range dates {
			if viet.Normalize(d.e.Text) == "" {
				continue
			}
			v, err := viet.ParseDate(d.e.Text)
			if err != nil {
				return app.FieldError(d.field, "Trường «%s»: %s", d.field, app.ErrorMessage(err))
			}
			switch i {
			case 0:
				n.Launch.Date = v
			case 1:
				n.Start = v
			case 2:
				n.End = v
			}
		}
		if i := f.from.SelectedIndex() - 1; i >= 0 && i < len(f.froms) {
			n.Copy.FromID = f.froms[i].ID
			for _, s := range f.copies.Selected {
				switch s {
				case copyLabels[0]:
					n.Copy.Criteria = true
				case copyLabels[1]:
					n.Copy.Council = true
				case copyLabels[2]:
					n.Copy.Thresholds = true
				case copyLabels[3]:
					n.Copy.Periods = true
				}
			}
		}
		f.created, err = t.svc.CreateCampaign(context.Background(), n)
		return err
	}
}
