package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// criteriaPorts is what the Tiêu chí tab asks of the data.
type criteriaPorts interface {
	app.CriteriaService
	Units(ctx context.Context) ([]app.Unit, error)
	AwardForms(ctx context.Context) ([]app.AwardForm, error)
	// For the printed report: the office's names and who signs.
	Settings(ctx context.Context) (app.Settings, error)
	Signers(ctx context.Context) ([]app.Signer, error)
}

// criteriaTab is the Tiêu chí tab: the campaign's stage, and three views — the scoring grid of a
// unit, the criteria sets, the ranking with its charts.
type criteriaTab struct {
	u          *UI
	svc        criteriaPorts
	content    fyne.CanvasObject
	campaignID int64
	sets       []app.CriteriaSet

	stage          *widget.Label
	stageB, newB   *Button
	inner          *container.AppTabs
	grid           *gridView
	editor         *editorView
	ranking        *rankingView
	lastInnerIndex int
	reverting      bool // the campaign selector is being put back (reload)

	newForm     *campaignForm // the last «Phong trào mới» opened (tests)
	reasonEntry *Entry        // the last reason asked (tests)
	lastForm    *formDialog   // the last form opened (tests)
}

// form opens a form dialog (see UI.showForm) and keeps it for the tests.
func (t *criteriaTab) form(title, confirm string, items []*widget.FormItem, size fyne.Size, save func() error, after func()) {
	t.lastForm = t.u.showForm(title, confirm, items, size, save, after)
}

func newCriteriaTab(u *UI, svc criteriaPorts) *criteriaTab {
	t := &criteriaTab{u: u, svc: svc}
	t.stage = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.stageB = NewButton("Chuyển trạng thái…", t.onStage)
	t.newB = NewButton("Phong trào mới…", t.onNewCampaign)
	t.grid = newGridView(t)
	t.editor = newEditorView(t)
	t.ranking = newRankingView(t)
	t.inner = container.NewAppTabs(
		container.NewTabItem("Chấm điểm", t.grid.content),
		container.NewTabItem("Bộ tiêu chí", t.editor.content),
		container.NewTabItem("Xếp hạng", t.ranking.content),
	)
	t.inner.OnSelected = t.onInnerSelected
	bar := wrapRow(t.stage, t.stageB, t.newB)
	t.content = container.NewBorder(bar, nil, nil, nil, t.inner)
	return t
}

// leave saves what was typed in the grid before the tab, the view or the campaign changes; a
// refused save is shown and the grid comes back.
func (t *criteriaTab) leave() bool {
	if err := t.grid.save(); err != nil {
		t.u.showError(err)
		return false
	}
	return true
}

func (t *criteriaTab) onInnerSelected(it *container.TabItem) {
	if t.lastInnerIndex == 0 && !t.leave() {
		t.inner.SelectIndex(0)
		return
	}
	t.lastInnerIndex = t.inner.SelectedIndex()
	switch t.lastInnerIndex {
	case 0:
		if t.grid.sheet.Unit.ID != 0 {
			t.grid.open(t.grid.sheet.Unit.ID)
		}
	case 1:
		t.editor.reload()
	case 2:
		t.ranking.reload()
	}
}

// reload shows another campaign (or the same one again). Scores typed in the grid are saved
// first; when they cannot be, the error is shown, the selector goes back to the campaign on screen
// and false is returned — nothing typed is lost.
func (t *criteriaTab) reload(campaignID int64) bool {
	if t.reverting {
		t.reverting = false
		return false
	}
	if err := t.grid.save(); err != nil {
		t.u.showError(err)
		if campaignID != t.campaignID {
			for i, c := range t.u.campaigns {
				if c.ID == t.campaignID {
					t.reverting = true
					t.u.campaign.SetSelectedIndex(i) // comes back here: see reverting
				}
			}
			return false
		}
	}
	t.campaignID = campaignID
	t.sets = nil
	if campaignID != 0 {
		sets, err := t.svc.CriteriaSets(context.Background(), campaignID)
		if err != nil {
			t.u.showError(err)
		}
		t.sets = sets
	}
	c := t.u.currentCampaign()
	t.stage.SetText("")
	if c.ID != 0 {
		t.stage.SetText("Phong trào " + c.Title())
	}
	t.grid.reload(campaignID, t.sets)
	t.editor.reload()
	t.ranking.reload()
	return true
}

// onStage moves the campaign to another stage; going back asks for a reason.
func (t *criteriaTab) onStage() {
	c := t.u.currentCampaign()
	if c.ID == 0 || !t.leave() {
		return
	}
	var labels []string
	for _, s := range app.CampaignStages {
		if s != c.Stage {
			labels = append(labels, s.Label())
		}
	}
	sel := NewSelect(labels, nil)
	reason := NewMultiLineEntry()
	reason.SetPlaceHolder("Bắt buộc khi mở lại phong trào đã tổng kết hoặc lùi trạng thái")
	items := []*widget.FormItem{widget.NewFormItem("Hiện nay", widget.NewLabel(c.Stage.Label())),
		widget.NewFormItem("Chuyển sang", sel), widget.NewFormItem("Lý do", reason)}
	t.reasonEntry = reason
	t.form("Trạng thái phong trào "+c.Title(), "Chuyển", items, fyne.NewSize(640, 340), func() error {
		for _, s := range app.CampaignStages {
			if s.Label() == sel.Selected {
				return t.svc.SetCampaignStage(context.Background(), c.ID, s, reason.Text)
			}
		}
		return app.FieldError("Chuyển sang", "Chưa chọn trạng thái mới.")
	}, t.u.Reload)
}

// askReason asks for a required reason, then runs save and after.
func (t *criteriaTab) askReason(title, prompt string, save func(reason string) error, after func()) {
	t.reasonEntry = NewMultiLineEntry()
	t.reasonEntry.SetMinRowsVisible(3)
	t.reasonEntry.Validator = func(s string) error {
		if viet.Normalize(s) == "" {
			return plainError("Cần ghi lý do.")
		}
		return nil
	}
	label := widget.NewLabel(prompt)
	label.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("", label), widget.NewFormItem("Lý do", t.reasonEntry)}
	t.form(title, "Lưu", items, fyne.NewSize(640, 340), func() error { return save(t.reasonEntry.Text) }, after)
}
