package docs

import (
	"context"
	"io"
	"slices"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// PrintList is a list the office prints on A4 portrait under the NĐ 30 two-column header: a bold
// title, a bold subtitle, an italic reference line, and a table. The recognised initiatives, the
// council's summary and the proposals for the meeting are all ListDocs.
type PrintList struct {
	Agency, Office, Place string
	Title                 string   // "DANH SÁCH"
	Subtitle              string   // "Sáng kiến được công nhận …"
	Ref                   string   // "(Kèm theo Quyết định số …)"
	Columns               []string // header labels
	Widths                []int    // relative widths of the columns (the layout scales them to the text width)
	Groups                []PrintGroup
	Note                  string    // a closing line under the table, "" for none
	Date                  time.Time // the document's own date (fixed creation date of the PDF)
}

// PrintGroup is a titled part of a list ("" for none) and its rows, cells in column order.
type PrintGroup struct {
	Title string
	Rows  [][]string
}

// InitiativeListTitle and its subtitle head the list attached to a district recognition decision.
const (
	InitiativeListTitle    = "DANH SÁCH"
	InitiativeListSubtitle = "Sáng kiến được công nhận phạm vi ảnh hưởng, hiệu quả áp dụng cấp huyện"
)

func chairOf(s app.Settings) string {
	if a := viet.Normalize(s.AgencyShort); a != "" {
		return a
	}
	return viet.Normalize(s.Agency)
}

// BuildInitiativeList is the list attached to the decision recognising initiatives at district
// level (domain.md §5.8): STT | Tên sáng kiến | Tác giả, đồng tác giả (tỷ lệ %) | Đơn vị | Lĩnh
// vực | Phạm vi ảnh hưởng, hiệu quả áp dụng, in the order given.
func BuildInitiativeList(rs []app.RecognisedInitiative, s app.Settings) PrintList {
	d := PrintList{Agency: viet.Normalize(s.Agency), Office: "", Place: viet.Normalize(s.Place), Title: InitiativeListTitle,
		Subtitle: InitiativeListSubtitle,
		Columns:  []string{"STT", "Tên sáng kiến", "Tác giả, đồng tác giả (tỷ lệ %)", "Đơn vị", "Lĩnh vực", "Phạm vi ảnh hưởng, hiệu quả áp dụng"},
		Widths:   []int{13, 46, 36, 27, 25, 27}}
	var decisions []string
	g := PrintGroup{}
	for i, r := range rs {
		authors := make([]string, len(r.Authors))
		for j, a := range r.Authors {
			authors[j] = viet.Normalize(a.FullName) + " (" + itoa(a.SharePct) + "%)"
		}
		g.Rows = append(g.Rows, []string{itoa(i + 1), viet.Normalize(r.Title), strings.Join(authors, ";\n"), viet.Normalize(r.UnitName),
			viet.Normalize(r.FieldName), viet.Normalize(r.Scope)})
		ref := "số " + r.Decision
		if !r.Signed.IsZero() {
			ref += " ngày " + viet.FormatDateShort(r.Signed)
			if r.Signed.After(d.Date) {
				d.Date = r.Signed
			}
		}
		if !slices.Contains(decisions, ref) {
			decisions = append(decisions, ref)
		}
	}
	d.Groups = []PrintGroup{g}
	d.Ref = "(Kèm theo Quyết định " + strings.Join(decisions, ", ") + " của Chủ tịch " + chairOf(s) + ")"
	if len(decisions) == 0 {
		d.Ref = "(Kèm theo Quyết định số …/QĐ-UBND ngày … của Chủ tịch " + chairOf(s) + ")"
	}
	return d
}

func itoa(n int) string { return viet.FormatFixed(int64(n), 0) }

// BuildCouncilSummary is the council's summary sheet for the minutes: for each initiative, each
// member's total (or why it does not count), then the mean, the number of sheets and the result.
func BuildCouncilSummary(rs []app.CouncilResult, campaign app.Campaign, s app.Settings, on time.Time) PrintList {
	d := PrintList{Agency: viet.Normalize(s.Agency), Office: viet.Normalize(s.Office), Place: viet.Normalize(s.Place),
		Title:    "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM SÁNG KIẾN",
		Subtitle: viet.Normalize(campaign.Name),
		Ref:      "(Kèm theo biên bản họp Hội đồng xét công nhận sáng kiến ngày " + viet.FormatDateShort(on) + ")",
		Columns:  []string{"STT", "Thành viên hội đồng", "Chức danh", "Tổng điểm", "Ghi chú"},
		Widths:   []int{12, 50, 38, 18, 47}, Date: on}
	for i, r := range rs {
		g := PrintGroup{Title: itoa(i+1) + ". " + viet.Normalize(r.Title) + " — " + viet.Normalize(r.UnitName)}
		for j, m := range r.Members {
			total, note := "", ""
			switch {
			case m.Recused:
				note = "Không chấm: " + m.Reason
			case !m.Submitted:
				note = "Chưa nộp phiếu"
			default:
				total = itoa(m.Total)
			}
			g.Rows = append(g.Rows, []string{itoa(j + 1), viet.Normalize(m.Name), viet.Normalize(m.Role), total, note})
		}
		mean := ""
		if r.Sheets > 0 {
			mean = initiatives.MeanText(r.MeanX100)
		}
		note := initiatives.ResultText(r)
		if r.Divergent {
			note += "; điểm các thành viên lệch nhau quá mức, đề nghị xem lại"
		}
		g.Rows = append(g.Rows, []string{"", "Điểm trung bình (" + itoa(r.Sheets) + " phiếu; đạt từ " + itoa(r.Threshold) + " điểm)", "", mean, note})
		d.Groups = append(d.Groups, g)
	}
	return d
}

// BuildProposalReview is «Danh sách đề nghị khen thưởng» for the council's meeting: every
// proposal with the result of the legal checks as of asOf and the reasons with their articles.
func BuildProposalReview(ps []app.Proposal, reasons map[int64][]app.Reason, campaign app.Campaign, s app.Settings, asOf time.Time) PrintList {
	d := PrintList{Agency: viet.Normalize(s.Agency), Office: viet.Normalize(s.Office), Place: viet.Normalize(s.Place),
		Title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", Subtitle: viet.Normalize(campaign.Name),
		Ref:     "(Kết quả kiểm tra điều kiện tính đến ngày " + viet.FormatDateShort(asOf) + ")",
		Columns: []string{"STT", "Họ và tên / Tên tập thể", "Đơn vị đề nghị", "Hình thức", "Kết quả kiểm tra", "Căn cứ"},
		Widths:  []int{13, 32, 30, 26, 22, 48}, Date: asOf}
	g := PrintGroup{}
	for i, p := range ps {
		g.Rows = append(g.Rows, []string{itoa(i + 1), viet.Normalize(p.RecipientName), viet.Normalize(p.UnitName), viet.Normalize(p.FormName),
			app.CheckSummary(reasons[p.ID]), app.CheckGrounds(reasons[p.ID])})
	}
	d.Groups = []PrintGroup{g}
	return d
}

// ListSources is what the list of recognised initiatives reads: the initiatives and the office's
// names.
type ListSources interface {
	app.InitiativeService
	app.OfficeSettingsService
}

// InitiativeListDocument gathers the recognised initiatives of a year for the list.
func InitiativeListDocument(ctx context.Context, svc ListSources, year int) (PrintList, error) {
	rs, err := svc.RecognisedInitiatives(ctx, year)
	if err != nil {
		return PrintList{}, err
	}
	if len(rs) == 0 {
		return PrintList{}, app.Errorf(app.ENOTFOUND, "Năm %d chưa có sáng kiến nào được công nhận cấp huyện.", year)
	}
	s, err := svc.Settings(ctx)
	return BuildInitiativeList(rs, s), err
}

// ListPrinter writes the office's lists; pdf.Documents implements it beside Documents.
type ListPrinter interface {
	PrintList(w io.Writer, l PrintList) error
}
