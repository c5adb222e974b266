package ui

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/eligibility"
	"thidua/app/viet"
)

const allOption = "(tất cả)"

// proposalsView is the Đề nghị part of the Khen thưởng tab: filters, the proposals with the result
// of the legal checks beside each, the reasons of the selected one, and the review buttons.
type proposalsView struct {
	t         *awardsTab
	content   fyne.CanvasObject
	svc       app.ProposalService
	decisions app.DecisionService // «Tạo quyết định»
	legal     app.LegalTableService
	units     app.UnitListService
	people    app.PeopleService
	lists     awardLists

	all      []app.Proposal
	shown    []app.Proposal
	reasons  map[int64][]app.Reason
	forms    []app.AwardForm
	campaign int64  // the campaign shown
	signOn   *Entry // the date the checks assume: when the decision would be signed
	unitF    *Select
	formF    *Select
	statusF  *Select
	table    *textTable
	selected int
	detail   *widget.Label

	// The checks of the whole campaign run in the background (see check): checking is set while
	// they run, behind the moving bar, and run numbers them so that only the last one is shown.
	checking bool
	run      int
	checkBar *widget.ProgressBarInfinite
	recheck  *Button

	add, importB, approve, reject, giveBack, reset, remove, toDecision *Button

	form       *proposalForm // last opened, for tests
	reviewForm *formDialog   // last opened, for tests
	reviewText *Entry
}

var proposalCols = []column{{"STT", 50}, {"Đơn vị đề nghị", 190}, {"Đối tượng", 80}, {"Họ và tên / Tên tập thể", 220},
	{"Hình thức", 170}, {"Kiểm tra điều kiện", 170}, {"Trạng thái", 270}, {"Lý do", 240}}

func newProposalsView(t *awardsTab, d awardsDeps) *proposalsView {
	v := &proposalsView{t: t, svc: d.proposals, decisions: d.decisions, legal: d.forms, units: d.units, people: d.people, lists: d.lists,
		selected: -1, reasons: map[int64][]app.Reason{}}
	v.signOn = textEntry("", func(s string) error { _, err := viet.ParseDate(s); return err })
	v.signOn.OnSubmitted = func(string) { v.reload(v.t.u.CampaignID()) }
	v.unitF = newSelect(nil, v.onFilter)
	v.formF = newSelect(nil, v.onFilter)
	v.statusF = newSelect(nil, v.onFilter)
	statuses := []string{allOption}
	for _, s := range []app.ProposalStatus{app.ProposalNew, app.ProposalApproved, app.ProposalRejected, app.ProposalReturned} {
		statuses = append(statuses, s.Label())
	}
	v.statusF.SetOptions(statuses)
	v.table = newTextTable(proposalCols, func() int { return len(v.shown) }, v.cell)
	v.table.onSel = v.onSelect
	v.detail = widget.NewLabel("Chọn một đề nghị để xem kết quả kiểm tra điều kiện.")
	v.detail.Wrapping = fyne.TextWrapWord
	v.add = NewButtonWithIcon("Thêm đề nghị", theme.ContentAddIcon(), v.onAdd)
	v.importB = NewButtonWithIcon("Excel…", theme.DocumentIcon(), v.onExcel)
	v.approve = NewButtonWithIcon("Đạt", theme.ConfirmIcon(), v.onApprove)
	v.reject = NewButtonWithIcon("Không đạt", theme.CancelIcon(), func() { v.onReview(app.ProposalRejected) })
	v.giveBack = NewButton("Trả lại bổ sung", func() { v.onReview(app.ProposalReturned) })
	v.reset = NewButton("Đưa về «Mới»", v.onReset)
	v.remove = NewButtonWithIcon("Xóa", theme.DeleteIcon(), v.onRemove)
	v.toDecision = NewButtonWithIcon("Tạo quyết định từ các đề nghị «Đạt»", theme.DocumentCreateIcon(), v.onToDecision)
	v.toDecision.Importance = widget.HighImportance
	v.recheck = NewButton("Kiểm tra lại", func() { v.reload(v.t.u.CampaignID()) })
	v.checkBar = widget.NewProgressBarInfinite()
	v.checkBar.Hide()
	v.checkBar.Stop()
	dateBox := container.NewGridWrap(fyne.NewSize(150, v.signOn.MinSize().Height), v.signOn)
	barBox := container.NewGridWrap(fyne.NewSize(120, v.signOn.MinSize().Height), v.checkBar)
	// Filters and buttons wrap onto a second row on a narrow screen rather than widen the window.
	filters := wrapRow(container.NewHBox(widget.NewLabel("Đơn vị"), v.unitF), container.NewHBox(widget.NewLabel("Hình thức"), v.formF),
		container.NewHBox(widget.NewLabel("Trạng thái"), v.statusF),
		container.NewHBox(widget.NewLabel("Xét theo ngày ký"), dateBox, v.recheck, barBox))
	buttons := wrapRow(v.add, v.importB, v.approve, v.reject, v.giveBack, v.reset, v.remove, v.toDecision)
	detail := container.NewVScroll(v.detail)
	split := t.u.split("proposals", false, 0.68, v.table, container.NewBorder(widget.NewLabelWithStyle("Kiểm tra điều kiện (căn cứ pháp lý)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, detail))
	v.content = container.NewBorder(container.NewVBox(filters, buttons), nil, nil, nil, split)
	v.updateButtons()
	return v
}

func (v *proposalsView) reload(campaignID int64) {
	ctx := context.Background()
	u := v.t.u
	v.all, v.reasons = nil, map[int64][]app.Reason{}
	if campaignID != v.campaign {
		v.campaign = campaignID
		v.signOn.SetText(viet.FormatDate(app.DefaultSigningDate(u.currentCampaign(), u.today())))
	}
	if campaignID != 0 {
		var err error
		if v.all, err = v.svc.Proposals(ctx, campaignID); err != nil {
			u.showError(err)
		}
		v.check(campaignID, v.date())
	} else {
		v.run++ // no campaign: nothing to check, and a check still running is moot
		v.checked()
	}
	forms, err := v.legal.AwardForms(ctx)
	if err != nil {
		u.showError(err)
	}
	v.forms = forms
	units := []string{allOption}
	seen := map[string]bool{}
	for _, p := range v.all {
		if !seen[p.UnitName] {
			seen[p.UnitName] = true
			units = append(units, p.UnitName)
		}
	}
	v.unitF.SetOptions(units)
	formNames := []string{allOption}
	for _, f := range forms {
		formNames = append(formNames, f.Name)
	}
	v.formF.SetOptions(formNames)
	for _, s := range []*Select{v.unitF, v.formF, v.statusF} {
		if s.Selected == "" || !contains(s.Options, s.Selected) {
			s.SetSelected(allOption) // calls onFilter
		}
	}
	v.onFilter("")
}

// check runs the legal checks of every proposal of the campaign in the background: they read the
// whole campaign, and on the UI goroutine they would hold the window (and wait for any write in
// progress). Until they end the moving bar shows, «Kiểm tra lại» and «Đạt» wait, and the table says
// the checks are running; a newer check makes the results of an older one moot.
func (v *proposalsView) check(campaignID int64, on time.Time) {
	v.run++
	run := v.run
	v.checking = true
	v.recheck.Disable()
	v.checkBar.Show()
	v.checkBar.Start()
	var reasons map[int64][]app.Reason
	v.t.u.background(func() error {
		var err error
		reasons, err = v.svc.Eligibility(context.Background(), campaignID, on)
		return err
	}, func(err error) {
		if run != v.run {
			return
		}
		v.checked()
		if err != nil {
			v.t.u.showError(err)
		} else {
			v.reasons = reasons
		}
		v.table.Refresh()
		v.showDetail()
		v.updateButtons()
	})
}

// checked ends the display of a check running.
func (v *proposalsView) checked() {
	v.checking = false
	v.checkBar.Stop()
	v.checkBar.Hide()
	v.recheck.Enable()
}

// date is the signing date the checks assume (the default when the entry is not a date).
func (v *proposalsView) date() time.Time {
	if d, err := viet.ParseDate(v.signOn.Text); err == nil {
		return d
	}
	return app.DefaultSigningDate(v.t.u.currentCampaign(), v.t.u.today())
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// onFilter shows the proposals that pass the three filters, keeping the selection when it stays.
func (v *proposalsView) onFilter(string) {
	var keep int64
	if p := v.current(); p != nil {
		keep = p.ID
	}
	v.shown = v.shown[:0]
	for _, p := range v.all {
		if (v.unitF.Selected == allOption || v.unitF.Selected == p.UnitName) &&
			(v.formF.Selected == allOption || v.formF.Selected == p.FormName) &&
			(v.statusF.Selected == allOption || v.statusF.Selected == p.Status.Label()) {
			v.shown = append(v.shown, p)
		}
	}
	v.selected = -1
	v.table.UnselectAll()
	for i, p := range v.shown {
		if p.ID == keep {
			v.table.Select(widget.TableCellID{Row: i, Col: 3})
		}
	}
	v.table.Refresh()
	v.showDetail()
	v.updateButtons()
}

// reveal selects a proposal and scrolls to it, clearing the filters that hide it (a new one is
// «Mới»: a filter on «Đạt» would hide what was just saved).
func (v *proposalsView) reveal(id int64) {
	if !v.showsID(id) {
		for _, s := range []*Select{v.unitF, v.formF, v.statusF} {
			s.SetSelected(allOption)
		}
	}
	for i, p := range v.shown {
		if p.ID == id {
			v.table.Select(widget.TableCellID{Row: i, Col: 3})
			v.table.ScrollTo(widget.TableCellID{Row: i, Col: 3})
		}
	}
}

func (v *proposalsView) showsID(id int64) bool {
	for _, p := range v.shown {
		if p.ID == id {
			return true
		}
	}
	return false
}

func (v *proposalsView) current() *app.Proposal {
	if v.selected < 0 || v.selected >= len(v.shown) {
		return nil
	}
	return &v.shown[v.selected]
}

func (v *proposalsView) onSelect(row int) {
	v.selected = row
	v.showDetail()
	v.updateButtons()
}

func (v *proposalsView) updateButtons() {
	p := v.current()
	closed := v.t.u.currentCampaign().Closed() // read-only (app.CheckCampaignOpen)
	for _, b := range []*Button{v.approve, v.reject, v.giveBack, v.reset, v.remove} {
		if p == nil || closed || (b == v.approve && v.checking) { // «Đạt» depends on the checks
			b.Disable()
		} else {
			b.Enable()
		}
	}
	// «Excel…» stays: its exports and the import of old decisions are still wanted once the campaign
	// is summed up; storage refuses a proposal import then, with a message.
	if v.t.u.CampaignID() == 0 {
		v.importB.Disable()
	} else {
		v.importB.Enable()
	}
	for _, b := range []*Button{v.add, v.toDecision} {
		if v.t.u.CampaignID() == 0 || closed {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

func (v *proposalsView) showDetail() {
	p := v.current()
	if p == nil {
		v.detail.SetText("Chọn một đề nghị để xem kết quả kiểm tra điều kiện.")
		return
	}
	checks := reasonLines(v.reasons[p.ID])
	if v.checking {
		checks = checkingText
	}
	text := p.RecipientName + " — " + p.FormName + "\n" + checks
	if p.Override != "" {
		text += "\nDuyệt dù có cảnh báo, lý do: " + p.Override
	}
	if p.Reason != "" {
		text += "\n" + p.Status.Label() + ": " + p.Reason
	}
	v.detail.SetText(text)
}

func (v *proposalsView) cell(r, c int) string {
	p := v.shown[r]
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
		if v.checking {
			return checkingText
		}
		return summary(v.reasons[p.ID])
	case 6:
		return p.StatusText()
	case 7:
		if p.Reason != "" {
			return p.Reason
		}
		return p.Override
	}
	return ""
}

func (v *proposalsView) afterChange() { v.t.u.onCampaignChanged("") }

// onApprove approves; with warnings the office must write why (kept in the audit log), and a
// blocking reason cannot be approved at all.
func (v *proposalsView) onApprove() {
	p := v.current()
	if p == nil {
		return
	}
	rs := v.reasons[p.ID]
	switch eligibility.Worst(rs) {
	case app.SeverityBlock:
		v.t.u.showError(app.CheckApproval(rs, ""))
	case app.SeverityWarning:
		v.askReason("Duyệt đề nghị dù còn cảnh báo", reasonLines(rs)+"\n\nGhi lý do vẫn duyệt (được lưu vào nhật ký):", func(text string) error {
			return v.svc.ReviewProposal(context.Background(), p.ID, app.ProposalReview{Status: app.ProposalApproved, Override: text}, v.date())
		})
	default:
		v.review(p.ID, app.ProposalReview{Status: app.ProposalApproved})
	}
}

func (v *proposalsView) onReview(status app.ProposalStatus) {
	p := v.current()
	if p == nil {
		return
	}
	title, prompt := "Không đạt", "Lý do không đạt:"
	if status == app.ProposalReturned {
		title, prompt = "Trả lại bổ sung", "Cần bổ sung những gì:"
	}
	v.askReason(title+": "+p.RecipientName, prompt, func(text string) error {
		return v.svc.ReviewProposal(context.Background(), p.ID, app.ProposalReview{Status: status, Reason: text}, v.date())
	})
}

func (v *proposalsView) onReset() {
	if p := v.current(); p != nil {
		v.review(p.ID, app.ProposalReview{Status: app.ProposalNew})
	}
}

func (v *proposalsView) review(id int64, r app.ProposalReview) {
	if err := v.svc.ReviewProposal(context.Background(), id, r, v.date()); err != nil {
		v.t.u.showError(err)
		return
	}
	v.afterChange()
}

// askReason asks for a required text; the button stays disabled until something is written.
func (v *proposalsView) askReason(title, prompt string, save func(text string) error) {
	v.reviewText = NewMultiLineEntry()
	v.reviewText.SetMinRowsVisible(3)
	v.reviewText.Validator = func(s string) error {
		if viet.Normalize(s) == "" {
			return plainError("Cần ghi lý do.")
		}
		return nil
	}
	label := widget.NewLabel(prompt)
	label.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("", label), widget.NewFormItem("Lý do", v.reviewText)}
	v.reviewForm = v.t.u.showForm(title, "Lưu", items, fyne.NewSize(720, 420), func() error { return save(v.reviewText.Text) }, v.afterChange)
}

func (v *proposalsView) onRemove() {
	p := v.current()
	if p == nil {
		return
	}
	id := p.ID
	v.t.u.confirm("Xóa đề nghị", "Xóa đề nghị «"+p.FormName+"» cho "+p.RecipientName+"?", func() {
		if err := v.svc.DeleteProposal(context.Background(), id); err != nil {
			v.t.u.showError(err)
			return
		}
		v.afterChange()
	})
}

// approvedFree lists the approved proposals of the campaign that no decision holds yet.
func (v *proposalsView) approvedFree() []int64 {
	var ids []int64
	for _, p := range v.all {
		if p.Status == app.ProposalApproved && !p.InDecision {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

func (v *proposalsView) onToDecision() {
	ids := v.approvedFree()
	if len(ids) == 0 {
		v.t.u.showError(app.Errorf(app.EINVALID, "Không còn đề nghị «Đạt» nào chưa có trong quyết định."))
		return
	}
	id, err := v.decisions.CreateDecision(context.Background(), v.t.u.CampaignID(), ids, v.date())
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.afterChange()
	v.t.showDecision(id)
	v.t.u.notify("Đã tạo dự thảo quyết định với " + strconv.Itoa(len(ids)) + " khen thưởng. Kiểm tra ngày ký, người ký, căn cứ rồi «Ban hành» khi văn thư đã cấp số.")
}
