package app

import (
	"strings"
	"testing"
)

func TestSettings_Validate(t *testing.T) {
	good := Settings{Agency: "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", AgencyShort: "UBND huyện Bắc Trà My", Place: "Bắc Trà My",
		Office: "Phòng Nội vụ", Symbol: "QĐ-UBND"}
	if err := good.Validate(); err != nil {
		t.Fatalf("good settings refused: %v", err)
	}
	bad := []struct {
		change func(*Settings)
		says   string
	}{
		{func(s *Settings) { s.Place = "" }, "Địa danh"},
		{func(s *Settings) { s.Agency = "" }, "Cơ quan ban hành"},
		{func(s *Settings) { s.Symbol = "QĐ" }, "không đúng dạng"},
		{func(s *Settings) { s.Symbol = "qđ-ubnd" }, "viết hoa"},
		{func(s *Settings) { s.Symbol = "QĐ--UBND" }, "không đúng dạng"},
	}
	for _, c := range bad {
		s := good
		c.change(&s)
		if err := s.Validate(); err == nil || !strings.Contains(ErrorMessage(err), c.says) {
			t.Errorf("%+v: %v, want a message with %q", s, err, c.says)
		}
	}
	s := Settings{Symbol: " QĐ - UBND ", Place: "  Bắc   Trà My "}
	s.Normalize()
	if s.Symbol != "QĐ-UBND" || s.Place != "Bắc Trà My" {
		t.Errorf("normalized %+v", s)
	}
}
