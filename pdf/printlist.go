package pdf

import (
	"io"

	"thidua/app/docs"
)

// PrintList writes one of the office's lists (the initiatives recognised at district level, the
// council's summary, the proposals for the meeting) on A4 portrait under the NĐ 30/2020 header:
// title, subtitle and reference centred (Mẫu 2.1), then the table with its header row repeated on
// every page and no row cut across pages; a group's title stays with its first row. Same list,
// same bytes.
func PrintList(w io.Writer, l docs.PrintList) error {
	f, err := newDocument()
	if err != nil {
		return err
	}
	stamp(f, clean(l.Subtitle), l.Date)
	d := &doc{f: f}
	d.newPage()
	d.header(clean(l.Agency), clean(l.Office))
	d.listHeading(l)
	cols := listCols(l.Widths)
	t := newTable(d, cols, l.Columns)
	d.draw(t.head)
	for _, g := range l.Groups {
		for i, cells := range g.Rows {
			r := d.listRow(cols, cells)
			if i == 0 && g.Title != "" {
				t.put(t.groupRow(clean(g.Title), cols[0]), r)
				continue
			}
			t.put(r)
		}
	}
	return f.Output(w)
}

// PrintList writes a list as PDF.
func (Documents) PrintList(w io.Writer, l docs.PrintList) error { return PrintList(w, l) }

// listCols scales relative widths to the text width.
func listCols(ws []int) []float64 {
	total := 0
	for _, w := range ws {
		total += w
	}
	cols := make([]float64, len(ws))
	for i, w := range ws {
		cols[i] = textW * float64(w) / float64(total)
	}
	return cols
}

// listRow is a row of cells: the first (STT) centred, numbers kept on one line.
func (d *doc) listRow(cols []float64, cells []string) row {
	cs := make([]cell, len(cols))
	for i := range cols {
		text := ""
		if i < len(cells) {
			text = clean(cells[i])
		}
		cs[i] = cell{text: text, w: cols[i], align: "L"}
		if i == 0 {
			cs[i].align, cs[i].fit = "C", true
		}
	}
	return d.measure(cs, 0)
}

// listHeading is the head of a list as the decision's attached list has it (Mẫu 2.1): bold title
// and subtitle, the italic reference, a short rule under it.
func (d *doc) listHeading(l docs.PrintList) {
	y := d.f.GetY() + titleGap
	d.f.SetFont(family, bold, decSizeTitle)
	y = d.centred(d.capLines(d.wrapBalanced(clean(l.Title), textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	y = d.centred(d.capLines(d.wrapBalanced(clean(l.Subtitle), textW), maxHeadingLines, textW), marginLeft, y, textW, decTitleLine)
	d.f.SetFont(family, italic, decSizeTitle)
	ref := d.capLines(balanced(clean(l.Ref), textW, d.wrapGlued), maxHeadingLines, textW)
	y = d.centred(ref, marginLeft, y, textW, decTitleLine)
	if len(ref) > 0 {
		d.rule(marginLeft+textW/2, y+decRuleGap, d.widest(ref)*decListRuleRatio)
	}
	d.f.SetXY(marginLeft, y+decRuleGap+decListGap)
}
