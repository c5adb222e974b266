package unitbook

import (
	"strconv"
	"strings"
	"unicode"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/scoring"
	"thidua/app/viet"
)

// Make is the workbook of unit u for campaign c: its criteria set with the self-scores stored so
// far, its staff for the drop-down (databaseID names the database making it), the forms and the initiatives' lists.
func Make(databaseID string, c app.Campaign, sh app.UnitSheet, staff []app.Person, forms []app.AwardForm) app.UnitBook {
	u := sh.Unit
	b := app.UnitBook{BookID: app.BookID(databaseID, c.Year, c.ID, u.ID), CampaignID: c.ID, Year: c.Year, CampaignName: c.Name,
		UnitID: u.ID, UnitName: u.Name, SetName: sh.Set.Name}
	used := map[int64]bool{}
	for _, it := range sh.Set.Items {
		used[it.FieldID] = true
	}
	fieldNo := map[int64]int{}
	for _, f := range sh.Set.Fields { // the fields the set uses, numbered in their order
		if used[f.ID] {
			b.Fields = append(b.Fields, f.Name)
			fieldNo[f.ID] = len(b.Fields)
		}
	}
	leaf := map[int64]bool{}
	for _, l := range scoring.Leaves(sh.Set) {
		leaf[l.ID] = true
	}
	for _, it := range sh.Set.Items {
		bc := app.BookCriterion{Code: it.Code, Name: it.Name, Field: fieldNo[it.FieldID], Max: it.Max, Leaf: leaf[it.ID],
			NAAllowed: it.NAAllowed, Survey: it.Survey, FromReports: it.FromReports}
		if s, ok := sh.Scores[it.ID]; ok && bc.Leaf {
			bc.NA, bc.Note = s.NA, s.Note
			if s.HasSelf {
				bc.Self = strconv.FormatFloat(float64(s.Self)/100, 'f', -1, 64)
			}
		}
		b.Criteria = append(b.Criteria, bc)
	}
	for _, p := range staff {
		if p.Active {
			b.Staff = append(b.Staff, p.FullName)
		}
	}
	for _, f := range forms {
		b.Forms = append(b.Forms, f.Name)
	}
	for _, f := range sh.Set.Fields {
		b.ReformFields = append(b.ReformFields, f.Name)
	}
	b.ReformFields = append(b.ReformFields, "Khác")
	for _, k := range initiatives.Kinds {
		b.SolutionKinds = append(b.SolutionKinds, k.Label())
	}
	b.Guide = Guide(b)
	return b
}

// Guide is the text of the «Hướng dẫn» sheet.
func Guide(b app.UnitBook) []string {
	return []string{
		"Sổ này do Phòng Nội vụ gửi để đơn vị " + b.UnitName + " tự chấm điểm, đề nghị khen thưởng và đăng ký sáng kiến trong " + b.CampaignName + ".",
		"1. Trang «" + app.BookScoreSheet + "»: nhập điểm tự chấm vào cột «Tự chấm» (ô màu vàng), từ 0 đến điểm tối đa, theo bậc 0,25. " +
			"Ghi «x» ở cột «Không áp dụng» khi tiêu chí cho phép. Tổng điểm theo lĩnh vực và tổng cộng tự tính ở cuối trang.",
		"2. Trang «" + app.BookProposalSheet + "»: mỗi dòng một đề nghị. Chọn Đối tượng (Cá nhân / Tập thể), họ tên (chọn trong danh sách cán bộ của đơn vị), " +
			"Hình thức (chọn trong danh sách) và ghi tóm tắt thành tích.",
		"3. Trang «" + app.BookInitiativeSheet + "»: mỗi dòng một sáng kiến. Tác giả ghi «Họ tên (tỷ lệ %)», nhiều người cách nhau bằng dấu «;», " +
			"tổng 100%. Ngày ghi dd/mm/yyyy. Nếu đơn vị đã có quyết định công nhận cấp cơ sở, ghi số và ngày quyết định.",
		"4. Không sửa mã, nội dung, điểm tối đa; không đổi tên, thêm hoặc xóa trang. Sổ có mã kiểm tra: sổ bị sửa phần đã khóa sẽ không được nhận.",
		"5. Lưu tệp (giữ định dạng .xlsx) và gửi lại Phòng Nội vụ qua thư điện tử hoặc USB, kèm văn bản báo cáo của đơn vị.",
		"Mã sổ: " + b.BookID + ".",
	}
}

// FileName is the workbook's file name: the unit's short name (else its name) in ASCII, spaces as
// «_»: "So_tu_cham_XaAnBinh_2024.xlsx".
func FileName(u app.Unit, year int) string {
	name := u.ShortName
	if name == "" {
		name = u.Name
	}
	var b strings.Builder
	for _, r := range viet.FoldKey(name) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_':
			b.WriteByte('_')
		}
	}
	s := strings.Trim(b.String(), "_")
	if s == "" {
		s = "don_vi_" + strconv.FormatInt(u.ID, 10)
	}
	return "So_" + s + "_" + strconv.Itoa(year) + ".xlsx"
}
