package pdf

import (
	"bytes"
	"io"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"thidua/app/docs"
)

// Geometry of the report (mm), beside what it shares with the decision (geometry.go).
var reportCols = [...]float64{14, 48, 16, 18, 14, 15, 18, 22}

const (
	reportChartGap   = 4.0 // above a chart
	reportChartTitle = 6.0 // the chart's caption line
	reportSizeCap    = 12.0
)

// Report writes «Báo cáo kết quả đánh giá, xếp loại công tác cải cách hành chính»: the header,
// number and place-and-date of a decision (NĐ 30/2020, Mẫu 1.4 of a báo cáo), BÁO CÁO with its
// subject and rule, the introduction, the summary per band, the ranking of each unit kind as a
// table whose header row repeats on every page, the charts, the closing paragraph, Nơi nhận and
// the signer. The same r gives the same bytes.
func Report(w io.Writer, r docs.ReportDoc) error {
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
	l.paragraph([]span{{bold, "1. Tổng hợp kết quả xếp loại"}}, 0)
	for _, s := range r.Summary {
		l.paragraph([]span{{regular, clean(s)}}, 0)
	}
	l.paragraph([]span{{bold, "2. Kết quả xếp hạng theo loại đơn vị"}}, 0)
	if r.FieldsNote != "" {
		l.paragraph([]span{{regular, clean(r.FieldsNote)}}, 0)
	}
	for _, s := range r.Sections {
		l.section(s)
	}
	if len(r.Charts) > 0 {
		l.paragraph([]span{{bold, "3. Biểu đồ"}}, 0)
		for i, c := range r.Charts {
			l.chart(i, c)
		}
	}
	l.closing(cleanAll(r.Closing))
	return f.Output(w)
}

// Report writes the report as PDF.
func (Documents) Report(w io.Writer, r docs.ReportDoc) error { return Report(w, r) }

// section draws a kind's heading and its table; the heading stays with the header row and the
// first unit (measured: a first row of several lines takes the heading to the next page too).
func (l *decisionLayout) section(s docs.ReportSection) {
	t := newTable(l.doc, reportCols[:], docs.ReportHeader)
	rows := make([]row, 0, len(s.Rows))
	for _, cells := range s.Rows {
		cs := make([]cell, len(cells))
		for i, c := range cells {
			cs[i] = cell{text: clean(c), w: reportCols[i], align: "C", fit: i != 1 && i != 6 && i != 7}
		}
		cs[1].align, cs[7].align = "L", "L"
		rows = append(rows, l.measure(cs, 0))
	}
	start := decParaGap + t.head.h
	if len(rows) > 0 {
		start += rows[0].h
	}
	l.paragraph([]span{{italic, clean(s.Heading)}}, start)
	l.f.SetY(l.f.GetY() + decParaGap)
	l.draw(t.head)
	for _, r := range rows {
		t.put(r)
	}
}

// chart draws a picture across the text width with its caption, on a new page when it does not
// fit under the text.
func (l *decisionLayout) chart(i int, c docs.ReportChart) {
	name := "chart" + strconv.Itoa(i)
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	info := l.f.RegisterImageOptionsReader(name, opt, bytes.NewReader(c.PNG))
	if info == nil || l.f.Err() {
		return
	}
	w := float64(textW)
	h := w * info.Height() / info.Width()
	if !l.fits(reportChartGap + reportChartTitle + h) {
		l.newPage()
	}
	y := l.f.GetY() + reportChartGap
	l.f.SetFont(family, italic, reportSizeCap)
	l.f.SetXY(marginLeft, y)
	l.f.CellFormat(w, reportChartTitle, clean(c.Title), "", 0, "C", false, 0, "")
	l.f.ImageOptions(name, marginLeft, y+reportChartTitle, w, h, false, opt, 0, "")
	l.f.SetXY(marginLeft, y+reportChartTitle+h)
}
