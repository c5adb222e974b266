package viet

import (
	"strings"
	"testing"

	"thidua/app/apperr"
)

// checkErr asserts that err is an EINVALID *Error for field with message want
// ("" = no error expected).
func checkErr(t *testing.T, err error, field, want string) {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatalf("unexpected error %v", err)
		}
		return
	}
	e, ok := err.(*apperr.Error)
	if !ok {
		t.Fatalf("error = %#v, want *Error %q", err, want)
	}
	if e.Code != apperr.EINVALID || e.Field != field || e.Message != want {
		t.Fatalf("error = {%q %q %q}, want {%q %q %q}", e.Code, e.Field, e.Message, apperr.EINVALID, field, want)
	}
}

func TestRequireText_Cases(t *testing.T) {
	tests := []struct {
		name, value string
		max         int
		want        string
	}{
		{"OK", "Nguyễn Văn An", 200, ""},
		{"Empty", "", 200, "Trường «Họ và tên» không được để trống."},
		{"Blank", " \u00a0\t", 200, "Trường «Họ và tên» không được để trống."},
		{"InvisibleOnly", "\u200b", 200, "Trường «Họ và tên» không được để trống."},
		{"TooLong", strings.Repeat("a", 201), 200, "Trường «Họ và tên» dài quá 200 ký tự."},
		{"ExactlyMax", strings.Repeat("ễ", 200), 200, ""},
		{"DecomposedCountsAsComposed", nfd(strings.Repeat("ễ", 200)), 200, ""},
		{"SpacesFoldedBeforeCounting", "a" + strings.Repeat(" ", 300) + "b", 3, ""},
		{"NoLimit", strings.Repeat("a", 5000), 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkErr(t, RequireText("Họ và tên", tt.value, tt.max), "Họ và tên", tt.want)
		})
	}
}

func TestCheckYear_Cases(t *testing.T) {
	tests := []struct {
		name string
		y    int
		want string
	}{
		{"OK", 1985, ""},
		{"Min", 1940, ""},
		{"Max", 2010, ""},
		{"TooOld", 1939, "Trường «Năm sinh»: năm 1939 phải nằm trong khoảng 1940–2010."},
		{"TooYoung", 2011, "Trường «Năm sinh»: năm 2011 phải nằm trong khoảng 1940–2010."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkErr(t, CheckYear("Năm sinh", tt.y, 1940, 2010), "Năm sinh", tt.want)
		})
	}
}

func TestParseYear_Cases(t *testing.T) {
	tests := []struct {
		in   string
		y    int
		want string
	}{
		{"1985", 1985, ""},
		{" 2024 ", 2024, ""},
		{"19a5", 0, "Trường «Năm sinh»: '19a5' không phải là năm hợp lệ."},
		{"85", 0, "Trường «Năm sinh»: '85' không phải là năm hợp lệ."},
		{"0985", 0, "Trường «Năm sinh»: '0985' không phải là năm hợp lệ."},
		{"-1985", 0, "Trường «Năm sinh»: '-1985' không phải là năm hợp lệ."},
		{"١٩٨٥", 0, "Trường «Năm sinh»: '١٩٨٥' không phải là năm hợp lệ."},
		{"", 0, "Trường «Năm sinh» không được để trống."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			y, err := ParseYear("Năm sinh", tt.in)
			checkErr(t, err, "Năm sinh", tt.want)
			if y != tt.y {
				t.Errorf("ParseYear(%q) = %d, want %d", tt.in, y, tt.y)
			}
		})
	}
}

func TestCheckEmail_Cases(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"noivu@bactramy.quangnam.gov.vn", ""},
		{" an.nguyen@gmail.com ", ""},
		{"abc", "Trường «Email»: 'abc' không phải là địa chỉ email hợp lệ."},
		{"a@b", "Trường «Email»: 'a@b' không phải là địa chỉ email hợp lệ."},
		{"a@b.", "Trường «Email»: 'a@b.' không phải là địa chỉ email hợp lệ."},
		{"An <an@gmail.com>", "Trường «Email»: 'An <an@gmail.com>' không phải là địa chỉ email hợp lệ."},
		{"an @gmail.com", "Trường «Email»: 'an @gmail.com' không phải là địa chỉ email hợp lệ."},
		{"a@@b.vn", "Trường «Email»: 'a@@b.vn' không phải là địa chỉ email hợp lệ."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			checkErr(t, CheckEmail("Email", tt.in), "Email", tt.want)
		})
	}
}

func TestCheckPhone_Cases(t *testing.T) {
	const bad = "không phải là số điện thoại hợp lệ (8–15 chữ số)."
	tests := []struct{ in, want string }{
		{"", ""},
		{"0905 123 456", ""},
		{"0235.3882.123", ""},
		{"+84-905-123-456", ""},
		{"02353882", ""},
		{"1234567", "Trường «Điện thoại»: '1234567' " + bad},
		{"1234567890123456", "Trường «Điện thoại»: '1234567890123456' " + bad},
		{"0905 12a 456", "Trường «Điện thoại»: '0905 12a 456' " + bad},
		{"0905+123456", "Trường «Điện thoại»: '0905+123456' " + bad},
		{"(0235) 3882123", "Trường «Điện thoại»: '(0235) 3882123' " + bad},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			checkErr(t, CheckPhone("Điện thoại", tt.in), "Điện thoại", tt.want)
		})
	}
}

func TestQuoteInput_Long(t *testing.T) {
	got := Quote(strings.Repeat("ệ", 100))
	if want := "'" + strings.Repeat("ệ", 40) + "…'"; got != want {
		t.Errorf("quoteInput = %q, want %q", got, want)
	}
}
