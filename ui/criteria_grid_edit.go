package ui

import (
	"context"
	"io"
	"strconv"

	"fyne.io/fyne/v2"

	"thidua/app"
	"thidua/app/scoring"
)

// fill puts the unit's scores in the cells, without marking them changed.
func (g *gridView) fill() {
	g.filling = true
	defer func() { g.filling = false }()
	locked := g.sheet.Locked || g.sheet.Campaign.Closed()
	for _, r := range g.leaves {
		s := g.sheet.Scores[r.c.ID]
		self, appr := "", ""
		switch {
		case r.c.Survey && s.Surveyed > 0:
			self, appr = strconv.Itoa(s.Surveyed), strconv.Itoa(s.Satisfied)
		case !r.c.Survey:
			if s.HasSelf {
				self = s.Self.String()
			}
			if s.HasAppraised {
				appr = s.Appraised.String()
			}
		}
		r.self.SetText(self)
		r.appr.SetText(appr)
		r.note.SetText(s.Note)
		r.na.SetChecked(s.NA)
		for _, e := range []fyne.Disableable{r.self, r.appr, r.note, r.na} {
			if locked {
				e.Disable()
			} else {
				e.Enable()
			}
		}
	}
	g.dirty = map[int64]bool{}
	g.lockB.SetText("Khóa thẩm định")
	if g.sheet.Locked {
		g.lockB.SetText("Mở khóa thẩm định…")
	}
	g.recompute()
}

func (g *gridView) onCellChanged(r *gridRow) {
	if g.filling {
		return
	}
	g.dirty[r.c.ID] = true
	g.recompute()
}

// edit is what row r holds, as typed.
func (r *gridRow) edit() app.ScoreEdit {
	e := app.ScoreEdit{CriterionID: r.c.ID, Note: r.note.Text, NA: r.na.Checked}
	if r.c.Survey {
		e.Surveyed, e.Satisfied = r.self.Text, r.appr.Text
	} else {
		e.Self, e.Appraised = r.self.Text, r.appr.Text
	}
	return e
}

// recompute adds up what is on screen (a cell that does not read counts as empty) and updates the
// totals of every field and of the unit, the differences and the survey formulas.
func (g *gridView) recompute() {
	scores := make(map[int64]app.Score, len(g.leaves))
	for _, r := range g.leaves {
		s, err := scoring.ApplyEdit(r.c, g.sheet.Scores[r.c.ID], r.edit())
		if err != nil {
			s = app.Score{}
		}
		scores[r.c.ID] = s
		mark := ""
		if s.HasSelf && s.HasAppraised && s.Self != s.Appraised {
			mark = "≠"
		}
		if err != nil {
			mark = "!"
		}
		r.mark.SetText(mark)
		if r.c.Survey {
			r.label.SetText(surveyLabel(r.c, s))
		}
	}
	tot := scoring.UnitTotals(g.sheet.Set, scores)
	for _, f := range tot.Fields {
		if r := g.fields[f.FieldID]; r != nil {
			r.total.SetText("Tự chấm " + f.Self.String() + " · Thẩm định " + f.Appraised.String() + " / " + f.Max.String())
		}
	}
	state := ""
	if g.sheet.Locked {
		state = " — đã khóa thẩm định"
	}
	g.summary.SetText(g.sheet.Unit.Name + ": tự chấm " + tot.Self.String() + ", thẩm định " + tot.Appraised.String() +
		" trên " + tot.Max.String() + " điểm (" + app.RankRow{PctBP: scoring.PercentBP(tot.Appraised, tot.Max)}.Percent() + "%)" + state)
}

func surveyLabel(c app.Criterion, s app.Score) string {
	l := "    " + c.Code + " " + shortText(c.Name, surveyRunes) + " (" + c.Max.String() + ")"
	if s.Surveyed > 0 {
		l += " — " + scoring.SurveyFormula(s.Surveyed, s.Satisfied, c.Max)
	}
	return l
}

// move puts the focus dRow rows and dCol cells away from e: Tab and Enter go to the next cell
// (from the note to the next row's self-score), the arrows to the row above or below.
func (g *gridView) move(e *gridEntry, dRow, dCol int) {
	row, col := e.row+dRow, e.col+dCol
	if col > 2 {
		row, col = row+1, 0
	}
	if col < 0 {
		row, col = row-1, 2
	}
	if row < 0 || row >= len(g.leaves) {
		return
	}
	r := g.leaves[row]
	target := []*gridEntry{r.self, r.appr, r.note}[col]
	if c := fyne.CurrentApp().Driver().CanvasForObject(target); c != nil {
		c.Focus(target)
	} else {
		g.t.u.win.Canvas().Focus(target)
	}
	g.scrollTo(r)
}

// scrollTo brings a row into view.
func (g *gridView) scrollTo(r *gridRow) {
	y, h := r.box.Position().Y, g.scroll.Size().Height
	switch {
	case y < g.scroll.Offset.Y:
		g.scroll.Offset.Y = y
	case y+cellH > g.scroll.Offset.Y+h:
		g.scroll.Offset.Y = y + cellH - h
	default:
		return
	}
	g.scroll.Refresh()
}

// save stores the changed cells of the unit on screen, all or nothing.
func (g *gridView) save() error {
	if len(g.dirty) == 0 || g.sheet.Unit.ID == 0 {
		return nil
	}
	var edits []app.ScoreEdit
	for _, r := range g.leaves {
		if g.dirty[r.c.ID] {
			edits = append(edits, r.edit())
		}
	}
	if err := g.t.svc.SaveScores(context.Background(), g.t.campaignID, g.sheet.Unit.ID, edits); err != nil {
		return err
	}
	g.dirty = map[int64]bool{}
	return nil
}

func (g *gridView) onSave() {
	if err := g.save(); err != nil {
		g.t.u.showError(err)
		return
	}
	g.open(g.sheet.Unit.ID)
}

// onLock closes the unit's appraisal, or reopens it with a reason (audit log).
func (g *gridView) onLock() {
	if g.sheet.Unit.ID == 0 {
		return
	}
	ctx, id, unit := context.Background(), g.t.campaignID, g.sheet.Unit.ID
	if !g.sheet.Locked {
		if err := g.save(); err != nil {
			g.t.u.showError(err)
			return
		}
		if err := g.t.svc.SetUnitLock(ctx, id, unit, true, ""); err != nil {
			g.t.u.showError(err)
		}
		g.open(unit)
		return
	}
	g.t.askReason("Mở khóa thẩm định", "Mở khóa điểm thẩm định của "+g.sheet.Unit.Name+". Lý do được ghi vào nhật ký.",
		func(reason string) error { return g.t.svc.SetUnitLock(ctx, id, unit, false, reason) }, func() { g.open(unit) })
}

// onImport reads a unit's self-assessment from a file in the export layout, all or nothing.
func (g *gridView) onImport() {
	if g.sheet.Unit.ID == 0 {
		return
	}
	if err := g.save(); err != nil {
		g.t.u.showError(err)
		return
	}
	g.t.u.chooseFile(g.importFrom)
}

func (g *gridView) importFrom(rc io.ReadCloser, name string) {
	u, id, unit := g.t.u, g.t.campaignID, g.sheet.Unit
	var n int
	var rowErrs []*app.Error
	// Behind the modal progress dialog: nothing can be typed into the grid meanwhile, so reopening
	// the unit afterwards loses nothing.
	u.runTask(task{title: "Nhập tự chấm của " + unit.Name, text: "Đang đọc tệp " + name + "…", busy: g.importB,
		work: func(func(n, total int)) error {
			defer rc.Close()
			tb, err := u.sheets.ReadTable(rc, name)
			if err != nil {
				return err
			}
			n, rowErrs, err = g.t.svc.ImportSelfAssessment(context.Background(), id, unit.ID, tb)
			return err
		}, done: func(err error) {
			switch {
			case err != nil:
				u.showError(err)
			case len(rowErrs) > 0:
				u.showImportErrors("tự chấm của "+unit.Name, name, rowErrs)
			default:
				u.notify("Đã nhập " + strconv.Itoa(n) + " điểm tự chấm của " + unit.Name + ".")
				g.open(unit.ID)
			}
		}})
}
