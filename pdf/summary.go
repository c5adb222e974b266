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
	l.summaryBlocks(r.Blocks, &charts)
	l.closing(cleanAll(r.Closing))
	return f.Output(w)
}

// Summary writes the summary report as PDF.
func (Documents) Summary(w io.Writer, r docs.SummaryDoc) error { return Summary(w, r) }

// summaryChartKeep is the room a heading keeps under it for the chart that follows (mm): a chart
// at the text width is about 75 mm high with its caption.
const summaryChartKeep = 80.0

// summaryBlocks draws the blocks; a heading (a section's, a table's caption) never ends a page: it
// goes to the next page with the start of what follows it.
func (l *decisionLayout) summaryBlocks(bs []docs.SummaryBlock, charts *int) {
	for i := range bs {
		l.summaryBlock(bs[i], l.blockFollow(bs, i), charts)
	}
}

// headingSpans is a block's heading in its style: bold, a table's caption italic.
func headingSpans(b docs.SummaryBlock) []span {
	style := bold
	if b.Level == 3 {
		style = italic
	}
	return []span{{style, clean(b.Heading)}}
}

// linesOf is how many lines a body paragraph of spans takes.
func (l *decisionLayout) linesOf(spans []span) int {
	return len(breakLines(l.words(spans, decSizeBody, textW-decIndent), textW-decIndent, textW))
}

// blockStart is the room the start of block i needs: its heading with the start of what follows
// it (its first two lines of text, its table's header row and first row, its chart), or for a
// block without heading that start itself.
func (l *decisionLayout) blockStart(bs []docs.SummaryBlock, i int) float64 {
	if i >= len(bs) {
		return 0
	}
	b := bs[i]
	if b.Heading == "" {
		return l.contentStart(b, bs, i)
	}
	return decParaGap + float64(l.linesOf(headingSpans(b)))*decBodyLine + l.contentStart(b, bs, i)
}

// contentStart is the room the first part of block i's content needs: two lines of its first
// paragraph, its table's header row and first row, its chart; a heading alone (a section whose
// first sub-section follows) needs the start of the next block.
func (l *decisionLayout) contentStart(b docs.SummaryBlock, bs []docs.SummaryBlock, i int) float64 {
	switch {
	case len(b.Paras) > 0:
		return l.parasStart(b.Paras)
	case b.Table != nil:
		return l.tableStart(*b.Table)
	case b.Chart != nil:
		return summaryChartKeep
	}
	return l.blockStart(bs, i+1)
}

// parasStart is the room the first two lines of paras take (two one-line paragraphs, or two lines
// of the first).
func (l *decisionLayout) parasStart(paras []string) float64 {
	h, lines := 0.0, 0
	for _, p := range paras {
		n := min(decKeepLines-lines, l.linesOf([]span{{regular, clean(p)}}))
		h += decParaGap + float64(n)*decBodyLine
		if lines += n; lines >= decKeepLines {
			break
		}
	}
	return h
}

// blockFollow is what block i's heading keeps under it when it has no content of its own.
func (l *decisionLayout) blockFollow(bs []docs.SummaryBlock, i int) float64 {
	b := bs[i]
	if len(b.Paras) > 0 || b.Table != nil || b.Chart != nil {
		return 0
	}
	return l.blockStart(bs, i+1)
}

// summaryBlock draws one block: its heading kept with the start of its content (or, for a
// heading alone, with next, the start of the block after it), the paragraphs, the last one kept
// with the table's first rows, the table, the chart.
func (l *decisionLayout) summaryBlock(b docs.SummaryBlock, next float64, charts *int) {
	if b.Heading != "" {
		keep := next
		if keep == 0 {
			keep = l.contentStart(b, nil, 0)
		}
		l.paragraph(headingSpans(b), keep)
	}
	for i, p := range b.Paras {
		keep := 0.0
		if i == len(b.Paras)-1 && b.Table != nil {
			keep = l.tableStart(*b.Table)
		}
		l.paragraph([]span{{regular, clean(p)}}, keep)
	}
	if b.Table != nil {
		l.summaryTable(*b.Table)
	}
	if b.Chart != nil {
		l.chart(*charts, *b.Chart)
		*charts++
	}
}

// summaryRows is the table measured: its header row and its rows, the table's relative widths
// spread over the text width; numbers centred, the name columns left, total rows bold.
func (l *decisionLayout) summaryRows(s docs.SummaryTable) (table, []row) {
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
	rows := make([]row, 0, len(s.Rows))
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
		rows = append(rows, l.measure(cs, 0))
	}
	return t, rows
}

// tableStart is the room a table's start needs: the gap above it, its header row and first row.
func (l *decisionLayout) tableStart(s docs.SummaryTable) float64 {
	t, rows := l.summaryRows(s)
	h := decParaGap + t.head.h
	if len(rows) > 0 {
		h += rows[0].h
	}
	return h
}

// summaryTable draws the table, its header row repeated on every page; the header row never ends
// a page without the first row under it.
func (l *decisionLayout) summaryTable(s docs.SummaryTable) {
	t, rows := l.summaryRows(s)
	if !l.fits(l.tableStart(s)) {
		l.newPage()
	}
	l.f.SetY(l.f.GetY() + decParaGap)
	l.draw(t.head)
	for _, r := range rows {
		t.put(r)
	}
}
