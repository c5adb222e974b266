package app

import (
	"strings"

	"thidua/app/viet"
)

// OfficeKeys are the settings a decision prints (the agency, the place, the symbol): they are
// copied to a decision when it is issued, so that a later change never alters it.
var OfficeKeys = []string{SettingParentAgency, SettingAgency, SettingAgencyShort, SettingPlace, SettingOffice, SettingSymbol}

// Values lists the settings by key, for storing.
func (s Settings) Values() map[string]string {
	return map[string]string{SettingParentAgency: s.ParentAgency, SettingAgency: s.Agency, SettingAgencyShort: s.AgencyShort,
		SettingPlace: s.Place, SettingOffice: s.Office, SettingSymbol: s.Symbol}
}

// ReadSettings is Settings from stored values by key.
func ReadSettings(m map[string]string) Settings {
	return Settings{ParentAgency: m[SettingParentAgency], Agency: m[SettingAgency], AgencyShort: m[SettingAgencyShort],
		Place: m[SettingPlace], Office: m[SettingOffice], Symbol: m[SettingSymbol]}
}

// Normalize composes and trims every field (NFC, inner spaces folded); the symbol loses spaces.
func (s *Settings) Normalize() {
	for _, f := range []*string{&s.ParentAgency, &s.Agency, &s.AgencyShort, &s.Place, &s.Office} {
		*f = viet.Normalize(*f)
	}
	s.Symbol = strings.ReplaceAll(viet.Normalize(s.Symbol), " ", "")
}

// Validate checks the office's names: all but the parent agency are required, and the symbol is
// a NĐ 30/2020 ký hiệu (letters and digits in parts joined by «-», like «QĐ-UBND»).
func (s Settings) Validate() error {
	for _, f := range []struct{ name, v string }{{"Cơ quan ban hành", s.Agency}, {"Tên viết tắt", s.AgencyShort},
		{"Địa danh", s.Place}, {"Cơ quan tham mưu", s.Office}, {"Ký hiệu quyết định", s.Symbol}} {
		if err := viet.RequireText(f.name, f.v, 200); err != nil {
			return err
		}
	}
	return CheckSymbol(s.Symbol)
}

// CheckSymbol accepts a ký hiệu such as «QĐ-UBND» or «QĐ-CT»: parts of letters and digits
// joined by «-», the first a kind of document.
func CheckSymbol(sym string) error {
	parts := strings.Split(sym, "-")
	ok := len(parts) >= 2
	for _, p := range parts {
		if p == "" {
			ok = false
		}
		for _, r := range p {
			if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == 'Đ') {
				ok = false
			}
		}
	}
	if !ok {
		return &Error{Code: EINVALID, Field: "Ký hiệu quyết định",
			Message: "Ký hiệu quyết định " + viet.Quote(sym) + " không đúng dạng: viết hoa, các phần nối bằng dấu gạch ngang, ví dụ QĐ-UBND."}
	}
	return nil
}
