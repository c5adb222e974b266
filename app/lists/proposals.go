package lists

import (
	"slices"

	"thidua/app"
	"thidua/app/viet"
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
