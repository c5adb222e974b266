// Package scoring holds the rules of the criteria scoring (domain.md §4, the PAR-index practice:
// tự đánh giá → thẩm định → xếp hạng): reading a score, survey points, a unit's totals with
// «Không áp dụng» taken out of its maximum, bands, ranks with ties, the criteria tree, the campaign's
// stages and the self-assessment spreadsheet. Every function is pure: facts in, result out.
package scoring
