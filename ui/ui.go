// Package ui is the Fyne GUI of Thi đua CCHC. It reaches data only through the app interfaces that
// main fills in; it never imports data, database/sql, fpdf or fyne/v2/app.
package ui

import (
	"context"
	"errors"
	"log"
	"sync"
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
	win    fyne.Window
	svc    app.Services
	sheets app.Spreadsheets
	docs   docs.Documents
	today  func() time.Time

	campaigns []app.Campaign
	campaign  *widget.Select
	tabs      *container.AppTabs
	backups   *backupView // Cài đặt → Sao lưu và phục hồi, when the services offer backups
	audit     *auditView  // Cài đặt → Nhật ký thay đổi, when the services offer the log

	units       *unitsTab
	criteria    *criteriaTab
	initiatives *initiativesTab
	awards      *awardsTab
	settings    *settingsTab

	welcome          *welcome // the first-start dialog, when shown
	lastError        string   // the last error message shown (tests)
	lastInfo         string   // the last information shown (tests)
	lastImportErrors []string // the rows of the last refused import (tests)

	bg sync.WaitGroup // background work, waited for by tests
}

// Deps is what the window works with: the data, the Excel/CSV files, the PDF documents, and the
// clock (rules never read it themselves).
type Deps struct {
	Services app.Services
	Sheets   app.Spreadsheets
	Docs     docs.Documents
	Today    func() time.Time
}

// New builds the window content.
func New(win fyne.Window, d Deps) *UI {
	u := &UI{win: win, svc: d.Services, sheets: d.Sheets, docs: d.Docs, today: d.Today}
	u.campaign = widget.NewSelect(nil, u.onCampaignChanged)
	u.campaign.PlaceHolder = "(chưa có phong trào)"
	u.units = newUnitsTab(u)
	u.criteria = newCriteriaTab(u)
	u.initiatives = newInitiativesTab(u)
	u.awards = newAwardsTab(u)
	u.settings = newSettingsTab(u)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Đơn vị", u.units.content),
		container.NewTabItem("Tiêu chí", u.criteria.content),
		container.NewTabItem("Sáng kiến", u.initiatives.content),
		container.NewTabItem("Khen thưởng", u.awards.content),
		container.NewTabItem("Cài đặt", u.settings.content),
	)
	return u
}

// Content is the window content.
func (u *UI) Content() fyne.CanvasObject {
	bar := container.NewBorder(nil, nil, widget.NewLabelWithStyle("Phong trào:", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, u.campaign)
	return container.NewBorder(bar, nil, nil, nil, u.tabs)
}

// Start loads the data; on an empty database it shows the welcome first.
func (u *UI) Start() {
	empty, err := u.svc.IsEmpty(context.Background())
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
func (u *UI) Reload() {
	ctx := context.Background()
	cs, err := u.svc.Campaigns(ctx)
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
	if len(cs) > 0 {
		if u.campaign.SelectedIndex() < 0 {
			u.campaign.SetSelectedIndex(0) // calls onCampaignChanged
			return
		}
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
	u.criteria.reload(id)
	u.initiatives.reload(id)
	u.awards.reload(id)
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
	d := dialog.NewError(errors.New(app.ErrorMessage(err)), u.win)
	if then != nil {
		d.SetOnClosed(then)
	}
	u.lastError = app.ErrorMessage(err)
	d.Show()
}

// showForm opens a form dialog whose confirm button runs save. When save fails the error is shown
// and then the form comes back with what was typed — nothing entered is lost; on success, after runs.
func (u *UI) showForm(title, confirm string, items []*widget.FormItem, size fyne.Size, save func() error, after func()) *dialog.FormDialog {
	var d *dialog.FormDialog
	d = dialog.NewForm(title, confirm, "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		if err := save(); err != nil {
			u.showErrorThen(err, d.Show)
			return
		}
		if after != nil {
			after()
		}
	}, u.win)
	d.Resize(size)
	d.Show()
	return d
}

// notify tells the user something went well (a plain information dialog).
func (u *UI) notify(msg string) {
	u.lastInfo = msg
	dialog.ShowInformation("Thông báo", msg, u.win)
}

// background runs work off the UI goroutine; done runs on it afterwards (through fyne.Do).
func (u *UI) background(work func() error, done func(error)) {
	u.bg.Add(1)
	go func() {
		defer u.bg.Done()
		err := work()
		fyne.DoAndWait(func() { done(err) })
	}()
}

// Wait waits for background work to finish (tests).
func (u *UI) Wait() { u.bg.Wait() }
