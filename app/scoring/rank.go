package scoring

import (
	"sort"

	"thidua/app"
)

// UnitFacts are one unit's facts for the ranking: the unit and its scores on its kind's set.
type UnitFacts struct {
	Unit   app.Unit
	Scores map[int64]app.Score
}

// RankKind ranks the units of one kind over their set. A unit with no appraised score is «Chưa
// chấm»: listed after the ranked ones, never ranked as if it scored 0. Ranked units are ordered by
// percentage of their own maximum (units may differ by «Không áp dụng»), then by appraised points;
// equal results share a rank ("1, 2, 2, 4"). Ties keep the order the units came in, which callers
// make the Vietnamese name order.
func RankKind(set app.CriteriaSet, units []UnitFacts, bands []app.Band) []app.RankRow {
	leaves, fields := Leaves(set), SetFields(set)
	rows := make([]app.RankRow, len(units))
	for i, u := range units {
		t := unitTotals(leaves, fields, u.Scores)
		r := app.RankRow{Unit: u.Unit, Max: t.Max, Self: t.Self, Appraised: t.Appraised, Scored: t.Scored,
			Items: t.Items, Fields: t.Fields, Band: app.NotScored}
		if hasAppraisal(u.Scores, leaves) {
			r.PctBP = PercentBP(t.Appraised, t.Max)
			r.Band = BandOf(bands, t.Appraised, t.Max)
			r.Rank = -1 // ranked below
		}
		rows[i] = r
	}
	sort.SliceStable(rows, func(i, j int) bool { return better(rows[i], rows[j]) })
	for i := range rows {
		switch {
		case rows[i].Rank == 0:
		case i > 0 && rows[i-1].Rank > 0 && !better(rows[i-1], rows[i]):
			rows[i].Rank = rows[i-1].Rank
		default:
			rows[i].Rank = i + 1
		}
	}
	return rows
}

// better reports whether a ranks strictly above b: ranked before unranked, then the exact ratio
// appraised/max, then appraised points.
func better(a, b app.RankRow) bool {
	if (a.Rank != 0) != (b.Rank != 0) {
		return a.Rank != 0
	}
	if a.Rank == 0 {
		return false
	}
	l, r := int64(a.Appraised)*int64(b.Max), int64(b.Appraised)*int64(a.Max)
	if l != r {
		return l > r
	}
	return a.Appraised > b.Appraised
}

func hasAppraisal(scores map[int64]app.Score, leaves []app.Criterion) bool {
	for _, c := range leaves {
		if s, ok := scores[c.ID]; ok && s.HasAppraised {
			return true
		}
	}
	return false
}

// Proposals are the proposals the ranking feeds: one per ranked collective whose band is among
// bands, for form formCode, with the result as its achievement.
func Proposals(r app.Ranking, bands []string, formCode string) []app.Proposal {
	want := map[string]bool{}
	for _, b := range bands {
		want[b] = true
	}
	var out []app.Proposal
	for _, k := range r.Kinds {
		for _, row := range k.Rows {
			if row.Rank == 0 || !want[row.Band] {
				continue
			}
			out = append(out, app.Proposal{CampaignID: r.Campaign.ID, UnitID: row.Unit.ID, Recipient: app.RecipientUnit,
				RecipientUnitID: row.Unit.ID, FormCode: formCode,
				Achievement: "Xếp loại «" + row.Band + "» (" + row.Percent() + "%, hạng " + itoa(row.Rank) + " khối " +
					k.Kind.Label() + ") trong đánh giá, xếp loại công tác cải cách hành chính năm " + itoa(r.Campaign.Year)})
		}
	}
	return out
}
