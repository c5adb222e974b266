package app

import (
	"strings"
	"testing"
	"time"
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

func TestSigner_Validate(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	ok := Signer{FullName: "Thái Hoàng Vũ", Title: "Chủ tịch", Mode: SignHead, Active: true, From: d(2021, 7, 1)}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := ok
	bad.To = d(2020, 1, 1)
	if err := bad.Validate(); err == nil || !strings.Contains(ErrorMessage(err), "trước ngày bắt đầu") {
		t.Errorf("a period ending before it starts: %v", err)
	}
	if !ok.ServesOn(d(2025, 1, 10)) || ok.ServesOn(d(2021, 6, 30)) {
		t.Error("ServesOn")
	}
}
