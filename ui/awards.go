package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"thidua/app"
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

// awardsDeps are the services of the Khen thưởng tab, handed to the part that uses each.
type awardsDeps struct {
	proposals app.ProposalService
	decisions app.DecisionService
	register  app.RegisterService
	forms     app.LegalTableService // the award forms a proposal can ask for
	units     app.UnitListService   // who can be proposed
	people    app.PeopleService
	prints    app.PrintService          // the blank layout and the record of certificates printed
	office    app.OfficeSettingsService // the office's names on the payout list
	lists     awardLists
	docs      decisionDocs
}

func newAwardsTab(u *UI, d awardsDeps) *awardsTab {
	t := &awardsTab{u: u}
	t.proposals = newProposalsView(t, d)
	t.decisions = newDecisionsView(t, d)
	t.register = newRegisterView(t, d.register)
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
