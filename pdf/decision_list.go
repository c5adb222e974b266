package pdf

import (
	"strconv"

	"thidua/app/docs"
	"thidua/app/viet"
)

// list draws the attached list from a new page: DANH SÁCH, the subtitle, the reference to the
// decision with a short rule, then the table, its total and the total in words.
func (l *decisionLayout) list() {
	if len(l.dd.Groups) == 0 {
		return
	}
	l.newPage()
	l.listHeading()
	t := newTable(l.doc, decListCols[:], []string{"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)"})
	l.draw(t.head) // the heading is bounded (see maxHeadingLines): the header row always fits
	for _, g := range l.dd.Groups {
		for i, r := range g.Rows {
			line := l.listRow(r)
			if i == 0 {
				t.put(t.groupRow(g.Title, decListCols[0]), line)
				continue
			}
			t.put(line)
		}
		if len(g.Rows) == 0 {
			t.put(t.groupRow(g.Title, decListCols[0]))
		}
	}
	l.listTotal(&t)
}

// listHeading is the head of the attached list (Mẫu 2.1), centred: bold title and subtitle,
// the italic reference, a short rule.
func (l *decisionLayout) listHeading() {
	y := l.f.GetY()
	l.f.SetFont(family, bold, decSizeTitle)
	y = l.centred(l.capLines(l.wrapBalanced(l.dd.ListTitle, textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	y = l.centred(l.capLines(l.wrapBalanced(l.dd.ListSubtitle, textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	l.f.SetFont(family, italic, decSizeTitle)
	ref := l.capLines(balanced(l.dd.ListRef, textW, l.wrapGlued), maxHeadingLines, textW)
	y = l.centred(ref, marginLeft, y, textW, decTitleLine)
	if len(ref) > 0 {
		l.rule(marginLeft+textW/2, y+decRuleGap, l.widest(ref)*decListRuleRatio)
	}
	l.f.SetXY(marginLeft, y+decRuleGap+decListGap)
}

// listRow is one recipient; a collective without a position spreads its name over the name and
// position columns.
func (l *decisionLayout) listRow(r docs.ListRow) row {
	c := decListCols
	amount := "-"
	if r.Amount != 0 {
		amount = viet.FormatMoney(r.Amount)
	}
	cells := []cell{
		{text: strconv.Itoa(r.No), w: c[0], align: "C", fit: true},
		{text: r.Name, w: c[1], align: "L"},
		{text: r.PositionUnit, w: c[2], align: "L"},
		{text: amount, w: c[3], align: "R", fit: true},
	}
	if r.PositionUnit == "" {
		cells[1].w += c[2]
		cells = append(cells[:2], cells[3])
	}
	return l.measure(cells, 0)
}

// listTotal draws the bold total row and the total in words under it, together.
func (l *decisionLayout) listTotal(t *table) {
	c := decListCols
	total := l.measure([]cell{
		{text: "Tổng cộng", w: c[0] + c[1] + c[2], align: "C", style: bold},
		{text: viet.FormatMoney(l.dd.Total), w: c[3], align: "R", style: bold, fit: true},
	}, 0)
	l.f.SetFont(family, italic, decSizeBody)
	var words []string
	if l.dd.TotalWords != "" {
		words = l.capLines(l.wrap("Bằng chữ: "+l.dd.TotalWords, textW), maxHeadingLines, textW)
	}
	if !l.fits(total.h + decWordsGap + float64(len(words))*decWordsLine) {
		l.newPage()
		l.draw(t.head)
	}
	l.draw(total)
	l.f.SetFont(family, italic, decSizeBody)
	y := l.f.GetY() + decWordsGap
	for _, w := range words {
		l.f.Text(marginLeft, baseline(y, decWordsLine, decSizeBody), w)
		y += decWordsLine
	}
	l.f.SetXY(marginLeft, y)
}
