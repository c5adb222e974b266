// Package eligibility runs the legal checks of a proposal for an award (Luật Thi đua, khen thưởng
// 2022, NĐ 98/2023, NĐ 152/2025) on facts that storage gathers (EligibilityFacts), as of a date.
// It returns reasons with the article cited, never a bare yes or no.
package eligibility
