package scoring

import "thidua/app"

// ReportPoints are the points of a «Chế độ báo cáo» item from a unit's report statuses: each
// period whose due date has passed counts one equal share of max — a report on time the whole
// share, a late one half, a missing one nothing; periods not due yet do not count. Rounded half up
// to the hundredth. ok is false while no period counts (the item stays unscored).
func ReportPoints(max app.Points, statuses []app.ReportStatus) (p app.Points, ok bool) {
	var halves, counted int64
	for _, s := range statuses {
		switch s.State {
		case app.ReportOnTime:
			halves += 2
		case app.ReportLate:
			halves++
		case app.ReportMissing:
		default:
			continue
		}
		counted++
	}
	if counted == 0 {
		return 0, false
	}
	num, den := int64(max)*halves, 2*counted
	return app.Points((2*num + den) / (2 * den)), true
}
