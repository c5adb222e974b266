package viet

import (
	"testing"
	"time"

	"thidua/app/apperr"
)

func civil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestPlaceDateLine_Cases(t *testing.T) {
	tests := []struct {
		place string
		d     time.Time
		want  string
	}{
		{"Bắc Trà My", civil(2024, 2, 5), "Bắc Trà My, ngày 05 tháng 02 năm 2024"},
		{"Bắc Trà My", civil(2024, 7, 1), "Bắc Trà My, ngày 01 tháng 7 năm 2024"},
		{"Bắc Trà My", civil(2024, 12, 20), "Bắc Trà My, ngày 20 tháng 12 năm 2024"},
		{"Bắc Trà My", civil(2024, 1, 10), "Bắc Trà My, ngày 10 tháng 01 năm 2024"},
		{"Bắc Trà My", civil(2024, 3, 9), "Bắc Trà My, ngày 09 tháng 3 năm 2024"},
		{"Bắc Trà My", civil(2024, 11, 30), "Bắc Trà My, ngày 30 tháng 11 năm 2024"},
		{nfd(" Bắc  Trà My "), civil(2024, 10, 1), "Bắc Trà My, ngày 01 tháng 10 năm 2024"},
		{"", civil(2024, 7, 1), "ngày 01 tháng 7 năm 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := PlaceDateLine(tt.place, tt.d); got != tt.want {
				t.Errorf("PlaceDateLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateWords_OwnLocation(t *testing.T) {
	// 01/07/2024 00:30 in Vietnam is still 30/06 in UTC; the document's date
	// is the one on the signer's calendar.
	ict := time.FixedZone("ICT", 7*3600)
	d := time.Date(2024, 7, 1, 0, 30, 0, 0, ict)
	if got, want := DateWords(d), "ngày 01 tháng 7 năm 2024"; got != want {
		t.Errorf("DateWords = %q, want %q", got, want)
	}
}

func TestFormatDate_Cases(t *testing.T) {
	tests := []struct {
		d           time.Time
		full, short string
	}{
		{civil(2024, 7, 1), "01/07/2024", "01/7/2024"},
		{civil(2024, 2, 5), "05/02/2024", "05/02/2024"},
		{civil(2024, 1, 31), "31/01/2024", "31/01/2024"},
		{civil(2024, 12, 20), "20/12/2024", "20/12/2024"},
		{civil(2023, 4, 27), "27/04/2023", "27/4/2023"},
	}
	for _, tt := range tests {
		t.Run(tt.full, func(t *testing.T) {
			if got := FormatDate(tt.d); got != tt.full {
				t.Errorf("FormatDate = %q, want %q", got, tt.full)
			}
			if got := FormatDateShort(tt.d); got != tt.short {
				t.Errorf("FormatDateShort = %q, want %q", got, tt.short)
			}
			if got, want := ISODate(tt.d), tt.d.Format("2006-01-02"); got != want {
				t.Errorf("ISODate = %q, want %q", got, want)
			}
		})
	}
}

func TestParseDate_Cases(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		msg  string
	}{
		{"01/07/2024", civil(2024, 7, 1), ""},
		{"1/7/2024", civil(2024, 7, 1), ""},
		{" 05/02/2024 ", civil(2024, 2, 5), ""},
		{"2024-07-01", civil(2024, 7, 1), ""},
		{"2024-7-1", civil(2024, 7, 1), ""},
		{"29/02/2024", civil(2024, 2, 29), ""},
		{"32/13/2024", time.Time{}, "'32/13/2024' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"29/02/2023", time.Time{}, "'29/02/2023' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"31/04/2024", time.Time{}, "'31/04/2024' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"1/7/24", time.Time{}, "'1/7/24' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"00/07/2024", time.Time{}, "'00/07/2024' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"01-07-2024", time.Time{}, "'01-07-2024' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"2024/07/01", time.Time{}, "'2024/07/01' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"0000-01-01", time.Time{}, "'0000-01-01' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"ngày 1 tháng 7", time.Time{}, "'ngày 1 tháng 7' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"", time.Time{}, "Chưa nhập ngày (dd/mm/yyyy)."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.msg == "" {
				if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
					t.Fatalf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
				}
				return
			}
			if apperr.ErrorCode(err) != apperr.EINVALID || apperr.ErrorMessage(err) != tt.msg {
				t.Fatalf("ParseDate(%q) error = %v, want %q", tt.in, err, tt.msg)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"01/07/2024", "1/7/2024", "2024-07-01", "32/13/2024", "29/02/2023", "", "9999-12-31", "1/1/0001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if apperr.ErrorCode(err) != apperr.EINVALID {
				t.Fatalf("ParseDate(%q): error code %q", s, apperr.ErrorCode(err))
			}
			return
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
			t.Fatalf("ParseDate(%q) = %v: not 00:00 UTC", s, d)
		}
		for _, text := range []string{FormatDate(d), FormatDateShort(d), ISODate(d)} {
			back, err := ParseDate(text)
			if err != nil || !back.Equal(d) {
				t.Fatalf("ParseDate(%q) = %v; formatted %q reads back as %v, %v", s, d, text, back, err)
			}
		}
	})
}

func TestParseDate_ExcelSerial(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"45667", civil(2025, 1, 10), true},
		{" 45667 ", civil(2025, 1, 10), true},
		{"045667", civil(2025, 1, 10), true},
		{"1", civil(1900, 1, 1), true},
		{"59", civil(1900, 2, 28), true},
		{"61", civil(1900, 3, 1), true},
		{"367", civil(1901, 1, 1), true},
		{"36526", civil(2000, 1, 1), true},
		{"45292", civil(2024, 1, 1), true},
		{"45351", civil(2024, 2, 29), true},
		{"2958465", civil(9999, 12, 31), true},
		{"60", time.Time{}, false}, // Excel's 29/02/1900, a day that never was
		{"0", time.Time{}, false},
		{"2958466", time.Time{}, false},
		{"20240701", time.Time{}, false},
		{"45667.5", time.Time{}, false},
		{"-45667", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDateCell(tt.in)
			if !tt.ok {
				want := "'" + Normalize(tt.in) + "' không phải là ngày hợp lệ (dd/mm/yyyy)."
				if apperr.ErrorCode(err) != apperr.EINVALID || apperr.ErrorMessage(err) != want {
					t.Fatalf("ParseDateCell(%q) = %v, %v; want error %q", tt.in, got, err, want)
				}
				return
			}
			if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// A user typing a bare number in a date field gets an error, never a day of 1905.
func TestParseDate_RefusesSerials(t *testing.T) {
	for _, in := range []string{"2024", "45667", "1"} {
		if _, err := ParseDate(in); apperr.ErrorCode(err) != apperr.EINVALID {
			t.Errorf("ParseDate(%q) accepted a bare number: %v", in, err)
		}
	}
}
