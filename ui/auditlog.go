package ui

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// auditView is Cài đặt → «Nhật ký thay đổi»: the audit log, newest first, filtered by entity,
// user and dates.
type auditView struct {
	u       *UI
	svc     app.AuditService
	content fyne.CanvasObject

	entities []string
	entity   *Select
	actor    *Entry
	from, to *Entry
	apply    *Button
	count    *widget.Label
	list     []app.AuditEntry
	table    *textTable
}

const allEntities = "(tất cả)"

var auditCols = []column{{"Thời điểm", 140}, {"Người dùng", 110}, {"Đối tượng", 150}, {"Mã", 60}, {"Thao tác", 90}, {"Trước", 260}, {"Sau", 320}}

func newAuditView(u *UI, svc app.AuditService) *auditView {
	v := &auditView{u: u, svc: svc}
	v.entity = NewSelect(nil, func(string) { v.reload() })
	v.entity.PlaceHolder = allEntities // nothing chosen: every entity, and no English «(Select one)»
	v.actor = NewEntry()
	v.actor.SetPlaceHolder("người dùng")
	v.from, v.to = NewEntry(), NewEntry()
	v.from.SetPlaceHolder("từ ngày dd/mm/yyyy")
	v.to.SetPlaceHolder("đến ngày dd/mm/yyyy")
	v.apply = NewButton("Lọc", v.reload)
	v.count = widget.NewLabel("")
	v.table = newTextTable(auditCols, func() int { return len(v.list) }, v.cell)
	filters := container.NewGridWithColumns(6, v.entity, v.actor, v.from, v.to, v.apply, v.count)
	v.content = container.NewBorder(filters, nil, nil, nil, v.table)
	v.loadEntities()
	v.reload()
	return v
}

func (v *auditView) loadEntities() {
	es, err := v.svc.AuditEntities(context.Background())
	if err != nil {
		v.u.showError(err)
		return
	}
	v.entities = es
	opts := []string{allEntities}
	for _, e := range es {
		opts = append(opts, app.AuditEntityLabel(e))
	}
	v.entity.SetOptions(opts)
}

// filter reads the filter fields; a date that does not parse is an error shown to the user.
func (v *auditView) filter() (app.AuditFilter, error) {
	f := app.AuditFilter{Actor: viet.Normalize(v.actor.Text)}
	if i := v.entity.SelectedIndex(); i > 0 && i-1 < len(v.entities) {
		f.Entity = v.entities[i-1]
	}
	for _, p := range []struct {
		e   *Entry
		dst *time.Time
	}{{v.from, &f.From}, {v.to, &f.To}} {
		if viet.Normalize(p.e.Text) == "" {
			continue
		}
		d, err := viet.ParseDate(p.e.Text)
		if err != nil {
			return f, err
		}
		*p.dst = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.Local)
	}
	return f, nil
}

func (v *auditView) reload() {
	f, err := v.filter()
	if err != nil {
		v.u.showError(err)
		return
	}
	es, err := v.svc.AuditLog(context.Background(), f)
	if err != nil {
		v.u.showError(err)
		return
	}
	v.list = es
	v.count.SetText(strconv.Itoa(len(es)) + " mục")
	v.table.Refresh()
}

func (v *auditView) cell(row, col int) string {
	if row < 0 || row >= len(v.list) {
		return ""
	}
	e := v.list[row]
	switch col {
	case 0:
		return e.At.Local().Format("15:04 02/01/2006")
	case 1:
		return e.Actor
	case 2:
		return app.AuditEntityLabel(e.Entity)
	case 3:
		if e.EntityID == 0 {
			return ""
		}
		return strconv.FormatInt(e.EntityID, 10)
	case 4:
		return e.Action
	case 5:
		return e.Before
	}
	return e.After
}
