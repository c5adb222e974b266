package lists

import (
	"slices"
	"strconv"
	"strings"
	"thidua/app"
	"thidua/app/viet"
	"time"
)

// ProposalColumns are the columns of a list of proposals (đề nghị khen
// thưởng), in the order of an export. An export adds ProposalExtraColumns,
// which ParseProposals ignores.
var ProposalColumns = []ImportColumn{
	{"Đối tượng", true}, {"Họ và tên / Tên tập thể", true}, {"Giới tính", false}, {"Chức vụ", false},
	{"Đơn vị", true}, {"Hình thức", true}, {"Thành tích", false},
}

// ProposalExtraColumns close an export of proposals: what the office
// decided. They are not read back.
var ProposalExtraColumns = []ImportColumn{{"Trạng thái", false}, {"Lý do", false}}

// AwardColumns are the columns of a list of past awards (the decisions
// signed before the application was used), one award a row.
var AwardColumns = []ImportColumn{
	{"Số quyết định", true}, {"Ngày quyết định", true}, {"Người ký", false}, {"Chức vụ người ký", false},
	{"Hình thức", true}, {"Đối tượng", true}, {"Họ và tên / Tên tập thể", true}, {"Giới tính", false},
	{"Chức vụ", false}, {"Đơn vị", true}, {"Thành tích", false}, {"Số sổ vàng", false},
}

// AwardExportColumns are the columns of AwardsExportTable.
var AwardExportColumns = []ImportColumn{
	{"Số quyết định", false}, {"Ngày quyết định", false}, {"Hình thức", false}, {"Đối tượng", false},
	{"Họ và tên / Tên tập thể", false}, {"Chức vụ", false}, {"Đơn vị", false}, {"Số sổ vàng", false},
	{"Tiền thưởng", false},
}

// Export column widths in Excel character units. ProposalWidths covers the
// export (ProposalColumns then ProposalExtraColumns); the template uses the
// first ones.
var (
	ProposalWidths    = []float64{11, 30, 10, 24, 34, 30, 60, 16, 40}
	AwardWidths       = []float64{16, 14, 24, 18, 30, 11, 30, 10, 24, 34, 60, 12}
	AwardExportWidths = []float64{16, 14, 30, 11, 30, 24, 34, 12, 14}
)

// Positions in ProposalColumns.
const (
	prKind = iota
	prName
	prGender
	prPosition
	prUnit
	prForm
	prAchievement
)

// Positions in AwardColumns.
const (
	awNumber = iota
	awDate
	awSigner
	awSignerTitle
	awForm
	awKind
	awName
	awGender
	awPosition
	awUnit
	awAchievement
	awCert
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
	{"LĐTT", "ldtt"},
	{"CSTĐCS", "cstdcs"},
	{"TT LĐTT", "tt_ldtt"},
	{"Tập thể LĐTT", "tt_ldtt"},
	{"Giấy khen của Chủ tịch UBND huyện", "giay_khen"},
}

// ParseProposals reads a list of proposals. Each row names its recipient:
// a person ("Cá nhân") of the unit in "Đơn vị", found among people by name
// (accents and case ignored; "Giới tính", when given, tells namesakes
// apart), or a collective ("Tập thể") found among units like "Đơn vị". The
// form must be in forms (by name or a usual short name) and fit the
// recipient. The proposals come back with Status ProposalNew and no
// CampaignID. Results and errors as for ParseUnits; a row proposing the
// same recipient for the same form as an earlier row is an error.
func ParseProposals(t app.Table, units []app.Unit, people []app.Person, forms []app.AwardForm) ([]app.Proposal, []*app.Error) {
	idx, errs := columnIndex(t, ProposalColumns)
	if len(errs) > 0 {
		return nil, errs
	}
	l := newAwardLookup(units, people, forms)
	var (
		out  []app.Proposal
		list importErrors
		seen = make(map[awardKey]int) // → row where the recipient and form first appear
	)
	for i, row := range t.Rows {
		vals, blank := pickCells(row, idx)
		if blank {
			continue
		}
		n := t.FileRow(i)
		r, rowErrs := l.resolve(recipientCells{
			kind: vals[prKind], name: vals[prName], gender: vals[prGender], unit: vals[prUnit], form: vals[prForm],
		})
		if len(rowErrs) == 0 {
			if e := checkRepeat(seen, r.key(decisionKey{}), n, r); e != nil {
				rowErrs = append(rowErrs, e)
			}
		}
		list.addRow(n, rowErrs, ProposalColumns)
		if len(rowErrs) == 0 {
			out = append(out, r.proposal(viet.NormalizeMultiline(cellAt(row, idx[prAchievement]))))
		}
	}
	return out, list.result()
}

// proposal is the proposal of a resolved row.
func (r recipient) proposal(achievement string) app.Proposal {
	p := app.Proposal{
		UnitID: r.unit.ID, UnitName: r.unit.Name, Recipient: r.kind,
		FormCode: r.form.Code, FormName: r.form.Name, Achievement: achievement, Status: app.ProposalNew,
	}
	if r.kind == app.RecipientUnit {
		p.RecipientUnitID, p.RecipientName = r.group.ID, r.group.Name
	} else {
		p.PersonID, p.RecipientName = r.person.ID, r.person.FullName
	}
	return p
}

// ProposalsTable is the export of proposals without the people's gender and
// position; see ProposalsTableWith.
func ProposalsTable(ps []app.Proposal) app.Table {
	return ProposalsTableWith(ps, nil)
}

// ProposalsTableWith is the export of proposals, one row each, in the given
// order: ProposalColumns then "Trạng thái" and "Lý do". Proposal has no
// gender or position, so "Giới tính" and "Chức vụ" of a person come from
// people by PersonID (blank when not found, and always for a collective);
// with the gender written, a re-import tells namesakes apart. "Đơn vị" is
// p.UnitName, which the queries fill with the unit's full name, so that the
// file imports back.
func ProposalsTableWith(ps []app.Proposal, people []app.Person) app.Table {
	byID := make(map[int64]app.Person, len(people))
	for _, q := range people {
		byID[q.ID] = q
	}
	t := newExportTable(slices.Concat(ProposalColumns, ProposalExtraColumns), len(ps))
	for _, p := range ps {
		var gender, position string
		if q, ok := byID[p.PersonID]; ok && p.Recipient != app.RecipientUnit {
			gender, position = q.Gender.Label(), q.Position
		}
		t.AddRow([]string{p.Recipient.Label(), p.RecipientName, gender, position, p.UnitName, p.FormName,
			p.Achievement, p.Status.Label(), p.Reason})
	}
	return t
}

// ProposalTemplate is the blank list of proposals offered for download: the
// header and two example rows, a person and a collective, that import clean
// when "Phòng Nội vụ" and its Nguyễn Thị Hồng Nhung exist (PersonTemplate's
// example) and the catalogue has the seeded forms.
func ProposalTemplate() app.Table {
	t := newExportTable(ProposalColumns, 2)
	t.AddRow([]string{app.RecipientPerson.Label(), "Nguyễn Thị Hồng Nhung", app.Female.Label(), "Chuyên viên", "Phòng Nội vụ",
		"Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ được giao năm 2024; tham mưu rút ngắn thời gian giải quyết thủ tục hành chính."})
	t.AddRow([]string{app.RecipientUnit.Label(), "Phòng Nội vụ", "", "", "Phòng Nội vụ",
		"Tập thể lao động tiên tiến", "Hoàn thành tốt nhiệm vụ năm 2024; 100% hồ sơ giải quyết đúng hạn."})
	return t
}

// ParseAwardHistory reads a list of past awards, one award a row. Rows with
// the same number, symbol (accents and case ignored) and year of the date
// form one decision; they must agree on the date, and on the signer and
// the signer's title where these are filled in (a blank cell agrees with
// the others). Decisions come in the order of their first row, awards in
// row order. Recipients and forms are matched as in ParseProposals. "Số sổ
// vàng" is optional: "2023-015", "2023/15", or "15" for the decision's year;
// a number given twice is an error, and so is the same recipient with the
// same form twice in one decision. Results and errors as for ParseUnits.
func ParseAwardHistory(t app.Table, units []app.Unit, people []app.Person, forms []app.AwardForm) ([]app.HistoricalDecision, []*app.Error) {
	idx, errs := columnIndex(t, AwardColumns)
	if len(errs) > 0 {
		return nil, errs
	}
	h := historyParser{
		lookup: newAwardLookup(units, people, forms),
		groups: make(map[decisionKey]*decisionGroup),
		seen:   make(map[awardKey]int),
		certs:  make(map[[2]int]int),
	}
	for i, row := range t.Rows {
		vals, blank := pickCells(row, idx)
		if blank {
			continue
		}
		n := t.FileRow(i)
		rowErrs := h.parseRow(n, vals, viet.NormalizeMultiline(cellAt(row, idx[awAchievement])))
		h.list.addRow(n, rowErrs, AwardColumns)
	}
	var out []app.HistoricalDecision
	for _, g := range h.order {
		if len(g.d.Awards) > 0 {
			out = append(out, g.d)
		}
	}
	return out, h.list.result()
}

// historyParser holds the state of ParseAwardHistory across rows.
type historyParser struct {
	lookup awardLookup
	groups map[decisionKey]*decisionGroup
	order  []*decisionGroup
	seen   map[awardKey]int // recipient and form within a decision → first row
	certs  map[[2]int]int   // year, seq → first row
	list   importErrors
}

// decisionKey identifies a decision in a file: number, FoldKey of the
// symbol, year.
type decisionKey struct {
	number int
	symbol string
	year   int
}

// decisionGroup is a decision being read, with the rows that set its date,
// signer and title for the messages about a row that disagrees.
type decisionGroup struct {
	key                          decisionKey
	d                            app.HistoricalDecision
	signerRow, titleRow, dateRow int
}

// decisionCells are the decision's cells of a row, read.
type decisionCells struct {
	number        int
	symbol        string
	date          time.Time
	signer, title string
}

// parseRow reads one row, adds its award when it is correct and returns its
// errors.
func (h *historyParser) parseRow(n int, vals []string, achievement string) []*app.Error {
	dc, errs := parseDecisionCells(vals)
	var g *decisionGroup
	if len(errs) == 0 {
		var e *app.Error
		g, e = h.group(n, dc)
		if e != nil {
			errs = append(errs, e)
		}
	}
	r, rerrs := h.lookup.resolve(recipientCells{
		kind: vals[awKind], name: vals[awName], gender: vals[awGender], unit: vals[awUnit], form: vals[awForm],
	})
	errs = append(errs, rerrs...)
	year := 0
	if !dc.date.IsZero() {
		year = dc.date.Year()
	}
	cy, cs, cerr := parseCertNumber(vals[awCert], year)
	if cerr == nil {
		cerr = h.checkCert(n, cy, cs)
	}
	if cerr != nil {
		errs = append(errs, cerr)
	}
	if len(errs) == 0 {
		if e := checkRepeat(h.seen, r.key(g.key), n, r); e != nil {
			errs = append(errs, e)
		}
	}
	if len(errs) == 0 {
		g.d.Awards = append(g.d.Awards, r.historical(n, vals[awPosition], achievement, cy, cs))
	}
	return errs
}

// parseDecisionCells reads number, date, signer and title.
func parseDecisionCells(vals []string) (decisionCells, []*app.Error) {
	dc := decisionCells{signer: vals[awSigner], title: vals[awSignerTitle]}
	var errs []*app.Error
	numField, dateField := AwardColumns[awNumber].Name, AwardColumns[awDate].Name
	switch num, sym, err := viet.ParseDecisionNumber(vals[awNumber]); {
	case vals[awNumber] == "":
		errs = append(errs, blankError(numField))
	case err != nil:
		errs = append(errs, app.FieldError(numField, "%s: %s không đúng dạng số/ký hiệu, ví dụ 07/QĐ-UBND.",
			app.FieldPrefix(numField), viet.Quote(vals[awNumber])))
	default:
		dc.number, dc.symbol = num, sym
	}
	switch d, err := viet.ParseDateCell(vals[awDate]); {
	case vals[awDate] == "":
		errs = append(errs, blankError(dateField))
	case err != nil:
		errs = append(errs, app.FieldError(dateField, "%s: %s", app.FieldPrefix(dateField), app.ErrorMessage(err)))
	case d.Year() < minDecisionYear || d.Year() > maxDecisionYear:
		// A bare "1905" is a serial day number to ParseDate; a year typed
		// alone must not become a date in 1905.
		errs = append(errs, app.FieldError(dateField, "%s: %s không phải là ngày quyết định hợp lệ (từ năm %d đến năm %d).",
			app.FieldPrefix(dateField), viet.Quote(vals[awDate]), minDecisionYear, maxDecisionYear))
	default:
		dc.date = d
	}
	return dc, errs
}

// Bounds of the year of a past decision: the district's people's committees
// date from 1945.
const (
	minDecisionYear = 1945
	maxDecisionYear = 2100
)

// group returns the decision of a row, made on its first row; a row that
// disagrees with the decision's date, signer or title is an error.
func (h *historyParser) group(n int, dc decisionCells) (*decisionGroup, *app.Error) {
	key := decisionKey{dc.number, viet.FoldKey(dc.symbol), dc.date.Year()}
	g, ok := h.groups[key]
	if !ok {
		g = &decisionGroup{key: key, dateRow: n, signerRow: n, titleRow: n, d: app.HistoricalDecision{
			Number: dc.number, Symbol: dc.symbol, SignedOn: dc.date, SignerName: dc.signer, SignerTitle: dc.title, Row: n,
		}}
		h.groups[key] = g
		h.order = append(h.order, g)
		return g, nil
	}
	number := viet.DecisionNumber(g.d.Number, g.d.Symbol)
	if !dc.date.Equal(g.d.SignedOn) {
		field := AwardColumns[awDate].Name
		return nil, app.FieldError(field, "%s: ngày %s khác với ngày %s của quyết định %s ở dòng %d.",
			app.FieldPrefix(field), viet.FormatDate(dc.date), viet.FormatDate(g.d.SignedOn), number, g.dateRow)
	}
	if e := agree(AwardColumns[awSigner].Name, &g.d.SignerName, &g.signerRow, dc.signer, n, number); e != nil {
		return nil, e
	}
	if e := agree(AwardColumns[awSignerTitle].Name, &g.d.SignerTitle, &g.titleRow, dc.title, n, number); e != nil {
		return nil, e
	}
	return g, nil
}

// agree checks a decision's text cell of row n against the value the
// decision has from row *haveRow: a blank agrees with anything, the first
// value given is the decision's.
func agree(field string, have *string, haveRow *int, v string, n int, number string) *app.Error {
	switch {
	case v == "" || v == *have:
		return nil
	case *have == "":
		*have, *haveRow = v, n
		return nil
	}
	return app.FieldError(field, "%s: %s khác với %s của quyết định %s ở dòng %d.",
		app.FieldPrefix(field), viet.Quote(v), viet.Quote(*have), number, *haveRow)
}

// historical is the award of a resolved row.
func (r recipient) historical(n int, position, achievement string, certYear, certSeq int) app.HistoricalAward {
	a := app.HistoricalAward{
		Row: n, Recipient: r.kind, FormCode: r.form.Code, Achievement: achievement, CertYear: certYear, CertSeq: certSeq,
	}
	if r.kind == app.RecipientUnit {
		a.UnitID, a.Name = r.group.ID, r.group.Name
		return a
	}
	a.PersonID, a.UnitID, a.Name, a.Gender = r.person.ID, r.unit.ID, r.person.FullName, r.person.Gender
	a.PositionUnit = r.unit.Name
	if position != "" {
		a.PositionUnit = position + ", " + r.unit.Name
	}
	return a
}

// Bounds of a certificate number; the register restarts every year.
const (
	minCertYear = 2000
	maxCertYear = 2100
	maxCertSeq  = 9_999_999
)

// parseCertNumber reads the optional "Số sổ vàng": "2023-015", "2023/15",
// or "15" in year. It returns 0, 0 for a blank cell.
func parseCertNumber(v string, year int) (y, seq int, e *app.Error) {
	if v == "" {
		return 0, 0, nil
	}
	field := AwardColumns[awCert].Name
	bad := func() (int, int, *app.Error) {
		return 0, 0, app.FieldError(field, "%s: %s không đúng dạng năm-số, ví dụ 2023-015.", app.FieldPrefix(field), viet.Quote(v))
	}
	parts := strings.FieldsFunc(viet.Dashes.Replace(v), func(r rune) bool { return r == '-' || r == '/' })
	var num string
	switch len(parts) {
	case 1:
		num = parts[0]
	case 2:
		if len(parts[0]) != 4 || !viet.AllDigits(parts[0]) {
			return bad()
		}
		year, _ = strconv.Atoi(parts[0])
		num = parts[1]
	default:
		return bad()
	}
	seq = certSeq(strings.TrimSpace(num))
	if seq == 0 {
		return bad()
	}
	if year != 0 && (year < minCertYear || year > maxCertYear) {
		return 0, 0, app.FieldError(field, "%s: năm %d của số sổ vàng %s phải từ %d đến %d.",
			app.FieldPrefix(field), year, viet.Quote(v), minCertYear, maxCertYear)
	}
	return year, seq, nil
}

// certSeq is the sequence part of a certificate number, 0 when it is not
// 1–9999999 in digits.
func certSeq(num string) int {
	if num == "" || len(num) > 7 || !viet.AllDigits(num) {
		return 0
	}
	n, _ := strconv.Atoi(num)
	if n > maxCertSeq {
		return 0
	}
	return n
}

// checkCert records a certificate number of row n; the same number on an
// earlier row is an error. A number without a year (the date is wrong) is
// not checked.
func (h *historyParser) checkCert(n, year, seq int) *app.Error {
	if year == 0 || seq == 0 {
		return nil
	}
	k := [2]int{year, seq}
	if prev, ok := h.certs[k]; ok {
		field := AwardColumns[awCert].Name
		return app.FieldError(field, "%s: số %s trùng với dòng %d.", app.FieldPrefix(field), viet.CertificateNumber(year, seq), prev)
	}
	h.certs[k] = n
	return nil
}

// AwardsExportTable is the export of awards, one row each, in the given
// order: dates as dd/mm/yyyy (blank when zero), "Tiền thưởng" a money
// column. When Unit is the unit's full name and Position the bare position,
// the file imports back through ParseAwardHistory.
func AwardsExportTable(rows []app.AwardExportRow) app.Table {
	t := newExportTable(AwardExportColumns, len(rows))
	t.Types = make([]app.CellType, len(AwardExportColumns))
	t.Types[len(t.Types)-1] = app.CellMoney
	for _, r := range rows {
		date := ""
		if !r.SignedOn.IsZero() {
			date = viet.FormatDate(r.SignedOn)
		}
		t.AddRow([]string{r.DecisionNumber, date, r.FormName, r.Recipient.Label(), r.Name, r.Position, r.Unit,
			r.CertificateNo, strconv.FormatInt(r.Bonus, 10)})
	}
	return t
}

// AwardHistoryTemplate is the blank list of past awards offered for
// download: the header and two rows of one decision that import clean with
// the examples of PersonTemplate and the seeded forms.
func AwardHistoryTemplate() app.Table {
	t := newExportTable(AwardColumns, 2)
	t.AddRow([]string{"07/QĐ-UBND", "10/01/2025", "Hồ Văn Minh", "Chủ tịch", "Giấy khen", app.RecipientPerson.Label(),
		"Nguyễn Thị Hồng Nhung", app.Female.Label(), "Chuyên viên", "Phòng Nội vụ",
		"Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024.", "2025-001"})
	t.AddRow([]string{"07/QĐ-UBND", "10/01/2025", "Hồ Văn Minh", "Chủ tịch", "Giấy khen", app.RecipientUnit.Label(),
		"Phòng Nội vụ", "", "", "Phòng Nội vụ",
		"Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024.", "2025-002"})
	return t
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
