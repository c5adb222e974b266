package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// awardsTab is the Khen thưởng tab: proposals, and decisions with their awards.
type awardsTab struct {
	u       *UI
	content fyne.CanvasObject

	proposals []app.Proposal
	propTable *textTable

	decisions []app.Decision
	decTable  *textTable
	awards    []app.Award
	awTable   *textTable
	awCaption *widget.Label
}

var (
	proposalCols = []column{{"STT", 50}, {"Đơn vị đề nghị", 200}, {"Đối tượng", 80}, {"Họ và tên / Tên tập thể", 240}, {"Hình thức", 180}, {"Trạng thái", 120}, {"Lý do", 320}}
	decisionCols = []column{{"Số", 110}, {"Ngày", 100}, {"Người ký", 150}, {"Trích yếu", 420}, {"Số lượng", 80}, {"Tổng tiền thưởng", 140}, {"Trạng thái", 110}}
	awardCols    = []column{{"STT", 50}, {"Họ và tên / Tên tập thể", 240}, {"Chức vụ, đơn vị", 360}, {"Hình thức", 120}, {"Tiền thưởng", 120}, {"Số sổ vàng", 100}}
)

func newAwardsTab(u *UI) *awardsTab {
	t := &awardsTab{u: u}
	t.propTable = newTextTable(proposalCols, func() int { return len(t.proposals) }, t.proposalCell)
	t.decTable = newTextTable(decisionCols, func() int { return len(t.decisions) }, t.decisionCell)
	t.decTable.onSel = t.onDecisionSelected
	t.awTable = newTextTable(awardCols, func() int { return len(t.awards) }, t.awardCell)
	t.awCaption = widget.NewLabelWithStyle("Chọn một quyết định để xem danh sách khen thưởng.", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	decisions := container.NewVSplit(t.decTable, container.NewBorder(t.awCaption, nil, nil, nil, t.awTable))
	decisions.Offset = 0.35
	t.content = container.NewAppTabs(
		container.NewTabItem("Đề nghị", t.propTable),
		container.NewTabItem("Quyết định", decisions),
	)
	return t
}

func (t *awardsTab) reload(campaignID int64) {
	ctx := context.Background()
	t.proposals, t.decisions, t.awards = nil, nil, nil
	if campaignID != 0 {
		var err error
		if t.proposals, err = t.u.svc.Proposals(ctx, campaignID); err != nil {
			t.u.showError(err)
		}
		if t.decisions, err = t.u.svc.Decisions(ctx, campaignID); err != nil {
			t.u.showError(err)
		}
	}
	t.awCaption.SetText("Chọn một quyết định để xem danh sách khen thưởng.")
	t.propTable.Refresh()
	t.decTable.Refresh()
	t.awTable.Refresh()
}

func (t *awardsTab) onDecisionSelected(row int) {
	if row < 0 || row >= len(t.decisions) {
		return
	}
	d := t.decisions[row]
	as, err := t.u.svc.Awards(context.Background(), d.ID)
	if err != nil {
		t.u.showError(err)
		return
	}
	t.awards = as
	t.awCaption.SetText("Quyết định số " + d.NumberText() + " ngày " + app.FormatDate(d.SignedOn) + ": " +
		strconv.Itoa(len(as)) + " khen thưởng, tổng " + app.FormatMoneyVND(d.Total))
	t.awTable.Refresh()
}

func (t *awardsTab) proposalCell(r, c int) string {
	p := t.proposals[r]
	switch c {
	case 0:
		return strconv.Itoa(r + 1)
	case 1:
		return p.UnitName
	case 2:
		return p.Recipient.Label()
	case 3:
		return p.RecipientName
	case 4:
		return p.FormName
	case 5:
		return p.Status.Label()
	case 6:
		return p.Reason
	}
	return ""
}

func (t *awardsTab) decisionCell(r, c int) string {
	d := t.decisions[r]
	switch c {
	case 0:
		return d.NumberText()
	case 1:
		return app.FormatDate(d.SignedOn)
	case 2:
		return d.SignerName
	case 3:
		return d.Subject
	case 4:
		return strconv.Itoa(d.Awards)
	case 5:
		return app.FormatMoneyVND(d.Total)
	case 6:
		return d.Status.Label()
	}
	return ""
}

func (t *awardsTab) awardCell(r, c int) string {
	a := t.awards[r]
	switch c {
	case 0:
		return strconv.Itoa(r + 1)
	case 1:
		return a.Name
	case 2:
		return a.PositionUnit
	case 3:
		return a.FormName
	case 4:
		return app.FormatMoneyVND(a.Bonus)
	case 5:
		return a.CertificateNo
	}
	return ""
}
