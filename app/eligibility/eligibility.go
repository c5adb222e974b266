package eligibility

import (
	"fmt"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Articles cited by the eligibility checks. Short forms, as the office writes them in notes.
const (
	citeAuthority  = "Luật TĐKT 2022, Điều 80"
	citeCSTDCS     = "Luật TĐKT 2022, Điều 23"
	citeCSTDCSRule = "Luật TĐKT 2022, Điều 23 (quy định của đơn vị: bắt buộc sáng kiến)"
	citeLDTT       = "Luật TĐKT 2022, Điều 24"
	citeTTLDTT     = "Luật TĐKT 2022, Điều 28"
	citeGiayKhen   = "Luật TĐKT 2022, Điều 75"
	citeDiscipline = "NĐ 98/2023/NĐ-CP, Điều 4"
	citeCap        = "Quy định của đơn vị (tỷ lệ tối đa, cài đặt)"
	// "Một hình thức khen thưởng có thể tặng nhiều lần cho một đối tượng; không khen thưởng nhiều
	// lần, nhiều hình thức cho một thành tích đạt được" is the principle of rewarding. The article
	// number is from memory, TO BE VERIFIED against the gazette text: it was Điều 6 in the Law of
	// 2003; in Luật 06/2022/QH15 it is believed to be Điều 5.
	citePrinciples = "Nguyên tắc khen thưởng, Luật TĐKT 2022, Điều 5"
)

// CheckEligibility runs the legal checks of one proposal and returns every reason, the ones that
// hold (SeverityOK) as well as the problems, so that the office sees the whole check list. The
// order is stable: authority and form, recipient, criteria of the form, discipline, duplicates,
// cap. It reads no clock: the date is f.AsOf.
func CheckEligibility(f EligibilityFacts) []app.Reason {
	c := &eligibilityCheck{f: f, year: strconv.Itoa(f.CampaignYear)}
	c.name = viet.Normalize(f.Proposal.RecipientName)
	if c.person() && viet.Normalize(f.Person.FullName) != "" {
		c.name = viet.Normalize(f.Person.FullName)
	}
	known := f.Form.Code != ""
	fits := false
	if known {
		c.checkAuthority()
		fits = c.checkRecipientKind()
	} else {
		c.checkCatalogue()
	}
	if c.person() && !f.Person.Active {
		c.add(app.SeverityWarning, "", "%s đang ở trạng thái ngừng theo dõi.", c.subject())
	}
	if fits {
		c.checkCriteria()
	}
	if c.person() {
		c.checkDiscipline()
	}
	c.checkDuplicates()
	if known && f.Form.Code == app.FormCSTDCS && f.Cap.Enabled {
		c.checkCap()
	}
	return c.out
}

// Worst is the heaviest severity of rs: SeverityBlock over SeverityWarning over SeverityOK;
// SeverityOK when rs is empty.
func Worst(rs []app.Reason) app.Severity {
	w := app.SeverityOK
	for _, r := range rs {
		if eligSeverityRank(r.Severity) > eligSeverityRank(w) {
			w = r.Severity
		}
	}
	return w
}

func eligSeverityRank(s app.Severity) int {
	switch s {
	case app.SeverityBlock:
		return 2
	case app.SeverityWarning:
		return 1
	}
	return 0
}

// eligibilityCheck collects the reasons of one CheckEligibility call.
type eligibilityCheck struct {
	f    EligibilityFacts
	name string // the recipient's name, "" when unknown
	year string // the campaign year, for sentences
	out  []app.Reason
}

func (c *eligibilityCheck) add(sev app.Severity, cite, format string, args ...any) {
	c.out = append(c.out, app.Reason{Severity: sev, Text: viet.NFC(fmt.Sprintf(format, args...)), Cite: cite})
}

func (c *eligibilityCheck) person() bool { return c.f.Proposal.Recipient == app.RecipientPerson }

// subject is the recipient's name at the start of a sentence.
func (c *eligibilityCheck) subject() string {
	if c.name == "" {
		return "Đối tượng"
	}
	return c.name
}

// object is the recipient's name inside a sentence.
func (c *eligibilityCheck) object() string {
	if c.name == "" {
		return "đối tượng"
	}
	return c.name
}

// formName is the name of the proposed form, from the catalogue or else from the proposal.
func (c *eligibilityCheck) formName() string {
	for _, s := range []string{c.f.Form.Name, c.f.Proposal.FormName, c.f.Form.Code, c.f.Proposal.FormCode} {
		if v := viet.Normalize(s); v != "" {
			return v
		}
	}
	return ""
}

// checkCatalogue reports a proposal whose form is not in the catalogue (Form.Code == "").
func (c *eligibilityCheck) checkCatalogue() {
	if name := c.formName(); name != "" {
		c.add(app.SeverityBlock, citeAuthority, "Hình thức «%s» không có trong danh mục.", name)
		return
	}
	c.add(app.SeverityBlock, citeAuthority, "Đề nghị chưa chọn danh hiệu, hình thức khen thưởng.")
}

// eligAuthorityLabel is who decides, as a district office names them.
func eligAuthorityLabel(a string) string {
	switch a {
	case app.AuthorityDistrictChair:
		return "Chủ tịch UBND huyện"
	case "commune_chair":
		return "Chủ tịch UBND xã"
	case "province_chair":
		return "Chủ tịch UBND tỉnh"
	case "agency_head":
		return "Thủ trưởng cơ quan, đơn vị"
	case "":
		return "Người ký quyết định"
	}
	return a
}

// checkAuthority: Luật TĐKT 2022 Điều 80 says who confers what; the rows carry effective dates
// because the district level ended on 30/06/2025 (two-tier local government).
func (c *eligibilityCheck) checkAuthority() {
	f := c.f
	who, form := eligAuthorityLabel(f.Authority), c.formName()
	day := app.CivilDay(f.AsOf)
	var match, ended, future *app.FormAuthority
	for i := range f.Authorities {
		r := &f.Authorities[i]
		switch {
		case r.Authority != f.Authority:
		case app.CivilDay(r.From) > day:
			if future == nil || app.CivilDay(r.From) < app.CivilDay(future.From) {
				future = r
			}
		case !r.To.IsZero() && app.CivilDay(r.To) < day:
			if ended == nil || app.CivilDay(r.To) > app.CivilDay(ended.To) {
				ended = r
			}
		case match == nil:
			match = r
		}
	}
	switch {
	case match != nil:
		c.add(app.SeverityOK, eligRefOr(match.Ref), "%s có thẩm quyền tặng «%s» vào ngày %s.", who, form, viet.FormatDate(f.AsOf))
	case ended != nil:
		c.add(app.SeverityBlock, eligRefOr(ended.Ref), "%s không có thẩm quyền tặng «%s» vào ngày %s (thẩm quyền này chỉ áp dụng đến hết ngày %s).",
			who, form, viet.FormatDate(f.AsOf), viet.FormatDate(ended.To))
	case future != nil:
		c.add(app.SeverityBlock, eligRefOr(future.Ref), "%s không có thẩm quyền tặng «%s» vào ngày %s (thẩm quyền này áp dụng từ ngày %s).",
			who, form, viet.FormatDate(f.AsOf), viet.FormatDate(future.From))
	default:
		c.add(app.SeverityBlock, citeAuthority, "%s không có thẩm quyền tặng «%s»%s.", who, form, c.otherAuthorities())
	}
}

func eligRefOr(ref string) string {
	if r := viet.Normalize(ref); r != "" {
		return r
	}
	return citeAuthority
}

// otherAuthorities is a hint naming who may confer the form on AsOf instead: " (đề nghị lên cấp
// tỉnh)" or " (thuộc thẩm quyền của Chủ tịch UBND xã)"; "" when the table names nobody.
func (c *eligibilityCheck) otherAuthorities() string {
	day := app.CivilDay(c.f.AsOf)
	var names []string
	for _, r := range c.f.Authorities {
		if r.Authority == c.f.Authority || app.CivilDay(r.From) > day || (!r.To.IsZero() && app.CivilDay(r.To) < day) {
			continue
		}
		if r.Authority == "province_chair" {
			return " (đề nghị lên cấp tỉnh)"
		}
		if l := eligAuthorityLabel(r.Authority); !eligContains(names, l) {
			names = append(names, l)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return " (thuộc thẩm quyền của " + strings.Join(names, " hoặc ") + ")"
}

func eligContains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// checkRecipientKind: a title for persons cannot go to a collective and the reverse (the titles
// of Luật TĐKT 2022 Điều 80 are named per kind). It reports whether the kind fits.
func (c *eligibilityCheck) checkRecipientKind() bool {
	f := c.f
	kind := "Hình thức"
	if f.Form.Kind == "title" {
		kind = "Danh hiệu"
	}
	form := c.formName()
	got := f.Proposal.Recipient
	if got != app.RecipientPerson && got != app.RecipientUnit {
		c.add(app.SeverityBlock, citeAuthority, "Đề nghị chưa xác định đối tượng là cá nhân hay tập thể.")
		return false
	}
	gotWord := strings.ToLower(got.Label())
	switch f.Form.Recipient {
	case "both", string(got):
		c.add(app.SeverityOK, citeAuthority, "Đối tượng là %s, phù hợp với %s «%s».", gotWord, strings.ToLower(kind), form)
		return true
	case string(app.RecipientPerson), string(app.RecipientUnit):
		want := strings.ToLower(app.RecipientKind(f.Form.Recipient).Label())
		c.add(app.SeverityBlock, citeAuthority, "%s «%s» chỉ xét tặng cho %s, không xét tặng cho %s.", kind, form, want, gotWord)
		return false
	}
	c.add(app.SeverityBlock, citeAuthority, "Danh mục chưa ghi %s «%s» tặng cho cá nhân hay tập thể.", strings.ToLower(kind), form)
	return false
}

// checkCriteria runs the criteria of the form; forms without figure criteria here add nothing.
func (c *eligibilityCheck) checkCriteria() {
	switch c.f.Form.Code {
	case app.FormCSTDCS:
		c.checkCSTDCS()
	case app.FormLDTT:
		c.checkLDTT()
	case app.FormTTLDTT:
		c.checkTTLDTT()
	case app.FormGiayKhen:
		c.checkGiayKhen()
	}
}

// bestInitiative is the author's initiative with the highest recognition, cơ sở or above (the
// first of equals); ok is false when there is none.
func (c *eligibilityCheck) bestInitiative() (best app.Initiative, ok bool) {
	for _, in := range c.f.Initiatives {
		if in.Level.Rank() < app.LevelBase.Rank() {
			continue
		}
		if !ok || in.Level.Rank() > best.Level.Rank() {
			best, ok = in, true
		}
	}
	return best, ok
}

func eligInitiativeText(in app.Initiative) string {
	return "có sáng kiến được công nhận cấp " + strings.ToLower(in.Level.Label()) + ": «" + viet.Normalize(in.Title) + "»"
}

// checkCSTDCS: Luật TĐKT 2022 Điều 23 — (1) Lao động tiên tiến, and (2) Hoàn thành xuất sắc nhiệm
// vụ or a sáng kiến recognised at cơ sở level or above. Since 2024 the sáng kiến is one of the two
// ways, not a must; a unit may still require it (RequireInitiative, the 2025 draft rule).
func (c *eligibilityCheck) checkCSTDCS() {
	f := c.f
	if f.LDTTSameYear {
		c.add(app.SeverityOK, citeCSTDCS, "%s đạt Lao động tiên tiến năm %s (danh hiệu hoặc đề nghị đã được duyệt).", c.subject(), c.year)
	} else {
		// A warning, not a block: the title may simply not be entered yet.
		c.add(app.SeverityWarning, citeCSTDCS, "Chưa có dữ liệu danh hiệu Lao động tiên tiến năm %s của %s.", c.year, c.object())
	}
	in, hasInit := c.bestInitiative()
	switch {
	case f.Rating == app.RatingExcellent && hasInit:
		c.add(app.SeverityOK, citeCSTDCS, "Xếp loại %s năm %s; %s.", app.RatingExcellent.Label(), c.year, eligInitiativeText(in))
	case f.Rating == app.RatingExcellent:
		c.add(app.SeverityOK, citeCSTDCS, "Xếp loại %s năm %s.", app.RatingExcellent.Label(), c.year)
	case hasInit:
		c.add(app.SeverityOK, citeCSTDCS, "%s.", viet.UpperFirst(eligInitiativeText(in)))
	default:
		c.add(app.SeverityWarning, citeCSTDCS, "%s chưa có xếp loại %s năm %s (%s) và chưa có sáng kiến được công nhận từ cấp cơ sở trở lên.",
			c.subject(), strings.ToLower(app.RatingExcellent.Label()), c.year, eligRatingNow(f.Rating))
	}
	if !f.RequireInitiative {
		return
	}
	if hasInit {
		c.add(app.SeverityOK, citeCSTDCSRule, "Đơn vị bắt buộc có sáng kiến: %s.", eligInitiativeText(in))
		return
	}
	c.add(app.SeverityWarning, citeCSTDCSRule, "Đơn vị bắt buộc có sáng kiến được công nhận từ cấp cơ sở trở lên; %s chưa có.", c.object())
}

// eligRatingNow is the rating held, in brackets after a missing one: "hiện: Hoàn thành tốt nhiệm
// vụ", or "chưa có xếp loại".
func eligRatingNow(r app.Rating) string {
	for _, x := range app.Ratings {
		if r == x {
			return "hiện: " + r.Label()
		}
	}
	return "chưa có xếp loại"
}

// checkLDTT: Luật TĐKT 2022 Điều 24 — rated Hoàn thành tốt nhiệm vụ or better.
func (c *eligibilityCheck) checkLDTT() {
	r := c.f.Rating
	switch r {
	case app.RatingExcellent, app.RatingGood:
		c.add(app.SeverityOK, citeLDTT, "Xếp loại %s năm %s: đạt mức hoàn thành tốt nhiệm vụ trở lên.", r.Label(), c.year)
	case app.RatingDone, app.RatingNotDone:
		c.add(app.SeverityBlock, citeLDTT, "Xếp loại %s năm %s: chưa đạt mức hoàn thành tốt nhiệm vụ.", r.Label(), c.year)
	default:
		c.add(app.SeverityWarning, citeLDTT, "Chưa có xếp loại năm %s của %s.", c.year, c.object())
	}
}

// checkTTLDTT: Luật TĐKT 2022 Điều 28 — more than 50 % of the members are Lao động tiên tiến and
// nobody is disciplined at cảnh cáo or above.
func (c *eligibilityCheck) checkTTLDTT() {
	f := c.f
	switch {
	case f.UnitStaff <= 0:
		c.add(app.SeverityWarning, citeTTLDTT, "Đơn vị chưa có danh sách cán bộ.")
	case f.UnitLDTT*2 > f.UnitStaff:
		c.add(app.SeverityOK, citeTTLDTT, "%d/%d người (%s) đạt Lao động tiên tiến.", f.UnitLDTT, f.UnitStaff, eligPercent(f.UnitLDTT, f.UnitStaff))
	default:
		c.add(app.SeverityWarning, citeTTLDTT, "%d/%d người (%s) đạt Lao động tiên tiến, chưa đạt yêu cầu trên 50%%.",
			f.UnitLDTT, f.UnitStaff, eligPercent(f.UnitLDTT, f.UnitStaff))
	}
	if f.UnitDisciplined > 0 {
		c.add(app.SeverityWarning, citeTTLDTT, "Có %d người bị kỷ luật từ cảnh cáo trở lên trong năm %s.", f.UnitDisciplined, c.year)
		return
	}
	c.add(app.SeverityOK, citeTTLDTT, "Không có người bị kỷ luật từ cảnh cáo trở lên trong năm %s.", c.year)
}

// eligPercent writes num/den as a percentage with a decimal comma: "60%", "62,5%", "33,3%". One
// decimal, rounded half up; more when one decimal would show a share just above or below half as
// exactly "50%" (the Tập thể lao động tiên tiến threshold).
func eligPercent(num, den int) string {
	if den <= 0 {
		return "0%"
	}
	round := func(scale int64) int64 { // num/den × 100 × scale, rounded half up
		n, d := int64(num)*100*scale, int64(den)
		return (2*n + d) / (2 * d)
	}
	v, digits := round(10), 1
	if v == 500 && 2*num != den {
		v, digits = round(1000), 3
	}
	return viet.FormatFixed(v, digits) + "%"
}

// checkGiayKhen: Luật TĐKT 2022 Điều 75 — the achievement is judged by the proposing unit; there
// are no figures to check, only that the achievement is written down.
func (c *eligibilityCheck) checkGiayKhen() {
	c.add(app.SeverityOK, citeGiayKhen, "Giấy khen xét theo thành tích do đơn vị đề nghị đánh giá (không có tiêu chí định lượng).")
	if viet.Normalize(c.f.Proposal.Achievement) == "" {
		c.add(app.SeverityWarning, citeGiayKhen, "Chưa ghi thành tích.")
	}
}

// checkDiscipline: NĐ 98/2023 Điều 4 — no reward while a discipline is being served or while the
// person is under review, investigation, inspection or complaint.
func (c *eligibilityCheck) checkDiscipline() {
	found := false
	for _, d := range c.f.Discipline {
		if !d.ActiveOn(c.f.AsOf) {
			continue
		}
		found = true
		what := "đang thi hành kỷ luật"
		if d.Kind == app.Investigation {
			what = "đang bị xem xét kỷ luật, điều tra"
		}
		period := "từ " + viet.FormatDate(d.From)
		if !d.To.IsZero() {
			period += " đến " + viet.FormatDate(d.To)
		}
		c.add(app.SeverityBlock, citeDiscipline, "%s %s (%s).", c.subject(), what, period)
	}
	if !found {
		c.add(app.SeverityOK, citeDiscipline, "Không trong thời gian bị kỷ luật, điều tra.")
	}
}

// checkDuplicates: one achievement is rewarded once (principle of rewarding, see citePrinciples).
func (c *eligibilityCheck) checkDuplicates() {
	form := c.formName()
	if n := c.f.OtherSame; n > 0 {
		c.add(app.SeverityBlock, citePrinciples, "%s đã được đề nghị «%s» trong phong trào này (%d đề nghị khác).", c.subject(), form, n)
		return
	}
	c.add(app.SeverityOK, citePrinciples, "Không có đề nghị «%s» nào khác cho %s trong phong trào này.", form, c.object())
}

// checkCap: the ≤ 15 % cap of NĐ 91/2017 is not in the 2022 Law; the office may keep it as its own
// rule (a setting, off by default).
func (c *eligibilityCheck) checkCap() {
	p := c.f.Cap
	if p.CSTDCS*100 > p.Percent*p.LDTT {
		c.add(app.SeverityWarning, citeCap, "Số Chiến sĩ thi đua cơ sở (%d) vượt %d%% số Lao động tiên tiến (%d).", p.CSTDCS, p.Percent, p.LDTT)
		return
	}
	c.add(app.SeverityOK, citeCap, "Số Chiến sĩ thi đua cơ sở (%d) không vượt quá %d%% số Lao động tiên tiến (%d).", p.CSTDCS, p.Percent, p.LDTT)
}
