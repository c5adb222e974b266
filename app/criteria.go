package app

// Criterion is a tiêu chí (ParentID 0) or a tiêu chí thành phần of a criteria set.
type Criterion struct {
	ID        int64
	SetID     int64
	FieldID   int64
	FieldName string
	ParentID  int64
	Code      string // "2.1", "2.1.a"
	Name      string
	Max       Points
	Guidance  string
	NAAllowed bool // «Không áp dụng» may be chosen for a unit
	Survey    bool // points come from survey figures (satisfied / surveyed × maximum)
	// FromReports: «Chế độ báo cáo», points come from the report tracking (scoring.ReportPoints)
	FromReports bool
	Sort        int
}

// UnitResult is one unit's totals over its criteria set: what the ranking shows.
type UnitResult struct {
	Unit      Unit
	Max       Points // sum of the set's leaf maxima
	Self      Points // tự chấm
	Appraised Points // thẩm định
	Scored    int    // leaves with an appraised score
	Leaves    int    // leaves in the set
	Rank      int    // 1-based, by appraised points; equal points share a rank
}

// Percent is the appraised total as a percentage of the maximum (0 when there is no maximum).
func (r UnitResult) Percent() float64 {
	if r.Max <= 0 {
		return 0
	}
	return float64(r.Appraised) * 100 / float64(r.Max)
}

// RankResults sorts results by appraised points, highest first, and sets Rank; equal totals share a
// rank ("1, 2, 2, 4"). Ties keep the order they came in, which callers make the Vietnamese name order.
func RankResults(rs []UnitResult) {
	// insertion sort: stable, and a district has a few dozen units
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Appraised > rs[j-1].Appraised; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	for i := range rs {
		if i > 0 && rs[i].Appraised == rs[i-1].Appraised {
			rs[i].Rank = rs[i-1].Rank
		} else {
			rs[i].Rank = i + 1
		}
	}
}
