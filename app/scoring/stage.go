package scoring

import (
	"thidua/app"
	"thidua/app/viet"
)

// CheckStage says whether a campaign may go from one stage to another. Forward moves follow the
// year (phát động → chấm điểm → tổng kết); scoring needs every set to check (problems holds their
// CheckSet errors); going back — reopening a summed-up campaign — needs a reason for the audit log.
func CheckStage(from, to app.CampaignStage, reason string, problems []error) error {
	if !to.Valid() {
		return app.Errorf(app.EINVALID, "Trạng thái phong trào không hợp lệ.")
	}
	idx := func(s app.CampaignStage) int {
		for i, x := range app.CampaignStages {
			if x == s {
				return i
			}
		}
		return -1
	}
	switch d := idx(to) - idx(from); {
	case d == 0:
		return app.Errorf(app.EINVALID, "Phong trào đã ở trạng thái «%s».", to.Label())
	case d == 1:
		if to == app.StageScoring && len(problems) > 0 {
			return problems[0]
		}
		return nil
	case d < 0:
		if viet.Normalize(reason) == "" {
			return app.FieldError("Lý do", "Chuyển phong trào từ «%s» về «%s» cần ghi lý do.", from.Label(), to.Label())
		}
		return nil
	}
	return app.Errorf(app.EINVALID, "Phong trào «%s» phải qua «%s» trước khi «%s».", from.Label(), app.StageScoring.Label(), to.Label())
}

// ReadOnly reports whether a campaign's criteria and scores are closed to changes: a summed-up
// campaign is read-only (only its awards may still be revoked).
func ReadOnly(c app.Campaign) error {
	if c.Closed() {
		return app.Errorf(app.ECONFLICT, "Phong trào %d đã tổng kết: không sửa được tiêu chí và điểm. Mở lại phong trào (có lý do) nếu cần sửa.", c.Year)
	}
	return nil
}

// CriteriaLocked reports whether a campaign's criteria are closed to edits: once any unit has an
// appraised score, unless the office unlocked them (with a reason).
func CriteriaLocked(hasAppraised, unlocked bool) bool { return hasAppraised && !unlocked }

// NeedReason refuses an unlock without a reason.
func NeedReason(what, reason string) error {
	if viet.Normalize(reason) == "" {
		return app.FieldError("Lý do", "Mở khóa %s cần ghi lý do (lưu vào nhật ký).", what)
	}
	return nil
}
