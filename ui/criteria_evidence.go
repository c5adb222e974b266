package ui

import (
	"context"
	"net/url"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// onEvidence shows the evidence files of the item last worked on: open one in the system viewer,
// or add a file (copied beside the database with its size and SHA-256).
func (g *gridView) onEvidence() {
	if g.sheet.Unit.ID == 0 || len(g.leaves) == 0 {
		return
	}
	r := g.leaves[min(max(g.focusRow, 0), len(g.leaves)-1)]
	if err := g.save(); err != nil {
		g.t.u.showError(err)
		return
	}
	files := g.sheet.Scores[r.c.ID].Evidence
	box := container.NewVBox(widget.NewLabelWithStyle(r.c.Code+" "+r.c.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(files) == 0 {
		box.Add(widget.NewLabel("Chưa có tệp minh chứng."))
	}
	for _, f := range files {
		path := f.Path
		line := f.Name + " — " + strconv.FormatInt((f.Size+1023)/1024, 10) + " KB — SHA-256 " + f.SHA256[:16] + "…"
		box.Add(container.NewBorder(nil, nil, nil, NewButton("Mở", func() { g.openEvidence(path) }), widget.NewLabel(line)))
	}
	var d dialog.Dialog
	add := NewButton("Thêm tệp…", func() {
		d.Hide()
		g.addEvidence(r.c)
	})
	d = dialog.NewCustom("Minh chứng — "+g.sheet.Unit.Name, "Đóng", container.NewBorder(nil, add, nil, nil, box), g.t.u.win)
	d.Resize(fyne.NewSize(760, 400))
	d.Show()
}

func (g *gridView) openEvidence(path string) {
	// storage.NewFileURI writes a Windows path as file:///C:/…, not with «C:» as the host.
	target, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		err = g.t.u.open(target)
	}
	if err != nil {
		g.t.u.showError(app.Errorf(app.EINTERNAL, "Không mở được %s; hãy mở tệp bằng tay.", path))
	}
}

// addEvidence asks for a file and copies it off the UI goroutine.
func (g *gridView) addEvidence(c app.Criterion) {
	u, id, unit := g.t.u, g.t.campaignID, g.sheet.Unit.ID
	u.showOpen(nil, func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			u.showError(err)
			return
		}
		u.rememberFolder(rc.URI())
		u.background(func() error {
			defer rc.Close()
			_, err := g.t.svc.AddEvidence(context.Background(), id, unit, c.ID, rc.URI().Name(), rc)
			return err
		}, func(err error) {
			if err != nil {
				u.showError(err)
				return
			}
			g.open(unit)
			g.onEvidence()
		})
	})
}
