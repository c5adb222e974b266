package app

// DefaultCapPercent is the CSTĐCS cap, as a percentage of LĐTT, when the setting holds no number.
const DefaultCapPercent = 15

// EligibilitySettings are the office's settings the legal checks read.
type EligibilitySettings struct {
	CapEnabled        bool // SettingCapEnabled "1": CSTĐCS capped at CapPercent % of LĐTT
	CapPercent        int  // SettingCapPercent, DefaultCapPercent when empty or not a whole number
	RequireInitiative bool // SettingRequireInitiative "1": CSTĐCS needs a recognised initiative
}

// ReadEligibilitySettings interprets the stored settings (key → value) for the legal checks.
func ReadEligibilitySettings(m map[string]string) EligibilitySettings {
	return EligibilitySettings{
		CapEnabled:        m[SettingCapEnabled] == "1",
		CapPercent:        atoiOr(m[SettingCapPercent], DefaultCapPercent),
		RequireInitiative: m[SettingRequireInitiative] == "1",
	}
}

// atoiOr reads a whole number written with digits only, def when s is empty or holds anything else.
func atoiOr(s string, def int) int {
	if s == "" {
		return def
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return def
		}
		n = n*10 + int(c-'0')
	}
	return n
}
