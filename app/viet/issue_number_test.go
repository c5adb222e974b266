package viet

import (
	"strings"
	"testing"
)

func TestParseIssueNumber(t *testing.T) {
	ok := []struct {
		in   string
		want int
	}{
		{"15", 15}, {" 15 ", 15}, {"015", 15}, {"15/QĐ-UBND", 15}, {"15 / QĐ – UBND", 15},
		{"Số 15/QĐ-UBND", 15}, {"Số: 15/QĐ-UBND", 15}, {"số 15", 15}, {"15/qđ-ubnd", 15},
		{"15/2025/QĐ-UBND", 15},
	}
	for _, c := range ok {
		got, err := ParseIssueNumber(c.in, "QĐ-UBND", 2025)
		if err != nil || got != c.want {
			t.Errorf("ParseIssueNumber(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	bad := []struct{ in, says string }{
		{"", "ví dụ 15 hoặc 15/QĐ-UBND"},
		{"15/QĐ-CT", "Ký hiệu 'QĐ-CT' khác ký hiệu của quyết định này (QĐ-UBND)"},
		{"15/2024/QĐ-UBND", "ghi năm 2024, nhưng quyết định thuộc năm 2025"},
		{"0", "không phải là số quyết định hợp lệ"},
		{"15a", "không đúng dạng"},
		{"1/2/3/4", "không đúng dạng"},
		{"99999999", "không phải là số quyết định hợp lệ"},
	}
	for _, c := range bad {
		_, err := ParseIssueNumber(c.in, "QĐ-UBND", 2025)
		if err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("ParseIssueNumber(%q) = %v; want an error saying %q", c.in, err, c.says)
		}
	}
}
