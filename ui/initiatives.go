package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"thidua/app"
)

// initiativesTab is the Sáng kiến tab: the campaign's initiatives with authors and recognition.
type initiativesTab struct {
	u       *UI
	svc     app.InitiativeService
	content fyne.CanvasObject
	items   []app.Initiative
	table   *textTable
}

var initiativeCols = []column{{"STT", 50}, {"Tên sáng kiến", 380}, {"Đơn vị", 200}, {"Tác giả", 240}, {"Lĩnh vực", 200}, {"Loại giải pháp", 160}, {"Cấp công nhận", 110}, {"Điểm TB", 80}, {"Trạng thái", 130}}

func newInitiativesTab(u *UI, svc app.InitiativeService) *initiativesTab {
	t := &initiativesTab{u: u, svc: svc}
	t.table = newTextTable(initiativeCols, func() int { return len(t.items) }, t.cell)
	t.content = t.table
	return t
}

func (t *initiativesTab) reload(campaignID int64) {
	t.items = nil
	if campaignID != 0 {
		ins, err := t.svc.Initiatives(context.Background(), campaignID)
		if err != nil {
			t.u.showError(err)
		}
		t.items = ins
	}
	t.table.Refresh()
}

func (t *initiativesTab) cell(r, c int) string {
	x := t.items[r]
	switch c {
	case 0:
		return strconv.Itoa(r + 1)
	case 1:
		return x.Title
	case 2:
		return x.UnitName
	case 3:
		return x.AuthorNames()
	case 4:
		return x.FieldName
	case 5:
		return x.Kind.Label()
	case 6:
		return x.Level.Label()
	case 7:
		if x.Score == 0 {
			return ""
		}
		return strings.Replace(fmt.Sprintf("%.1f", x.Score), ".", ",", 1)
	case 8:
		return x.Status.Label()
	}
	return ""
}
