package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app/docs"
	"thidua/app/viet"
)

// refEditor edits «Theo đề nghị của …» in its parts — who proposes, the tờ trình's number, its
// date — under a preview of the sentence as it will print, so the office's words are never
// written twice.
type refEditor struct {
	proposer *Entry
	number   *Entry
	on       *Entry
	preview  *widget.Label
	content  fyne.CanvasObject
}

func newRefEditor(ref, office string) *refEditor {
	p := docs.ParseProposalRef(ref, office)
	r := &refEditor{}
	r.proposer = textEntry(p.Proposer, nil)
	r.proposer.SetPlaceHolder("Trưởng phòng Nội vụ")
	r.number = textEntry(p.Number, nil)
	r.number.SetPlaceHolder("05/TTr-NV")
	date := ""
	if !p.On.IsZero() {
		date = viet.FormatDate(p.On)
	}
	r.on = textEntry(date, func(s string) error {
		if viet.Normalize(s) == "" {
			return nil
		}
		_, err := viet.ParseDate(s)
		return err
	})
	r.on.SetPlaceHolder("06/01/2025")
	r.preview = widget.NewLabel("")
	r.preview.Wrapping = fyne.TextWrapWord
	r.preview.TextStyle = fyne.TextStyle{Italic: true}
	for _, e := range []*Entry{r.proposer, r.number, r.on} {
		e.OnChanged = func(string) { r.update() }
	}
	r.update()
	parts := container.NewBorder(nil, nil, nil,
		container.NewHBox(widget.NewLabel("Tờ trình số"), container.NewGridWrap(fyne.NewSize(130, r.number.MinSize().Height), r.number),
			widget.NewLabel("ngày"), container.NewGridWrap(fyne.NewSize(120, r.on.MinSize().Height), r.on)),
		r.proposer)
	r.content = container.NewVBox(parts, r.preview)
	return r
}

func (r *refEditor) value() docs.ProposalRef {
	p := docs.ProposalRef{Proposer: r.proposer.Text, Number: r.number.Text}
	p.On, _ = viet.ParseDate(r.on.Text)
	return p
}

// Sentence is the line as stored (and printed, with its comma).
func (r *refEditor) Sentence() string { return r.value().Sentence() }

func (r *refEditor) update() {
	s := r.Sentence()
	if s == "" {
		r.preview.SetText("(quyết định không có dòng «Theo đề nghị»)")
		return
	}
	r.preview.SetText("Sẽ in: «" + s + ",»")
}

// officeName is the office that proposes by default («Phòng Nội vụ»), "" when unknown.
func (v *decisionsView) officeName() string {
	s, err := v.office.Settings(context.Background())
	if err != nil {
		return ""
	}
	return s.Office
}
