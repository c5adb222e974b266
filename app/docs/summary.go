package docs

import (
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// SummaryDoc is «Báo cáo tổng kết phong trào thi đua cải cách hành chính năm …» (or, for a range of
// years, the awards over those years): the NĐ 30/2020 frame of a báo cáo (Frame, laid out like a
// decision's header, title, Nơi nhận and signer) and its blocks in order.
type SummaryDoc struct {
	Frame   DecisionDoc
	Intro   []string
	Blocks  []SummaryBlock
	Closing []string
}

// SummaryBlock is a heading, paragraphs, a table or a chart — whichever it holds, in that order.
type SummaryBlock struct {
	Heading string
	Level   int // 1: a section (I., II. …, bold capitals), 2: a sub-section (bold), 3: a table's title (italic)
	Paras   []string
	Table   *SummaryTable
	Chart   *ReportChart
}

// SummaryTable is a table of the report: its columns' relative widths, and a sheet name for the
// workbook of the same content.
type SummaryTable struct {
	Sheet  string
	Header []string
	Widths []float64 // relative: the layout spreads them over the text width
	Rows   [][]string
	Money  []int // the columns that hold money or counts (numbers shown «#,##0» in the workbook)
	Plain  []int // the columns of whole numbers written without thousands' marks (a year)
	Left   []int // the columns aligned left (names)
	Totals []int // the rows that are totals or a group's subtotal (printed bold)
}

// SummaryInput is what the report is built from.
type SummaryInput struct {
	Overview app.Overview
	Ranking  app.Ranking
	Texts    app.SummaryTexts
	Settings app.Settings
	Signer   app.Signer
	On       time.Time
	Charts   []ReportChart // the pictures of app.OverviewCharts, drawn at print resolution
}

// dotted stands for a paragraph the office has not written yet.
const dotted = "……………………………………………………………………………"

// BuildSummary writes the year-end summary report of a campaign.
func BuildSummary(in SummaryInput) SummaryDoc {
	o := in.Overview
	year := strconv.Itoa(o.Campaign.Year)
	doc := SummaryDoc{Frame: reportFrame(in.Settings, in.Signer, in.On,
		"Tổng kết phong trào thi đua cải cách hành chính năm "+year)}
	ag := newAgencyNames(in.Settings)
	intro := "Thực hiện " + launchText(o.Campaign)
	if ag.prose != "" {
		intro += " của " + ag.prose
	}
	doc.Intro = []string{intro + ", " + ag.orUs() + " báo cáo kết quả phong trào thi đua cải cách hành chính năm " + year +
		" (số liệu tính đến ngày " + viet.FormatDate(o.AsOf) + ") như sau:"}
	doc.Blocks = append(doc.Blocks, directionBlocks(in)...)
	doc.Blocks = append(doc.Blocks, resultBlocks(in)...)
	doc.Blocks = append(doc.Blocks, awardBlocks(in)...)
	doc.Blocks = append(doc.Blocks,
		SummaryBlock{Heading: "IV. ĐÁNH GIÁ CHUNG", Level: 1},
		SummaryBlock{Heading: "1. Ưu điểm", Level: 2, Paras: written(in.Texts[app.PartStrengths])},
		SummaryBlock{Heading: "2. Hạn chế", Level: 2, Paras: written(in.Texts[app.PartWeaknesses])},
		SummaryBlock{Heading: "V. PHƯƠNG HƯỚNG NĂM " + strconv.Itoa(o.Campaign.Year+1), Level: 1, Paras: written(in.Texts[app.PartNextYear])})
	if len(in.Charts) > 0 {
		doc.Blocks = append(doc.Blocks, chartBlocks("BIỂU ĐỒ KÈM THEO", in.Charts)...)
	}
	doc.Closing = []string{"Trên đây là báo cáo tổng kết phong trào thi đua cải cách hành chính năm " + year + " của " + ag.orUs() + "./."}
	return doc
}

// orUs names the agency in prose, or "đơn vị" when the settings have none.
func (a agencyNames) orUs() string {
	if a.prose == "" {
		return "đơn vị"
	}
	return a.prose
}

// reportFrame is the header, BÁO CÁO, subject, Nơi nhận and signer of a báo cáo dated on.
func reportFrame(s app.Settings, signer app.Signer, on time.Time, subject string) DecisionDoc {
	sym := "BC-UBND"
	if i := strings.Index(s.Symbol, "-"); i > 0 {
		sym = "BC" + s.Symbol[i:]
	}
	d := app.Decision{SignedOn: on, Year: on.Year(), SignMode: signer.Mode, SignerTitle: signer.Title}
	frame := DecisionDoc{
		ParentAgency: viet.Normalize(s.ParentAgency), Agency: agencyLines(s.Agency),
		NumberLine: "Số:" + draftNumberGap + "/" + sym, PlaceDate: placeDate(d, s),
		Title: "BÁO CÁO", Subject: subject, CCTitle: "Nơi nhận:",
		CC: []string{"- Sở Nội vụ (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
			"- Các cơ quan, đơn vị, UBND các xã, thị trấn;", "- Lưu: VT, NV."},
		SignerLines: collectiveSignerLines(signer), SignerName: viet.Normalize(signer.FullName), Date: on,
	}
	if newAgencyNames(s).prose == "" {
		frame.CC = []string{"- Lãnh đạo cơ quan;", "- Lưu: VT."}
	}
	return frame
}

func launchText(c app.Campaign) string {
	if t := c.Launch.Text(); t != "" {
		return t
	}
	if c.PlanRef != "" {
		return trimEndPunct(c.PlanRef)
	}
	return "kế hoạch phát động phong trào thi đua cải cách hành chính năm " + strconv.Itoa(c.Year)
}

// written splits the office's text into paragraphs, or a dotted line when it is empty.
func written(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{dotted}
	}
	return out
}

// optional is written without the dotted line: a free paragraph may stay empty.
func optional(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return written(s)
}

func directionBlocks(in SummaryInput) []SummaryBlock {
	o := in.Overview
	lead := "Ngay từ đầu năm, " + newAgencyNames(in.Settings).orUs() + " ban hành " + launchText(o.Campaign) +
		" phát động phong trào thi đua cải cách hành chính năm " + strconv.Itoa(o.Campaign.Year) + "."
	if !o.Campaign.Launch.Date.IsZero() && o.Campaign.Launch.Number == "" {
		lead += " Ngày phát động: " + viet.FormatDate(o.Campaign.Launch.Date) + "."
	}
	paras := optional(in.Texts[app.PartDirection])
	if len(paras) == 0 { // the office's own opening replaces the automatic one
		paras = []string{lead}
	}
	blocks := []SummaryBlock{{Heading: "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", Level: 1, Paras: paras}}
	var launch *app.PeriodFigure
	for i := range o.Periods {
		if o.Periods[i].Launch {
			launch = &o.Periods[i]
			break
		}
	}
	if launch != nil {
		sent := launch.OnTime + launch.Late
		total := sent + launch.Missing + launch.NotDue
		p := "Có " + itoa(sent) + "/" + itoa(total) + " cơ quan, đơn vị xây dựng và gửi kế hoạch phát động phong trào của đơn vị (đúng hạn " +
			itoa(launch.OnTime) + ", trễ hạn " + itoa(launch.Late) + ")"
		if launch.Missing > 0 {
			p += "; " + itoa(launch.Missing) + " đơn vị chưa gửi"
		}
		b := SummaryBlock{Paras: []string{p + "."}}
		if len(o.Launched) > 0 {
			t := &SummaryTable{Sheet: "Đơn vị phát động", Header: []string{"STT", "Đơn vị", "Văn bản", "Ngày nhận", "Ghi chú"},
				Widths: []float64{13, 62, 38, 24, 22}, Left: []int{1, 2}}
			for i, l := range o.Launched {
				doc := l.DocNumber
				if !l.DocDate.IsZero() {
					doc = strings.TrimSpace(doc + " ngày " + viet.FormatDate(l.DocDate))
				}
				note := "Đúng hạn"
				if l.Late {
					note = "Trễ hạn"
				}
				t.Rows = append(t.Rows, []string{itoa(i + 1), l.UnitName, doc, viet.FormatDate(l.ReceivedOn), note})
			}
			b.Table = t
		}
		blocks = append(blocks, b)
	}
	if ps := optional(in.Texts[app.PartDirectionNote]); len(ps) > 0 {
		blocks = append(blocks, SummaryBlock{Paras: ps})
	}
	return blocks
}

func resultBlocks(in SummaryInput) []SummaryBlock {
	o := in.Overview
	blocks := []SummaryBlock{{Heading: "II. KẾT QUẢ", Level: 1},
		{Heading: "1. Kết quả đánh giá, xếp loại theo bộ tiêu chí", Level: 2, Paras: bandLines(in.Ranking)}}
	for i, k := range in.Ranking.Kinds {
		blocks = append(blocks, SummaryBlock{Heading: "Bảng " + itoa(i+1) + ". Xếp hạng khối " + lowerKind(k.Kind), Level: 3,
			Table: &SummaryTable{Sheet: "Xếp hạng " + lowerKind(k.Kind), Header: ReportHeader, Widths: reportWidths, Rows: reportRows(k),
				Money: []int{0}, Left: []int{1, 7}}})
	}
	n := int64(0)
	for _, s := range o.Steps {
		n += s.N
	}
	blocks = append(blocks, SummaryBlock{Heading: "2. Sáng kiến", Level: 2, Paras: []string{"Có " + itoa(int(n)) +
		" sáng kiến cải cách hành chính được đăng ký; " + itoa(o.RecognisedBase) + " sáng kiến được công nhận cấp cơ sở, " +
		itoa(o.RecognisedDistrict) + " sáng kiến được công nhận cấp huyện."}})
	if n > 0 {
		t := &SummaryTable{Sheet: "Sáng kiến theo lĩnh vực", Header: []string{"STT", "Lĩnh vực", "Số sáng kiến"}, Widths: []float64{12, 120, 28},
			Money: []int{2}, Left: []int{1}}
		for i, f := range o.Fields {
			t.Rows = append(t.Rows, []string{itoa(i + 1), f.Label, strconv.FormatInt(f.N, 10)})
		}
		blocks = append(blocks, SummaryBlock{Table: t})
	}
	if len(o.Periods) > 0 {
		t := &SummaryTable{Sheet: "Báo cáo định kỳ", Header: []string{"Kỳ báo cáo", "Hạn", "Đúng hạn", "Trễ hạn", "Chưa báo cáo", "Chưa đến hạn"},
			Widths: []float64{50, 24, 22, 22, 24, 24}, Money: []int{2, 3, 4, 5}, Left: []int{0}}
		for _, p := range o.Periods {
			due := ""
			if !p.Due.IsZero() {
				due = viet.FormatDate(p.Due)
			}
			t.Rows = append(t.Rows, []string{p.Name, due, itoa(p.OnTime), itoa(p.Late), itoa(p.Missing), itoa(p.NotDue)})
		}
		blocks = append(blocks, SummaryBlock{Heading: "3. Báo cáo định kỳ của các cơ quan, đơn vị", Level: 2, Table: t})
	}
	if ps := optional(in.Texts[app.PartResultsNote]); len(ps) > 0 {
		blocks = append(blocks, SummaryBlock{Paras: ps})
	}
	return blocks
}

// reportWidths are the ranking table's columns, as the ranking report has them.
var reportWidths = []float64{14, 46, 16, 18, 16, 15, 18, 22}

// chartBlocks are the charts under a heading that stays with the first of them.
func chartBlocks(heading string, charts []ReportChart) []SummaryBlock {
	var out []SummaryBlock
	for i := range charts {
		out = append(out, SummaryBlock{Chart: &charts[i]})
	}
	out[0].Heading, out[0].Level = heading, 1
	return out
}
