package initiatives

import (
	"slices"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// next is the pipeline: which step may follow which (domain.md §3.2, Bắc Trà My's practice).
// District recognition is not taken here one by one: it is the chairman's decision over the
// initiatives the council passed (Recognize).
var next = map[app.InitiativeStep][]app.InitiativeStep{
	app.StepRegistered:         {app.StepBaseRecognised},
	app.StepBaseRecognised:     {app.StepDistrictProposed},
	app.StepDistrictProposed:   {app.StepCouncil},
	app.StepCouncil:            {app.StepDistrictRecognised, app.StepRejected},
	app.StepDistrictRecognised: {app.StepProvinceProposed},
}

// Current is the step reached: the last of the history, StepRegistered for none.
func Current(history []app.StepRecord) app.InitiativeStep {
	if len(history) == 0 {
		return app.StepRegistered
	}
	return history[len(history)-1].Step
}

// NextSteps are the steps that may follow the current one.
func NextSteps(history []app.StepRecord) []app.InitiativeStep {
	return next[Current(history)]
}

// Status is the stored status of an initiative at a step (the older, coarser column).
func Status(s app.InitiativeStep) app.InitiativeStatus {
	switch s {
	case app.StepDistrictProposed:
		return app.InitiativeSubmitted
	case app.StepCouncil:
		return app.InitiativeReviewing
	case app.StepDistrictRecognised, app.StepProvinceProposed:
		return app.InitiativeRecognised
	case app.StepRejected:
		return app.InitiativeRejected
	}
	return app.InitiativeRegistered
}

// Advance checks that s may follow the history: an allowed step, dated, not before the last
// step (the registration aside); a base recognition needs the unit's decision number, a refusal its reason.
func Advance(history []app.StepRecord, s app.StepRecord) error {
	cur := Current(history)
	if !slices.Contains(next[cur], s.Step) {
		return app.Errorf(app.ECONFLICT, "Sáng kiến đang ở bước «%s», không chuyển sang «%s» được.", cur.Label(), s.Step.Label())
	}
	if s.Step == app.StepDistrictRecognised {
		return app.Errorf(app.ECONFLICT, "Công nhận cấp huyện được ghi bằng quyết định công nhận cho các sáng kiến đạt điểm.")
	}
	if s.On.IsZero() {
		return app.FieldError("Ngày", "%s: hãy ghi ngày của bước «%s».", app.FieldPrefix("Ngày"), s.Step.Label())
	}
	// The registration is dated the day it was entered, which may come after the unit's decision
	// when past initiatives are caught up with: only the later steps keep their order.
	if len(history) > 0 && history[len(history)-1].Step != app.StepRegistered && s.On.Before(history[len(history)-1].On) {
		return app.FieldError("Ngày", "%s %s ở trước ngày của bước trước (%s).", app.FieldPrefix("Ngày"),
			viet.FormatDate(s.On), viet.FormatDate(history[len(history)-1].On))
	}
	switch {
	case s.Step == app.StepBaseRecognised && viet.Normalize(s.Ref) == "":
		return app.FieldError("Số quyết định", "%s: hãy ghi số quyết định công nhận của đơn vị.", app.FieldPrefix("Số quyết định"))
	case s.Step == app.StepRejected && viet.Normalize(s.Note) == "":
		return app.FieldError("Lý do", "%s: hãy ghi lý do không công nhận.", app.FieldPrefix("Lý do"))
	}
	return nil
}

// Recognize checks the chairman's decision recognising initiatives at district level: a number,
// a date, and every initiative at the council step with a passing result.
func Recognize(decisionNo string, on time.Time, steps map[int64][]app.StepRecord, results map[int64]app.CouncilResult, titles map[int64]string) error {
	if viet.Normalize(decisionNo) == "" {
		return app.FieldError("Số quyết định", "%s: hãy ghi số quyết định công nhận.", app.FieldPrefix("Số quyết định"))
	}
	if on.IsZero() {
		return app.FieldError("Ngày quyết định", "%s: hãy ghi ngày ký quyết định.", app.FieldPrefix("Ngày quyết định"))
	}
	if len(steps) == 0 {
		return app.Errorf(app.EINVALID, "Hãy chọn ít nhất một sáng kiến đạt điểm.")
	}
	for id, h := range steps {
		if Current(h) != app.StepCouncil {
			return app.Errorf(app.ECONFLICT, "Sáng kiến «%s» không ở bước Hội đồng chấm.", titles[id])
		}
		if r := results[id]; !r.Passed {
			return app.Errorf(app.ECONFLICT, "Sáng kiến «%s» chưa đạt điểm (%s/%d, %d phiếu).", titles[id], MeanText(r.MeanX100), r.Threshold, r.Sheets)
		}
		if on.Before(h[len(h)-1].On) {
			return app.Errorf(app.EINVALID, "Ngày quyết định ở trước ngày hội đồng chấm sáng kiến «%s».", titles[id])
		}
	}
	return nil
}
