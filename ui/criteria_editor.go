package ui

import (
	"context"
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/scoring"
)

// editorView edits the criteria set of a unit kind: the tree with codes from the position, the
// total maximum against the target, add, edit, move up and down, delete; lock and unlock.
type editorView struct {
	t       *criteriaTab
	content fyne.CanvasObject

	kindSel  *Select
	set      app.CriteriaSet
	leaf     map[int64]bool
	list     *List
	selected int
	total    *widget.Label
	locked   bool

	addB, addSubB, editB, upB, downB, delB, targetB, lockB, exportB, importB, newSetB *Button
	form                                                                              *criterionForm // the last form opened (tests)
}

func newEditorView(t *criteriaTab) *editorView {
	v := &editorView{t: t, selected: -1}
	v.kindSel = NewSelect(nil, func(string) { v.show() })
	v.total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.list = NewList(func() int { return len(v.set.Items) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.itemText(i)) })
	v.list.OnSelected = func(i widget.ListItemID) { v.selected = i }
	v.addB = NewButton("Thêm tiêu chí…", func() { v.onAdd(false) })
	v.addSubB = NewButton("Thêm tiêu chí thành phần…", func() { v.onAdd(true) })
	v.editB = NewButton("Sửa…", v.onEdit)
	v.upB = NewButton("Lên", func() { v.onMove(-1) })
	v.downB = NewButton("Xuống", func() { v.onMove(1) })
	v.delB = NewButton("Xóa", v.onDelete)
	v.targetB = NewButton("Tổng điểm yêu cầu…", v.onTarget)
	v.lockB = NewButton("Mở khóa tiêu chí…", v.onLock)
	v.exportB = NewButton("Xuất Excel…", v.onExport)
	v.importB = NewButton("Nhập Excel…", v.onImport)
	v.newSetB = NewButton("Tạo bộ tiêu chí…", v.onNewSet)
	top := container.NewVBox(
		wrapRow(widget.NewLabel("Loại đơn vị:"), v.kindSel, v.newSetB, v.lockB, v.exportB, v.importB),
		wrapRow(v.addB, v.addSubB, v.editB, v.upB, v.downB, v.delB, v.targetB), v.total)
	v.content = container.NewBorder(top, nil, nil, nil, v.list)
	return v
}

func (v *editorView) reload() {
	var kinds []string
	for _, s := range v.t.sets {
		kinds = append(kinds, s.Kind.Label())
	}
	prev := v.kindSel.Selected
	v.kindSel.SetOptions(kinds)
	v.locked = false
	if v.t.campaignID != 0 {
		l, err := v.t.svc.CriteriaLocked(context.Background(), v.t.campaignID)
		if err != nil {
			v.t.u.showError(err)
		}
		v.locked = l
	}
	v.lockB.SetText("Khóa tiêu chí")
	if v.locked {
		v.lockB.SetText("Mở khóa tiêu chí…")
	}
	switch {
	case len(kinds) == 0:
		v.set = app.CriteriaSet{}
		v.show()
	case prev != "" && strings.Contains(strings.Join(kinds, "|"), prev):
		v.kindSel.SetSelected(prev)
		v.show()
	default:
		v.kindSel.SetSelectedIndex(0)
	}
}

// show displays the set of the kind chosen, its total and what may be done.
func (v *editorView) show() {
	v.set = app.CriteriaSet{}
	for _, s := range v.t.sets {
		if s.Kind.Label() == v.kindSel.Selected {
			v.set = s
		}
	}
	v.leaf = map[int64]bool{}
	for _, c := range scoring.Leaves(v.set) {
		v.leaf[c.ID] = true
	}
	v.selected = -1
	v.list.UnselectAll()
	v.list.Refresh()
	target := v.set.Target
	if target == 0 {
		target = app.DefaultTarget
	}
	m := scoring.SetMax(v.set)
	state := "đúng tổng yêu cầu"
	if m != target {
		state = "CHƯA ĐÚNG: phải bằng " + target.String()
	}
	lock := ""
	if v.locked {
		lock = " — tiêu chí đã khóa vì đã có điểm thẩm định"
	}
	v.total.SetText("Tổng điểm tối đa: " + m.String() + " / " + target.String() + " (" + state + ")" + lock)
	for _, b := range []*Button{v.addB, v.addSubB, v.editB, v.upB, v.downB, v.delB, v.targetB, v.importB} {
		if v.locked || v.set.ID == 0 {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

func (v *editorView) itemText(i int) string {
	c := v.set.Items[i]
	indent := ""
	if c.ParentID != 0 {
		indent = "        "
	}
	t := indent + c.Code + "  " + c.Name + " — " + c.Max.String() + " điểm"
	if c.NAAllowed {
		t += " · cho «Không áp dụng»"
	}
	if c.Survey {
		t += " · tính từ khảo sát"
	}
	if !v.leaf[c.ID] {
		t += " (tổng các tiêu chí thành phần)"
	}
	if i == 0 || v.set.Items[i-1].FieldID != c.FieldID {
		t = "[" + c.FieldName + "]  " + t
	}
	return t
}

func (v *editorView) current() (app.Criterion, bool) {
	if v.selected < 0 || v.selected >= len(v.set.Items) {
		return app.Criterion{}, false
	}
	return v.set.Items[v.selected], true
}

// changed reads the sets again after a change and keeps the kind shown.
func (v *editorView) changed() {
	sets, err := v.t.svc.CriteriaSets(context.Background(), v.t.campaignID)
	if err != nil {
		v.t.u.showError(err)
		return
	}
	v.t.sets = sets
	v.reload()
}

func (v *editorView) onMove(delta int) {
	c, ok := v.current()
	if !ok {
		return
	}
	if err := v.t.svc.MoveCriterion(context.Background(), v.set.ID, c.ID, delta); err != nil {
		v.t.u.showError(err)
		return
	}
	v.changed()
	for i, x := range v.set.Items {
		if x.ID == c.ID {
			v.list.Select(i)
		}
	}
}

func (v *editorView) onDelete() {
	c, ok := v.current()
	if !ok {
		return
	}
	if err := v.t.svc.DeleteCriterion(context.Background(), v.set.ID, c.ID); err != nil {
		v.t.u.showError(err)
		return
	}
	v.changed()
}

func (v *editorView) onLock() {
	id := v.t.campaignID
	if id == 0 {
		return
	}
	if !v.locked {
		if err := v.t.svc.SetCriteriaLock(context.Background(), id, false, ""); err != nil {
			v.t.u.showError(err)
		}
		v.changed()
		return
	}
	v.t.askReason("Mở khóa tiêu chí", "Phong trào đã có điểm thẩm định: sửa tiêu chí có thể làm thay đổi kết quả. Lý do được ghi vào nhật ký.",
		func(reason string) error { return v.t.svc.SetCriteriaLock(context.Background(), id, true, reason) }, v.changed)
}

func (v *editorView) onExport() {
	if v.set.ID == 0 {
		return
	}
	set := v.set
	v.t.u.chooseSave(v.exportB, "BoTieuChi-"+strings.ReplaceAll(set.Kind.Label(), ", ", "-")+".xlsx", func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		return "Đã lưu bộ tiêu chí vào tệp " + name + ".", v.t.u.sheets.WriteTable(w, name, scoring.SetTable(set), scoring.SetWidths)
	})
}

// onImport replaces the set (not scored yet) with one read from a file in the export layout.
func (v *editorView) onImport() {
	if v.set.ID == 0 {
		return
	}
	u, setID := v.t.u, v.set.ID
	u.chooseFile(func(rc io.ReadCloser, name string) {
		var n int
		var rowErrs []*app.Error
		u.runTask(task{title: "Nhập bộ tiêu chí", text: "Đang đọc tệp " + name + "…", busy: v.importB,
			work: func(func(n, total int)) error {
				defer rc.Close()
				tb, err := u.sheets.ReadTable(rc, name)
				if err != nil {
					return err
				}
				n, rowErrs, err = v.t.svc.ImportCriteriaSet(context.Background(), setID, tb)
				return err
			}, done: func(err error) {
				switch {
				case err != nil:
					u.showError(err)
				case len(rowErrs) > 0:
					u.showImportErrors("bộ tiêu chí", name, rowErrs)
				default:
					u.notify("Đã nhập " + strconv.Itoa(n) + " tiêu chí từ " + name + ".")
					v.changed()
				}
			}})
	})
}

func (v *editorView) onNewSet() {
	id := v.t.campaignID
	if id == 0 {
		return
	}
	have := map[app.UnitKind]bool{}
	for _, s := range v.t.sets {
		have[s.Kind] = true
	}
	var labels []string
	kinds := map[string]app.UnitKind{}
	for _, k := range app.UnitKinds {
		if !have[k] {
			labels = append(labels, k.Label())
			kinds[k.Label()] = k
		}
	}
	sel := NewSelect(labels, nil)
	name := NewEntry()
	year := strconv.Itoa(v.t.u.currentCampaign().Year)
	items := []*widget.FormItem{widget.NewFormItem("Loại đơn vị", sel), widget.NewFormItem("Tên bộ tiêu chí", name)}
	v.t.form("Tạo bộ tiêu chí", "Tạo", items, fyne.NewSize(560, 260), func() error {
		n := name.Text
		if strings.TrimSpace(n) == "" {
			n = "Bộ tiêu chí đánh giá cải cách hành chính năm " + year + " — " + sel.Selected
		}
		k, ok := kinds[sel.Selected]
		if !ok {
			return app.FieldError("Loại đơn vị", "Chưa chọn loại đơn vị.")
		}
		_, err := v.t.svc.CreateCriteriaSet(context.Background(), id, k, n)
		return err
	}, v.changed)
}
