package lists

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func TestParseInitiatives(t *testing.T) {
	units := []app.Unit{{ID: 1, Name: "UBND xã Trà Giang", ShortName: "Trà Giang"}, {ID: 2, Name: "Phòng Nội vụ"}}
	people := []app.Person{{ID: 10, FullName: "Nguyễn Văn An", UnitID: 1}, {ID: 11, FullName: "Nguyễn Văn An", UnitID: 2},
		{ID: 12, FullName: "Trần Thị Bình", UnitID: 2}}
	fields := []app.ReformField{{ID: 5, Code: "F5", Name: "Hiện đại hóa nền hành chính"}}
	header := columnNamesOf(InitiativeColumns)
	t.Run("OK", func(t *testing.T) {
		tb := table(header,
			[]string{"Số hóa hồ sơ một cửa", "hien dai hoa nen hanh chinh", "Giải pháp tác nghiệp", "Trà Giang",
				"nguyen van an (60%); Tran Thi Binh (30 %); Hồ Văn Ngoài (10%)", "01/03/2024", "12/QĐ-UBND", "02/05/2024"},
			[]string{"Sổ tay", "Khác: Văn hóa", "quản lý", "Phòng Nội vụ", "Trần Thị Bình", "01/03/2024", "5/QĐ-NV", "45413"},
		)
		rs, errs := ParseInitiatives(tb, units, people, fields)
		if len(errs) > 0 || len(rs) != 2 {
			t.Fatalf("rs = %+v, errs = %v", rs, errs)
		}
		r := rs[0]
		if r.FieldID != 5 || r.Kind != app.SolutionOperational || r.UnitID != 1 || r.History[0].Ref != "12/QĐ-UBND" ||
			!r.History[0].On.Equal(time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("row 2 = %+v", r)
		}
		// The namesake in the row's unit; the only Bình; the outsider kept as typed.
		want := []app.Author{{PersonID: 10, FullName: "Nguyễn Văn An", SharePct: 60}, {PersonID: 12, FullName: "Trần Thị Bình", SharePct: 30},
			{FullName: "Hồ Văn Ngoài", SharePct: 10}}
		for i, a := range want {
			if r.Authors[i] != a {
				t.Errorf("author %d = %+v, want %+v", i, r.Authors[i], a)
			}
		}
		if rs[1].FieldOther != "Văn hóa" || rs[1].Authors[0].SharePct != 100 || rs[1].Kind != app.SolutionManagement {
			t.Errorf("row 3 = %+v", rs[1])
		}
	})
	t.Run("ErrRowsAndColumns", func(t *testing.T) {
		tb := table(header,
			[]string{"Số hóa", "Lĩnh vực lạ", "Giải pháp thần kỳ", "UBND xã Không Có", "An (60%); Bình (30%)", "32/13/2024", "", "01/01/2024"},
		)
		_, errs := ParseInitiatives(tb, units, people, fields)
		var got []string
		for _, e := range errs {
			got = append(got, e.Error())
		}
		all := strings.Join(got, "\n")
		for _, w := range []string{"Dòng 2", "«Lĩnh vực»", "«Loại giải pháp»", "«Đơn vị»", "tổng tỷ lệ đóng góp là 90%", "«Ngày áp dụng lần đầu»",
			"«Số quyết định công nhận cấp cơ sở»"} {
			if !strings.Contains(all, w) {
				t.Errorf("errors lack %q:\n%s", w, all)
			}
		}
	})
	t.Run("ErrMissingColumn", func(t *testing.T) {
		_, errs := ParseInitiatives(table(header[:4]), units, people, fields)
		if len(errs) == 0 || !strings.Contains(errs[0].Error(), "Thiếu cột «Tác giả»") {
			t.Errorf("errs = %v", errs)
		}
	})
}

func TestInitiativesTable(t *testing.T) {
	tb := InitiativesTable([]app.InitiativeExportRow{{Year: 2024, Title: "Số hóa", FieldName: "Khác", Kind: app.SolutionApplied,
		UnitName: "Phòng Nội vụ", Authors: []app.Author{{FullName: "A", SharePct: 60}, {FullName: "B", SharePct: 40}},
		FirstApplied: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Step: app.StepCouncil, MeanX100: 7850, Sheets: 4, Result: "Đạt"}})
	row := tb.Rows[0]
	if row[4] != "A (60%); B (40%)" || row[10] != "78,5" || row[12] != "Đạt" || row[9] != "Hội đồng chấm" || row[5] != "01/03/2024" {
		t.Errorf("row = %q", row)
	}
	if len(tb.Header) != len(InitiativeWidths) {
		t.Errorf("%d columns, %d widths", len(tb.Header), len(InitiativeWidths))
	}
}

func TestProposalsCheckedTable(t *testing.T) {
	ps := []app.Proposal{{ID: 1, Recipient: app.RecipientPerson, RecipientName: "Nguyễn Văn An", FormName: "Chiến sĩ thi đua cơ sở"},
		{ID: 2, Recipient: app.RecipientPerson, RecipientName: "Trần Thị Bình", FormName: "Chiến sĩ thi đua cơ sở"}}
	reasons := map[int64][]app.Reason{
		1: {{Severity: app.SeverityOK, Text: "Sáng kiến được công nhận cấp cơ sở.", Cite: "Luật TĐKT 2022, Điều 23"}},
		2: {{Severity: app.SeverityWarning, Text: "Chưa có sáng kiến.", Cite: "Luật TĐKT 2022, Điều 23"}},
	}
	tb := ProposalsCheckedTable(ps, nil, reasons)
	n := len(tb.Header)
	if tb.Header[n-2] != "Kết quả kiểm tra" || tb.Header[n-1] != "Căn cứ" || len(ProposalCheckedWidths) != n {
		t.Fatalf("header = %q, %d widths", tb.Header, len(ProposalCheckedWidths))
	}
	if tb.Rows[0][n-2] != "Đủ điều kiện" || tb.Rows[1][n-2] != "1 cảnh báo" || !strings.Contains(tb.Rows[1][n-1], "(Luật TĐKT 2022, Điều 23)") {
		t.Errorf("rows = %q", tb.Rows)
	}
	// The file still imports back: the new columns are ignored.
	if _, errs := columnIndex(tb, ProposalColumns); len(errs) > 0 {
		t.Errorf("re-import: %v", errs)
	}
}
