package ui

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/lists"
	"thidua/app/viet"
)

// councilView sets up the campaign's council: members (from the registry or typed) with their
// role, the rubric and the pass threshold.
type councilView struct {
	t       *initiativesTab
	members *widget.Label
	name    *SelectEntry
	role    *Entry
	unit    *Select // a typed member's unit (for recusal)
	remove  *Select
	ms      []app.CouncilMember

	addBtn, rubricBtn, rulesBtn *Button
	people                      []app.Person
	rubric                      *Entry
	pass                        *Entry
	diverge                     *Entry
	dlg                         dialog.Dialog
}

func (t *initiativesTab) onCouncil() {
	cid := t.u.CampaignID()
	if cid == 0 {
		t.u.showError(app.Errorf(app.EINVALID, "Chưa có phong trào."))
		return
	}
	v := &councilView{t: t, members: widget.NewLabel(""), role: NewEntry(), rubric: NewMultiLineEntry(), pass: NewEntry(), diverge: NewEntry()}
	v.people, _ = t.svc.People(context.Background(), 0)
	var names []string
	for _, p := range v.people {
		if p.Active {
			names = append(names, p.FullName)
		}
	}
	v.name = NewSelectEntry(names)
	v.name.SetPlaceHolder("họ và tên (chọn trong danh sách cán bộ hoặc gõ)")
	v.role.SetPlaceHolder("Chủ tịch Hội đồng, Thành viên, Thư ký…")
	var units []string
	for _, x := range t.units {
		units = append(units, x.Name)
	}
	v.unit = NewSelect(units, nil)
	v.unit.PlaceHolder = "(đơn vị, nếu gõ tên)"
	v.remove = NewSelect(nil, v.onRemove)
	v.remove.PlaceHolder = "(xóa thành viên chưa chấm)"
	v.rubric.SetMinRowsVisible(4)
	v.addBtn = NewButton("Thêm thành viên", v.onAdd)
	v.rubricBtn = NewButton("Lưu phiếu chấm", v.onRubric)
	v.rulesBtn = NewButton("Lưu điểm đạt", v.onRules)
	body := container.NewVBox(widget.NewLabelWithStyle("Thành viên hội đồng", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.members,
		container.NewGridWithColumns(4, v.name, v.role, v.unit, v.addBtn), v.remove,
		widget.NewLabelWithStyle("Phiếu chấm (mỗi dòng «Tiêu chí: điểm tối đa», tổng 100)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		v.rubric, v.rubricBtn,
		container.NewGridWithColumns(5, widget.NewLabel("Điểm đạt"), v.pass, widget.NewLabel("Độ lệch tối đa"), v.diverge, v.rulesBtn))
	v.dlg = dialog.NewCustom("Hội đồng xét công nhận sáng kiến", "Đóng", container.NewVScroll(body), t.u.win)
	v.dlg.Resize(fyne.NewSize(860, 600))
	v.reload()
	t.councilDlg = v
	// Enter adds the member or saves the threshold; nothing is focused first, as the first field
	// (a name picker) would swallow Escape.
	v.name.OnSubmitted = func(string) { v.onAdd() }
	v.role.OnSubmitted = func(string) { v.onAdd() }
	v.pass.OnSubmitted = func(string) { v.onRules() }
	v.diverge.OnSubmitted = func(string) { v.onRules() }
	t.u.present(v.dlg, nil)
}

func (v *councilView) reload() {
	ctx := context.Background()
	cid := v.t.u.CampaignID()
	ms, err := v.t.svc.Council(ctx, cid)
	if err != nil {
		v.t.u.showError(err)
	}
	v.ms = ms
	lines, labels := []string{}, []string{}
	for i, m := range ms {
		labels = append(labels, memberLabel(m))
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, memberLabel(m)))
	}
	if len(lines) == 0 {
		lines = append(lines, "(chưa có thành viên)")
	}
	v.members.SetText(strings.Join(lines, "\n"))
	v.remove.SetOptions(labels)
	v.remove.Selected = ""
	v.remove.Refresh()
	rub, err := v.t.svc.Rubric(ctx, cid)
	if err != nil {
		v.t.u.showError(err)
		return
	}
	var rl []string
	for _, l := range rub {
		rl = append(rl, l.Name+": "+strconv.Itoa(l.Max))
	}
	v.rubric.SetText(strings.Join(rl, "\n"))
	r, err := v.t.svc.ScoringRules(ctx, cid)
	if err != nil {
		v.t.u.showError(err) // never show 0 as the threshold: «Lưu» would store it
		return
	}
	v.pass.SetText(strconv.Itoa(r.Threshold))
	v.diverge.SetText(strconv.Itoa(r.Divergence))
}

func (v *councilView) onAdd() {
	m := app.CouncilMember{CampaignID: v.t.u.CampaignID(), FullName: v.name.Text, Role: v.role.Text}
	for _, x := range v.t.units {
		if x.Name == v.unit.Selected {
			m.UnitID = x.ID
		}
	}
	// The registry's person of that name — within the unit chosen, when one is; two namesakes
	// are not guessed between, since the member's unit decides the automatic recusals.
	var hits []app.Person
	for _, p := range v.people {
		if viet.FoldKey(p.FullName) == viet.FoldKey(v.name.Text) && (m.UnitID == 0 || p.UnitID == m.UnitID) {
			hits = append(hits, p)
		}
	}
	switch len(hits) {
	case 1:
		m.PersonID, m.UnitID = hits[0].ID, 0
	case 0:
	default:
		v.t.u.showError(app.FieldError("Họ và tên", "Có %d người tên «%s»: hãy chọn đơn vị của thành viên.", len(hits), v.name.Text))
		return
	}
	if err := v.t.svc.SaveCouncilMember(context.Background(), &m); err != nil {
		v.t.u.showError(err)
		return
	}
	v.name.SetText("")
	v.role.SetText("")
	v.reload()
}

// onRemove removes a member who has scored nothing.
func (v *councilView) onRemove(string) {
	i := v.remove.SelectedIndex()
	if i < 0 || i >= len(v.ms) {
		return
	}
	m := v.ms[i]
	v.t.u.confirmOr("Xóa thành viên", "Xóa "+m.FullName+" khỏi hội đồng?", func() {
		if err := v.t.svc.RemoveCouncilMember(context.Background(), m.ID); err != nil {
			v.t.u.showError(err)
		}
		v.reload()
	}, v.reload)
}

func (v *councilView) onRubric() {
	var lines []app.RubricLine
	for i, l := range strings.Split(v.rubric.Text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		name, max, ok := strings.Cut(l, ":")
		n, err := strconv.Atoi(strings.TrimSpace(max))
		if !ok || err != nil {
			v.t.u.showError(app.FieldError("Phiếu chấm", "Dòng %d của phiếu chấm phải có dạng «Tiêu chí: điểm tối đa».", i+1))
			return
		}
		lines = append(lines, app.RubricLine{Name: name, Max: n})
	}
	if err := v.t.svc.SaveRubric(context.Background(), v.t.u.CampaignID(), lines); err != nil {
		v.t.u.showError(err)
		return
	}
	v.reload()
}

func (v *councilView) onRules() {
	p, err1 := strconv.Atoi(strings.TrimSpace(v.pass.Text))
	d, err2 := strconv.Atoi(strings.TrimSpace(v.diverge.Text))
	if err1 != nil || err2 != nil {
		v.t.u.showError(app.FieldError("Điểm đạt", "Điểm đạt và độ lệch phải là số nguyên."))
		return
	}
	if err := v.t.svc.SetScoringRules(context.Background(), v.t.u.CampaignID(), app.ScoringRules{Threshold: p, Divergence: d}); err != nil {
		v.t.u.showError(err)
		return
	}
	v.reload()
	v.t.onFilter("")
}

// personInitiativesText lists a person's initiatives with the level reached, for the person's
// details: "\nSáng kiến: Số hóa hồ sơ (2024, công nhận cấp Huyện)".
func personInitiativesText(svc personFactPorts, personID int64) string {
	ins, err := svc.InitiativeList(context.Background(), app.InitiativeFilter{PersonID: personID})
	if err != nil || len(ins) == 0 {
		return "\nSáng kiến: không có."
	}
	var parts []string
	for _, in := range ins {
		level := "chưa được công nhận"
		if in.Level != "" {
			level = "công nhận cấp " + strings.ToLower(in.Level.Label())
		}
		parts = append(parts, fmt.Sprintf("%s (%d, %s)", in.Title, in.Year, level))
	}
	return "\nSáng kiến: " + strings.Join(parts, "; ") + "."
}

// onAttach keeps a file with the selected registration (stored with its SHA-256).
func (t *initiativesTab) onAttach() {
	in, ok := t.current()
	if !ok {
		return
	}
	// Any kind of file (PDF, Word, pictures); read and stored in the background, at most what
	// storage accepts plus one byte, so that an oversized file is refused, never read whole.
	at := t.u.today()
	t.u.showOpen(nil, func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			t.u.showError(err)
			return
		}
		t.u.rememberFolder(rc.URI())
		name := rc.URI().Name()
		t.u.runTask(task{title: "Đang đính kèm tệp " + name + "…", busy: t.attach,
			work: func(func(n, total int)) error {
				defer rc.Close()
				body, err := io.ReadAll(io.LimitReader(rc, app.MaxAttachmentBytes+1))
				if err != nil {
					return err
				}
				return t.svc.AddInitiativeAttachment(context.Background(), in.ID, name, body, at)
			},
			done: func(err error) {
				if err != nil {
					t.u.showError(err)
					return
				}
				t.u.notify("Đã đính kèm tệp " + name + " vào sáng kiến «" + in.Title + "».")
			}})
	})
}

// onImport reads a unit's list of initiatives recognised at its level into the campaign's year,
// all or nothing, behind a progress bar.
func (t *initiativesTab) onImport() {
	c := t.u.currentCampaign()
	if c.ID == 0 {
		t.u.showError(app.Errorf(app.EINVALID, "Chưa có phong trào."))
		return
	}
	t.u.chooseFile(func(rc io.ReadCloser, name string) {
		t.u.runImport(lists.ListInitiatives, t.importBtn, rc, name, func() { t.onFilter("") },
			func(func(n, total int)) (app.ImportResult, []*app.Error, error) {
				return lists.ImportInitiativesFile(context.Background(), t.svc, t.u.sheets, c.Year, rc, name)
			})
	})
}

// onExport writes the list of initiatives of the year shown, with authors, step, mean and result.
func (t *initiativesTab) onExport() {
	year := t.filter().Year
	t.u.chooseSave(t.export, "SangKien.xlsx", func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		n, err := lists.ExportInitiativesFile(context.Background(), t.svc, t.u.sheets, year, w, name)
		return "Đã xuất " + strconv.Itoa(n) + " sáng kiến ra tệp " + name + ".", err
	})
}

// The lists the tab prints.
const (
	printRecognised = "Danh sách sáng kiến được công nhận cấp huyện"
	printCouncil    = "Bảng tổng hợp kết quả chấm (biên bản hội đồng)"
	printProposals  = "Danh sách đề nghị khen thưởng (kết quả kiểm tra điều kiện)"
)

// onPrint asks which list, builds it in the background and saves the PDF.
func (t *initiativesTab) onPrint() {
	lp, ok := t.u.docs.(docs.ListPrinter)
	if !ok {
		t.u.showError(app.Errorf(app.EINTERNAL, "Bản chương trình này không in được danh sách."))
		return
	}
	which := NewRadioGroup([]string{printRecognised, printCouncil, printProposals}, nil)
	which.SetSelected(printRecognised)
	t.u.showForm("In danh sách", "In", []*widget.FormItem{widget.NewFormItem("Danh sách", which)}, fyne.NewSize(560, 220), func() error {
		c, chosen := t.u.currentCampaign(), which.Selected
		name := map[string]string{printRecognised: "DanhSachSangKien.pdf", printCouncil: "TongHopChamSangKien.pdf",
			printProposals: "DanhSachDeNghi.pdf"}[chosen]
		// The list is built and written in the background once the file is chosen (saveTo).
		t.u.chooseSaveURI(t.printBtn, name, func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
			l, err := t.buildList(chosen, c)
			if err != nil {
				return "", err
			}
			return "", lp.PrintList(w, l)
		}, t.u.openIfPDF)
		return nil
	}, nil)
}

func (t *initiativesTab) buildList(which string, c app.Campaign) (docs.PrintList, error) {
	ctx := context.Background()
	s, err := t.svc.Settings(ctx)
	if err != nil {
		return docs.PrintList{}, err
	}
	switch which {
	case printRecognised:
		return docs.InitiativeListDocument(ctx, t.svc, c.Year)
	case printProposals:
		asOf := app.DefaultSigningDate(c, t.u.today()) // as the Khen thưởng tab checks
		ps, err := t.svc.Proposals(ctx, c.ID)
		if err != nil {
			return docs.PrintList{}, err
		}
		reasons, err := t.svc.Eligibility(ctx, c.ID, asOf)
		return docs.BuildProposalReview(ps, reasons, c, s, asOf), err
	}
	rs, err := t.svc.CouncilResults(ctx, c.ID)
	if err != nil {
		return docs.PrintList{}, err
	}
	return docs.BuildCouncilSummary(rs, c, s, t.u.today()), nil
}
