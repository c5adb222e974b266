package pdf

import (
	"io"

	"thidua/app/docs"
)

// Geometry of the công văn (NĐ 30/2020 Phụ lục I, Mẫu 1.4), beside the decision's.
const (
	remAboutSize  = 12.0 // «V/v …» under the number, 12–13 pt
	remAboutLine  = 5.0
	remAboutGap   = 1.0
	remToGap      = 6.0  // from the head to «Kính gửi:»
	remToSize     = 14.0 // «Kính gửi:» and its addressees
	remToLine     = 6.2
	remToX        = 30.0 // «Kính gửi:» starts this far into the text
	remToMaxLines = 40   // a longer list goes on as it is; more is a mistake
)

// Reminder writes a công văn đôn đốc: the decision's head (agency, national name, number, place
// and date), «V/v …» under the number, «Kính gửi:» with one unit a line, the body justified with
// a first-line indent, Nơi nhận and the signer — the decision's footer.
func Reminder(w io.Writer, r docs.ReminderDoc) error {
	f, err := newDocument()
	if err != nil {
		return err
	}
	dd := cleanDecision(docs.DecisionDoc{ParentAgency: r.ParentAgency, Agency: r.Agency, NumberLine: r.NumberLine,
		PlaceDate: r.PlaceDate, CCTitle: r.CCTitle, CC: r.CC, SignerLines: r.SignerLines, SignerName: r.SignerName})
	stamp(f, "Công văn đôn đốc báo cáo", r.Date)
	l := &decisionLayout{doc: &doc{f: f}, dd: dd}
	l.newPage()
	l.header()
	l.about(clean(r.About))
	l.addressees(cleanAll(r.To))
	l.closing(cleanAll(r.Body))
	return f.Output(w)
}

// about draws «V/v …» centred under the number in the left column.
func (l *decisionLayout) about(s string) {
	if s == "" {
		return
	}
	w := float64(headerLeftW)
	l.f.SetFont(family, regular, remAboutSize)
	y := l.f.GetY() + remAboutGap
	y = l.centred(l.capLines(l.wrapBalanced(s, w), 4, w), marginLeft, y, w, remAboutLine)
	l.f.SetXY(marginLeft, y)
}

// addressees draws «Kính gửi:» then the units, one a line, aligned after it; a single unit stays
// on the line of «Kính gửi:».
func (l *decisionLayout) addressees(to []string) {
	y := l.f.GetY() + remToGap
	l.f.SetFont(family, regular, remToSize)
	const label = "Kính gửi:"
	x := float64(marginLeft) + remToX
	l.f.Text(x, baseline(y, remToLine, remToSize), label)
	tx := x + l.f.GetStringWidth(label+" ")
	w := float64(marginLeft+textW) - tx
	if len(to) == 1 {
		to[0] = trimDash(to[0])
	}
	n := 0
	for _, t := range to {
		for _, line := range l.wrap(t, w) {
			if n >= remToMaxLines {
				break
			}
			if !l.fits(remToLine) {
				l.newPage()
				y = l.f.GetY()
				l.f.SetFont(family, regular, remToSize)
			}
			l.f.Text(tx, baseline(y, remToLine, remToSize), line)
			y += remToLine
			n++
		}
	}
	if len(to) == 0 {
		y += remToLine
	}
	l.f.SetXY(marginLeft, y)
}

func trimDash(s string) string {
	if len(s) > 2 && s[:2] == "- " {
		return s[2:]
	}
	return s
}

// Reminder writes the công văn đôn đốc as PDF.
func (Documents) Reminder(w io.Writer, r docs.ReminderDoc) error { return Reminder(w, r) }
