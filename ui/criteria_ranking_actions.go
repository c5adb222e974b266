package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// onBands edits the band thresholds of the campaign: a name and a lowest percentage each.
func (v *rankingView) onBands() {
	if v.t.campaignID == 0 {
		return
	}
	bands := v.ranking.Bands
	names, mins := make([]*Entry, len(bands)), make([]*Entry, len(bands))
	var items []*widget.FormItem
	for i, b := range bands {
		names[i], mins[i] = NewEntry(), NewEntry()
		names[i].SetText(b.Name)
		mins[i].SetText(viet.FormatFixed(int64(b.MinPct), 2))
		items = append(items, widget.NewFormItem("Mức "+strconv.Itoa(i+1), container2(names[i], mins[i])))
	}
	id := v.t.campaignID
	v.t.form("Ngưỡng xếp loại (từ … % trở lên)", "Lưu", items, fyne.NewSize(560, 420), func() error {
		out := make([]app.Band, len(names))
		for i := range names {
			p, ok := viet.ParseFixed(viet.Normalize(mins[i].Text), 2)
			if !ok {
				return app.FieldError("Ngưỡng", "Ngưỡng của mức %d (%s) không phải là số phần trăm.", i+1, viet.Quote(mins[i].Text))
			}
			out[i] = app.Band{Name: viet.Normalize(names[i].Text), MinPct: int(p)}
		}
		return v.t.svc.SetBands(context.Background(), id, out)
	}, v.reload)
}

func container2(a, b fyne.CanvasObject) fyne.CanvasObject {
	return widget.NewForm(widget.NewFormItem("Tên", a), widget.NewFormItem("Từ (%)", b))
}

// onPropose creates proposals for the collectives of the chosen bands; the office reviews them in
// Khen thưởng.
func (v *rankingView) onPropose() {
	if v.t.campaignID == 0 {
		return
	}
	forms, err := v.t.svc.AwardForms(context.Background())
	if err != nil {
		v.t.u.showError(err)
		return
	}
	var formNames []string
	codes := map[string]string{}
	for _, f := range forms {
		if f.Recipient != "person" {
			formNames = append(formNames, f.Name)
			codes[f.Name] = f.Code
		}
	}
	form := NewSelect(formNames, nil)
	if len(formNames) > 0 {
		form.SetSelectedIndex(0)
	}
	var bandNames []string
	for _, b := range v.ranking.Bands {
		bandNames = append(bandNames, b.Name)
	}
	bands := NewCheckGroup(bandNames, nil)
	if len(bandNames) > 0 {
		bands.SetSelected(bandNames[:1])
	}
	id := v.t.campaignID
	n := 0
	items := []*widget.FormItem{widget.NewFormItem("Xếp loại", bands), widget.NewFormItem("Hình thức", form)}
	v.t.form("Đề nghị khen thưởng theo kết quả xếp loại", "Tạo đề nghị", items, fyne.NewSize(560, 420), func() error {
		if len(bands.Selected) == 0 {
			return app.FieldError("Xếp loại", "Chọn ít nhất một mức xếp loại.")
		}
		var err error
		n, err = v.t.svc.ProposeFromRanking(context.Background(), id, bands.Selected, codes[form.Selected])
		return err
	}, func() {
		v.t.u.notify("Đã tạo " + strconv.Itoa(n) + " đề nghị (" + strings.Join(bands.Selected, ", ") +
			"). Xem và xét duyệt ở thẻ Khen thưởng.")
		v.t.u.awards.reload(id)
	})
}
