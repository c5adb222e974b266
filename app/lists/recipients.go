package lists

import (
	"slices"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// Columns shared by both files, named once for the error messages.
const (
	colRecipientKind = "Đối tượng"
	colRecipientName = "Họ và tên / Tên tập thể"
	colForm          = "Hình thức"
)

// formAliases are the short names offices write for some forms, by code.
// An alias counts only when the catalogue has the code and no form is
// called by that name.
var formAliases = []struct{ alias, code string }{
	{"LĐTT", app.FormLDTT},
	{"CSTĐCS", app.FormCSTDCS},
	{"TT LĐTT", app.FormTTLDTT},
	{"Tập thể LĐTT", app.FormTTLDTT},
	{"Giấy khen của Chủ tịch UBND huyện", app.FormGiayKhen},
}

// recipientCells are the normalised cells that name the recipient and the
// form, common to both files.
type recipientCells struct {
	kind, name, gender, unit, form string
}

// recipient is what a row's recipientCells name.
type recipient struct {
	kind   app.RecipientKind
	unit   app.Unit      // the row's "Đơn vị"
	person app.Person    // the person, for RecipientPerson
	group  app.Unit      // the collective, for RecipientUnit
	form   app.AwardForm // the form
}

// awardKey is a recipient and a form, within a decision (zero for
// proposals).
type awardKey struct {
	decision decisionKey
	kind     app.RecipientKind
	id       int64
	form     string
}

// key is the awardKey of r within decision d.
func (r recipient) key(d decisionKey) awardKey {
	k := awardKey{decision: d, kind: r.kind, form: r.form.Code, id: r.person.ID}
	if r.kind == app.RecipientUnit {
		k.id = r.group.ID
	}
	return k
}

// storedName is the recipient's name as the registry has it.
func (r recipient) storedName() string {
	if r.kind == app.RecipientUnit {
		return r.group.Name
	}
	return r.person.FullName
}

// checkRepeat records the recipient and form of row n; the same pair on an
// earlier row is an error.
func checkRepeat(seen map[awardKey]int, k awardKey, n int, r recipient) *app.Error {
	if prev, ok := seen[k]; ok {
		return app.FieldError(colRecipientName, "%s: %s với hình thức %s trùng với dòng %d.",
			app.FieldPrefix(colRecipientName), viet.Quote(r.storedName()), viet.Quote(r.form.Name), prev)
	}
	seen[k] = n
	return nil
}

// awardLookup is the registry an award file is matched against.
type awardLookup struct {
	units  unitIndex
	people []app.Person
	byName map[personKey][]int // positions in people
	forms  formIndex
}

// personKey finds a person by unit and FoldKey of the full name.
type personKey struct {
	unit int64
	name string
}

func newAwardLookup(units []app.Unit, people []app.Person, forms []app.AwardForm) awardLookup {
	l := awardLookup{units: newUnitIndex(units), people: people, byName: make(map[personKey][]int), forms: newFormIndex(forms)}
	for i, p := range people {
		k := personKey{p.UnitID, viet.FoldKey(p.FullName)}
		l.byName[k] = append(l.byName[k], i)
	}
	return l
}

// resolve finds the recipient, the unit and the form of a row. Every cell
// is checked even when another is wrong, so that the user sees all the
// errors of the row at once.
func (l awardLookup) resolve(c recipientCells) (recipient, []*app.Error) {
	var r recipient
	var errs []*app.Error
	note := func(e *app.Error) {
		if e != nil {
			errs = append(errs, e)
		}
	}
	var kerr, uerr, ferr, gerr, nerr *app.Error
	r.kind, kerr = parseRecipientKind(c.kind)
	r.unit, uerr = l.units.find(c.unit)
	r.form, ferr = l.forms.find(c.form, r.kind)
	var gender app.Gender
	if c.gender != "" && r.kind != app.RecipientUnit {
		gender, gerr = parseGender(c.gender)
	}
	switch {
	case c.name == "":
		nerr = blankError(colRecipientName)
	case r.kind == app.RecipientUnit:
		r.group, nerr = l.units.findAs(colRecipientName, c.name)
	case r.kind == app.RecipientPerson && uerr == nil && gerr == nil:
		r.person, nerr = l.findPerson(c.name, gender, r.unit)
	}
	for _, e := range []*app.Error{kerr, nerr, gerr, uerr, ferr} {
		note(e)
	}
	return r, errs
}

// parseRecipientKind reads "Đối tượng": Cá nhân or Tập thể.
func parseRecipientKind(v string) (app.RecipientKind, *app.Error) {
	switch viet.FoldKey(v) {
	case "":
		return "", blankError(colRecipientKind)
	case viet.FoldKey(app.RecipientPerson.Label()):
		return app.RecipientPerson, nil
	case viet.FoldKey(app.RecipientUnit.Label()):
		return app.RecipientUnit, nil
	}
	return "", app.FieldError(colRecipientKind, "%s: %s phải là Cá nhân hoặc Tập thể.", app.FieldPrefix(colRecipientKind), viet.Quote(v))
}

// findPerson finds the one person of unit called name (FoldKey), of the
// given gender when it is not "".
func (l awardLookup) findPerson(name string, gender app.Gender, unit app.Unit) (app.Person, *app.Error) {
	hits := l.byName[personKey{unit.ID, viet.FoldKey(name)}]
	if len(hits) == 0 {
		return app.Person{}, app.FieldError(colRecipientName, "%s: không tìm thấy cán bộ %s ở đơn vị %s.",
			app.FieldPrefix(colRecipientName), viet.Quote(name), unit.Name)
	}
	if gender != "" {
		hits = slices.DeleteFunc(slices.Clone(hits), func(i int) bool { return l.people[i].Gender != gender })
		if len(hits) == 0 {
			return app.Person{}, app.FieldError(colRecipientName, "%s: không tìm thấy cán bộ %s giới tính %s ở đơn vị %s.",
				app.FieldPrefix(colRecipientName), viet.Quote(name), gender.Label(), unit.Name)
		}
	}
	if len(hits) > 1 {
		return app.Person{}, app.FieldError(colRecipientName, "%s: có %d người tên %s ở đơn vị %s, không phân biệt được.",
			app.FieldPrefix(colRecipientName), len(hits), viet.Quote(name), unit.Name)
	}
	return l.people[hits[0]], nil
}

// findAs is find for a unit named in another column than "Đơn vị".
func (x unitIndex) findAs(field, v string) (app.Unit, *app.Error) {
	u, e := x.find(v)
	if e != nil && e.Field != field {
		c := *e
		c.Message = app.FieldPrefix(field) + strings.TrimPrefix(c.Message, app.FieldPrefix(c.Field))
		c.Field = field
		e = &c
	}
	return u, e
}

// formIndex finds a form of the catalogue by name.
type formIndex struct {
	forms []app.AwardForm
	byKey map[string]int // FoldKey of a name or alias → position in forms
}

func newFormIndex(forms []app.AwardForm) formIndex {
	x := formIndex{forms: forms, byKey: make(map[string]int)}
	for i, f := range forms {
		if k := viet.FoldKey(f.Name); k != "" {
			if _, dup := x.byKey[k]; !dup {
				x.byKey[k] = i
			}
		}
	}
	for _, a := range formAliases {
		k := viet.FoldKey(a.alias)
		i := slices.IndexFunc(forms, func(f app.AwardForm) bool { return f.Code == a.code })
		if _, taken := x.byKey[k]; !taken && i >= 0 {
			x.byKey[k] = i
		}
	}
	return x
}

// find returns the form named v; kind, when known, must be a recipient the
// form is for.
func (x formIndex) find(v string, kind app.RecipientKind) (app.AwardForm, *app.Error) {
	if v == "" {
		return app.AwardForm{}, blankError(colForm)
	}
	i, ok := x.byKey[viet.FoldKey(v)]
	if !ok {
		names := make([]string, len(x.forms))
		for j, f := range x.forms {
			names[j] = f.Name
		}
		return app.AwardForm{}, app.FieldError(colForm, "%s: %s không có trong danh mục hình thức khen thưởng (%s).",
			app.FieldPrefix(colForm), viet.Quote(v), strings.Join(names, ", "))
	}
	f := x.forms[i]
	switch {
	case f.Recipient == string(app.RecipientPerson) && kind == app.RecipientUnit:
		return f, app.FieldError(colForm, "%s: %s chỉ xét cho cá nhân, không xét cho tập thể.", app.FieldPrefix(colForm), viet.Quote(f.Name))
	case f.Recipient == string(app.RecipientUnit) && kind == app.RecipientPerson:
		return f, app.FieldError(colForm, "%s: %s chỉ xét cho tập thể, không xét cho cá nhân.", app.FieldPrefix(colForm), viet.Quote(f.Name))
	}
	return f, nil
}

// blankError is the error of a required cell left blank.
func blankError(field string) *app.Error {
	return app.FieldError(field, "%s không được để trống.", app.FieldPrefix(field))
}

// cellAt is cell j of row as written, "" when the row is short or the
// column absent (j < 0).
func cellAt(row []string, j int) string {
	if j >= 0 && j < len(row) {
		return row[j]
	}
	return ""
}
