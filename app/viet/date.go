package viet

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"thidua/app/apperr"
)

// DateISO is the layout of dates in storage and in file names.
const DateISO = "2006-01-02"

// ISODate formats t as YYYY-MM-DD (its civil date in its own location).
func ISODate(t time.Time) string {
	return t.Format(DateISO)
}

// ndDay and ndMonth pad as NĐ 30/2020 Phụ lục I (địa danh và thời gian ban
// hành văn bản) requires: days below 10 and the months 1 and 2 are written
// with a leading 0; months 3–12 are written as they are. (The usual reason
// given: a lone "1" could be turned into "11" or "12" after signing.)
func ndDay(d int) string {
	if d < 10 {
		return "0" + strconv.Itoa(d)
	}
	return strconv.Itoa(d)
}

func ndMonth(m time.Month) string {
	if m <= 2 {
		return "0" + strconv.Itoa(int(m))
	}
	return strconv.Itoa(int(m))
}

// DateWords writes a date as in the place-and-date line of NĐ 30/2020
// Phụ lục I: "ngày 01 tháng 7 năm 2024", "ngày 05 tháng 02 năm 2024". The
// date is read in t's own location.
func DateWords(t time.Time) string {
	y, m, d := t.Date()
	return "ngày " + ndDay(d) + " tháng " + ndMonth(m) + " năm " + strconv.Itoa(y)
}

// PlaceDateLine is cell 4 of a NĐ 30/2020 document (Phụ lục I): place name,
// a comma, then DateWords — "Bắc Trà My, ngày 05 tháng 02 năm 2024". An empty
// place gives DateWords alone.
func PlaceDateLine(place string, t time.Time) string {
	place = Normalize(place)
	if place == "" {
		return DateWords(t)
	}
	return place + ", " + DateWords(t)
}

// FormatDate writes dd/mm/yyyy with both fields padded, for tables and
// forms: "01/07/2024".
func FormatDate(t time.Time) string {
	return t.Format("02/01/2006")
}

// FormatDateShort writes a date in figures with the NĐ 30/2020 padding, as
// printed on certificates and in "Kèm theo Quyết định số … ngày …":
// "01/7/2024", "05/02/2024", "20/12/2024".
func FormatDateShort(t time.Time) string {
	y, m, d := t.Date()
	return ndDay(d) + "/" + ndMonth(m) + "/" + fmt.Sprintf("%04d", y)
}

// ParseDate reads a civil date typed by a user: "dd/mm/yyyy" or "d/m/yyyy"
// (the Vietnamese order) or "yyyy-mm-dd". The year must have four digits, so
// "1/7/24" is not silently year 24, and a bare number ("2024") is refused —
// only ParseDateCell reads Excel serials. The result is 00:00 UTC of that
// day: dates in this application are civil dates, not instants, and UTC
// keeps them from shifting across zones.
func ParseDate(s string) (time.Time, error) {
	return parseDate(s, false)
}

// ParseDateCell is ParseDate for a spreadsheet cell, which may also hold an
// Excel serial day number ("45667" = 10/01/2025): what a date column holds
// once a file has been through text.
func ParseDateCell(s string) (time.Time, error) {
	return parseDate(s, true)
}

func parseDate(s string, serials bool) (time.Time, error) {
	v := Normalize(s)
	if v == "" {
		return time.Time{}, apperr.Errorf(apperr.EINVALID, "Chưa nhập ngày (dd/mm/yyyy).")
	}
	t, ok := civilDate(splitDate(v))
	if AllDigits(v) {
		t, ok = time.Time{}, false
		if serials {
			t, ok = excelSerialDate(v)
		}
	}
	if ok {
		return t, nil
	}
	return time.Time{}, apperr.Errorf(apperr.EINVALID, "%s không phải là ngày hợp lệ (dd/mm/yyyy).", Quote(v))
}

// Excel's serial day numbers: 1 is 01/01/1900 and 2958465 is 31/12/9999.
// Excel counts a 29/02/1900 that never was (serial 60, kept from Lotus 1-2-3
// for compatibility), so serials from 61 on are one more than the days
// elapsed since 31/12/1899, and 60 is no date.
const (
	maxExcelSerial   = 2958465
	excelFakeLeapDay = 60
)

// excelSerialDate reads a serial day number of Excel's 1900 date system.
func excelSerialDate(v string) (time.Time, bool) {
	if len(v) > 7 {
		return time.Time{}, false
	}
	n, _ := strconv.Atoi(v)
	if n < 1 || n > maxExcelSerial || n == excelFakeLeapDay {
		return time.Time{}, false
	}
	if n > excelFakeLeapDay {
		n--
	}
	return time.Date(1899, 12, 31+n, 0, 0, 0, 0, time.UTC), true
}

// splitDate splits "d/m/yyyy" or "yyyy-m-d" into its fields.
func splitDate(v string) (y, m, d string) {
	if p := strings.Split(v, "/"); len(p) == 3 {
		return p[2], p[1], p[0]
	}
	if p := strings.Split(v, "-"); len(p) == 3 && len(p[0]) == 4 {
		return p[0], p[1], p[2]
	}
	return "", "", ""
}

// civilDate checks the fields (four-digit year, one- or two-digit month and
// day, a day that exists) and returns 00:00 UTC of that date.
func civilDate(y, m, d string) (time.Time, bool) {
	if len(y) != 4 || len(m) < 1 || len(m) > 2 || len(d) < 1 || len(d) > 2 ||
		!AllDigits(y) || !AllDigits(m) || !AllDigits(d) {
		return time.Time{}, false
	}
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	// time.Date turns 31/04 into 01/05; a real date survives unchanged.
	if yi == 0 || t.Year() != yi || int(t.Month()) != mi || t.Day() != di {
		return time.Time{}, false
	}
	return t, true
}
