package viet

import (
	"testing"

	"thidua/app/apperr"
)

func TestDecisionNumber_Cases(t *testing.T) {
	tests := []struct {
		n         int
		sym, want string
	}{
		{7, "QĐ-UBND", "07/QĐ-UBND"},
		{1, "QĐ-UBND", "01/QĐ-UBND"},
		{10, "QĐ-UBND", "10/QĐ-UBND"},
		{123, "QĐ-UBND", "123/QĐ-UBND"},
		{12, "TTr-NV", "12/TTr-NV"},
		{5, nfd(" QĐ-UBND "), "05/QĐ-UBND"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := DecisionNumber(tt.n, tt.sym); got != tt.want {
				t.Errorf("DecisionNumber = %q, want %q", got, tt.want)
			}
			if got := DecisionNumberLine(tt.n, tt.sym); got != "Số: "+tt.want {
				t.Errorf("DecisionNumberLine = %q, want %q", got, "Số: "+tt.want)
			}
		})
	}
}

func TestParseDecisionNumber_Cases(t *testing.T) {
	tests := []struct {
		in  string
		n   int
		sym string
		ok  bool
	}{
		{"07/QĐ-UBND", 7, "QĐ-UBND", true},
		{"7/QĐ-UBND", 7, "QĐ-UBND", true},
		{"Số: 07/QĐ-UBND", 7, "QĐ-UBND", true},
		{"số:07/QĐ-UBND", 7, "QĐ-UBND", true},
		{"SỐ 123/QĐ-UBND", 123, "QĐ-UBND", true},
		{"So: 12/TTr-NV", 12, "TTr-NV", true},
		{" 07 / QĐ - UBND ", 7, "QĐ-UBND", true},
		{"07/QĐ–UBND", 7, "QĐ-UBND", true}, // en dash from a word processor
		{nfd("07/QĐ-UBND"), 7, "QĐ-UBND", true},
		{"1869/QĐ-UBND", 1869, "QĐ-UBND", true},
		{"0/QĐ-UBND", 0, "", false},
		{"07QĐ-UBND", 0, "", false},
		{"07/", 0, "", false},
		{"/QĐ-UBND", 0, "", false},
		{"07/QĐ--UBND", 0, "", false},
		{"07/QĐ-", 0, "", false},
		{"07/QĐ UBND", 0, "", false},
		{"07/2024/QĐ-UBND", 0, "", false},
		{"07/1QĐ", 0, "", false},
		{"-7/QĐ-UBND", 0, "", false},
		{"12345678/QĐ", 0, "", false},
		{"Số:", 0, "", false},
		{"Sở Nội vụ", 0, "", false},
		{"", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, sym, err := ParseDecisionNumber(tt.in)
			if tt.ok {
				if err != nil || n != tt.n || sym != tt.sym {
					t.Fatalf("ParseDecisionNumber(%q) = %d, %q, %v; want %d, %q", tt.in, n, sym, err, tt.n, tt.sym)
				}
				return
			}
			if err == nil {
				t.Fatalf("ParseDecisionNumber(%q) = %d, %q; want an error", tt.in, n, sym)
			}
			want := "Số quyết định " + Quote(Normalize(tt.in)) + " không đúng dạng số/ký hiệu, ví dụ 07/QĐ-UBND."
			if tt.in == "07/QĐ–UBND" {
				want = ""
			}
			if apperr.ErrorCode(err) != apperr.EINVALID || (want != "" && apperr.ErrorMessage(err) != want) {
				t.Fatalf("ParseDecisionNumber(%q) error = %q (%s), want %q", tt.in, apperr.ErrorMessage(err), apperr.ErrorCode(err), want)
			}
		})
	}
}

func TestParseDecisionNumber_Message(t *testing.T) {
	_, _, err := ParseDecisionNumber("7 QĐ")
	if want := "Số quyết định '7 QĐ' không đúng dạng số/ký hiệu, ví dụ 07/QĐ-UBND."; apperr.ErrorMessage(err) != want {
		t.Errorf("message = %q, want %q", apperr.ErrorMessage(err), want)
	}
}

func TestCertificateNumber_Cases(t *testing.T) {
	tests := []struct {
		year, seq int
		want      string
	}{
		{2024, 15, "2024-015"},
		{2024, 1, "2024-001"},
		{2024, 999, "2024-999"},
		{2024, 1234, "2024-1234"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := CertificateNumber(tt.year, tt.seq); got != tt.want {
				t.Errorf("CertificateNumber(%d, %d) = %q, want %q", tt.year, tt.seq, got, tt.want)
			}
		})
	}
}

func FuzzParseDecisionNumber(f *testing.F) {
	for _, s := range []string{"07/QĐ-UBND", "Số: 07/QĐ-UBND", "7/QĐ-UBND", " 12 / TTr - NV", "0/QĐ", "Số 1/A", "07/QĐ–UBND", "số:  9999999/X-Y-Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, sym, err := ParseDecisionNumber(s)
		if err != nil {
			if apperr.ErrorCode(err) != apperr.EINVALID {
				t.Fatalf("ParseDecisionNumber(%q): code %q", s, apperr.ErrorCode(err))
			}
			return
		}
		if n <= 0 || sym == "" || sym != Normalize(sym) {
			t.Fatalf("ParseDecisionNumber(%q) = %d, %q", s, n, sym)
		}
		for _, text := range []string{DecisionNumber(n, sym), DecisionNumberLine(n, sym)} {
			n2, sym2, err := ParseDecisionNumber(text)
			if err != nil || n2 != n || sym2 != sym {
				t.Fatalf("ParseDecisionNumber(%q) = %d, %q; %q reads back as %d, %q, %v", s, n, sym, text, n2, sym2, err)
			}
		}
	})
}
