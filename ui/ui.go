// Package ui is the Fyne GUI of Thi đua CCHC. It reaches data only through the app interfaces that
// main fills in; it never imports data, database/sql, fpdf or fyne/v2/app.
package ui

import (
	"context"
	"errors"
	"log"
	"net/url"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/docs"
)

// WindowTitle is the title of the main window.
const WindowTitle = "Thi đua CCHC — Phòng Nội vụ"

// UI is the main window's content: the campaign selector and the five tabs.
type UI struct {
	win         fyne.Window
	campaignSvc app.CampaignService
	sheets      app.Spreadsheets
	docs        docs.Documents
	charts      app.Charts // nil: the ranking shows no pictures
	today       func() time.Time

	campaigns []app.Campaign
	campaign  *Select
	tabs      *container.AppTabs
	backups   *backupView // Cài đặt → Sao lưu và phục hồi, when the services offer backups
	audit     *auditView  // Cài đặt → Nhật ký thay đổi, when the services offer the log

	overview    *overviewTab
	units       *unitsTab
	reports     *reportsView // Đơn vị → Báo cáo (reports.go)
	criteria    *criteriaTab
	initiatives *initiativesTab
	awards      *awardsTab
	settings    *settingsTab

	splits []namedSplit // remembered between runs (window.go)
	dlgs   dialogs      // the dialogs open, for Escape (keys.go)

	openURL  func(*url.URL) error // nil: the system's (tests replace it)
	noViewer bool                 // the PDF just saved could not be opened
	saved    *savedView           // the last «Đã lưu» message, for tests

	version string     // shown in «Giới thiệu»
	help    *helpView  // the manual's window while open (help.go)
	about   *aboutView // the last «Giới thiệu», for tests

	running atomic.Int32 // background reads not finished (background), for tests
}

// Deps is what the window works with: the data, the Excel/CSV files, the PDF documents, and the
// clock (rules never read it themselves).
type Deps struct {
	Services app.Services
	Sheets   app.Spreadsheets
	Docs     docs.Documents
	Charts   app.Charts
	Today    func() time.Time
	Version  string // the program's, for «Giới thiệu»
}

// New builds the window content.
func New(win fyne.Window, d Deps) *UI {
	svc := d.Services // each tab gets the services of its area, not the whole
	g := gatherer{svc: svc, sheets: d.Sheets}
	u := &UI{win: win, campaignSvc: svc, sheets: d.Sheets, docs: d.Docs, charts: d.Charts, today: d.Today, version: d.Version}
	u.campaign = newSelect(nil, u.onCampaignChanged)
	u.campaign.PlaceHolder = "(chưa có phong trào)"
	u.units = newUnitsTab(u, unitsDeps{units: svc, people: svc, facts: svc, history: svc, lists: g})
	u.reports = newReportsView(u, svc)
	u.criteria = newCriteriaTab(u, svc)
	u.initiatives = newInitiativesTab(u, svc)
	u.awards = newAwardsTab(u, awardsDeps{proposals: svc, decisions: svc, register: svc, forms: svc, units: svc, people: svc,
		prints: svc, office: svc, lists: g, docs: g})
	u.settings = newSettingsTab(u, svc, svc, svc)
	sum, _ := svc.(overviewPorts) // nil: services without the summary (the tab says so)
	u.overview = newOverviewTab(u, sum)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Tổng quan", u.overview.content),
		container.NewTabItem("Đơn vị", u.unitsArea()),
		container.NewTabItem("Tiêu chí", u.criteria.content),
		container.NewTabItem("Sáng kiến", u.initiatives.content),
		container.NewTabItem("Khen thưởng", u.awards.content),
		container.NewTabItem("Cài đặt", u.settings.content),
	)
	u.tabs.OnSelected = u.onTabSelected
	return u
}

// onTabSelected saves the scores typed in the Tiêu chí tab when another tab is chosen; a save that
// is refused brings the Tiêu chí tab back with what was typed. Tổng quan counts again when shown.
func (u *UI) onTabSelected(it *container.TabItem) {
	if it.Content != u.criteria.content && !u.criteria.leave() {
		u.selectTab(u.criteria.content)
		return
	}
	if it.Content == u.overview.content {
		u.overview.reload(u.CampaignID())
	}
}

// Content is the window content.
func (u *UI) Content() fyne.CanvasObject {
	bar := container.NewBorder(nil, nil, widget.NewLabelWithStyle("Phong trào:", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), u.helpButtons(), u.campaign)
	return container.NewBorder(bar, nil, nil, nil, u.tabs)
}

// Start loads the data; on an empty database it shows the welcome first.
func (u *UI) Start() {
	empty, err := u.campaignSvc.IsEmpty(context.Background())
	if err != nil {
		u.showError(err)
		return
	}
	u.Reload()
	if empty {
		u.showWelcome()
	}
}

// Reload reads everything again from the services.
func (u *UI) Reload() { u.reloadSelecting(u.CampaignID()) }

// reloadSelecting is Reload that then shows the campaign of id (the one shown before, or one just
// created); the selector's titles carry the stage, so the selection is kept by id, not by title.
func (u *UI) reloadSelecting(id int64) {
	ctx := context.Background()
	cs, err := u.campaignSvc.Campaigns(ctx)
	if err != nil {
		u.showError(err)
	}
	u.campaigns = cs
	titles := make([]string, len(cs))
	for i, c := range cs {
		titles[i] = c.Title()
	}
	u.campaign.SetOptions(titles)
	u.units.reload()
	u.settings.reload()
	if len(cs) == 0 {
		u.onCampaignChanged("")
		return
	}
	want := 0
	for i, c := range cs {
		if c.ID == id {
			want = i
		}
	}
	if u.campaign.SelectedIndex() != want {
		u.campaign.SetSelectedIndex(want) // calls onCampaignChanged
		return
	}
	u.onCampaignChanged(u.campaign.Selected)
}

// CampaignID is the selected campaign, 0 when none.
func (u *UI) CampaignID() int64 {
	i := u.campaign.SelectedIndex()
	if i < 0 || i >= len(u.campaigns) {
		return 0
	}
	return u.campaigns[i].ID
}

// currentCampaign is the selected campaign (zero when none).
func (u *UI) currentCampaign() app.Campaign {
	i := u.campaign.SelectedIndex()
	if i < 0 || i >= len(u.campaigns) {
		return app.Campaign{}
	}
	return u.campaigns[i]
}

func (u *UI) onCampaignChanged(string) {
	id := u.CampaignID()
	if !u.criteria.reload(id) {
		return // scores typed in the grid could not be saved: the campaign chosen before stays
	}
	u.initiatives.reload(id)
	u.awards.reload(id)
	u.overview.reload(id)
	u.reports.reload(id)
}

// showError logs the cause and shows the user a Vietnamese sentence, never raw SQL.
func (u *UI) showError(err error) {
	u.showErrorThen(err, nil)
}

// showErrorThen is showError with something to do once the user has read the message (reopen the
// form with what they typed, for instance).
func (u *UI) showErrorThen(err error, then func()) {
	if err == nil {
		return
	}
	log.Printf("lỗi: %v", err)
	d := dialog.NewError(errors.New(app.ErrorMessage(fileError(err))), u.win)
	if then != nil {
		d.SetOnClosed(then)
	}
	u.presentMessage(d)
}

// showForm opens a form dialog whose confirm button (or Enter) runs save. When save fails the
// form stays open with the message, what was typed and the focus in its field; on success, after runs.
func (u *UI) showForm(title, confirm string, items []*widget.FormItem, size fyne.Size, save func() error, after func()) *formDialog {
	return u.openForm(title, confirm, items, size, save, after)
}

// notify tells the user something went well (a plain information dialog).
func (u *UI) notify(msg string) {
	u.presentMessage(dialog.NewInformation("Thông báo", msg, u.win))
}
