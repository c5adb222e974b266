package docs

import (
	"slices"
	"strconv"

	"thidua/app"
)

// statColumn is a column of the statistics: a form, for collectives or individuals.
type statColumn struct {
	code      app.FormCode
	recipient app.RecipientKind
	label     string
}

// bothKinds are the forms given to collectives and individuals alike: their columns say which.
var bothKinds = map[app.FormCode]bool{"giay_khen": true, "bang_khen_tinh": true}

// formOrder is the order of the columns the province's statistics use; other forms follow.
var formOrder = []app.FormCode{"giay_khen", "ldtt", "cstdcs", "tt_ldtt", "tt_ldxs", "cstd_tinh", "bang_khen_tinh"}

func statColumns(stats []app.AwardStat) []statColumn {
	var cols []statColumn
	seen := map[statColumn]bool{}
	for _, s := range stats {
		c := statColumn{code: s.FormCode, recipient: s.Recipient, label: s.FormName}
		if bothKinds[s.FormCode] {
			c.label += map[app.RecipientKind]string{app.RecipientUnit: " tập thể", app.RecipientPerson: " cá nhân"}[s.Recipient]
		}
		if !seen[c] {
			seen[c] = true
			cols = append(cols, c)
		}
	}
	rank := func(c statColumn) int {
		i := slices.Index(formOrder, c.code)
		if i < 0 {
			i = len(formOrder)
		}
		if c.recipient == app.RecipientPerson {
			return 2*i + 1
		}
		return 2 * i
	}
	slices.SortStableFunc(cols, func(a, b statColumn) int { return rank(a) - rank(b) })
	return cols
}

// statRow is one line of the statistics: its counts per column and its money.
type statRow struct {
	label string
	n     []int
	money int64
}

func (r *statRow) add(col int, s app.AwardStat) {
	r.n[col] += s.N
	r.money += s.Money
}

// StatisticsTable is the statistics sheet of awards: a row per unit kind (its total) followed, when
// withUnits, by its units; a column per form (collective / individual), the total and the money;
// the grand total last.
func StatisticsTable(stats []app.AwardStat, withUnits bool) app.Table {
	t, _ := statisticsTable(stats, withUnits)
	return t
}

// statisticsTable is StatisticsTable with the rows that are a kind's subtotal or the grand total.
func statisticsTable(stats []app.AwardStat, withUnits bool) (app.Table, []int) {
	var totals []int
	cols := statColumns(stats)
	t := app.Table{Header: []string{"Đơn vị"}}
	for _, c := range cols {
		t.Header = append(t.Header, c.label)
	}
	t.Header = append(t.Header, "Tổng số", "Tiền thưởng (đồng)")
	for range len(t.Header) - 1 {
		t.Types = append(t.Types, app.CellInteger)
	}
	t.Types = append([]app.CellType{app.CellText}, t.Types...)
	t.Types[len(t.Types)-1] = app.CellMoney
	colOf := func(s app.AwardStat) int {
		return slices.IndexFunc(cols, func(c statColumn) bool { return c.code == s.FormCode && c.recipient == s.Recipient })
	}
	newRow := func(label string) *statRow { return &statRow{label: label, n: make([]int, len(cols))} }
	total := newRow("Tổng cộng")
	for _, kind := range append(slices.Clone(app.UnitKinds), "") {
		kr := newRow("Khối " + kindName(kind))
		var units []*statRow
		byUnit := map[int64]*statRow{}
		for _, s := range stats {
			if s.UnitKind != kind && !(kind == "" && !slices.Contains(app.UnitKinds, s.UnitKind)) {
				continue
			}
			u := byUnit[s.UnitID]
			if u == nil {
				name := s.UnitName
				if name == "" {
					name = "(không rõ đơn vị)"
				}
				u = newRow(name)
				byUnit[s.UnitID] = u
				units = append(units, u)
			}
			c := colOf(s)
			u.add(c, s)
			kr.add(c, s)
			total.add(c, s)
		}
		if len(units) == 0 {
			continue
		}
		totals = append(totals, len(t.Rows))
		t.Rows = append(t.Rows, kr.cells())
		if withUnits {
			for _, u := range units {
				cells := u.cells()
				cells[0] = "   " + cells[0]
				t.Rows = append(t.Rows, cells)
			}
		}
	}
	totals = append(totals, len(t.Rows))
	t.Rows = append(t.Rows, total.cells())
	return t, totals
}

func (r *statRow) cells() []string {
	out := []string{r.label}
	sum := 0
	for _, n := range r.n {
		out = append(out, strconv.Itoa(n))
		sum += n
	}
	return append(out, strconv.Itoa(sum), strconv.FormatInt(r.money, 10))
}

func kindName(k app.UnitKind) string {
	if k == "" {
		return "khác"
	}
	return lowerKind(k)
}

// Row kinds of the long statistics («Loại dòng»).
const (
	RowUnit  = "Đơn vị"
	RowKind  = "Cộng khối"
	RowTotal = "Tổng cộng"
)

// StatisticsLong is the statistics one row per unit and form — Loại dòng, Khối, Đơn vị, Hình
// thức, Đối tượng, Số lượng, Tiền thưởng — with the totals per kind and form, per form, and the
// grand total marked in «Loại dòng».
func StatisticsLong(stats []app.AwardStat) app.Table {
	t := app.Table{Header: []string{"Loại dòng", "Khối", "Đơn vị", "Hình thức", "Đối tượng", "Số lượng", "Tiền thưởng"},
		Types: []app.CellType{app.CellText, app.CellText, app.CellText, app.CellText, app.CellText, app.CellInteger, app.CellMoney}}
	cols := statColumns(stats)
	type key struct {
		kind app.UnitKind
		col  int
	}
	kinds, forms := map[key]*statRow{}, map[int]*statRow{}
	var n int
	var m int64
	line := func(kindLabel, rowKind, unit string, c statColumn, count int, money int64) {
		t.Rows = append(t.Rows, []string{rowKind, kindLabel, unit, c.formName(), c.recipient.Label(), strconv.Itoa(count), strconv.FormatInt(money, 10)})
	}
	for _, kind := range append(slices.Clone(app.UnitKinds), "") {
		var any bool
		for _, s := range stats {
			if s.UnitKind != kind && !(kind == "" && !slices.Contains(app.UnitKinds, s.UnitKind)) {
				continue
			}
			c := slices.IndexFunc(cols, func(c statColumn) bool { return c.code == s.FormCode && c.recipient == s.Recipient })
			name := s.UnitName
			if name == "" {
				name = "(không rõ đơn vị)"
			}
			line("Khối "+kindName(kind), RowUnit, name, cols[c], s.N, s.Money)
			k := key{kind, c}
			if kinds[k] == nil {
				kinds[k] = &statRow{n: make([]int, 1)}
			}
			if forms[c] == nil {
				forms[c] = &statRow{n: make([]int, 1)}
			}
			kinds[k].add(0, s)
			forms[c].add(0, s)
			n, m, any = n+s.N, m+s.Money, true
		}
		if !any {
			continue
		}
		for c := range cols {
			if r := kinds[key{kind, c}]; r != nil {
				line("Khối "+kindName(kind), RowKind, "", cols[c], r.n[0], r.money)
			}
		}
	}
	for c := range cols {
		if r := forms[c]; r != nil {
			line("", RowTotal, "", cols[c], r.n[0], r.money)
		}
	}
	t.Rows = append(t.Rows, []string{RowTotal, "", "", "Tất cả", "", strconv.Itoa(n), strconv.FormatInt(m, 10)})
	return t
}

// formName is the form without the collective / individual suffix (the long table has a column).
func (c statColumn) formName() string {
	if bothKinds[c.code] {
		for _, suf := range []string{" tập thể", " cá nhân"} {
			if len(c.label) > len(suf) && c.label[len(c.label)-len(suf):] == suf {
				return c.label[:len(c.label)-len(suf)]
			}
		}
	}
	return c.label
}
