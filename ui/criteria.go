package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// criteriaTab is the Tiêu chí tab: every unit's self and appraised totals and its rank.
type criteriaTab struct {
	u       *UI
	content fyne.CanvasObject
	results []app.RankRow
	fields  *widget.Label
	table   *textTable
}

var resultCols = []column{{"Hạng", 60}, {"Đơn vị", 300}, {"Loại", 100}, {"Tự chấm", 95}, {"Thẩm định", 105}, {"Tối đa", 80}, {"Tỷ lệ", 80}, {"Đã chấm", 90}}

func newCriteriaTab(u *UI) *criteriaTab {
	t := &criteriaTab{u: u}
	t.fields = widget.NewLabel("")
	t.fields.Wrapping = fyne.TextWrapWord
	t.table = newTextTable(resultCols, func() int { return len(t.results) }, t.cell)
	t.content = container.NewBorder(t.fields, nil, nil, nil, t.table)
	return t
}

func (t *criteriaTab) reload(campaignID int64) {
	ctx := context.Background()
	t.results = nil
	if campaignID != 0 {
		r, err := t.u.svc.Ranking(ctx, campaignID)
		if err != nil {
			t.u.showError(err)
		}
		for _, k := range r.Kinds {
			t.results = append(t.results, k.Rows...)
		}
	}
	fs, err := t.u.svc.ReformFields(ctx)
	if err != nil {
		t.u.showError(err)
	}
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = strconv.Itoa(i+1) + ". " + f.Name
	}
	t.fields.SetText("Xếp hạng theo điểm thẩm định trên sáu lĩnh vực: " + strings.Join(names, "; ") + ".")
	t.table.Refresh()
}

func (t *criteriaTab) cell(r, c int) string {
	x := t.results[r]
	switch c {
	case 0:
		return strconv.Itoa(x.Rank)
	case 1:
		return x.Unit.Name
	case 2:
		return x.Unit.Kind.Label()
	case 3:
		return x.Self.String()
	case 4:
		return x.Appraised.String()
	case 5:
		return x.Max.String()
	case 6:
		return x.Percent() + "%"
	case 7:
		return strconv.Itoa(x.Scored) + "/" + strconv.Itoa(x.Items)
	}
	return ""
}
