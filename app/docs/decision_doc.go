package docs

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"thidua/app"
	"thidua/app/viet"
)

// Fixed wording of a decision (NĐ 30/2020 Phụ lục I, Mẫu 1.2 "Quyết định (cá biệt)").
const (
	DecisionTitle   = "QUYẾT ĐỊNH"
	DecisionDecides = "QUYẾT ĐỊNH:"
	DecisionCCTitle = "Nơi nhận:"
	DecisionList    = "DANH SÁCH"
)

// formGiayKhen is the code of the Giấy khen in the catalogue of forms.
const formGiayKhen = "giay_khen"

// draftNumberGap is the blank the văn thư fills in by hand on a draft: "Số:       /QĐ-UBND".
const draftNumberGap = "       "

// BuildDecisionDoc decides what a decision says, element by element of NĐ 30/2020 Phụ lục I:
// the agency in capitals (split "ỦY BAN NHÂN DÂN" / "HUYỆN BẮC TRÀ MY"), the number (blank on
// a draft, for the văn thư to fill), the place and date, the subject, the authority, the căn cứ
// (each ending ";", the last "."), the proposal, Điều 1 (who is commended and why, counted from
// awards), Điều 2 (the bonus per recipient and the total, in figures and words; left out when
// nobody receives money), the article on who executes it, the nơi nhận, the signer, and the
// attached list (collectives first, then individuals, each numbered from 1). The campaign gives
// the year of the movement (d.Year when the campaign has none). Pure: every fact is an argument.
func BuildDecisionDoc(d app.Decision, awards []app.Award, s app.Settings, c app.Campaign) DecisionDoc {
	ag := newAgencyNames(s)
	set := newAwardSet(awards)
	doc := DecisionDoc{
		ParentAgency: strings.ToUpper(viet.Normalize(s.ParentAgency)),
		Agency:       agencyLines(s.Agency),
		NumberLine:   decisionNumberLine(d, s),
		PlaceDate:    placeDate(d, s),
		Title:        DecisionTitle,
		Subject:      viet.Normalize(d.Subject),
		Authority:    authorityLine(s.Agency),
		Basis:        punctuateLines(d.Basis, "", ";", "."),
		Proposal:     proposalLine(d.ProposalRef, s.Office),
		Decides:      DecisionDecides,
		CCTitle:      DecisionCCTitle,
		CC:           punctuateLines(d.CC, "- ", ";", "."),
		SignerLines:  signerLines(d),
		SignerName:   viet.Normalize(d.SignerName),
		Draft:        d.Number == 0,
		ListTitle:    DecisionList,
		ListSubtitle: set.listSubtitle(ag),
		ListRef:      listRef(d, s, ag),
		Date:         d.SignedOn,
	}
	doc.Groups, doc.Total = set.groups()
	doc.TotalWords = viet.MoneyInWords(doc.Total)

	year := c.Year
	if year == 0 {
		year = d.Year
	}
	texts := []string{set.commendArticle(ag, campaignPhrase(c, year))}
	if money := set.bonusArticle(ag); money != "" {
		texts = append(texts, money)
	}
	texts = append(texts, set.executionArticle(ag, s.Office, doc.Total > 0))
	for i, t := range texts {
		doc.Articles = append(doc.Articles, Article{Head: "Điều " + strconv.Itoa(i+1) + ".", Text: t})
	}
	return doc
}

// agencyLines writes the issuing body in capitals; an UBND goes on two lines, as NĐ 30/2020
// Phụ lục I shows it ("ỦY BAN NHÂN DÂN" / "HUYỆN BẮC TRÀ MY"); any other name stays one line
// (the layout wraps it if it is too wide).
func agencyLines(agency string) []string {
	a := strings.ToUpper(viet.Normalize(agency))
	if a == "" {
		return nil
	}
	for _, p := range []string{"ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN "} {
		if rest, ok := strings.CutPrefix(a, p); ok {
			return []string{strings.TrimSpace(p), rest}
		}
	}
	return []string{a}
}

// authorityLine is the line under the subject of an individual decision: "CHỦ TỊCH ỦY BAN NHÂN
// DÂN HUYỆN BẮC TRÀ MY" — Giấy khen decisions belong to the chairman (Luật TĐKT 2022 Điều 80).
func authorityLine(agency string) string {
	a := strings.ToUpper(viet.Normalize(agency))
	if a == "" {
		return "CHỦ TỊCH"
	}
	return "CHỦ TỊCH " + a
}

// decisionNumberLine is cell 3; a draft leaves the number blank for the văn thư.
func decisionNumberLine(d app.Decision, s app.Settings) string {
	sym := viet.Normalize(d.Symbol)
	if sym == "" {
		sym = viet.Normalize(s.Symbol)
	}
	if d.Number == 0 {
		return "Số:" + draftNumberGap + "/" + sym
	}
	return viet.DecisionNumberLine(d.Number, sym)
}

// placeDate is cell 4; without a date (a draft not yet dated) the day and month are left blank
// for the văn thư: "Bắc Trà My, ngày     tháng     năm 2025".
func placeDate(d app.Decision, s app.Settings) string {
	if !d.SignedOn.IsZero() {
		return viet.PlaceDateLine(s.Place, d.SignedOn)
	}
	year := "      "
	if d.Year != 0 {
		year = strconv.Itoa(d.Year)
	}
	line := "ngày      tháng      năm " + year
	if p := viet.Normalize(s.Place); p != "" {
		line = p + ", " + line
	}
	return line
}

// trimEndPunct strips the punctuation a user may have typed at the end of a line, so that the
// document's own can be put there.
func trimEndPunct(s string) string {
	return strings.TrimRight(viet.Normalize(s), " ;.,:")
}

// punctuateLines normalises lines, drops the empty ones, puts prefix before each (unless it is
// there) and ends each with sep, the last with last (NĐ 30/2020: căn cứ end with ";", the
// last with "."; the nơi nhận likewise).
func punctuateLines(lines []string, prefix, sep, last string) []string {
	var out []string
	for _, l := range lines {
		l = trimEndPunct(l)
		if prefix != "" {
			l = strings.TrimSpace(strings.TrimLeft(l, "-–— "))
		}
		if l == "" {
			continue
		}
		out = append(out, prefix+l)
	}
	for i := range out {
		if i == len(out)-1 {
			out[i] += last
		} else {
			out[i] += sep
		}
	}
	return out
}

// officeHead names the head of the proposing office: "Trưởng phòng Nội vụ", "Chánh Văn phòng …".
func officeHead(office string) string {
	o := viet.Normalize(office)
	switch {
	case o == "":
		return ""
	case strings.HasPrefix(strings.ToLower(o), "văn phòng"):
		return "Chánh " + o
	}
	return "Trưởng " + lowerFirstLetter(o)
}

// proposalLine is the line after the căn cứ: "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình
// số 05/TTr-NV ngày 06/01/2025," — it ends with a comma (NĐ 30/2020).
func proposalLine(ref, office string) string {
	r := trimEndPunct(ref)
	if strings.HasPrefix(strings.ToLower(r), "theo đề nghị") {
		return r + ","
	}
	head := officeHead(office)
	switch {
	case head != "" && r != "":
		return "Theo đề nghị của " + head + " tại " + r + ","
	case head != "":
		return "Theo đề nghị của " + head + ","
	case r != "":
		return "Theo đề nghị tại " + r + ","
	}
	return ""
}

// signerLines is the authority and title over the signature (NĐ 30/2020 Phụ lục I mục II.7):
// the chairman signs "CHỦ TỊCH"; a vice-chairman signs for him, "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
func signerLines(d app.Decision) []string {
	if d.SignMode != app.SignDeputy {
		return []string{"CHỦ TỊCH"}
	}
	title := strings.ToUpper(viet.Normalize(d.SignerTitle))
	if title == "" {
		title = "PHÓ CHỦ TỊCH"
	}
	return []string{"KT. CHỦ TỊCH", title}
}

// listRef cites the decision at the head of the attached list (Mẫu 2.1); a draft leaves the
// number and the day blank: "(Kèm theo Quyết định số      /QĐ-UBND ngày     /    /2025 …)".
func listRef(d app.Decision, s app.Settings, ag agencyNames) string {
	var b strings.Builder
	b.WriteString("(Kèm theo Quyết định số ")
	switch {
	case d.Number != 0:
		b.WriteString(viet.DecisionNumber(d.Number, firstNonEmpty(d.Symbol, s.Symbol)))
	default:
		b.WriteString("     /" + viet.Normalize(firstNonEmpty(d.Symbol, s.Symbol)))
	}
	switch {
	case d.Number != 0 && !d.SignedOn.IsZero():
		b.WriteString(" ngày " + viet.FormatDateShort(d.SignedOn))
	case d.Number == 0:
		year := d.Year
		if !d.SignedOn.IsZero() {
			year = d.SignedOn.Year()
		}
		y := "    "
		if year != 0 {
			y = strconv.Itoa(year)
		}
		b.WriteString(" ngày     /    /" + y)
	}
	if ag.short != "" {
		b.WriteString(" của Chủ tịch " + ag.short)
	}
	b.WriteString(")")
	return b.String()
}

// campaignPhrase names the movement inside Điều 1: the campaign's own name when it reads
// "Phong trào …", else the usual name, with the year.
func campaignPhrase(c app.Campaign, year int) string {
	y := ""
	if year != 0 {
		y = strconv.Itoa(year)
	}
	name := trimEndPunct(c.Name)
	if !strings.HasPrefix(strings.ToLower(name), "phong trào ") {
		name = "phong trào thi đua cải cách hành chính"
	}
	name = lowerFirstLetter(name)
	if y != "" && !strings.Contains(name, y) {
		name += " năm " + y
	}
	return name
}

func firstNonEmpty(a, b string) string {
	if viet.Normalize(a) != "" {
		return a
	}
	return b
}

// lowerFirstLetter lower-cases the first letter: "Phòng Nội vụ" → "phòng Nội vụ".
func lowerFirstLetter(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// agencyNames are the ways a decision names its agency.
type agencyNames struct {
	prose string // "Ủy ban nhân dân huyện Bắc Trà My" (inside sentences)
	short string // "UBND huyện Bắc Trà My" (list heading, reference)
	level string // "huyện"; "" when the agency is not an UBND of a known level
}

// adminLevels are the levels of local government, the longer before their prefixes.
var adminLevels = []string{"thành phố", "thị xã", "thị trấn", "huyện", "quận", "tỉnh", "xã", "phường"}

// newAgencyNames derives the names from the settings: the short name as typed ("UBND huyện Bắc
// Trà My") gives the prose name; without it the capitals of the agency are turned into normal
// case ("ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY" → "Ủy ban nhân dân huyện Bắc Trà My").
func newAgencyNames(s app.Settings) agencyNames {
	short := viet.Normalize(s.AgencyShort)
	var rest string
	var ubnd bool
	if r, ok := strings.CutPrefix(short, "UBND "); ok {
		rest, ubnd = r, true
	} else if r, ok := strings.CutPrefix(short, "Ủy ban nhân dân "); ok {
		rest, ubnd = r, true
	} else if short == "" {
		lines := agencyLines(s.Agency)
		if len(lines) == 2 {
			rest, ubnd = titleWords(lines[1]), true
		} else if len(lines) == 1 {
			short = titleWords(lines[0])
		}
	}
	if !ubnd {
		return agencyNames{prose: short, short: short}
	}
	a := agencyNames{prose: "Ủy ban nhân dân " + rest, short: "UBND " + rest}
	low := strings.ToLower(rest)
	for _, l := range adminLevels {
		if strings.HasPrefix(low, l+" ") {
			a.level = l
			break
		}
	}
	if a.level != "" {
		a.prose = "Ủy ban nhân dân " + a.level + rest[len(a.level):]
		a.short = "UBND " + a.level + rest[len(a.level):]
	}
	return a
}

// titleWords writes capitals as a Vietnamese place name: the level in lower case, every other
// word with an initial capital ("HUYỆN BẮC TRÀ MY" → "huyện Bắc Trà My").
func titleWords(s string) string {
	words := strings.Fields(strings.ToLower(s))
	low := strings.Join(words, " ")
	skip := 0
	for _, l := range adminLevels {
		if low == l || strings.HasPrefix(low, l+" ") {
			skip = len(strings.Fields(l))
			break
		}
	}
	for i := skip; i < len(words); i++ {
		words[i] = viet.UpperFirst(words[i])
	}
	return strings.Join(words, " ")
}

// awardSet is the awards of a decision sorted for the document: collectives, then individuals,
// each in the order of the decision's list, split by form when the decision gives several.
type awardSet struct {
	units, people int
	parts         []awardPart
	oneForm       bool
	giayKhen      bool // every award is a Giấy khen
}

// awardPart is the awards of one recipient kind and one form.
type awardPart struct {
	kind   app.RecipientKind
	form   string // name as printed: "Giấy khen", "Lao động tiên tiến"
	awards []app.Award
}

// formKey identifies an award's form; an award without one is taken for a Giấy khen, the form
// this application's decisions give.
func formKey(a app.Award) (key, name string) {
	key, name = viet.Normalize(a.FormCode), viet.Normalize(a.FormName)
	if key == "" {
		key = viet.FoldKey(name)
	}
	if key == "" || key == "giay khen" {
		key = formGiayKhen
	}
	if name == "" {
		if key == formGiayKhen {
			name = "Giấy khen"
		} else {
			name = key
		}
	}
	return key, name
}

func newAwardSet(awards []app.Award) awardSet {
	s := awardSet{giayKhen: true}
	forms := map[string]bool{}
	index := map[string]int{}
	for _, kind := range []app.RecipientKind{app.RecipientUnit, app.RecipientPerson} {
		for _, a := range awards {
			if (a.Recipient == app.RecipientUnit) != (kind == app.RecipientUnit) {
				continue
			}
			key, name := formKey(a)
			forms[key] = true
			s.giayKhen = s.giayKhen && key == formGiayKhen
			if kind == app.RecipientUnit {
				s.units++
			} else {
				s.people++
			}
			k := string(kind) + "\x00" + key
			i, ok := index[k]
			if !ok {
				i = len(s.parts)
				index[k] = i
				s.parts = append(s.parts, awardPart{kind: kind, form: name})
			}
			s.parts[i].awards = append(s.parts[i].awards, a)
		}
	}
	s.oneForm = len(forms) <= 1
	return s
}

// who is "5 tập thể và 13 cá nhân", leaving out a kind with nobody.
func (s awardSet) who() string {
	var parts []string
	if s.units > 0 {
		parts = append(parts, strconv.Itoa(s.units)+" tập thể")
	}
	if s.people > 0 {
		parts = append(parts, strconv.Itoa(s.people)+" cá nhân")
	}
	if len(parts) == 0 {
		return "các tập thể, cá nhân"
	}
	return strings.Join(parts, " và ")
}

// kinds is "tập thể, cá nhân", "tập thể" or "cá nhân" as the decision has them.
func (s awardSet) kinds() string {
	switch {
	case s.units > 0 && s.people == 0:
		return "tập thể"
	case s.people > 0 && s.units == 0:
		return "cá nhân"
	}
	return "tập thể, cá nhân"
}

// gives is what Điều 1 confers: the Giấy khen of the chairman, or titles and forms in general.
func (s awardSet) gives(ag agencyNames) string {
	if !s.giayKhen {
		return "danh hiệu, hình thức khen thưởng"
	}
	if ag.prose == "" {
		return "Giấy khen"
	}
	return "Giấy khen của Chủ tịch " + ag.prose
}

// commendArticle is Điều 1.
func (s awardSet) commendArticle(ag agencyNames, campaign string) string {
	return "Tặng " + s.gives(ag) + " cho " + s.who() + " (có danh sách kèm theo) đã có thành tích xuất sắc trong " + campaign + "."
}

// listSubtitle is the line under "DANH SÁCH".
func (s awardSet) listSubtitle(ag agencyNames) string {
	sub := viet.UpperFirst(s.kinds()) + " được tặng "
	if !s.giayKhen {
		return sub + "danh hiệu, hình thức khen thưởng"
	}
	if ag.short == "" {
		return sub + "Giấy khen"
	}
	return sub + "Giấy khen của Chủ tịch " + ag.short
}

// conferred is how a form is received: "được tặng Giấy khen", "đạt danh hiệu Lao động tiên tiến".
func conferred(form string) string {
	f := viet.FoldKey(form)
	for _, p := range []string{"giay khen", "bang khen", "ky niem chuong", "huan chuong", "huy chuong", "co thi dua"} {
		if strings.HasPrefix(f, p) {
			return "được tặng " + form
		}
	}
	return "đạt danh hiệu " + form
}

// bonusClause is what each recipient of one part receives: "mỗi tập thể được thưởng 1.410.000
// đồng", or "theo danh sách kèm theo" when the amounts differ. ok is false when nobody in the
// part receives money.
func (s awardSet) bonusClause(p awardPart) (string, bool) {
	kind := "cá nhân"
	if p.kind == app.RecipientUnit {
		kind = "tập thể"
	}
	form := ""
	if !s.oneForm {
		form = " " + conferred(p.form)
	}
	amount, same, paid := p.awards[0].Bonus, true, false
	for _, a := range p.awards {
		same = same && a.Bonus == amount
		paid = paid || a.Bonus != 0
	}
	switch {
	case !paid:
		return "", false
	case same:
		return "mỗi " + kind + form + " được thưởng " + viet.FormatMoney(amount) + " đồng", true
	}
	return "các " + kind + form + " được thưởng theo danh sách kèm theo", true
}

// fund names the fund the bonus is paid from: the agency's own level (Luật TĐKT 2022 Điều 11
// k4: the decision-maker pays from the fund of his level).
func (ag agencyNames) fund() string {
	switch {
	case ag.level != "":
		return "Quỹ thi đua, khen thưởng " + ag.level
	case ag.prose != "":
		return "Quỹ thi đua, khen thưởng của " + ag.prose
	}
	return "Quỹ thi đua, khen thưởng"
}

// bonusArticle is Điều 2: the bonus of each recipient and the total in figures and words; ""
// when nobody receives money.
func (s awardSet) bonusArticle(ag agencyNames) string {
	var clauses []string
	var total int64
	for _, p := range s.parts {
		if c, ok := s.bonusClause(p); ok {
			clauses = append(clauses, c)
		}
		for _, a := range p.awards {
			total += a.Bonus
		}
	}
	if len(clauses) == 0 {
		return ""
	}
	return viet.UpperFirst(strings.Join(clauses, "; ")) + ". Tổng số tiền thưởng: " + viet.FormatMoney(total) +
		" đồng (Bằng chữ: " + viet.MoneyInWords(total) + "), trích từ " + ag.fund() + "."
}

// executionArticle is the last article: who carries the decision out, ending "./." (NĐ 30/2020).
func (s awardSet) executionArticle(ag agencyNames, office string, money bool) string {
	var who []string
	district := ag.level == "huyện" || ag.level == "quận" || ag.level == "thị xã" || ag.level == "thành phố"
	if district {
		who = append(who, "Chánh Văn phòng HĐND và UBND "+ag.level)
	}
	if h := officeHead(office); h != "" {
		who = append(who, h)
	}
	if district && money {
		who = append(who, "Trưởng phòng Tài chính - Kế hoạch")
	}
	who = append(who, "Thủ trưởng các cơ quan, đơn vị có liên quan")
	return strings.Join(who, ", ") + " và các " + s.kinds() + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
}

// groups is the attached list: one group per part, numbered I, II, … in order, rows numbered
// from 1 in each; with one form the groups are "I. Tập thể" and "II. Cá nhân".
func (s awardSet) groups() ([]ListGroup, int64) {
	var out []ListGroup
	var total int64
	for i, p := range s.parts {
		title := decisionRoman(i+1) + ". " + p.kind.Label()
		if !s.oneForm {
			title += " " + conferred(p.form)
		}
		g := ListGroup{Title: title}
		for j, a := range p.awards {
			g.Rows = append(g.Rows, ListRow{No: j + 1, Name: viet.Normalize(a.Name), PositionUnit: viet.Normalize(a.PositionUnit), Amount: a.Bonus})
			total += a.Bonus
		}
		out = append(out, g)
	}
	return out, total
}

// decisionRoman writes 1–3999 in Roman numerals, as the parts of a list are numbered.
func decisionRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
