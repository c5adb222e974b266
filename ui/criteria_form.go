package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// criterionForm adds or edits an item of a criteria set.
type criterionForm struct {
	field             *Select
	name, max, guide  *Entry
	naAllowed, survey *Check
	fromReports       *Check
}

func newCriterionForm(fields []app.ReformField, c app.Criterion, withField bool) (*criterionForm, []*widget.FormItem) {
	f := &criterionForm{name: NewEntry(), max: NewEntry(), guide: NewMultiLineEntry()}
	var names []string
	for _, x := range fields {
		names = append(names, x.Name)
	}
	f.field = NewSelect(names, nil)
	if len(names) > 0 {
		f.field.SetSelectedIndex(0)
	}
	f.name.SetText(c.Name)
	if c.ID != 0 || c.Max != 0 {
		f.max.SetText(c.Max.String())
	}
	f.guide.SetText(c.Guidance)
	f.guide.SetMinRowsVisible(3)
	f.naAllowed = NewCheck("Cho chọn «Không áp dụng»", nil)
	f.naAllowed.SetChecked(c.NAAllowed)
	f.survey = NewCheck("Tính điểm từ số liệu khảo sát (số hài lòng / số được khảo sát × điểm tối đa)", nil)
	f.survey.SetChecked(c.Survey)
	f.fromReports = NewCheck("«Chế độ báo cáo»: tính điểm từ theo dõi báo cáo (đúng hạn đủ phần, trễ nửa phần, không báo cáo 0)", nil)
	f.fromReports.SetChecked(c.FromReports)
	var items []*widget.FormItem
	if withField {
		items = append(items, widget.NewFormItem("Lĩnh vực", f.field))
	}
	items = append(items, widget.NewFormItem("Nội dung", f.name), widget.NewFormItem("Điểm tối đa", f.max),
		widget.NewFormItem("Hướng dẫn chấm", f.guide), widget.NewFormItem("", f.naAllowed), widget.NewFormItem("", f.survey),
		widget.NewFormItem("", f.fromReports))
	return f, items
}

// read fills c from the form; a parent's maximum is the sum of its parts and is not read.
func (f *criterionForm) read(c *app.Criterion, fields []app.ReformField, isLeaf bool) error {
	c.Name, c.Guidance = viet.Normalize(f.name.Text), viet.Normalize(f.guide.Text)
	c.NAAllowed, c.Survey, c.FromReports = f.naAllowed.Checked, f.survey.Checked, f.fromReports.Checked
	if isLeaf {
		p, ok, err := scoring.ParseScore("Điểm tối đa", f.max.Text, 1000_00)
		if err != nil {
			return err
		}
		if !ok {
			return app.FieldError("Điểm tối đa", "Trường «Điểm tối đa» chưa nhập.")
		}
		c.Max = p
	}
	if i := f.field.SelectedIndex(); c.ParentID == 0 && i >= 0 && i < len(fields) {
		c.FieldID = fields[i].ID
	}
	return nil
}

// onAdd adds a criterion to a field, or (sub) a part to the selected criterion.
func (v *editorView) onAdd(sub bool) {
	c := app.Criterion{SetID: v.set.ID}
	if sub {
		cur, ok := v.current()
		if !ok || cur.ParentID != 0 {
			v.t.u.showError(app.Errorf(app.EINVALID, "Chọn một tiêu chí (không phải tiêu chí thành phần) để thêm tiêu chí thành phần."))
			return
		}
		c.ParentID, c.FieldID = cur.ID, cur.FieldID
	}
	fields, err := v.t.svc.ReformFields(context.Background())
	if err != nil {
		v.t.u.showError(err)
		return
	}
	f, items := newCriterionForm(fields, c, !sub)
	v.form = f
	setID := v.set.ID
	v.t.form("Thêm tiêu chí", "Thêm", items, fyne.NewSize(700, 460), func() error {
		if err := f.read(&c, fields, true); err != nil {
			return err
		}
		_, err := v.t.svc.AddCriterion(context.Background(), setID, c)
		return err
	}, v.changed)
}

// onEdit changes the selected item's name, points, guidance and options.
func (v *editorView) onEdit() {
	c, ok := v.current()
	if !ok {
		return
	}
	f, items := newCriterionForm(nil, c, false)
	v.form = f
	isLeaf := v.leaf[c.ID]
	if !isLeaf {
		f.max.Disable()
	}
	v.t.form("Sửa tiêu chí "+c.Code, "Lưu", items, fyne.NewSize(700, 460), func() error {
		if err := f.read(&c, nil, isLeaf); err != nil {
			return err
		}
		return v.t.svc.UpdateCriterion(context.Background(), c)
	}, v.changed)
}

// onTarget changes the total the set must reach (100 unless the office says otherwise).
func (v *editorView) onTarget() {
	e := NewEntry()
	t := v.set.Target
	if t == 0 {
		t = app.DefaultTarget
	}
	e.SetText(t.String())
	id := v.set.ID
	items := []*widget.FormItem{widget.NewFormItem("Tổng điểm tối đa", e)}
	v.t.form("Tổng điểm yêu cầu của bộ tiêu chí", "Lưu", items, fyne.NewSize(480, 200), func() error {
		p, ok, err := scoring.ParseScore("Tổng điểm tối đa", e.Text, 1000_00)
		if err != nil {
			return err
		}
		if !ok {
			return app.FieldError("Tổng điểm tối đa", "Trường «Tổng điểm tối đa» chưa nhập.")
		}
		return v.t.svc.SetTarget(context.Background(), id, p)
	}, v.changed)
}
