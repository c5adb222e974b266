package app

import (
	"testing"
)

func TestFundExceeded_AtItsEdge(t *testing.T) {
	f := Fund{Set: true, Amount: 10_000_000, Issued: 7_000_000}
	for _, c := range []struct {
		money int64
		want  bool
	}{{0, false}, {2_999_999, false}, {3_000_000, false}, {3_000_001, true}, {50_000_000, true}} {
		if got := FundExceeded(f, c.money); got != c.want {
			t.Errorf("issued 7.000.000 + %d of 10.000.000: exceeded = %v, want %v", c.money, got, c.want)
		}
	}
	if FundExceeded(Fund{Issued: 7_000_000}, 1<<40) {
		t.Error("a fund not entered warned")
	}
	if FundExceeded(Fund{Set: true, Amount: 0}, 0) || !FundExceeded(Fund{Set: true, Amount: 0}, 1) {
		t.Error("a fund of 0 đồng: nothing is within it, any money exceeds it")
	}
	if w := FundWarning(f, 3_000_000, 2024); w != "" {
		t.Errorf("exactly the fund warned: %q", w)
	}
	if w := FundWarning(f, 3_000_001, 2024); w != "Cảnh báo: quyết định này (3.000.001 đồng) cộng với các quyết định đã ban hành (7.000.000 đồng) vượt Quỹ thi đua, khen thưởng năm 2024 (10.000.000 đồng) 1 đồng." {
		t.Errorf("one đồng over: %q", w)
	}
	if r := f.Remaining(); r != 3_000_000 {
		t.Errorf("remaining %d", r)
	}
}

func TestYearsFilled(t *testing.T) {
	got := YearsFilled([]YearFigure{{Year: 2020, Awards: 3, Money: 10}, {Year: 2023, Awards: 1, Money: 5}}, 2019, 2024)
	if len(got) != 6 || got[0].Year != 2019 || got[0].Awards != 0 || got[1].Awards != 3 || got[4].Money != 5 || got[5].Year != 2024 {
		t.Errorf("%+v", got)
	}
}
