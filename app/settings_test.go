package app

import "testing"

func TestReadEligibilitySettings(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    map[string]string
		want EligibilitySettings
	}{
		{"nothing stored", nil, EligibilitySettings{CapPercent: 15}},
		{"cap on, 20 %", map[string]string{SettingCapEnabled: "1", SettingCapPercent: "20"}, EligibilitySettings{CapEnabled: true, CapPercent: 20}},
		{"cap on, empty percent", map[string]string{SettingCapEnabled: "1", SettingCapPercent: ""}, EligibilitySettings{CapEnabled: true, CapPercent: 15}},
		{"percent not a number", map[string]string{SettingCapPercent: "15%"}, EligibilitySettings{CapPercent: 15}},
		{"negative percent", map[string]string{SettingCapPercent: "-5"}, EligibilitySettings{CapPercent: 15}},
		{"zero percent kept", map[string]string{SettingCapPercent: "0"}, EligibilitySettings{CapPercent: 0}},
		{"cap «true» is not on", map[string]string{SettingCapEnabled: "true"}, EligibilitySettings{CapPercent: 15}},
		{"initiative required", map[string]string{SettingRequireInitiative: "1"}, EligibilitySettings{CapPercent: 15, RequireInitiative: true}},
		{"initiative «0»", map[string]string{SettingRequireInitiative: "0"}, EligibilitySettings{CapPercent: 15}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ReadEligibilitySettings(tc.m); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestBestLevel(t *testing.T) {
	for _, tc := range []struct {
		in   []RecognitionLevel
		want RecognitionLevel
	}{
		{nil, ""},
		{[]RecognitionLevel{LevelBase}, LevelBase},
		{[]RecognitionLevel{LevelBase, LevelDistrict}, LevelDistrict},
		{[]RecognitionLevel{LevelProvince, LevelBase, LevelDistrict}, LevelProvince},
		{[]RecognitionLevel{LevelDistrict, LevelBase}, LevelDistrict},
	} {
		if got := BestLevel(tc.in); got != tc.want {
			t.Errorf("BestLevel(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
