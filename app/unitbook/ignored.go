package unitbook

import (
	"strconv"

	"thidua/app"
	"thidua/app/viet"
)

// proposalColumns are the columns of «Đề nghị khen thưởng» that are read.
var proposalColumns = []string{"Đối tượng", "Họ và tên / Tên tập thể", "Chức vụ", "Hình thức", "Thành tích"}

// ignored lists what was typed where the program does not read it — a score on a parent item, on
// a survey or «Chế độ báo cáo» item, a cell of a column that is not in the form — as «Bỏ qua»
// lines naming the cell and why, so that nothing typed is dropped unseen.
func ignored(rb app.ReturnedBook, set app.CriteriaSet) []app.BookChange {
	return append(ignoredScores(rb, set), ignoredColumns(rb.Proposals, app.BookProposalSheet, proposalColumns)...)
}

func skipped(sheet, cell, item, value, reason string) app.BookChange {
	return app.BookChange{Sheet: sheet, Item: "Ô " + cell + " — " + item, Kind: app.BookSkipped, New: value, Reason: reason}
}

// ignoredScores: a score on a parent item, a survey or «Chế độ báo cáo» item.
func ignoredScores(rb app.ReturnedBook, set app.CriteriaSet) []app.BookChange {
	kind := map[string]app.Criterion{} // the returned sheet holds no flags: the set says which item is scored how
	for _, c := range set.Items {
		kind[c.Code] = c
	}
	var out []app.BookChange
	skip := func(sheet, cell, item, value, reason string) {
		out = append(out, skipped(sheet, cell, item, value, reason))
	}
	for _, c := range rb.Criteria {
		row := strconv.Itoa(c.Row)
		item := c.Code + " " + c.Name
		switch {
		case !c.Leaf:
			for _, v := range []struct{ col, val string }{{"D", c.Self}, {"E", c.NAText}, {"F", c.Note}} {
				if v.val != "" {
					skip(app.BookScoreSheet, v.col+row, item, v.val, "mục có mục con: điểm là tổng các mục con, ô này không được đọc")
				}
			}
		case kind[c.Code].Survey && c.Self != "" && viet.FoldKey(c.Self) != viet.FoldKey("Theo khảo sát"):
			skip(app.BookScoreSheet, "D"+row, item, c.Self, "điểm mục này tính từ kết quả khảo sát, không lấy điểm tự chấm")
		case kind[c.Code].FromReports && c.Self != "" && viet.FoldKey(c.Self) != viet.FoldKey("Theo dõi báo cáo"):
			skip(app.BookScoreSheet, "D"+row, item, c.Self, "điểm «Chế độ báo cáo» do Phòng Nội vụ chấm theo dõi báo cáo, không lấy điểm tự chấm")
		}
	}
	return out
}

// ignoredColumns: a cell of sheet t under a column that is not one of known.
func ignoredColumns(t app.Table, sheet string, known []string) []app.BookChange {
	read := map[string]bool{}
	for _, h := range known {
		read[h] = true
	}
	var out []app.BookChange
	for i, r := range t.Rows {
		for j, v := range r {
			h := ""
			if j < len(t.Header) {
				h = viet.Normalize(t.Header[j])
			}
			if v == "" || read[h] {
				continue
			}
			reason := "cột không có tên trong mẫu, không được đọc"
			if h != "" {
				reason = "cột «" + h + "» không thuộc mẫu, không được đọc"
			}
			out = append(out, skipped(sheet, colName(j)+strconv.Itoa(t.FileRow(i)), "dòng "+strconv.Itoa(t.FileRow(i)), v, reason))
		}
	}
	return out
}

// colName is the spreadsheet letter of the 0-based column j: 0 → A, 26 → AA.
func colName(j int) string {
	s := ""
	for j++; j > 0; j = (j - 1) / 26 {
		s = string(rune('A'+(j-1)%26)) + s
	}
	return s
}
