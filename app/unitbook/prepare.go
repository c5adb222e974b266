package unitbook

import (
	"sort"
	"strings"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/lists"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// Facts are what the program holds now for the unit whose workbook came back.
type Facts struct {
	Campaign    app.Campaign
	Sheet       app.UnitSheet // the unit, its set and its scores
	People      []app.Person  // the registry (authors and recipients are matched in it)
	Units       []app.Unit
	Forms       []app.AwardForm
	Fields      []app.ReformField
	Proposals   []app.Proposal         // the campaign's proposals
	Initiatives []app.InitiativeRecord // the unit's initiatives in the campaign's year
	Earlier     []int64                // proposals made by an earlier return of the same workbook
}

// Identify checks that a returned workbook was made by this database (databaseID) for campaign c
// and that what was locked is as it went out: another office's workbook, another campaign's, or
// one whose codes, texts or maxima were changed, is refused with the reason, and so is any
// workbook once the campaign is summed up.
func Identify(rb app.ReturnedBook, c app.Campaign, databaseID string) error {
	m := rb.Meta
	if app.BookDatabase(m.BookID) != databaseID || m.BookID != app.BookID(databaseID, m.Year, m.CampaignID, m.UnitID) {
		return app.Errorf(app.EINVALID, "Sổ này không phải do chương trình của Phòng Nội vụ này xuất ra (mã sổ %s): không nhận. "+
			"Hãy gửi đơn vị sổ xuất từ chương trình này («Xuất sổ cho đơn vị»).", viet.Quote(m.BookID))
	}
	if m.CampaignID != c.ID || m.Year != c.Year {
		return app.Errorf(app.ECONFLICT, "Sổ của %s thuộc phong trào năm %d («%s»), không phải phong trào đang chọn (năm %d): không nhận. "+
			"Hãy chọn đúng phong trào, hoặc gửi đơn vị sổ của phong trào năm %d.", m.Unit, m.Year, m.Campaign, c.Year, c.Year)
	}
	if app.LockedHash(m.BookID, m.CampaignID, m.UnitID, rb.Criteria) != m.Hash {
		return app.Errorf(app.EINVALID, "Sổ của %s đã bị sửa ở phần khóa (mã, nội dung, điểm tối đa hoặc số dòng của trang «%s»): không nhận. "+
			"Hãy gửi đơn vị sổ mới và chỉ điền vào các ô màu vàng.", m.Unit, app.BookScoreSheet)
	}
	return app.CheckCampaignOpen(c, "nhận sổ của đơn vị")
}

// SameUnit refuses a workbook whose unit name is not the name of the unit its id points to.
func SameUnit(rb app.ReturnedBook, u app.Unit) error {
	if viet.FoldKey(rb.Meta.Unit) != viet.FoldKey(u.Name) {
		return app.Errorf(app.EINVALID, "Sổ ghi đơn vị %s nhưng mã đơn vị trong sổ là của %s: không nhận. "+
			"Hãy gửi %s sổ mới xuất từ chương trình.", viet.Quote(rb.Meta.Unit), u.Name, u.Name)
	}
	return nil
}

// inSheet places the errors of one sheet: «Trang «Tự chấm điểm», dòng 7, cột «Tự chấm»: …».
func inSheet(sheet string, errs []*app.Error) []*app.Error {
	out := make([]*app.Error, 0, len(errs))
	for _, e := range errs {
		msg := e.Error()
		if r := []rune(msg); len(r) > 0 {
			msg = strings.ToLower(string(r[:1])) + string(r[1:])
		}
		out = append(out, &app.Error{Code: app.EINVALID, Field: e.Field, Message: "Trang «" + sheet + "», " + msg})
	}
	return out
}

// Prepare reads every filled cell of a returned workbook (already identified) against the facts
// and plans the changes. Any bad cell refuses the whole workbook: the errors come back by sheet,
// row and column, and the plan is empty.
func Prepare(rb app.ReturnedBook, f Facts) (app.BookPlan, []*app.Error) {
	p := app.BookPlan{BookID: rb.Meta.BookID, CampaignID: f.Campaign.ID, Unit: f.Sheet.Unit}
	var errs []*app.Error
	scores, e := readScores(rb, f)
	errs = append(errs, inSheet(app.BookScoreSheet, e)...)
	ps, e := readProposals(rb, f)
	errs = append(errs, inSheet(app.BookProposalSheet, e)...)
	rs, e := lists.ParseInitiativeRegistrations(rb.Initiatives, f.Sheet.Unit, f.People, f.Fields)
	errs = append(errs, inSheet(app.BookInitiativeSheet, e)...)
	if len(errs) > 0 {
		return app.BookPlan{}, errs
	}
	planScores(&p, scores, f)
	planProposals(&p, ps, f)
	planInitiatives(&p, rs, f)
	p.Changes = append(p.Changes, ignored(rb, f.Sheet.Set)...)
	return p, nil
}

func readScores(rb app.ReturnedBook, f Facts) ([]app.Score, []*app.Error) {
	t := app.Table{Header: []string{"Đơn vị", "Mã", "Không áp dụng", "Tự chấm", "Ghi chú"}, HeaderRow: 4}
	for _, c := range rb.Criteria { // a survey or «Chế độ báo cáo» item keeps its points (ParseSelfAssessment)
		if !c.Leaf {
			continue
		}
		t.Rows = append(t.Rows, []string{f.Sheet.Unit.Name, c.Code, c.NAText, c.Self, c.Note})
		t.RowNums = append(t.RowNums, c.Row)
	}
	if len(t.Rows) == 0 {
		return nil, nil
	}
	return scoring.ParseSelfAssessment(t, f.Sheet.Unit, f.Sheet.Set, f.Sheet.Scores)
}

func readProposals(rb app.ReturnedBook, f Facts) ([]app.Proposal, []*app.Error) {
	src := rb.Proposals
	col := func(name string) int {
		for i, h := range src.Header {
			if viet.Normalize(h) == name {
				return i
			}
		}
		return -1
	}
	idx := []int{col("Đối tượng"), col("Họ và tên / Tên tập thể"), col("Chức vụ"), col("Hình thức"), col("Thành tích")}
	t := app.Table{Header: []string{"Đối tượng", "Họ và tên / Tên tập thể", "Chức vụ", "Hình thức", "Thành tích", "Đơn vị"},
		HeaderRow: src.HeaderRow, RowNums: src.RowNums}
	for _, row := range src.Rows {
		out := make([]string, 6)
		for j, i := range idx {
			if i >= 0 && i < len(row) {
				out[j] = row[i]
			}
		}
		out[5] = f.Sheet.Unit.Name
		t.Rows = append(t.Rows, out)
	}
	for j, i := range idx {
		if i < 0 {
			t.Header[j] = "(thiếu) " + t.Header[j]
		}
	}
	t, errs := ownCollectives(t, f.Sheet.Unit)
	if len(t.Rows) == 0 {
		return nil, errs
	}
	ps, e := lists.ParseProposals(t, f.Units, f.People, f.Forms)
	return ps, append(errs, e...)
}

// ownCollectives refuses a «Tập thể» row naming another unit: a unit's workbook proposes the unit
// itself or its own staff. Those rows are left out of t, with an error each.
func ownCollectives(t app.Table, u app.Unit) (app.Table, []*app.Error) {
	var errs []*app.Error
	out := t
	out.Rows, out.RowNums = nil, nil
	for i, row := range t.Rows {
		kind, name := "", ""
		if len(row) > 0 {
			kind = row[0]
		}
		if len(row) > 1 {
			name = viet.Normalize(row[1])
		}
		k := viet.FoldKey(name)
		if viet.FoldKey(kind) == viet.FoldKey(app.RecipientUnit.Label()) && name != "" && k != viet.FoldKey(u.Name) && (u.ShortName == "" || k != viet.FoldKey(u.ShortName)) {
			col := "Họ và tên / Tên tập thể"
			errs = append(errs, app.FieldError(col, "%s: %s không phải %s. Sổ của đơn vị chỉ đề nghị khen tập thể của chính đơn vị (ghi %s) hoặc cán bộ của đơn vị; tập thể khác do đơn vị đó đề nghị.",
				app.FieldPrefix(col), viet.Quote(name), u.Name, viet.Quote(u.Name)).AtRow(t.FileRow(i)))
			continue
		}
		out.Rows = append(out.Rows, row)
		out.RowNums = append(out.RowNums, t.FileRow(i))
	}
	return out, errs
}

func scoreText(s app.Score, ok bool) string {
	switch {
	case !ok:
		return ""
	case s.NA:
		return "Không áp dụng"
	case s.HasSelf:
		t := s.Self.String()
		if s.Note != "" {
			t += " (" + s.Note + ")"
		}
		return t
	}
	return s.Note
}

// ScoresLockedReason is why a self-score of a unit under the appraisal lock is not taken.
const ScoresLockedReason = "điểm đã khóa thẩm định"

func planScores(p *app.BookPlan, scores []app.Score, f Facts) {
	items := map[int64]app.Criterion{}
	for _, c := range f.Sheet.Set.Items {
		items[c.ID] = c
	}
	for _, s := range scores {
		old, had := f.Sheet.Scores[s.CriterionID]
		was, now := scoreText(old, had), scoreText(s, true)
		if was == now {
			if now != "" {
				p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookScoreSheet, Item: items[s.CriterionID].Code, Kind: app.BookUnchanged, Old: was, New: now})
			}
			continue
		}
		if f.Sheet.Locked { // the same refusal as storing would make, shown per line: the rest is taken
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookScoreSheet, Item: items[s.CriterionID].Code + " " + items[s.CriterionID].Name,
				Kind: app.BookSkipped, Old: was, New: now, Reason: ScoresLockedReason})
			continue
		}
		k := app.BookChanged
		if was == "" {
			k = app.BookAdded
		}
		p.Scores = append(p.Scores, s)
		p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookScoreSheet, Item: items[s.CriterionID].Code + " " + items[s.CriterionID].Name, Kind: k, Old: was, New: now})
	}
}

func planProposals(p *app.BookPlan, ps []app.Proposal, f Facts) {
	have := map[string]app.Proposal{}
	for _, q := range f.Proposals {
		have[app.ProposalKey(q)] = q
	}
	kept := map[int64]bool{}
	for _, q := range ps {
		q.CampaignID = f.Campaign.ID
		if q.Recipient == app.RecipientUnit && q.RecipientUnitID == 0 {
			q.RecipientUnitID = q.UnitID
		}
		item := q.RecipientName + " — " + q.FormName
		old, ok := have[app.ProposalKey(q)]
		switch {
		case !ok:
			p.NewProposals = append(p.NewProposals, q)
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookProposalSheet, Item: item, Kind: app.BookAdded, New: q.Achievement})
		case old.UnitID != q.UnitID:
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookProposalSheet, Item: item, Kind: app.BookSkipped, New: q.Achievement,
				Reason: old.UnitName + " đã đề nghị người này với hình thức này"})
		case old.Achievement == q.Achievement:
			kept[old.ID] = true
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookProposalSheet, Item: item, Kind: app.BookUnchanged, Old: old.Achievement, New: q.Achievement})
		case old.Status != app.ProposalNew:
			kept[old.ID] = true
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookProposalSheet, Item: item, Kind: app.BookSkipped, Old: old.Achievement, New: q.Achievement,
				Reason: "đề nghị đã được xét (" + old.StatusText() + "), giữ nguyên"})
		default:
			kept[old.ID] = true
			old.Achievement = q.Achievement
			p.ChangedProposals = append(p.ChangedProposals, old)
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookProposalSheet, Item: item, Kind: app.BookChanged, Old: have[app.ProposalKey(q)].Achievement, New: q.Achievement})
		}
	}
	byID := map[int64]app.Proposal{}
	for _, q := range f.Proposals {
		byID[q.ID] = q
	}
	for _, id := range f.Earlier {
		q, ok := byID[id]
		if !ok || kept[id] {
			continue
		}
		item := q.RecipientName + " — " + q.FormName
		if q.Status != app.ProposalNew || q.InDecision {
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookProposalSheet, Item: item, Kind: app.BookSkipped, Old: q.Achievement,
				Reason: "không còn trong sổ nhưng đã được xét, giữ nguyên"})
			continue
		}
		kept[id] = true // listed once even if two earlier returns held it
		p.RemovedProposals = append(p.RemovedProposals, id)
		p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookProposalSheet, Item: item, Kind: app.BookRemoved, Old: q.Achievement})
	}
}

// storedOrder sorts authors the way storage reads them back (share descending, then name), so a
// workbook listing equal shares in another order is not taken for a change.
func storedOrder(as []app.Author) []app.Author {
	out := append([]app.Author{}, as...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].SharePct != out[j].SharePct {
			return out[i].SharePct > out[j].SharePct
		}
		return out[i].FullName < out[j].FullName
	})
	return out
}

func initiativeText(r app.InitiativeRecord) string {
	field := r.FieldName
	if r.FieldOther != "" {
		field = r.FieldOther
	}
	t := field + "; " + r.Kind.Label() + "; " + initiatives.AuthorsText(storedOrder(r.Authors)) + "; áp dụng " + viet.FormatDate(r.FirstApplied)
	if r.Purpose != "" {
		t += "; " + r.Purpose
	}
	for _, s := range r.History {
		if s.Step == app.StepBaseRecognised {
			t += "; QĐ " + s.Ref + " ngày " + viet.FormatDate(s.On)
		}
	}
	return t
}

func planInitiatives(p *app.BookPlan, rs []app.InitiativeRecord, f Facts) {
	have := map[string]app.InitiativeRecord{}
	for _, r := range f.Initiatives {
		have[viet.FoldKey(r.Title)] = r
	}
	for _, r := range rs {
		old, ok := have[viet.FoldKey(r.Title)]
		if !ok {
			r.CampaignID = f.Campaign.ID
			p.NewInitiatives = append(p.NewInitiatives, r)
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookInitiativeSheet, Item: r.Title, Kind: app.BookAdded, New: initiativeText(r)})
			continue
		}
		was, now := initiativeText(old), initiativeText(r)
		switch {
		case was == now:
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookInitiativeSheet, Item: r.Title, Kind: app.BookUnchanged, Old: was, New: now})
		case old.Step != app.StepRegistered && old.Step != app.StepBaseRecognised:
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookInitiativeSheet, Item: r.Title, Kind: app.BookSkipped, Old: was, New: now,
				Reason: "sáng kiến đã ở bước «" + old.Step.Label() + "», sửa ở thẻ Sáng kiến"})
		default:
			r.ID, r.CampaignID, r.Step = old.ID, old.CampaignID, old.Step
			p.ChangedInitiatives = append(p.ChangedInitiatives, r)
			p.Changes = append(p.Changes, app.BookChange{Sheet: app.BookInitiativeSheet, Item: r.Title, Kind: app.BookChanged, Old: was, New: now})
		}
	}
}
