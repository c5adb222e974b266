package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
)

// overviewPorts is what the Tổng quan tab asks: the figures, the fund, the office's paragraphs, and
// what the summary report is gathered from.
type overviewPorts interface {
	app.SummaryService
	docs.SummaryFacts
	Fund(ctx context.Context, campaignID int64) (app.Fund, error)
}

// overviewTab is Tổng quan: the selected campaign at a glance as of today, each figure a button
// that opens the list behind it, the charts, and the summary report.
type overviewTab struct {
	u          *UI
	svc        overviewPorts // nil: services without the summary
	content    fyne.CanvasObject
	body       *fyne.Container
	asOf       *widget.Label
	campaignID int64
	ov         app.Overview
	loaded     bool // the figures of campaignID are on screen
	pending    int  // counts running in the background

	fundB, textsB, printB, excelB, yearsB *Button
	figures                               map[string]*Button // by their text, for tests
	fundForm, printForm, yearsForm        *formDialog
	textsForm                             *formDialog // last opened, for tests
	images                                []*canvas.Image
}

func newOverviewTab(u *UI, svc overviewPorts) *overviewTab {
	t := &overviewTab{u: u, svc: svc, figures: map[string]*Button{}}
	t.asOf = widget.NewLabel("")
	t.asOf.Truncation = fyne.TextTruncateEllipsis
	t.fundB = NewButton("Quỹ thi đua, khen thưởng…", t.onFund)
	t.textsB = NewButton("Nhận xét, đánh giá…", t.onTexts)
	t.printB = NewButton("In báo cáo tổng kết…", t.onPrint)
	t.excelB = NewButton("Xuất Excel…", t.onExcel)
	t.yearsB = NewButton("Báo cáo qua các năm…", t.onYears)
	t.body = container.NewVBox()
	bar := container.NewVBox(t.asOf, wrapRow(t.fundB, t.textsB, t.printB, t.excelB, t.yearsB))
	t.content = container.NewBorder(bar, nil, nil, nil, container.NewVScroll(t.body))
	return t
}

// reload counts the campaign's figures and draws the charts in the background, then shows them.
// Until they are shown the actions that read them wait (enableActions); another campaign's figures
// are taken off the screen at once.
func (t *overviewTab) reload(campaignID int64) {
	t.campaignID, t.loaded = campaignID, false
	t.enableActions()
	if t.svc != nil && campaignID != 0 && t.ov.Campaign.ID != campaignID {
		t.asOf.SetText("Đang tổng hợp số liệu của phong trào…")
		t.body.Objects = []fyne.CanvasObject{widget.NewLabel("Đang tổng hợp số liệu…")}
		t.figures = map[string]*Button{}
		t.body.Refresh()
	}
	if t.svc == nil || campaignID == 0 {
		t.body.Objects = []fyne.CanvasObject{widget.NewLabel("Chưa có phong trào để tổng hợp.")}
		t.body.Refresh()
		return
	}
	var ov app.Overview
	var pngs [][]byte
	charts, _ := t.u.charts.(app.SummaryCharts)
	today := t.u.today()
	t.pending++
	t.u.background(func() error {
		var err error
		if ov, err = t.svc.Overview(context.Background(), campaignID, today); err != nil || charts == nil {
			return err
		}
		for _, c := range app.OverviewCharts(ov) {
			png, err := charts.Bars(c.Chart, app.ScreenDPI)
			if err != nil {
				return app.Errorf(app.EINTERNAL, "Không vẽ được biểu đồ «%s».", c.Caption)
			}
			pngs = append(pngs, png)
		}
		return nil
	}, func(err error) {
		t.pending--
		if campaignID != t.campaignID {
			return // another campaign was chosen meanwhile
		}
		if err != nil {
			t.u.showError(err)
			return
		}
		t.ov, t.loaded = ov, true
		t.enableActions()
		t.show(pngs)
	})
}

// ready says whether the figures read last are those of the campaign selected now: the fund, the
// report and the workbook read them, so they wait until then (a campaign chosen meanwhile would
// get the previous one's fund or year).
func (t *overviewTab) ready() bool {
	return t.svc != nil && t.loaded && t.campaignID != 0 && t.ov.Campaign.ID == t.campaignID && t.campaignID == t.u.CampaignID()
}

// enableActions enables the buttons of the campaign: «Nhận xét, đánh giá…» reads its own text,
// the others wait for the campaign's figures (ready).
func (t *overviewTab) enableActions() {
	on := t.svc != nil && t.campaignID != 0
	setEnabled(t.textsB, on)
	for _, b := range []*Button{t.fundB, t.printB, t.excelB} {
		setEnabled(b, on && t.ready())
	}
}

// show lays the figures out in cards.
func (t *overviewTab) show(pngs [][]byte) {
	o := t.ov
	t.figures = map[string]*Button{}
	t.asOf.SetText("Số liệu của " + o.Campaign.Title() + ", tính đến ngày " + viet.FormatDate(o.AsOf) + ". Bấm vào một số để mở danh sách.")
	t.body.Objects = []fyne.CanvasObject{
		card("Đơn vị tham gia, chấm điểm và xếp loại", t.unitRows(o)...),
		card("Báo cáo định kỳ của đơn vị", t.periodRows(o)...),
		card("Sáng kiến", t.initiativeRows(o)...),
		card("Đề nghị và khen thưởng", t.awardRows(o)...),
		card("Tiền thưởng và Quỹ thi đua, khen thưởng", t.moneyRows(o)...),
		t.chartCard(pngs),
	}
	t.body.Refresh()
}

// card is a titled group of rows.
func card(title string, rows ...fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(widget.NewSeparator(), head, container.NewVBox(rows...))
}

// figure is a clickable number: its text says what it counts, a tap opens the list behind it. A
// long name in it is cut with «…» (the count kept) so the window never grows; the list it opens
// filters on the whole name.
func (t *overviewTab) figure(text string, open func()) *Button {
	b := NewButton(shortFigure(text), open)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	t.figures[text] = b
	return b
}

// figureRunes is the longest figure text: about 730 px, within a 1024-px window.
const figureRunes = 100

// shortFigure cuts a figure's text to figureRunes, shortening the name before its last «: » and
// keeping the count after it.
func shortFigure(text string) string {
	if len([]rune(text)) <= figureRunes {
		return text
	}
	name, count := text, ""
	if i := strings.LastIndex(text, ": "); i > 0 && len([]rune(text[i:])) < figureRunes/2 {
		name, count = text[:i], text[i:]
	}
	return cutRunes(name, figureRunes-len([]rune(count))) + count
}

// cutRunes cuts s to n runes, the last a «…».
func cutRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// note is a line that is not a figure (wraps rather than widen the window).
func note(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (t *overviewTab) unitRows(o app.Overview) []fyne.CanvasObject {
	if len(o.Kinds) == 0 {
		return []fyne.CanvasObject{note("Phong trào chưa có bộ tiêu chí cho loại đơn vị nào.")}
	}
	var rows []fyne.CanvasObject
	for _, k := range o.Kinds {
		kind := k.Kind.Label()
		objs := []fyne.CanvasObject{
			t.figure(kind+": "+strconv.Itoa(k.Units)+" đơn vị", t.openUnits),
			t.figure("tự chấm: "+strconv.Itoa(k.SelfScored), func() { t.openCriteria(0) }),
			t.figure("thẩm định: "+strconv.Itoa(k.Appraised), func() { t.openCriteria(0) }),
			t.figure("đã khóa: "+strconv.Itoa(k.Lock), func() { t.openCriteria(0) }),
		}
		for i, b := range o.Bands {
			if k.PerBand[i] > 0 {
				objs = append(objs, t.figure(b+": "+strconv.Itoa(k.PerBand[i]), func() { t.openRanking(kind) }))
			}
		}
		// the kind names each figure's button, so that the same count of two kinds stays apart
		for _, obj := range objs[1:] {
			b := obj.(*Button)
			delete(t.figures, b.Text)
			t.figures[kind+" · "+b.Text] = b
		}
		rows = append(rows, wrapRow(objs...))
	}
	return rows
}

func (t *overviewTab) periodRows(o app.Overview) []fyne.CanvasObject {
	if len(o.Periods) == 0 {
		return []fyne.CanvasObject{note("Phong trào chưa có kỳ báo cáo.")}
	}
	var rows []fyne.CanvasObject
	for _, p := range o.Periods {
		due := "không hạn"
		if !p.Due.IsZero() {
			due = "hạn " + viet.FormatDate(p.Due)
		}
		name := widget.NewLabel(cutRunes(p.Name, 40) + " (" + due + "):") // short: the row wraps between figures, not inside it
		objs := []fyne.CanvasObject{name}
		for _, f := range []struct {
			label string
			n     int
			state app.ReportState
		}{{"đúng hạn", p.OnTime, app.ReportOnTime}, {"trễ hạn", p.Late, app.ReportLate},
			{"chưa báo cáo", p.Missing, app.ReportMissing}, {"chưa đến hạn", p.NotDue, app.ReportNotDue}} {
			name, state := p.Name, f.state
			b := t.figure(f.label+": "+strconv.Itoa(f.n), func() { t.openReports(name, state, o.AsOf) })
			// the period names each figure's button, so that the same count of two periods stays apart
			delete(t.figures, b.Text)
			t.figures[name+" · "+b.Text] = b
			objs = append(objs, b)
		}
		rows = append(rows, wrapRow(objs...))
	}
	return rows
}

func (t *overviewTab) initiativeRows(o app.Overview) []fyne.CanvasObject {
	var steps, fields, units []fyne.CanvasObject
	for _, s := range o.Steps {
		if s.N > 0 {
			label := s.Label
			steps = append(steps, t.figure(label+": "+strconv.FormatInt(s.N, 10), func() { t.openInitiatives(label, "", "") }))
		}
	}
	for _, f := range o.Fields {
		label := f.Label
		fields = append(fields, t.figure(label+": "+strconv.FormatInt(f.N, 10), func() { t.openInitiatives("", label, "") }))
	}
	for _, x := range o.InitUnits {
		label := x.Label
		units = append(units, t.figure(label+": "+strconv.FormatInt(x.N, 10), func() { t.openInitiatives("", "", label) }))
	}
	if len(steps) == 0 {
		return []fyne.CanvasObject{note("Chưa có sáng kiến nào.")}
	}
	return []fyne.CanvasObject{
		note("Theo bước (đang ở):"), wrapRow(steps...),
		wrapRow(t.figure(reachedOptions[0].label+": "+strconv.Itoa(o.RecognisedBase), func() { t.openInitiatives(reachedOptions[0].label, "", "") }),
			t.figure(reachedOptions[1].label+": "+strconv.Itoa(o.RecognisedDistrict), func() { t.openInitiatives(reachedOptions[1].label, "", "") })),
		note("Theo lĩnh vực:"), wrapRow(fields...),
		note("Theo đơn vị:"), wrapRow(units...),
	}
}

func (t *overviewTab) awardRows(o app.Overview) []fyne.CanvasObject {
	var props []fyne.CanvasObject
	for _, p := range o.Proposals {
		label := p.Label
		props = append(props, t.figure("Đề nghị «"+label+"»: "+strconv.FormatInt(p.N, 10), func() { t.openProposals(label) }))
	}
	rows := []fyne.CanvasObject{wrapRow(props...)}
	for _, f := range o.Awards {
		rows = append(rows, t.figure(f.Name+": "+strconv.Itoa(f.Units)+" tập thể, "+strconv.Itoa(f.Persons)+" cá nhân — "+
			viet.FormatMoneyVND(f.Money), func() { t.openDecision(0) }))
	}
	if len(o.Awards) == 0 {
		rows = append(rows, note("Chưa có quyết định khen thưởng nào được ban hành."))
	}
	return rows
}

func (t *overviewTab) moneyRows(o app.Overview) []fyne.CanvasObject {
	var rows []fyne.CanvasObject
	for _, d := range o.Decisions {
		id, year := d.ID, d.SignedOn.Year()
		text := "Quyết định " + d.Number
		if !d.SignedOn.IsZero() {
			text += " ngày " + viet.FormatDate(d.SignedOn)
		}
		status, open := strings.ToLower(d.Status.Label()), func() { t.openDecision(id) }
		if d.Imported { // not in the campaign's list: its awards are in Sổ vàng of its year
			status, open = "nhập từ hồ sơ", func() { t.openRegister(year) }
		}
		rows = append(rows, t.figure(text+" ("+status+"): "+strconv.Itoa(d.Awards)+" khen thưởng, "+
			viet.FormatMoneyVND(d.Money), open))
	}
	f := o.Fund
	total := "Tổng tiền thưởng các quyết định đã ban hành: " + viet.FormatMoneyVND(f.Issued)
	if f.Drafts > 0 {
		total += "; các dự thảo: " + viet.FormatMoneyVND(f.Drafts)
	}
	rows = append(rows, t.figure(total, func() { t.openDecision(0) }))
	if !f.Set {
		rows = append(rows, note("Chưa nhập Quỹ thi đua, khen thưởng của năm (bấm «Quỹ thi đua, khen thưởng…»)."))
		return rows
	}
	line := "Quỹ thi đua, khen thưởng năm " + strconv.Itoa(o.Campaign.Year) + ": " + viet.FormatMoneyVND(f.Amount)
	if r := f.Remaining(); r >= 0 {
		line += " — còn lại " + viet.FormatMoneyVND(r)
	} else {
		line += " — đã vượt " + viet.FormatMoneyVND(-r)
	}
	fund := note(line)
	if f.Remaining() < 0 {
		fund.Importance = widget.DangerImportance
	}
	rows = append(rows, fund)
	if f.Drafts > 0 && app.FundExceeded(f, f.Drafts) {
		w := note("Nếu ban hành cả các dự thảo, tổng tiền thưởng (" + viet.FormatMoneyVND(f.Issued+f.Drafts) + ") sẽ vượt quỹ " +
			viet.FormatMoneyVND(f.Issued+f.Drafts-f.Amount) + ".")
		w.Importance = widget.DangerImportance
		rows = append(rows, w)
	}
	return rows
}

// chartCard shows the charts two a row, each scaled to a fixed width (the same pictures the
// report prints at a higher resolution).
func (t *overviewTab) chartCard(pngs [][]byte) fyne.CanvasObject {
	t.images = nil
	cs := app.OverviewCharts(t.ov)
	var cells []fyne.CanvasObject
	for i, png := range pngs {
		img := canvas.NewImageFromResource(fyne.NewStaticResource("tong-quan-"+strconv.Itoa(i)+".png", png))
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSize(440, 210))
		t.images = append(t.images, img)
		caption := widget.NewLabelWithStyle(cs[i].Caption, fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
		caption.Truncation = fyne.TextTruncateEllipsis
		cells = append(cells, container.NewBorder(nil, caption, nil, nil, img))
	}
	if len(cells) == 0 {
		return card("Biểu đồ", note("Chưa có số liệu để vẽ biểu đồ."))
	}
	return card("Biểu đồ", wrapRow(cells...))
}
