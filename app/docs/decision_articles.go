package docs

import (
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

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
