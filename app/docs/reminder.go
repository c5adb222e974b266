package docs

import (
	"context"
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// ReminderDoc is a công văn đôn đốc (NĐ 30/2020 Phụ lục I, Mẫu 1.4 «Công văn»): the agency, the
// number with «V/v …» under it, the place and date, «Kính gửi:» the units that have not reported,
// the body, Nơi nhận and the signer. Units is the same list for the .xlsx beside it.
type ReminderDoc struct {
	ParentAgency string
	Agency       []string
	NumberLine   string // "Số:      /UBND-NV": the văn thư fills the number
	About        string // "V/v đôn đốc báo cáo kết quả …"
	PlaceDate    string
	To           []string // Kính gửi: one unit a line
	Body         []string
	CCTitle      string
	CC           []string
	SignerLines  []string
	SignerName   string
	Units        []app.Unit
	Period       app.ReportingPeriod
	Date         time.Time
}

// ReminderSymbol is the ký hiệu of a công văn the UBND issues through the Phòng Nội vụ.
const ReminderSymbol = "UBND-NV"

// BuildReminder writes the công văn đôn đốc for period p of campaign c, addressed to units (those
// without a report as of asOf, app.ReportGrid.Unreported), dated on, signed by signer (zero:
// left for the office to fill). Pure.
func BuildReminder(c app.Campaign, p app.ReportingPeriod, units []app.Unit, s app.Settings, signer app.Signer, asOf, on time.Time) ReminderDoc {
	name, who := properName(c.Name), addresseesOf(units)
	what := "báo cáo " + lowerFirst(p.Name) + " kết quả thực hiện " + name
	if p.Kind == app.PeriodLaunch {
		what = "kế hoạch phát động " + name
	}
	d := ReminderDoc{
		ParentAgency: strings.ToUpper(viet.Normalize(s.ParentAgency)),
		Agency:       agencyLines(s.Agency),
		NumberLine:   "Số:" + draftNumberGap + "/" + ReminderSymbol,
		About:        "V/v đôn đốc " + what,
		PlaceDate:    viet.PlaceDateLine(s.Place, on),
		CCTitle:      DecisionCCTitle,
		Units:        units,
		Period:       p,
		Date:         on,
	}
	for i, u := range units {
		end := ";"
		if i == len(units)-1 {
			end = "."
		}
		d.To = append(d.To, "- "+u.Name+end)
	}
	due := "theo kế hoạch"
	if !p.Due.IsZero() {
		due = "trước ngày " + viet.FormatDate(p.Due)
	}
	ref := ""
	if t := c.Launch.Text(); t != "" {
		ref = "Thực hiện " + t + " của " + agencyName(s) + " về việc phát động " + name + ", "
	} else {
		ref = "Thực hiện " + name + ", "
	}
	d.Body = []string{
		ref + "các cơ quan, đơn vị, địa phương gửi " + what + " về " + agencyName(s) + " (qua " + officeName(s) + ") " + due + ".",
		"Đến ngày " + viet.FormatDate(asOf) + ", " + agencyName(s) + " chưa nhận được " + reportWord(p) + " của " + who.counted() + " có tên nêu trên.",
		"Để kịp thời tổng hợp, đánh giá kết quả thực hiện phong trào thi đua, " + agencyName(s) + " đề nghị " + who.heads() + " khẩn trương gửi " +
			reportWord(p) + " về " + agencyName(s) + " (qua " + officeName(s) + ") trong thời hạn 05 ngày làm việc kể từ ngày nhận được Công văn này; " +
			"đồng thời gửi bản điện tử qua hộp thư công vụ. Việc chấp hành chế độ báo cáo là một căn cứ đánh giá, xếp loại thi đua cuối năm.",
		"Đề nghị " + who.bodies() + " quan tâm, thực hiện./.",
	}
	d.CC = []string{"- Như trên;", "- Chủ tịch, các PCT UBND huyện;", "- " + officeName(s) + ";", "- Lưu: VT, NV."}
	d.SignerLines, d.SignerName = collectiveSignerLines(signer), viet.Normalize(signer.FullName)
	return d
}

// collectiveSignerLines is the signer's block of a document the People's Committee sends as a body
// (a công văn, a báo cáo): «TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH», or for a vice-chairman «TM. ỦY BAN NHÂN
// DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH».
func collectiveSignerLines(signer app.Signer) []string {
	if signer.Mode != app.SignDeputy {
		return []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}
	}
	t := strings.ToUpper(viet.Normalize(signer.Title))
	if t == "" {
		t = "PHÓ CHỦ TỊCH"
	}
	return []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", t}
}

func reportWord(p app.ReportingPeriod) string {
	if p.Kind == app.PeriodLaunch {
		return "kế hoạch phát động"
	}
	return "báo cáo " + lowerFirst(p.Name)
}

// agencyName is "UBND huyện Bắc Trà My" from "Ủy ban nhân dân huyện Bắc Trà My" or "ỦY BAN
// NHÂN DÂN HUYỆN BẮC TRÀ MY": the level in lower case, the place's words capitalised.
func agencyName(s app.Settings) string {
	a := viet.Normalize(s.Agency)
	if a == "" {
		return "UBND huyện"
	}
	words := strings.Fields(a)
	if len(words) < 5 || viet.FoldKey(strings.Join(words[:4], " ")) != "uy ban nhan dan" {
		return a
	}
	out := []string{"UBND", strings.ToLower(words[4])}
	for _, w := range words[5:] {
		r := []rune(strings.ToLower(w))
		out = append(out, strings.ToUpper(string(r[:1]))+string(r[1:]))
	}
	return strings.Join(out, " ")
}

// lowerFirst is "quý I" from "Quý I", "6 tháng" as it is.
func lowerFirst(s string) string {
	r := []rune(viet.Normalize(s))
	if len(r) == 0 {
		return ""
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

func officeName(s app.Settings) string {
	if o := viet.Normalize(s.Office); o != "" {
		return o
	}
	return "Phòng Nội vụ"
}

// ReminderTable is the same list of units as a sheet: STT, Đơn vị, Loại, Kỳ báo cáo, Hạn.
func ReminderTable(p app.ReportingPeriod, units []app.Unit, asOf time.Time) app.Table {
	t := app.Table{Header: []string{"STT", "Đơn vị", "Loại đơn vị", "Kỳ báo cáo", "Hạn", "Tình trạng đến ngày " + viet.FormatDate(asOf)}, HeaderRow: 1}
	st := app.ReportStatusAsOf(p.Due, time.Time{}, asOf)
	for i, u := range units {
		t.AddRow([]string{strconv.Itoa(i + 1), u.Name, u.Kind.Label(), p.Name, app.DateText(p.Due), st.Label()})
	}
	return t
}

// ReminderSources is what a công văn đôn đốc is gathered from.
type ReminderSources interface {
	ReportGrid(ctx context.Context, campaignID int64, asOf time.Time) (app.ReportGrid, error)
	Settings(ctx context.Context) (app.Settings, error)
	Signers(ctx context.Context) ([]app.Signer, error)
}

// Reminder gathers the công văn đôn đốc of the period named (accents and case ignored) of a
// campaign as of asOf, dated on, signed by the chairman in the post on that day (chooseSigner).
func Reminder(ctx context.Context, src ReminderSources, campaignID int64, period string, asOf, on time.Time) (ReminderDoc, error) {
	g, err := src.ReportGrid(ctx, campaignID, asOf)
	if err != nil {
		return ReminderDoc{}, err
	}
	i := -1
	var names []string
	for j, p := range g.Periods {
		if viet.FoldKey(p.Name) == viet.FoldKey(period) {
			i = j
		}
		names = append(names, p.Name)
	}
	if i < 0 {
		return ReminderDoc{}, app.Errorf(app.ENOTFOUND, "Phong trào không có kỳ báo cáo %s (có: %s).", viet.Quote(period), strings.Join(names, "; "))
	}
	units, err := g.ReminderUnits(i)
	if err != nil {
		return ReminderDoc{}, err
	}
	s, err := src.Settings(ctx)
	if err != nil {
		return ReminderDoc{}, err
	}
	signers, err := src.Signers(ctx)
	if err != nil {
		return ReminderDoc{}, err
	}
	return BuildReminder(g.Campaign, g.Periods[i], units, s, chooseSigner(signers, on), asOf, on), nil
}
