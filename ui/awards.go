package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// awardsTab is the Khen thưởng tab: proposals, decisions and the certificate register.
type awardsTab struct {
	u       *UI
	content fyne.CanvasObject
	tabs    *container.AppTabs

	proposals *proposalsView
	decisions *decisionsView
	register  *registerView
}

func newAwardsTab(u *UI) *awardsTab {
	t := &awardsTab{u: u}
	t.proposals = newProposalsView(t)
	t.decisions = newDecisionsView(t)
	t.register = newRegisterView(t)
	t.tabs = container.NewAppTabs(
		container.NewTabItem("Đề nghị", t.proposals.content),
		container.NewTabItem("Quyết định", t.decisions.content),
		container.NewTabItem("Sổ vàng", t.register.content),
	)
	t.content = t.tabs
	return t
}

func (t *awardsTab) reload(campaignID int64) {
	t.decisions.reload(campaignID)
	t.proposals.reload(campaignID)
	t.register.reload()
}

// showDecision opens the Quyết định part with a decision selected.
func (t *awardsTab) showDecision(id int64) {
	t.tabs.SelectIndex(1)
	t.decisions.selectID(id)
}
