package app

import (
	"fmt"
	"time"
)

// CheckHistoricalDecision is the rule for one past decision about to be imported, given the facts
// the file cannot know: asOf (today) and, per year, the highest certificate number the program has
// issued itself (liveRegister; a year absent has none).
//
//   - A past decision is signed: a date after asOf is refused (a future date is a typing mistake).
//   - The register of a year the program numbers is gapless (the check «Sổ vàng … có số bị bỏ
//     trống» relies on it): a number from old records cannot be put into such a year, or it would
//     open a gap or take a number the program is about to give.
func CheckHistoricalDecision(h HistoricalDecision, asOf time.Time, liveRegister map[int]int) *Error {
	today := time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC)
	if h.SignedOn.After(today) {
		e := FieldError("Ngày quyết định", "%s: ngày %s chưa tới (hôm nay là %s): quyết định cũ phải là quyết định đã ký. Hãy kiểm tra lại ngày.",
			FieldPrefix("Ngày quyết định"), h.SignedOn.Format("02/01/2006"), today.Format("02/01/2006"))
		e.Row = h.Row
		return e
	}
	for _, a := range h.Awards {
		if a.CertYear == 0 {
			continue
		}
		if last, ok := liveRegister[a.CertYear]; ok {
			e := FieldError("Số sổ vàng", "%s: sổ vàng năm %d do chương trình cấp số liên tục (đã đến số %s), nên không nhập số %s từ hồ sơ cũ vào năm này. Hãy để trống ô này, hoặc sửa lại số cho đúng.",
				FieldPrefix("Số sổ vàng"), a.CertYear, fmt.Sprintf("%d-%03d", a.CertYear, last), fmt.Sprintf("%d-%03d", a.CertYear, a.CertSeq))
			e.Row = a.Row
			return e
		}
	}
	return nil
}
