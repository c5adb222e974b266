package app

import (
	"time"

	"thidua/app/viet"
)

// DefaultTarget is the total maximum of a criteria set unless the office says otherwise.
const DefaultTarget Points = 100_00

// CriteriaSet is the bộ tiêu chí of one unit kind in a campaign: reform fields → criteria →
// sub-criteria, in Items in tree order (a parent before its children).
type CriteriaSet struct {
	ID         int64
	CampaignID int64
	Kind       UnitKind
	Name       string
	Target     Points // the total maximum the leaves must reach (100 unless the office says otherwise)
	Items      []Criterion
	Fields     []ReformField // the reform fields, in their order
}

// Score is a unit's entry on one scored item (a leaf of its set).
type Score struct {
	CriterionID  int64
	Self         Points
	Appraised    Points
	HasSelf      bool
	HasAppraised bool
	NA           bool // «Không áp dụng»: the item's maximum leaves the unit's total maximum
	Note         string
	Surveyed     int // survey criteria: people surveyed …
	Satisfied    int // … and satisfied
	Evidence     []Evidence
}

// Evidence is a tài liệu kiểm chứng kept in the evidence folder beside the database.
type Evidence struct {
	ID      int64
	Name    string // the file's own name
	SHA256  string
	Size    int64
	Path    string // where the copy lives
	AddedAt time.Time
}

// Band is a xếp loại with the lowest percentage it takes, in hundredths of a percent (9000 = 90 %).
type Band struct {
	Name   string
	MinPct int
}

// DefaultBands are Xuất sắc ≥ 90 %, Tốt 80–< 90 %, Khá 70–< 80 %, Trung bình 50–< 70 %, Yếu < 50 %.
// The cut-offs are the office's to change (domain.md §4: not confirmed in a source).
func DefaultBands() []Band {
	return []Band{{"Xuất sắc", 9000}, {"Tốt", 8000}, {"Khá", 7000}, {"Trung bình", 5000}, {"Yếu", 0}}
}

// NotScored is the band of a unit without an appraised score.
const NotScored = "Chưa chấm"

// FieldTotal is a unit's points in one reform field of its set.
type FieldTotal struct {
	FieldID   int64
	Number    int // 1-based order of the field in the set
	Name      string
	Max       Points // after «Không áp dụng»
	Self      Points
	Appraised Points
	Lost      Points // Max − Appraised: where the unit fell short
}

// RankRow is one unit in the ranking of its kind.
type RankRow struct {
	Unit      Unit
	Max       Points // the unit's total maximum, after «Không áp dụng»
	Self      Points
	Appraised Points
	PctBP     int    // appraised / max in hundredths of a percent, rounded half up
	Rank      int    // 1-based; equal totals share a rank; 0 = Chưa chấm
	Band      string // a Band name, or NotScored
	Scored    int    // scored items with an appraised score (or «Không áp dụng»)
	Items     int    // scored items of the set
	Fields    []FieldTotal
}

// Percent is the percentage as the office writes it: "91,44".
func (r RankRow) Percent() string { return viet.FormatFixed(int64(r.PctBP), 2) }

// KindRanking is the ranking of one unit kind.
type KindRanking struct {
	Kind UnitKind
	Rows []RankRow
}

// Ranking is a campaign's ranking, per unit kind in the office's order.
type Ranking struct {
	Campaign Campaign
	Bands    []Band
	Kinds    []KindRanking
}

// BandCounts counts the ranked units of every band (and the unscored ones under NotScored).
func (r Ranking) BandCounts() map[string]int {
	m := map[string]int{}
	for _, k := range r.Kinds {
		for _, row := range k.Rows {
			m[row.Band]++
		}
	}
	return m
}

// UnitSheet is what the scoring grid of one unit shows: its set, its scores, its locks.
type UnitSheet struct {
	Campaign       Campaign
	Unit           Unit
	Set            CriteriaSet
	Scores         map[int64]Score // by criterion
	Locked         bool            // appraisal locked for this unit
	CriteriaLocked bool
}

// ScoreEdit is one cell typed in the grid, kept as typed until saved.
type ScoreEdit struct {
	CriterionID int64
	Self        string // "" clears
	Appraised   string
	Note        string
	NA          bool
	Surveyed    string // survey criteria only
	Satisfied   string
}

// ScoreRow is one line of the scores export: an active unit and a scored item of its set.
type ScoreRow struct {
	Kind      UnitKind
	Unit      string
	Code      string
	Name      string
	Max       Points
	NA        bool
	Self      string // "" when not scored
	Appraised string
	Note      string
}
