package lists

import (
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// AwardColumns are the columns of a list of past awards (the decisions
// signed before the application was used), one award a row.
var AwardColumns = []ImportColumn{
	{"Số quyết định", true}, {"Ngày quyết định", true}, {"Người ký", false}, {"Chức vụ người ký", false},
	{"Hình thức", true}, {"Đối tượng", true}, {"Họ và tên / Tên tập thể", true}, {"Giới tính", false},
	{"Chức vụ", false}, {"Đơn vị", true}, {"Thành tích", false}, {"Số sổ vàng", false},
}

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

// Bounds of the year of a past decision: the register and the decision table
// hold years 2000–2100 (a CHECK of the database), so an older decision is
// refused here, with its row, rather than by the database without one.
const (
	minDecisionYear = 2000
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
	// Split, not FieldsFunc: «2023--5» has an empty part and is not 2023-005.
	parts := strings.Split(strings.ReplaceAll(viet.Dashes.Replace(v), "/", "-"), "-")
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
