package ui

import (
	"bytes"
	"context"
	"io"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/scoring"
)

// rankingView is the ranking of every unit kind, with the charts: the kind's units coloured by
// band and the selected unit's points per field.
type rankingView struct {
	t       *criteriaTab
	content fyne.CanvasObject

	ranking app.Ranking
	rows    []app.RankRow
	kinds   []app.UnitKind // kind of rows[i]
	table   *textTable
	kindSel *Select
	kindImg *canvas.Image
	unitImg *canvas.Image
	chosen  int
	pngs    [2][]byte // the kind's and the unit's pictures, as last drawn (tests)

	exportB, reportB, bandsB, proposeB *Button
}

var rankCols = []column{{"Loại", 90}, {"Hạng", 55}, {"Đơn vị", 280}, {"Tự chấm", 80}, {"Thẩm định", 90}, {"Tối đa", 65},
	{"Tỷ lệ (%)", 80}, {"Xếp loại", 95}, {"Mất điểm nhiều nhất", 260}}

func newRankingView(t *criteriaTab) *rankingView {
	v := &rankingView{t: t, chosen: -1}
	v.table = newTextTable(rankCols, func() int { return len(v.rows) }, v.cell)
	v.table.onSel = v.onSelected
	v.kindSel = NewSelect(nil, func(string) { v.drawKind() })
	v.kindImg, v.unitImg = &canvas.Image{FillMode: canvas.ImageFillContain}, &canvas.Image{FillMode: canvas.ImageFillContain}
	v.kindImg.SetMinSize(fyne.NewSize(360, 220)) // small enough for a 1024×768 screen; grows with the window
	v.unitImg.SetMinSize(fyne.NewSize(360, 160))
	v.exportB = NewButton("Xuất Excel…", v.onExport)
	v.reportB = NewButton("In báo cáo…", v.onReport)
	v.bandsB = NewButton("Ngưỡng xếp loại…", v.onBands)
	v.proposeB = NewButton("Đề nghị khen thưởng theo kết quả xếp loại…", v.onPropose)
	charts := container.NewBorder(container.NewHBox(widget.NewLabel("Biểu đồ khối:"), v.kindSel), nil, nil, nil,
		container.NewVSplit(v.kindImg, v.unitImg))
	split := container.NewHSplit(v.table, charts)
	split.Offset = 0.6
	v.content = container.NewBorder(wrapRow(v.exportB, v.reportB, v.bandsB, v.proposeB), nil, nil, nil, split)
	return v
}

func (v *rankingView) reload() {
	v.rows, v.kinds, v.chosen = nil, nil, -1
	v.ranking = app.Ranking{}
	if v.t.campaignID != 0 {
		r, err := v.t.svc.Ranking(context.Background(), v.t.campaignID)
		if err != nil {
			v.t.u.showError(err)
		}
		v.ranking = r
	}
	var kinds []string
	for _, k := range v.ranking.Kinds {
		kinds = append(kinds, k.Kind.Label())
		for _, r := range k.Rows {
			v.rows = append(v.rows, r)
			v.kinds = append(v.kinds, k.Kind)
		}
	}
	v.table.Refresh()
	v.table.UnselectAll()
	v.kindSel.SetOptions(kinds)
	if len(kinds) > 0 {
		v.kindSel.SetSelectedIndex(0)
	}
	v.unitImg.Resource = nil
	v.unitImg.Refresh()
}

func (v *rankingView) cell(r, c int) string {
	x := v.rows[r]
	switch c {
	case 0:
		return v.kinds[r].Label()
	case 1:
		if x.Rank == 0 {
			return ""
		}
		return strconv.Itoa(x.Rank)
	case 2:
		return x.Unit.Name
	case 3:
		return x.Self.String()
	case 4:
		return x.Appraised.String()
	case 5:
		return x.Max.String()
	case 6:
		if x.Rank == 0 {
			return ""
		}
		return x.Percent()
	case 7:
		return x.Band
	case 8:
		return lostText(x)
	}
	return ""
}

// lostText lists the fields where the unit lost points, the most first: "6. … −4,25; 3. … −2".
func lostText(r app.RankRow) string {
	if r.Rank == 0 {
		return ""
	}
	fs := append([]app.FieldTotal(nil), r.Fields...)
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Lost > fs[j-1].Lost; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	out := ""
	for _, f := range fs {
		if f.Lost <= 0 {
			continue
		}
		if out != "" {
			out += "; "
		}
		out += "LV " + strconv.Itoa(f.Number) + " −" + f.Lost.String()
	}
	return out
}

func (v *rankingView) onSelected(row int) {
	v.chosen = row
	if row < 0 || row >= len(v.rows) || v.t.u.charts == nil || v.rows[row].Rank == 0 {
		return
	}
	r, bands := v.rows[row], v.ranking.Bands
	v.draw(1, v.unitImg, "don-vi", func() ([]byte, error) { return v.t.u.charts.UnitChart(r, bands) })
	for i, k := range v.ranking.Kinds {
		if k.Kind == v.kinds[row] && v.kindSel.SelectedIndex() != i {
			v.kindSel.SetSelectedIndex(i)
		}
	}
}

// shown reports whether the ranking view is on screen: charts are drawn for it only.
func (v *rankingView) shown() bool {
	return v.t.inner != nil && v.t.inner.SelectedIndex() == 2
}

func (v *rankingView) drawKind() {
	i := v.kindSel.SelectedIndex()
	if i < 0 || i >= len(v.ranking.Kinds) || v.t.u.charts == nil || !v.shown() {
		return
	}
	k, bands := v.ranking.Kinds[i], v.ranking.Bands
	v.draw(0, v.kindImg, "khoi", func() ([]byte, error) { return v.t.u.charts.RankChart(k, bands) })
}

// draw renders a chart off the UI goroutine and shows it when done.
func (v *rankingView) draw(slot int, img *canvas.Image, name string, render func() ([]byte, error)) {
	var png []byte
	v.t.u.background(func() error {
		var err error
		png, err = render()
		return err
	}, func(err error) {
		if err != nil {
			v.t.u.showError(app.Errorf(app.EINTERNAL, "Không vẽ được biểu đồ."))
			return
		}
		v.pngs[slot] = png
		img.Resource = fyne.NewStaticResource(name+".png", png)
		img.Refresh()
	})
}

func (v *rankingView) onExport() {
	wb, ok := v.t.u.sheets.(app.Workbooks)
	if !ok || v.t.campaignID == 0 {
		return
	}
	r := v.ranking
	v.t.u.chooseSave(v.exportB, "XepHang-"+strconv.Itoa(r.Campaign.Year)+".xlsx", func(w io.Writer, name string, _ func(n, total int)) (string, error) {
		return "Đã xuất bảng xếp hạng ra tệp " + name + ".", wb.WriteSheets(w, name, scoring.RankSheets(r))
	})
}

// onReport saves «Báo cáo kết quả đánh giá, xếp loại …» as PDF: the charts and the layout are made
// in the background behind the progress dialog of saveTo, then the PDF opens in the system viewer.
func (v *rankingView) onReport() {
	rep, ok := v.t.u.docs.(docs.Reports)
	if !ok || v.t.campaignID == 0 {
		return
	}
	u, svc, id, year := v.t.u, v.t.svc, v.t.campaignID, v.ranking.Campaign.Year
	u.chooseSaveURI(v.reportB, "BaoCaoXepLoaiCCHC-"+strconv.Itoa(year)+".pdf", func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
		doc, err := docs.RankingReport(context.Background(), svc, u.charts, id, u.today())
		if err != nil {
			return "", err
		}
		var buf bytes.Buffer // laid out whole before a byte is written (a failure removes the file: saveTo)
		if err := rep.Report(&buf, doc); err != nil {
			return "", err
		}
		_, err = w.Write(buf.Bytes())
		return "", err
	}, u.openIfPDF)
}
