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
const formGiayKhen = app.FormGiayKhen

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
// The line is built from its parts (ProposalRef), so the office's words are never repeated.
func proposalLine(ref, office string) string {
	s := ParseProposalRef(ref, office).Sentence()
	if s == "" {
		return ""
	}
	return s + ","
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
