package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// historyView shows a person's or a unit's awards across years, with the count of consecutive
// years of the same title (what the eligibility rules look at), and a person's moves.
type historyView struct {
	awards  []app.AwardHistoryItem
	streak  []int
	moves   []app.PersonMove
	awTable *textTable
	mvTable *textTable
	facts   *personFacts // ratings and discipline, for a person
	content fyne.CanvasObject
}

var (
	historyCols = []column{{"Năm", 60}, {"Số quyết định", 130}, {"Ngày", 100}, {"Hình thức", 220}, {"Số năm liên tục", 130}}
	moveCols    = []column{{"Ngày", 100}, {"Từ đơn vị", 230}, {"Đến đơn vị", 230}, {"Ghi chú", 240}}
)

func newHistoryView(awards []app.AwardHistoryItem, moves []app.PersonMove, person bool) *historyView {
	h := &historyView{awards: awards, streak: app.Streak(awards), moves: moves}
	h.awTable = newTextTable(historyCols, func() int { return len(h.awards) }, h.awardCell)
	bold := fyne.TextStyle{Bold: true}
	awTitle := "Khen thưởng qua các năm: " + strconv.Itoa(len(awards))
	if len(awards) == 0 {
		awTitle = "Chưa có khen thưởng nào trong dữ liệu."
	}
	parts := container.NewBorder(widget.NewLabelWithStyle(awTitle, fyne.TextAlignLeading, bold), nil, nil, nil, h.awTable)
	if !person {
		h.content = parts
		return h
	}
	h.mvTable = newTextTable(moveCols, func() int { return len(h.moves) }, h.moveCell)
	mvTitle := "Quá trình chuyển đơn vị: " + strconv.Itoa(len(moves)) + " lần"
	if len(moves) == 0 {
		mvTitle = "Chưa chuyển đơn vị lần nào."
	}
	split := container.NewVSplit(parts, container.NewBorder(widget.NewLabelWithStyle(mvTitle, fyne.TextAlignLeading, bold), nil, nil, nil, h.mvTable))
	split.Offset = 0.55
	h.content = split
	return h
}

func (h *historyView) awardCell(r, c int) string {
	a := h.awards[r]
	switch c {
	case 0:
		return strconv.Itoa(a.Year)
	case 1:
		return a.DecisionNumber
	case 2:
		return viet.FormatDate(a.SignedOn)
	case 3:
		return a.FormName
	case 4:
		return strconv.Itoa(h.streak[r])
	}
	return ""
}

func (h *historyView) moveCell(r, c int) string {
	m := h.moves[r]
	switch c {
	case 0:
		return viet.FormatDate(m.On)
	case 1:
		return m.From
	case 2:
		return m.To
	case 3:
		return m.Note
	}
	return ""
}

// showPersonDetails opens a person's details: their data, awards and moves.
func (t *unitsTab) showPersonDetails(p app.Person) *historyView {
	u := t.u
	ctx := context.Background()
	awards, err := t.awards.AwardHistory(ctx, app.RecipientPerson, p.ID)
	if err != nil {
		u.showError(err)
		return nil
	}
	moves, err := t.people.PersonMoves(ctx, p.ID)
	if err != nil {
		u.showError(err)
		return nil
	}
	year := "—"
	if p.BirthYear > 0 {
		year = strconv.Itoa(p.BirthYear)
	}
	status := "Đang theo dõi"
	if !p.Active {
		status = "Ngừng theo dõi"
	}
	info := widget.NewForm(
		widget.NewFormItem("Họ và tên", widget.NewLabel(p.FullName)),
		widget.NewFormItem("Giới tính, năm sinh", widget.NewLabel(p.Gender.Label()+", "+year)),
		widget.NewFormItem("Chức vụ", widget.NewLabel(p.Position)),
		widget.NewFormItem("Đơn vị", widget.NewLabel(p.UnitName)),
		widget.NewFormItem("Đối tượng", widget.NewLabel(p.Category.Label())),
		widget.NewFormItem("Trạng thái", widget.NewLabel(status)),
	)
	h := newHistoryView(awards, moves, true)
	h.facts = newPersonFacts(u, t.facts, p)
	top := container.NewVBox(info, widget.NewSeparator(), h.facts.content)
	d := dialog.NewCustom(p.FullName, "Đóng", container.NewBorder(top, nil, nil, nil, h.content), u.win)
	d.Resize(fyne.NewSize(960, 720))
	u.present(d, nil)
	return h
}

// showUnitHistory opens a unit's awards across years.
func (t *unitsTab) showUnitHistory(un app.Unit) *historyView {
	u := t.u
	awards, err := t.awards.AwardHistory(context.Background(), app.RecipientUnit, un.ID)
	if err != nil {
		u.showError(err)
		return nil
	}
	h := newHistoryView(awards, nil, false)
	d := dialog.NewCustom("Khen thưởng của "+un.Name, "Đóng", h.content, u.win)
	d.Resize(fyne.NewSize(760, 420))
	u.present(d, nil)
	return h
}
