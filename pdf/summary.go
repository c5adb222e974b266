package pdf

import (
	"io"
	"slices"

	"thidua/app/docs"
)

// Summary writes «Báo cáo tổng kết …» (or the report over a range of years): the header, number
// and place-and-date of a decision (NĐ 30/2020, a báo cáo), BÁO CÁO with its subject, the
// introduction, the blocks — headings, paragraphs, tables whose header row repeats on every page,
// the charts across the text width — the closing paragraph, Nơi nhận and the signer. The same r
// gives the same bytes.
func Summary(w io.Writer, r docs.SummaryDoc) error {
	f, err := newDocument()
	if err != nil {
		return err
	}
	r.Frame = cleanDecision(r.Frame)
	stamp(f, "Báo cáo "+clean(r.Frame.Subject), r.Frame.Date)
	l := &decisionLayout{doc: &doc{f: f}, dd: r.Frame}
	l.newPage()
	l.header()
	l.titleBlock()
	for _, p := range r.Intro {
		l.paragraph([]span{{regular, clean(p)}}, 0)
	}
	charts := 0
	for _, b := range r.Blocks {
		l.summaryBlock(b, &charts)
	}
	fb := l.measureFooter()
	for i, p := range r.Closing {
		keep := 0.0
		if i == len(r.Closing)-1 {
			keep = fb.h
		}
		l.paragraph([]span{{regular, clean(p)}}, keep)
	}
	l.footer(fb)
	return f.Output(w)
}

// Summary writes the summary report as PDF.
func (Documents) Summary(w io.Writer, r docs.SummaryDoc) error { return Summary(w, r) }

// summaryChartKeep is the room a heading keeps under it for the chart that follows (mm): a chart
// at the text width is about 75 mm high with its caption.
const summaryChartKeep = 80.0

// summaryBlock draws one block; a heading stays with what follows it.
func (l *decisionLayout) summaryBlock(b docs.SummaryBlock, charts *int) {
	if b.Heading != "" {
		style := bold
		if b.Level == 3 {
			style = italic
		}
		keep := decBodyLine * 3
		switch {
		case b.Chart != nil:
			keep = summaryChartKeep // the heading goes with its first chart
		case b.Table != nil && len(b.Paras) == 0:
			keep = decBodyLine * 4
		}
		l.paragraph([]span{{style, clean(b.Heading)}}, keep)
	}
	for _, p := range b.Paras {
		l.paragraph([]span{{regular, clean(p)}}, 0)
	}
	if b.Table != nil {
		l.summaryTable(*b.Table)
	}
	if b.Chart != nil {
		l.chart(*charts, *b.Chart)
		*charts++
	}
}

// summaryTable spreads the table's relative widths over the text width and draws it; numbers are
// centred, the name columns left.
func (l *decisionLayout) summaryTable(s docs.SummaryTable) {
	total := 0.0
	for _, w := range s.Widths {
		total += w
	}
	cols := make([]float64, len(s.Widths))
	for i, w := range s.Widths {
		cols[i] = float64(textW) * w / total
	}
	head := make([]string, len(s.Header))
	for i, h := range s.Header {
		head[i] = clean(h)
	}
	t := newTable(l.doc, cols, head)
	l.f.SetFont(family, bold, decSizeBody)
	if !l.fits(decParaGap + t.head.h + 2*tableLine + 2*cellPadY) {
		l.newPage()
	}
	l.f.SetY(l.f.GetY() + decParaGap)
	l.draw(t.head)
	for ri, r := range s.Rows {
		cs := make([]cell, len(cols))
		for i := range cols {
			text := ""
			if i < len(r) {
				text = clean(r[i])
			}
			left := slices.Contains(s.Left, i)
			cs[i] = cell{text: text, w: cols[i], align: "C", fit: !left}
			if left {
				cs[i].align = "L"
			}
		}
		if slices.Contains(s.Totals, ri) {
			for i := range cs {
				cs[i].style = bold
			}
		}
		t.put(l.measure(cs, 0))
	}
}
