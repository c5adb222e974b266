package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// scoreView is a council member's score sheet for one initiative: one field per rubric line,
// validated against its maximum; the others' totals stay hidden until the member submits.
type scoreView struct {
	t       *initiativesTab
	in      app.Initiative
	members []app.CouncilMember
	rubric  []app.RubricLine
	member  *Select
	points  []*Entry
	fields  *fyne.Container
	submit  *Check
	status  *widget.Label
	others  *widget.Label
	save    *Button
	recuse  *Button
	dlg     dialog.Dialog
	current app.CouncilMember
}

func (t *initiativesTab) onScore() {
	in, ok := t.current()
	if !ok {
		return
	}
	ms, err := t.svc.Council(context.Background(), in.CampaignID)
	if err != nil || len(ms) == 0 {
		t.u.showError(firstErr(err, app.Errorf(app.EINVALID, "Phong trào chưa có hội đồng: hãy thêm thành viên ở «Hội đồng…».")))
		return
	}
	v := &scoreView{t: t, in: in, members: ms}
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = memberLabel(m)
	}
	v.member = NewSelect(names, v.onMember)
	v.member.PlaceHolder = "(chọn thành viên chấm)"
	v.fields = container.NewVBox()
	v.submit = NewCheck("Nộp phiếu (sau khi nộp không sửa được)", nil)
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.others = widget.NewLabel("")
	v.others.Wrapping = fyne.TextWrapWord
	v.save = NewButton("Lưu phiếu", v.onSave)
	v.recuse = NewButton("Không tham gia chấm…", v.onRecuse)
	title := widget.NewLabelWithStyle(in.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(title, widget.NewLabel(in.UnitName+" — "+initiatives.AuthorsText(in.Authors)), v.member, v.fields,
		v.submit, container.NewHBox(v.save, v.recuse), v.status, widget.NewSeparator(), v.others)
	v.dlg = dialog.NewCustom("Phiếu chấm sáng kiến", "Đóng", container.NewVScroll(body), t.u.win)
	v.dlg.Resize(fyne.NewSize(760, 640))
	t.scorer = v
	t.u.present(v.dlg, nil) // a select focused would swallow Escape: the first point is focused below
	v.member.SetSelectedIndex(0)
	if f := focusableIn(v.fields); f != nil {
		t.u.win.Canvas().Focus(f)
	}
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func memberLabel(m app.CouncilMember) string {
	if m.Role == "" {
		return m.FullName
	}
	return m.FullName + " — " + m.Role
}

// onMember loads the member's sheet: the own points, a recusal, the others' totals when allowed.
func (v *scoreView) onMember(string) {
	i := v.member.SelectedIndex()
	if i < 0 {
		return
	}
	v.current = v.members[i]
	b, err := v.t.svc.ScoreBoard(context.Background(), v.in.ID, v.current.ID)
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.rubric = b.Rubric
	v.points = nil
	v.fields.RemoveAll()
	for _, l := range b.Rubric {
		e := NewEntry()
		if p, ok := b.Own.Points[l.ID]; ok {
			e.SetText(strconv.Itoa(p))
		}
		v.points = append(v.points, e)
		v.fields.Add(container.NewBorder(nil, nil, widget.NewLabel(fmt.Sprintf("%s (tối đa %d)", l.Name, l.Max)), nil, e))
	}
	v.submit.SetChecked(b.Own.Submitted)
	seat := initiatives.Seat{Member: v.current, Initiative: v.in, Recused: b.Recused, Submitted: b.Own.Submitted}
	scoreErr := initiatives.CanScore(seat)
	for _, e := range v.points {
		setEnabled(e, scoreErr == nil)
	}
	setEnabled(v.save, scoreErr == nil)
	setEnabled(v.submit, scoreErr == nil)
	setEnabled(v.recuse, initiatives.CanRecuse(seat) == nil)
	switch {
	case b.Recused != nil:
		v.status.SetText("Không chấm: " + b.Recused.Reason + ".")
	case b.Own.Submitted:
		v.status.SetText("Đã nộp phiếu.")
	case scoreErr != nil:
		v.status.SetText(app.ErrorMessage(scoreErr))
	default:
		v.status.SetText("")
	}
	v.others.SetText(othersText(b.Result, v.current.ID))
}

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// othersText is the council's totals as this member may see them.
func othersText(r app.CouncilResult, self int64) string {
	lines := []string{"Điểm của hội đồng:"}
	for _, m := range r.Members {
		if m.MemberID == self {
			continue
		}
		var s string
		switch {
		case m.Hidden:
			s = "ẩn cho đến khi bạn nộp phiếu"
		case m.Recused:
			s = "không chấm (" + m.Reason + ")"
		case !m.Submitted:
			s = "chưa nộp"
		default:
			s = strconv.Itoa(m.Total)
		}
		lines = append(lines, "• "+m.Name+": "+s)
	}
	if r.Sheets > 0 {
		lines = append(lines, "Kết quả: "+initiatives.Summary(r)+".")
	}
	return strings.Join(lines, "\n")
}

func (v *scoreView) onSave() {
	s := app.ScoreSheet{InitiativeID: v.in.ID, MemberID: v.current.ID, Points: map[int64]int{}, Submitted: v.submit.Checked}
	for i, l := range v.rubric {
		txt := strings.TrimSpace(v.points[i].Text)
		if txt == "" {
			continue
		}
		p, err := strconv.Atoi(txt)
		if err != nil {
			v.t.u.showError(app.FieldError(l.Name, "%s: %s không phải số điểm nguyên.", app.FieldPrefix(l.Name), viet.Quote(txt)))
			return
		}
		s.Points[l.ID] = p
	}
	if err := v.t.svc.SaveScoreSheet(context.Background(), s); err != nil {
		v.t.u.showError(err)
		return
	}
	v.onMember("")
	v.t.onFilter("")
	v.t.selectID(v.in.ID)
}

func (v *scoreView) onRecuse() {
	reason := NewEntry()
	v.t.u.showForm("Không tham gia chấm", "Lưu", []*widget.FormItem{widget.NewFormItem("Lý do", reason)}, fyne.NewSize(560, 200),
		func() error { return v.t.svc.Recuse(context.Background(), v.in.ID, v.current.ID, reason.Text) },
		func() { v.onMember("") })
}

// stepDialog is the open «Chuyển bước» form (tests fill it).
type stepDialog struct {
	step          *Select
	on, ref, note *Entry
	form          *formDialog
}

// onAdvance takes the next step of the selected initiative: date, reference, and a reason for a
// refusal. District recognition goes through «Quyết định công nhận…».
func (t *initiativesTab) onAdvance() {
	in, ok := t.current()
	if !ok {
		return
	}
	r, err := t.svc.InitiativeRecord(context.Background(), in.ID)
	if err != nil {
		t.u.showError(err)
		return
	}
	var steps []string
	for _, s := range initiatives.NextSteps(r.History) {
		if s != app.StepDistrictRecognised {
			steps = append(steps, s.Label())
		}
	}
	if len(steps) == 0 {
		t.u.showError(app.Errorf(app.ECONFLICT, "Sáng kiến đang ở bước «%s»: không còn bước nào để chuyển (công nhận cấp huyện ghi bằng «Quyết định công nhận…»).", in.Step.Label()))
		return
	}
	step := NewSelect(steps, nil)
	step.SetSelectedIndex(0)
	on, ref, note := NewEntry(), NewEntry(), NewEntry()
	on.SetText(viet.FormatDate(t.u.today()))
	ref.SetPlaceHolder("số quyết định, tờ trình")
	items := []*widget.FormItem{widget.NewFormItem("Bước", step), widget.NewFormItem("Ngày", on), widget.NewFormItem("Số, ký hiệu", ref),
		widget.NewFormItem("Lý do (khi không công nhận)", note)}
	t.stepDlg = &stepDialog{step: step, on: on, ref: ref, note: note}
	t.stepDlg.form = t.u.showForm("Chuyển bước: "+in.Title, "Lưu", items, fyne.NewSize(640, 320), func() error {
		s := app.StepRecord{Ref: ref.Text, Note: note.Text}
		for _, x := range app.InitiativeSteps {
			if x.Label() == step.Selected {
				s.Step = x
			}
		}
		s.On, _ = viet.ParseDate(on.Text)
		return t.svc.AdvanceInitiative(context.Background(), in.ID, s)
	}, func() { t.onFilter(""); t.selectID(in.ID) })
}

// recogDialog is the open «Quyết định công nhận» form (tests fill it).
type recogDialog struct {
	pick   *widget.CheckGroup
	no, on *Entry
	form   *formDialog
}

// onRecognise records the chairman's decision for the initiatives the council passed.
func (t *initiativesTab) onRecognise() {
	rs, err := t.svc.CouncilResults(context.Background(), t.u.CampaignID())
	if err != nil {
		t.u.showError(err)
		return
	}
	steps := map[int64]app.InitiativeStep{}
	for _, in := range t.items {
		steps[in.ID] = in.Step
	}
	var passed []app.CouncilResult
	var labels []string
	for _, r := range rs {
		if r.Passed && steps[r.InitiativeID] == app.StepCouncil {
			passed = append(passed, r)
			labels = append(labels, fmt.Sprintf("%s (%s điểm)", r.Title, initiatives.MeanText(r.MeanX100)))
		}
	}
	if len(passed) == 0 {
		t.u.showError(app.Errorf(app.EINVALID, "Chưa có sáng kiến nào ở bước Hội đồng chấm đạt điểm."))
		return
	}
	pick := NewCheckGroup(labels, nil)
	t.recog = &recogDialog{pick: pick}
	pick.SetSelected(labels)
	no, on := NewEntry(), NewEntry()
	t.recog.no, t.recog.on = no, on
	no.SetPlaceHolder("2890/QĐ-UBND")
	on.SetText(viet.FormatDate(t.u.today()))
	items := []*widget.FormItem{widget.NewFormItem("Sáng kiến đạt", container.NewVScroll(pick)), widget.NewFormItem("Số quyết định", no),
		widget.NewFormItem("Ngày ký", on)}
	t.recog.form = t.u.showForm("Quyết định công nhận phạm vi ảnh hưởng, hiệu quả áp dụng cấp huyện", "Ghi quyết định", items, fyne.NewSize(820, 520), func() error {
		var ids []int64
		for i, l := range labels {
			if contains(pick.Selected, l) {
				ids = append(ids, passed[i].InitiativeID)
			}
		}
		d, err := viet.ParseDate(on.Text)
		if err != nil {
			return app.FieldError("Ngày quyết định", "%s", app.ErrorMessage(err))
		}
		return t.svc.RecognizeDistrict(context.Background(), ids, no.Text, d)
	}, func() { t.onFilter("") })
}
