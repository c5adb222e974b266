package app

import (
	"math"
	"math/big"
	"testing"
	"time"

	"thidua/app/viet"
)

func TestBonus_Cases(t *testing.T) {
	tests := []struct {
		name       string
		coef, base int64
		want       int64
	}{
		{"GiayKhenCaNhan2024", 300, 2340000, 710000},    // 702.000 → 710.000
		{"GiayKhenTapThe2024", 600, 2340000, 1410000},   // 1.404.000 → 1.410.000
		{"LaoDongTienTien2023", 300, 1800000, 540000},   // exact
		{"TapTheLDTT2024", 800, 2340000, 1880000},       // 1.872.000 → 1.880.000
		{"TapTheLDXS2024", 1500, 2340000, 3510000},      // exact
		{"CSTDCS2024", 1000, 2340000, 2340000},          // exact
		{"BanTDKTExample", 1000, 1112000, 1120000},      // the official example of "lên"
		{"BanTDKTExample2", 1000, 834000, 840000},       // 834.000 → 840.000
		{"OneDongOverRoundsUp", 1000, 1110001, 1120000}, // ceiling, not nearest
		{"FractionalDongRoundsUp", 1, 1, 10000},         // 0,001 đ → 10.000 đ
		{"If2026Rise", 300, 2530000, 760000},            // 759.000 → 760.000
		{"ZeroCoef", 0, 2340000, 0},
		{"ZeroBase", 300, 0, 0},
		{"NegativeCoef", -300, 2340000, 0},
		{"NegativeBase", 300, -2340000, 0},
		{"HugeSaturates", math.MaxInt64, math.MaxInt64, math.MaxInt64 / 10000 * 10000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Bonus(tt.coef, tt.base); got != tt.want {
				t.Errorf("Bonus(%d, %d) = %s, want %s", tt.coef, tt.base, viet.FormatMoney(got), viet.FormatMoney(tt.want))
			}
		})
	}
}

func FuzzBonus(f *testing.F) {
	f.Add(int64(300), int64(2340000))
	f.Add(int64(1), int64(1))
	f.Add(int64(math.MaxInt64), int64(3))
	f.Fuzz(func(t *testing.T, coef, base int64) {
		got := Bonus(coef, base)
		if coef <= 0 || base <= 0 {
			if got != 0 {
				t.Fatalf("Bonus(%d, %d) = %d, want 0", coef, base, got)
			}
			return
		}
		// Reference: ceil(coef × base / 10⁷) × 10⁴ in arbitrary precision.
		p := new(big.Int).Mul(big.NewInt(coef), big.NewInt(base))
		q, r := new(big.Int).QuoRem(p, big.NewInt(10_000_000), new(big.Int))
		if r.Sign() != 0 {
			q.Add(q, big.NewInt(1))
		}
		want := q.Mul(q, big.NewInt(10000))
		if !want.IsInt64() {
			want = big.NewInt(math.MaxInt64 / 10000 * 10000)
		}
		if got != want.Int64() {
			t.Fatalf("Bonus(%d, %d) = %d, want %s", coef, base, got, want)
		}
	})
}

func TestFormatCoefficient_Cases(t *testing.T) {
	tests := []struct {
		th   int64
		want string
	}{
		{300, "0,3"},
		{1500, "1,5"},
		{1000, "1"},
		{250, "0,25"},
		{125, "0,125"},
		{5, "0,005"},
		{0, "0"},
		{12000, "12"},
		{4500, "4,5"},
		{-300, "-0,3"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := FormatCoefficient(tt.th); got != tt.want {
				t.Errorf("FormatCoefficient(%d) = %q, want %q", tt.th, got, tt.want)
			}
		})
	}
}

func TestParseCoefficient_Cases(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0,3", 300, true},
		{"0.3", 300, true},
		{"1", 1000, true},
		{" 1,5 ", 1500, true},
		{"0,25", 250, true},
		{"0,125", 125, true},
		{"12", 12000, true},
		{"0,3333", 0, false},
		{"-0,3", 0, false},
		{"0,", 0, false},
		{",3", 0, false},
		{"1.000,5", 0, false},
		{"0,3x", 0, false},
		{"abc", 0, false},
		{"", 0, false},
		{"1234567890123", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseCoefficient(tt.in)
			if tt.ok {
				if err != nil || got != tt.want {
					t.Fatalf("ParseCoefficient(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
				}
				return
			}
			if ErrorCode(err) != EINVALID {
				t.Fatalf("ParseCoefficient(%q) = %d, %v; want an EINVALID error", tt.in, got, err)
			}
		})
	}
	t.Run("Message", func(t *testing.T) {
		_, err := ParseCoefficient("0,3333")
		if want := "'0,3333' không phải là hệ số hợp lệ (tối đa 3 chữ số thập phân, ví dụ 0,3)."; ErrorMessage(err) != want {
			t.Errorf("message = %q, want %q", ErrorMessage(err), want)
		}
	})
}

func FuzzParseCoefficient(f *testing.F) {
	for _, s := range []string{"0,3", "0.3", "1", "0,3333", "-1", "999999999999,999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		th, err := ParseCoefficient(s)
		if err != nil {
			return
		}
		if th < 0 {
			t.Fatalf("ParseCoefficient(%q) = %d", s, th)
		}
		text := FormatCoefficient(th)
		back, err := ParseCoefficient(text)
		if err != nil || back != th {
			t.Fatalf("ParseCoefficient(%q) = %d; %q reads back as %d, %v", s, th, text, back, err)
		}
	})
}

func TestInForce_BaseSalary(t *testing.T) {
	// Listed out of order on purpose: InForce must not rely on sorting.
	rows := []Dated[int64]{
		{From: civil(2024, 7, 1), Value: 2340000, Ref: "NĐ 73/2024/NĐ-CP"},
		{From: civil(2019, 7, 1), Value: 1490000, Ref: "NĐ 38/2019/NĐ-CP"},
		{From: civil(2023, 7, 1), Value: 1800000, Ref: "NĐ 24/2023/NĐ-CP"},
	}
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name  string
		asOf  time.Time
		want  int64
		found bool
	}{
		{"DayBeforeRise", civil(2024, 6, 30), 1800000, true},
		{"RiseDay", civil(2024, 7, 1), 2340000, true},
		{"RiseDayMorningInVietnam", time.Date(2024, 7, 1, 6, 0, 0, 0, ict), 2340000, true},
		{"LateEveningBeforeRise", time.Date(2024, 6, 30, 23, 59, 0, 0, ict), 1800000, true},
		{"Long after", civil(2025, 12, 31), 2340000, true},
		{"FirstRow", civil(2019, 7, 1), 1490000, true},
		{"BeforeTable", civil(2019, 6, 30), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := InForce(rows, tt.asOf)
			if ok != tt.found || got.Value != tt.want {
				t.Fatalf("InForce(%s) = %d, %v; want %d, %v", viet.FormatDate(tt.asOf), got.Value, ok, tt.want, tt.found)
			}
		})
	}
	t.Run("Empty", func(t *testing.T) {
		if _, ok := InForce[int64](nil, civil(2024, 1, 1)); ok {
			t.Error("InForce(nil) found a row")
		}
	})
	t.Run("BonusOnDecisionDate", func(t *testing.T) {
		base, _ := InForce(rows, civil(2024, 6, 28))
		if got := Bonus(300, base.Value); got != 540000 {
			t.Errorf("Giấy khen signed 28/06/2024 = %s, want 540.000", viet.FormatMoney(got))
		}
		base, _ = InForce(rows, civil(2024, 12, 20))
		if got := Bonus(300, base.Value); got != 710000 {
			t.Errorf("Giấy khen signed 20/12/2024 = %s, want 710.000", viet.FormatMoney(got))
		}
	})
}

func TestRowUsed(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	issued := []time.Time{d(2025, 1, 10)}
	cases := []struct {
		from, next time.Time
		want       bool
	}{
		{d(2024, 7, 1), time.Time{}, true},     // the last row, in force on 10/01/2025
		{d(2024, 7, 1), d(2026, 7, 1), true},   // still in force then
		{d(2023, 7, 1), d(2024, 7, 1), false},  // over before
		{d(2026, 7, 1), time.Time{}, false},    // starts after
		{d(2025, 1, 10), time.Time{}, true},    // from the signing day itself
		{d(2024, 7, 1), d(2025, 1, 10), false}, // ends the day it was signed
	}
	for _, c := range cases {
		if got := RowUsed(c.from, c.next, issued); got != c.want {
			t.Errorf("RowUsed(%s, %s) = %v, want %v", c.from.Format("2006-01-02"), c.next.Format("2006-01-02"), got, c.want)
		}
	}
	if err := CheckBaseSalary(Dated[int64]{From: d(2026, 7, 1), Value: 2530000}); err == nil {
		t.Error("a row without its legal basis passes")
	}
}
