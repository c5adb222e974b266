package scoring

import (
	"thidua/app"
)

// Leaves are the scored items of a set: those without sub-criteria, in tree order. A criterion
// and its parts are never counted twice.
func Leaves(set app.CriteriaSet) []app.Criterion {
	parent := make(map[int64]bool, len(set.Items))
	for _, c := range set.Items {
		if c.ParentID != 0 {
			parent[c.ParentID] = true
		}
	}
	out := make([]app.Criterion, 0, len(set.Items))
	for _, c := range set.Items {
		if !parent[c.ID] {
			out = append(out, c)
		}
	}
	return out
}

// SetFields are the reform fields a set uses, in the fields' order, numbered from 1.
func SetFields(set app.CriteriaSet) []app.FieldTotal {
	used := map[int64]bool{}
	for _, c := range set.Items {
		used[c.FieldID] = true
	}
	var out []app.FieldTotal
	for _, f := range set.Fields {
		if used[f.ID] {
			out = append(out, app.FieldTotal{FieldID: f.ID, Number: len(out) + 1, Name: f.Name})
		}
	}
	return out
}

// SetMax is the sum of a set's leaf maxima: what «Tổng điểm tối đa» shows while editing.
func SetMax(set app.CriteriaSet) app.Points {
	var m app.Points
	for _, c := range Leaves(set) {
		m += c.Max
	}
	return m
}

// Totals are a unit's points over its set.
type Totals struct {
	Max, Self, Appraised app.Points
	Scored               int // leaves appraised or «Không áp dụng»
	Items                int
	Fields               []app.FieldTotal
}

// UnitTotals adds a unit's scores over the leaves of its set. A leaf marked «Không áp dụng» takes
// its maximum out of the unit's maximum (and of its field's), so the percentage is over what
// applies to the unit.
func UnitTotals(set app.CriteriaSet, scores map[int64]app.Score) Totals {
	return unitTotals(Leaves(set), SetFields(set), scores)
}

func unitTotals(leaves []app.Criterion, fields []app.FieldTotal, scores map[int64]app.Score) Totals {
	t := Totals{Items: len(leaves), Fields: append([]app.FieldTotal(nil), fields...)}
	idx := make(map[int64]int, len(fields))
	for i, f := range t.Fields {
		idx[f.FieldID] = i
	}
	for _, c := range leaves {
		s := scores[c.ID]
		f := &t.Fields[idx[c.FieldID]]
		if s.NA {
			t.Scored++
			continue
		}
		t.Max += c.Max
		f.Max += c.Max
		if s.HasSelf {
			t.Self += s.Self
			f.Self += s.Self
		}
		if s.HasAppraised {
			t.Scored++
			t.Appraised += s.Appraised
			f.Appraised += s.Appraised
		}
	}
	for i := range t.Fields {
		t.Fields[i].Lost = t.Fields[i].Max - t.Fields[i].Appraised
	}
	return t
}

// PercentBP is points / max in hundredths of a percent, rounded half up; 0 without a maximum.
func PercentBP(points, max app.Points) int {
	if max <= 0 {
		return 0
	}
	return int((2*int64(points)*10000 + int64(max)) / (2 * int64(max)))
}

// BandOf is the band of appraised points out of max: the first band (highest first) whose minimum
// the exact ratio reaches — 89,999 % is not 90 %. Bands must be ordered from the highest.
func BandOf(bands []app.Band, appraised, max app.Points) string {
	for _, b := range bands {
		if max > 0 && int64(appraised)*10000 >= int64(b.MinPct)*int64(max) {
			return b.Name
		}
	}
	if len(bands) > 0 {
		return bands[len(bands)-1].Name
	}
	return ""
}
