package app

import "time"

// RecipientKind says whether an award goes to a person (cá nhân) or a collective (tập thể).
type RecipientKind string

// Recipient kinds, as stored.
const (
	RecipientPerson RecipientKind = "person"
	RecipientUnit   RecipientKind = "unit"
)

// Label is "Cá nhân" or "Tập thể".
func (k RecipientKind) Label() string {
	if k == RecipientUnit {
		return "Tập thể"
	}
	return "Cá nhân"
}

// AwardForm is an entry of the catalogue of titles (danh hiệu) and forms (hình thức).
type AwardForm struct {
	Code      string
	Name      string
	Kind      string // "title" or "form"
	Recipient string // "person", "unit" or "both"
}

// Coefficient is a bonus coefficient in force from a date (NĐ 98/2023 Điều 54–58).
type Coefficient struct {
	FormCode    string
	FormName    string
	Recipient   RecipientKind
	Thousandths int64
	From        time.Time
	Ref         string
}

// BonusFor computes the bonus of one award from the legal tables, as of the decision date:
// coefficient in force × base salary in force, rounded up to 10.000 đ. ok is false when either table
// has no row in force on that date — the caller says so to the user instead of paying 0.
func BonusFor(formCode string, kind RecipientKind, asOf time.Time, coefs []Coefficient, salaries []Dated[int64]) (amount int64, ok bool) {
	var rows []Dated[int64]
	for _, c := range coefs {
		if c.FormCode == formCode && c.Recipient == kind {
			rows = append(rows, Dated[int64]{From: c.From, Value: c.Thousandths, Ref: c.Ref})
		}
	}
	coef, ok := InForce(rows, asOf)
	if !ok {
		return 0, false
	}
	base, ok := InForce(salaries, asOf)
	if !ok {
		return 0, false
	}
	return Bonus(coef.Value, base.Value), true
}
