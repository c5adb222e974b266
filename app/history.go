package app

// ConsecutiveYears counts the years in a row, ending at endYear, in which hist holds an award of
// formCode: 2022, 2023 and 2024 → 3 for endYear 2024; a gap stops the count. The eligibility rules
// need it (e.g. Luật TĐKT 2022 Điều 22: Chiến sĩ thi đua cấp tỉnh after three consecutive years of
// Chiến sĩ thi đua cơ sở).
func ConsecutiveYears(hist []AwardHistoryItem, formCode FormCode, endYear int) int {
	years := map[int]bool{}
	for _, h := range hist {
		if h.FormCode == formCode {
			years[h.Year] = true
		}
	}
	n := 0
	for y := endYear; years[y]; y-- {
		n++
	}
	return n
}

// Streak is, for each item of hist, the number of consecutive years of the same form ending at
// that item's year — what the history table shows beside each award.
func Streak(hist []AwardHistoryItem) []int {
	out := make([]int, len(hist))
	for i, h := range hist {
		out[i] = ConsecutiveYears(hist, h.FormCode, h.Year)
	}
	return out
}
