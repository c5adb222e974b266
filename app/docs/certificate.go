package docs

import (
	"regexp"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Fixed wording of a Giấy khen (domain.md §6.2: quốc hiệu, tiêu ngữ, the conferring person's
// title in red, "TẶNG", "GIẤY KHEN").
const (
	certificateNation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	certificateMotto  = "Độc lập - Tự do - Hạnh phúc"
	certificateGives  = "TẶNG"
	certificateTitle  = "GIẤY KHEN"
	// certificateChair is the conferring person: a district Giấy khen is given in the name of
	// the Chủ tịch UBND, also when a vice-chairman signs for him.
	certificateChair = "CHỦ TỊCH"
	// certificateDeputy heads the signature of a vice-chairman (NĐ 30/2020 Phụ lục I: "KT.").
	certificateDeputy       = "KT. CHỦ TỊCH"
	certificateDeputyTitle  = "PHÓ CHỦ TỊCH"
	certificateAchievement  = "Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính"
	certificateRegisterHead = "Số sổ vàng: "
)

// certificateYearRE finds the campaign's year in a decision's trích yếu ("… năm 2024").
var certificateYearRE = regexp.MustCompile(`năm (\d{4})\b`)

// BuildCertificates decides what the Giấy khen of each award of d says, one per award in the
// list's order. A person is "Ông"/"Bà" by gender, with position and unit; a collective is its
// name alone. An award without an achievement gets the usual sentence, with the campaign's year
// taken from the decision's trích yếu (DecisionSubject ends "… năm 2024"; the decision itself
// is often signed the year after). An award without a register number prints no "Số sổ vàng"
// line. Every text is normalised (NFC, spaces folded): a multi-line achievement becomes one
// paragraph.
func BuildCertificates(d app.Decision, awards []app.Award, s app.Settings) []CertificateDoc {
	conferrer := certificateChair
	if agency := viet.Normalize(s.Agency); agency != "" {
		conferrer += " " + strings.ToUpper(agency)
	}
	decisionLine := "Quyết định số " + d.NumberText() + " ngày " + viet.FormatDateShort(d.SignedOn)
	placeDate := viet.PlaceDateLine(s.Place, d.SignedOn)
	signer := certificateSignerLines(d)
	name := viet.Normalize(d.SignerName)
	out := make([]CertificateDoc, 0, len(awards))
	for _, a := range awards {
		c := CertificateDoc{
			AwardID:      a.ID,
			Nation:       certificateNation,
			Motto:        certificateMotto,
			Conferrer:    conferrer,
			Gives:        certificateGives,
			Title:        certificateTitle,
			Name:         viet.Normalize(a.Name),
			Achievement:  viet.Normalize(a.Achievement),
			DecisionLine: decisionLine,
			PlaceDate:    placeDate,
			SignerLines:  append([]string(nil), signer...),
			SignerName:   name,
			Date:         d.SignedOn,
		}
		if a.Recipient != app.RecipientUnit {
			c.Honorific = a.Gender.Honorific()
			c.PositionUnit = viet.Normalize(a.PositionUnit)
		}
		if c.Achievement == "" {
			c.Achievement = certificateDefaultAchievement(d)
		}
		if no := viet.Normalize(a.CertificateNo); no != "" {
			c.RegisterLine = certificateRegisterHead + no
		}
		out = append(out, c)
	}
	return out
}

// certificateDefaultAchievement is the usual sentence, "… năm 2024." when the decision's trích
// yếu names the campaign's year, else without a year rather than a wrong one.
func certificateDefaultAchievement(d app.Decision) string {
	m := certificateYearRE.FindAllStringSubmatch(viet.Normalize(d.Subject), -1)
	if len(m) == 0 {
		return certificateAchievement + "."
	}
	return certificateAchievement + " năm " + m[len(m)-1][1] + "."
}

// certificateSignerLines is the signer's title block: "CHỦ TỊCH", or for a vice-chairman
// "KT. CHỦ TỊCH" over his own title in capitals (NĐ 30/2020 Phụ lục I, ký thay).
func certificateSignerLines(d app.Decision) []string {
	if d.SignMode != app.SignDeputy {
		return []string{certificateChair}
	}
	title := strings.ToUpper(viet.Normalize(d.SignerTitle))
	if title == "" {
		title = certificateDeputyTitle
	}
	return []string{certificateDeputy, title}
}

// FullName is the name line as printed: "Ông Nguyễn Văn A", or a collective's name alone.
func (c CertificateDoc) FullName() string {
	if c.Honorific == "" {
		return c.Name
	}
	return c.Honorific + " " + c.Name
}

// FieldText is the text printed in a field of a blank (the Field* names): the name line with
// its honorific, the signer's title lines joined by "\n", the other fields as they are; "" for
// a field it does not know.
func (c CertificateDoc) FieldText(field string) string {
	switch field {
	case app.FieldName:
		return c.FullName()
	case app.FieldPositionUnit:
		return c.PositionUnit
	case app.FieldAchievement:
		return c.Achievement
	case app.FieldDecision:
		return c.DecisionLine
	case app.FieldRegister:
		return c.RegisterLine
	case app.FieldPlaceDate:
		return c.PlaceDate
	case app.FieldSignerTitle:
		return strings.Join(c.SignerLines, "\n")
	case app.FieldSignerName:
		return c.SignerName
	}
	return ""
}
