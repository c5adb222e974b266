package app_test

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func TestCheckHistoricalDecision(t *testing.T) {
	asOf := time.Date(2026, 11, 30, 15, 0, 0, 0, time.Local)
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	dec := func(signed time.Time, certYear, seq int) app.HistoricalDecision {
		return app.HistoricalDecision{Number: 7, Symbol: "QĐ-UBND", SignedOn: signed, Row: 2,
			Awards: []app.HistoricalAward{{Row: 2}, {Row: 3, CertYear: certYear, CertSeq: seq}}}
	}
	live := map[int]int{2025: 18}
	for _, tc := range []struct {
		name string
		h    app.HistoricalDecision
		want string // "" = accepted
	}{
		{"OK", dec(day(2023, 1, 10), 2023, 15), ""},
		{"OKToday", dec(day(2026, 11, 30), 0, 0), ""},
		{"ErrTomorrow", dec(day(2026, 12, 1), 0, 0), "Dòng 2, cột «Ngày quyết định»: ngày 01/12/2026 chưa tới"},
		{"ErrFarFuture", dec(day(2100, 1, 1), 0, 0), "chưa tới"},
		{"ErrLiveRegisterYear", dec(day(2025, 3, 1), 2025, 50), "Dòng 3, cột «Số sổ vàng»: sổ vàng năm 2025 do chương trình cấp số liên tục (đã đến số 2025-018), nên không nhập số 2025-050"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := app.CheckHistoricalDecision(tc.h, asOf, live)
			switch {
			case tc.want == "" && e != nil:
				t.Errorf("refused: %v", e)
			case tc.want != "" && (e == nil || !strings.Contains(e.Error(), tc.want)):
				t.Errorf("got %v, want %q", e, tc.want)
			}
		})
	}
}
