package docs

import (
	"io"
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// ReportDoc is «Báo cáo kết quả đánh giá, xếp loại công tác cải cách hành chính năm …»: the NĐ
// 30/2020 frame of a báo cáo (header, BÁO CÁO and its subject, Nơi nhận, signer — in Frame, laid
// out like a decision's), a summary of the bands, the ranking of every unit kind, the charts.
type ReportDoc struct {
	Frame   DecisionDoc // header, title, subject, Nơi nhận and signer; its articles are unused
	Intro   []string    // paragraphs before the summary
	Summary []string    // one line a band: "- Xuất sắc: 5 đơn vị;"
	// FieldsNote names the reform fields by number, as the column «Mất điểm nhiều nhất» cites them
	FieldsNote string
	Sections   []ReportSection
	Charts     []ReportChart
	Closing    []string
}

// ReportSection is the ranking of one unit kind.
type ReportSection struct {
	Heading string // "2.1. Khối xã"
	Rows    [][]string
}

// ReportHeader are the columns of a section's table.
var ReportHeader = []string{"Hạng", "Đơn vị", "Tự chấm", "Thẩm định", "Tối đa", "Tỷ lệ (%)", "Xếp loại", "Mất điểm nhiều nhất"}

// ReportChart is a picture of the report: a title and a PNG image.
type ReportChart struct {
	Title string
	PNG   []byte
}

// Reports lays a report out as PDF; pdf implements it.
type Reports interface {
	Report(w io.Writer, r ReportDoc) error
}

// BuildReport writes the report of a ranking, signed by signer on date on.
func BuildReport(r app.Ranking, s app.Settings, signer app.Signer, on time.Time) ReportDoc {
	year := strconv.Itoa(r.Campaign.Year)
	ag := newAgencyNames(s)
	sym := "BC-UBND"
	if i := strings.Index(s.Symbol, "-"); i > 0 {
		sym = "BC" + s.Symbol[i:]
	}
	d := app.Decision{SignedOn: on, Year: on.Year(), SignMode: signer.Mode, SignerTitle: signer.Title}
	frame := DecisionDoc{
		ParentAgency: viet.Normalize(s.ParentAgency),
		Agency:       agencyLines(s.Agency),
		NumberLine:   "Số:" + draftNumberGap + "/" + sym,
		PlaceDate:    placeDate(d, s),
		Title:        "BÁO CÁO",
		Subject:      "Kết quả đánh giá, xếp loại công tác cải cách hành chính năm " + year,
		CCTitle:      "Nơi nhận:",
		CC: []string{"- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
			"- Các cơ quan, đơn vị, UBND các xã, thị trấn;", "- Lưu: VT, NV."},
		SignerLines: collectiveSignerLines(signer),
		SignerName:  viet.Normalize(signer.FullName),
		Date:        on,
	}
	if ag.prose == "" {
		frame.CC[1] = "- Lãnh đạo cơ quan;"
	}
	doc := ReportDoc{Frame: frame}
	doc.Intro = []string{reportIntro(r, ag)}
	doc.Summary = bandLines(r)
	doc.FieldsNote = fieldsNote(r)
	for i, k := range r.Kinds {
		doc.Sections = append(doc.Sections, ReportSection{
			Heading: "2." + strconv.Itoa(i+1) + ". Khối " + lowerKind(k.Kind) + " (" + strconv.Itoa(len(k.Rows)) + " đơn vị)",
			Rows:    reportRows(k)})
	}
	doc.Closing = []string{"Trên đây là kết quả đánh giá, xếp loại công tác cải cách hành chính năm " + year +
		" của các cơ quan, đơn vị. Các cơ quan, đơn vị căn cứ kết quả này, nhất là các nội dung bị mất điểm, để khắc phục hạn chế " +
		"và nâng cao chất lượng công tác cải cách hành chính trong năm tiếp theo./."}
	return doc
}

func reportIntro(r app.Ranking, ag agencyNames) string {
	var b strings.Builder
	b.WriteString("Thực hiện ")
	if t := r.Campaign.Launch.Text(); t != "" {
		b.WriteString(t)
	} else if r.Campaign.PlanRef != "" {
		b.WriteString(trimEndPunct(r.Campaign.PlanRef))
	} else {
		b.WriteString("kế hoạch cải cách hành chính năm " + strconv.Itoa(r.Campaign.Year))
	}
	if ag.prose != "" {
		b.WriteString(" của " + ag.prose)
	}
	n := 0
	for _, k := range r.Kinds {
		n += len(k.Rows)
	}
	b.WriteString(", trên cơ sở kết quả tự đánh giá của các cơ quan, đơn vị và kết quả thẩm định, " + strconv.Itoa(n) +
		" cơ quan, đơn vị được đánh giá, xếp loại theo bộ tiêu chí của từng loại đơn vị; tỷ lệ tính trên tổng điểm tối đa " +
		"của đơn vị (không tính các tiêu chí không áp dụng). Kết quả như sau:")
	return b.String()
}

// bandLines count the units of every band, in the bands' order, then those not scored.
func bandLines(r app.Ranking) []string {
	counts := r.BandCounts()
	var out []string
	for _, b := range r.Bands {
		out = append(out, "- "+b.Name+" ("+bandRange(r.Bands, b)+"): "+strconv.Itoa(counts[b.Name])+" đơn vị;")
	}
	if n := counts[app.NotScored]; n > 0 {
		out = append(out, "- "+app.NotScored+": "+strconv.Itoa(n)+" đơn vị;")
	}
	if len(out) > 0 {
		out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], ";") + "."
	}
	return out
}

func bandRange(bands []app.Band, b app.Band) string {
	pct := func(v int) string { return viet.FormatFixed(int64(v), 2) + "%" }
	for i, x := range bands {
		if x.Name != b.Name {
			continue
		}
		switch {
		case i == 0:
			return "từ " + pct(b.MinPct) + " trở lên"
		case b.MinPct == 0:
			return "dưới " + pct(bands[i-1].MinPct)
		default:
			return "từ " + pct(b.MinPct) + " đến dưới " + pct(bands[i-1].MinPct)
		}
	}
	return ""
}

func reportRows(k app.KindRanking) [][]string {
	var rows [][]string
	for _, r := range k.Rows {
		rank, pct := "", ""
		if r.Rank > 0 {
			rank, pct = strconv.Itoa(r.Rank), viet.FormatFixedPadded(int64(r.PctBP), 2)
		}
		rows = append(rows, []string{rank, r.Unit.Name, points2(r.Self), points2(r.Appraised), points2(r.Max), pct, r.Band, mostLost(r)})
	}
	return rows
}

// fieldsNote lists the fields of the sets by their numbers (from the first unit with fields).
func fieldsNote(r app.Ranking) string {
	for _, k := range r.Kinds {
		for _, row := range k.Rows {
			if len(row.Fields) == 0 {
				continue
			}
			var parts []string
			for _, f := range row.Fields {
				parts = append(parts, strconv.Itoa(f.Number)+". "+f.Name)
			}
			return "Cột «Mất điểm nhiều nhất» ghi lĩnh vực đơn vị bị trừ nhiều điểm nhất so với điểm tối đa: " + strings.Join(parts, "; ") + "."
		}
	}
	return ""
}

// mostLost names the field where the unit lost most points: "LV 2 (−2,5)".
func mostLost(r app.RankRow) string {
	if r.Rank == 0 {
		return ""
	}
	best := -1
	for i, f := range r.Fields {
		if f.Lost > 0 && (best < 0 || f.Lost > r.Fields[best].Lost) {
			best = i
		}
	}
	if best < 0 {
		return "—"
	}
	f := r.Fields[best]
	return "LV " + strconv.Itoa(f.Number) + " (−" + f.Lost.String() + ")"
}

func lowerKind(k app.UnitKind) string { return strings.ToLower(k.Label()) }

// points2 writes points with both decimals, so the ranking's columns line up ("84,10", "84,98").
func points2(p app.Points) string { return viet.FormatFixedPadded(int64(p), 2) }
