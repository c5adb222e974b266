package lists

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// testForms is the catalogue as the migration seeds it.
var testForms = []app.AwardForm{
	{Code: "giay_khen", Name: "Giấy khen", Kind: "form", Recipient: "both"},
	{Code: "ldtt", Name: "Lao động tiên tiến", Kind: "title", Recipient: "person"},
	{Code: "cstdcs", Name: "Chiến sĩ thi đua cơ sở", Kind: "title", Recipient: "person"},
	{Code: "tt_ldtt", Name: "Tập thể lao động tiên tiến", Kind: "title", Recipient: "unit"},
	{Code: "tt_ldxs", Name: "Tập thể lao động xuất sắc", Kind: "title", Recipient: "unit"},
	{Code: "cstd_tinh", Name: "Chiến sĩ thi đua cấp tỉnh", Kind: "title", Recipient: "person"},
	{Code: "bang_khen_tinh", Name: "Bằng khen của Chủ tịch UBND tỉnh", Kind: "form", Recipient: "both"},
}

// testPeople are the staff of testUnits: two namesakes of one gender in
// Trà Bui, two of different genders in Trà Đốc, and a namesake of Hồ Văn
// Minh in another unit.
var testPeople = []app.Person{
	{ID: 11, FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, Position: "Chuyên viên", Category: app.CivilServant, UnitID: 2, Active: true},
	{ID: 12, FullName: "Hồ Văn Minh", Gender: app.Male, Position: "Chủ tịch", Category: app.Cadre, UnitID: 1, Active: true},
	{ID: 13, FullName: "Nguyễn Văn An", Gender: app.Male, Category: app.CivilServant, UnitID: 1, Active: true},
	{ID: 14, FullName: "Nguyễn Văn An", Gender: app.Male, Category: app.PartTime, UnitID: 1, Active: true},
	{ID: 15, FullName: "Trần Minh Anh", Gender: app.Male, Category: app.CivilServant, UnitID: 3, Active: true},
	{ID: 16, FullName: "Trần Minh Anh", Gender: app.Female, Position: "Kế toán", Category: app.CivilServant, UnitID: 3, Active: true},
	{ID: 17, FullName: "Hồ Văn Minh", Gender: app.Male, Category: app.CivilServant, UnitID: 2, Active: true},
}

func proposalTable(rows ...[]string) app.Table {
	return table(columnNamesOf(ProposalColumns), rows...)
}

// parseProposalTexts parses rows and returns the proposals and what the
// user sees for each error.
func parseProposalTexts(rows ...[]string) ([]app.Proposal, []string) {
	ps, errs := ParseProposals(proposalTable(rows...), testUnits, testPeople, testForms)
	return ps, errTexts(errs)
}

func assertTexts(tb testing.TB, got, want []string) {
	tb.Helper()
	if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
		tb.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseProposals(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		got, errs := parseProposalTexts(
			[]string{"Cá nhân", "Nguyễn Thị Hồng Nhung", "Nữ", "Chuyên viên", "Phòng Nội vụ", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ."},
			[]string{"CA NHAN", "ho van minh", "", "", "Trà Bui", "CSTĐCS", ""},
			[]string{"Tập thể", "Phòng Nội vụ", "", "", "Phòng Nội vụ", "TT LĐTT", "Dòng một\r\n\r\n\r\nDòng hai "},
			[]string{"tap the", "Trà Bui", "", "", "UBND xã Trà Bui", "giấy khen của chủ tịch ubnd huyện", ""},
			[]string{"Cá nhân", "Trần Minh Anh", "nữ", "", "ubnd xa tra doc", "Giấy khen", ""},
			[]string{"Cá nhân", "Hồ Văn Minh", "", "", "Phòng Nội vụ", "LĐTT", ""},
		)
		assertTexts(t, errs, nil)
		want := []app.Proposal{
			{UnitID: 2, UnitName: "Phòng Nội vụ", Recipient: app.RecipientPerson, PersonID: 11, RecipientName: "Nguyễn Thị Hồng Nhung",
				FormCode: "ldtt", FormName: "Lao động tiên tiến", Achievement: "Hoàn thành tốt nhiệm vụ.", Status: app.ProposalNew},
			{UnitID: 1, UnitName: "UBND xã Trà Bui", Recipient: app.RecipientPerson, PersonID: 12, RecipientName: "Hồ Văn Minh",
				FormCode: "cstdcs", FormName: "Chiến sĩ thi đua cơ sở", Status: app.ProposalNew},
			{UnitID: 2, UnitName: "Phòng Nội vụ", Recipient: app.RecipientUnit, RecipientUnitID: 2, RecipientName: "Phòng Nội vụ",
				FormCode: "tt_ldtt", FormName: "Tập thể lao động tiên tiến", Achievement: "Dòng một\n\nDòng hai", Status: app.ProposalNew},
			{UnitID: 1, UnitName: "UBND xã Trà Bui", Recipient: app.RecipientUnit, RecipientUnitID: 1, RecipientName: "UBND xã Trà Bui",
				FormCode: "giay_khen", FormName: "Giấy khen", Status: app.ProposalNew},
			{UnitID: 3, UnitName: "UBND xã Trà Đốc", Recipient: app.RecipientPerson, PersonID: 16, RecipientName: "Trần Minh Anh",
				FormCode: "giay_khen", FormName: "Giấy khen", Status: app.ProposalNew},
			{UnitID: 2, UnitName: "Phòng Nội vụ", Recipient: app.RecipientPerson, PersonID: 17, RecipientName: "Hồ Văn Minh",
				FormCode: "ldtt", FormName: "Lao động tiên tiến", Status: app.ProposalNew},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got  %+v\nwant %+v", got, want)
		}
	})
	t.Run("DecomposedUnicodeAndStraySpaces", func(t *testing.T) {
		got, errs := parseProposalTexts([]string{
			" Ca\u0301 nha\u0302n ", "  Nguye\u0302\u0303n  Thi\u0323\u00a0Ho\u0302\u0300ng Nhung\t", " Nu\u031b\u0303", "",
			"Pho\u0300ng  No\u0323i vu\u0323 ", " Lao  \u0111o\u0323\u0302ng tie\u0302n tie\u0302\u0301n\u200b", " Tha\u0300nh ti\u0301ch  ",
		})
		assertTexts(t, errs, nil)
		if len(got) != 1 || got[0].PersonID != 11 || got[0].FormCode != "ldtt" || got[0].Achievement != "Thành tích" ||
			!viet.IsNFC(got[0].Achievement) {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("HeaderAnyOrderExtraColumns", func(t *testing.T) {
		tb := app.Table{
			Header:  []string{"STT", "HINH THUC", "don vi", "Trạng thái", "ho va ten / ten tap the", "Đối  tượng"},
			Rows:    [][]string{{"1", "Giấy khen", "Phòng Nội vụ", "Không đạt", "Nguyễn Thị Hồng Nhung", "Cá nhân"}},
			RowNums: []int{4}, HeaderRow: 3,
		}
		got, errs := ParseProposals(tb, testUnits, testPeople, testForms)
		mustNoErrors(t, errs)
		if len(got) != 1 || got[0].PersonID != 11 || got[0].Status != app.ProposalNew {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("ErrMissingColumn", func(t *testing.T) {
		tb := app.Table{Header: []string{"Đối tượng", "Họ và tên / Tên tập thể", "Đơn vị"}, HeaderRow: 1}
		got, errs := ParseProposals(tb, testUnits, testPeople, testForms)
		assertTexts(t, errTexts(errs), []string{"Dòng 1: Thiếu cột «Hình thức» ở dòng tiêu đề."})
		if got != nil {
			t.Errorf("got %+v", got)
		}
	})
}

func TestParseProposals_Errors(t *testing.T) {
	const formList = "Giấy khen, Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến, " +
		"Tập thể lao động xuất sắc, Chiến sĩ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh"
	cases := []struct {
		name string
		row  []string
		want []string
	}{
		{"ErrPersonNotFound", []string{"Cá nhân", "Nguyễn Văn B", "", "", "Trà Bui", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: không tìm thấy cán bộ 'Nguyễn Văn B' ở đơn vị UBND xã Trà Bui."}},
		{"ErrPersonInAnotherUnit", []string{"Cá nhân", "Nguyễn Thị Hồng Nhung", "", "", "Trà Bui", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: không tìm thấy cán bộ 'Nguyễn Thị Hồng Nhung' ở đơn vị UBND xã Trà Bui."}},
		{"ErrAmbiguousPerson", []string{"Cá nhân", "nguyen van an", "", "", "Trà Bui", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: có 2 người tên 'nguyen van an' ở đơn vị UBND xã Trà Bui, không phân biệt được."}},
		{"ErrAmbiguousPersonSameGender", []string{"Cá nhân", "Nguyễn Văn An", "Nam", "", "Trà Bui", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: có 2 người tên 'Nguyễn Văn An' ở đơn vị UBND xã Trà Bui, không phân biệt được."}},
		{"ErrAmbiguousPersonNoGender", []string{"Cá nhân", "Trần Minh Anh", "", "", "UBND xã Trà Đốc", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: có 2 người tên 'Trần Minh Anh' ở đơn vị UBND xã Trà Đốc, không phân biệt được."}},
		{"ErrGenderMismatch", []string{"Cá nhân", "Hồ Văn Minh", "Nữ", "", "Trà Bui", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: không tìm thấy cán bộ 'Hồ Văn Minh' giới tính Nữ ở đơn vị UBND xã Trà Bui."}},
		{"ErrBadGender", []string{"Cá nhân", "Hồ Văn Minh", "Ông", "", "Trà Bui", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Giới tính»: 'Ông' phải là Nam hoặc Nữ."}},
		{"ErrUnknownForm", []string{"Cá nhân", "Hồ Văn Minh", "", "", "Trà Bui", "Bằng khen", ""},
			[]string{"Dòng 2, cột «Hình thức»: 'Bằng khen' không có trong danh mục hình thức khen thưởng (" + formList + ")."}},
		{"ErrPersonFormForUnit", []string{"Tập thể", "Phòng Nội vụ", "", "", "Phòng Nội vụ", "LĐTT", ""},
			[]string{"Dòng 2, cột «Hình thức»: 'Lao động tiên tiến' chỉ xét cho cá nhân, không xét cho tập thể."}},
		{"ErrUnitFormForPerson", []string{"Cá nhân", "Hồ Văn Minh", "", "", "Trà Bui", "Tập thể lao động xuất sắc", ""},
			[]string{"Dòng 2, cột «Hình thức»: 'Tập thể lao động xuất sắc' chỉ xét cho tập thể, không xét cho cá nhân."}},
		{"ErrBadKind", []string{"Hộ gia đình", "Hồ Văn Minh", "", "", "Trà Bui", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Đối tượng»: 'Hộ gia đình' phải là Cá nhân hoặc Tập thể."}},
		{"ErrUnknownUnit", []string{"Cá nhân", "Hồ Văn Minh", "", "", "Phòng Y tế", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Đơn vị»: không tìm thấy đơn vị 'Phòng Y tế'."}},
		{"ErrUnknownCollective", []string{"Tập thể", "Phòng Y tế", "", "", "Phòng Nội vụ", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: không tìm thấy đơn vị 'Phòng Y tế'."}},
		{"ErrAmbiguousCollective", []string{"Tập thể", "Trà Đốc", "", "", "Phòng Nội vụ", "Giấy khen", ""},
			[]string{"Dòng 2, cột «Họ và tên / Tên tập thể»: 'Trà Đốc' trùng tên với nhiều đơn vị ('UBND xã Trà Đốc', 'Trường Mầm non Trà Đốc'); hãy ghi tên đầy đủ của đơn vị."}},
		{"ErrBlanks", []string{"", "", "Nam", "Chuyên viên", "", "", "Có thành tích"},
			[]string{
				"Dòng 2, cột «Đối tượng»: không được để trống.",
				"Dòng 2, cột «Họ và tên / Tên tập thể»: không được để trống.",
				"Dòng 2, cột «Đơn vị»: không được để trống.",
				"Dòng 2, cột «Hình thức»: không được để trống.",
			}},
		{"ErrEveryCell", []string{"Cá nhân", "Hồ Văn Minh", "Ông", "", "Phòng Y tế", "Bằng khen", ""},
			[]string{
				"Dòng 2, cột «Giới tính»: 'Ông' phải là Nam hoặc Nữ.",
				"Dòng 2, cột «Đơn vị»: không tìm thấy đơn vị 'Phòng Y tế'.",
				"Dòng 2, cột «Hình thức»: 'Bằng khen' không có trong danh mục hình thức khen thưởng (" + formList + ").",
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := parseProposalTexts(tc.row)
			assertTexts(t, errs, tc.want)
			if len(got) != 0 {
				t.Errorf("a wrong row was returned: %+v", got)
			}
		})
	}
}

func TestParseProposals_Rows(t *testing.T) {
	t.Run("ErrDuplicate", func(t *testing.T) {
		got, errs := parseProposalTexts(
			[]string{"Cá nhân", "Nguyễn Thị Hồng Nhung", "", "", "Phòng Nội vụ", "Lao động tiên tiến", ""},
			[]string{"Cá nhân", "Nguyễn Thị Hồng Nhung", "", "", "Phòng Nội vụ", "Giấy khen", ""},
			[]string{"Cá nhân", "nguyen thi hong nhung", "Nữ", "", "Phòng Nội vụ", "LĐTT", "khác"},
			[]string{"Tập thể", "Phòng Nội vụ", "", "", "Phòng Nội vụ", "Giấy khen", ""},
			[]string{"Tập thể", "Phòng Nội vụ", "", "", "UBND xã Trà Bui", "Giấy khen", ""},
		)
		assertTexts(t, errs, []string{
			"Dòng 4, cột «Họ và tên / Tên tập thể»: 'Nguyễn Thị Hồng Nhung' với hình thức 'Lao động tiên tiến' trùng với dòng 2.",
			"Dòng 6, cột «Họ và tên / Tên tập thể»: 'Phòng Nội vụ' với hình thức 'Giấy khen' trùng với dòng 5.",
		})
		if len(got) != 3 {
			t.Errorf("%d good rows, want 3", len(got))
		}
	})
	t.Run("BlankRowsSkippedRowNumbersKept", func(t *testing.T) {
		tb := proposalTable(
			[]string{"Cá nhân", "Hồ Văn Minh", "", "", "Trà Bui", "Giấy khen", ""},
			[]string{"", " ", "", "\u00a0", "", "", ""},
			[]string{"Cá nhân", "Hồ Văn Minh", "", "", "Trà Bui", "Không có", ""},
		)
		tb.RowNums = []int{5, 6, 9}
		got, errs := ParseProposals(tb, testUnits, testPeople, testForms)
		if len(got) != 1 || len(errs) != 1 || errs[0].Row != 9 || errs[0].Field != "Hình thức" || errs[0].Code != app.EINVALID {
			t.Errorf("got %+v, errors %q", got, errTexts(errs))
		}
		if rows := parsedRows(tb, ProposalColumns); !reflect.DeepEqual(rows, []int{5, 9}) {
			t.Errorf("parsed rows %v", rows)
		}
	})
	t.Run("AliasesNeedTheirForm", func(t *testing.T) {
		forms := []app.AwardForm{{Code: "giay_khen", Name: "Giấy khen", Recipient: "both"}}
		_, errs := ParseProposals(proposalTable([]string{"Cá nhân", "Hồ Văn Minh", "", "", "Trà Bui", "LĐTT", ""}), testUnits, testPeople, forms)
		assertTexts(t, errTexts(errs), []string{"Dòng 2, cột «Hình thức»: 'LĐTT' không có trong danh mục hình thức khen thưởng (Giấy khen)."})
	})
}

func TestProposalsTable_RoundTrip(t *testing.T) {
	ps := []app.Proposal{
		{UnitID: 3, UnitName: "UBND xã Trà Đốc", Recipient: app.RecipientPerson, PersonID: 16, RecipientName: "Trần Minh Anh",
			FormCode: "giay_khen", FormName: "Giấy khen", Achievement: "Dòng một\nDòng hai", Status: app.ProposalNew},
		{UnitID: 2, UnitName: "Phòng Nội vụ", Recipient: app.RecipientUnit, RecipientUnitID: 2, RecipientName: "Phòng Nội vụ",
			FormCode: "tt_ldtt", FormName: "Tập thể lao động tiên tiến", Status: app.ProposalNew},
		{UnitID: 2, UnitName: "Phòng Nội vụ", Recipient: app.RecipientPerson, PersonID: 11, RecipientName: "Nguyễn Thị Hồng Nhung",
			FormCode: "ldtt", FormName: "Lao động tiên tiến", Status: app.ProposalNew},
	}
	exported := slicesClone(ps)
	exported[2].Status, exported[2].Reason = app.ProposalReturned, "Thiếu biên bản họp."
	tb := ProposalsTableWith(exported, testPeople)
	wantHeader := []string{"Đối tượng", "Họ và tên / Tên tập thể", "Giới tính", "Chức vụ", "Đơn vị", "Hình thức", "Thành tích", "Trạng thái", "Lý do"}
	if !reflect.DeepEqual(tb.Header, wantHeader) || len(ProposalWidths) != len(wantHeader) {
		t.Errorf("header %q, %d widths", tb.Header, len(ProposalWidths))
	}
	wantRows := [][]string{
		{"Cá nhân", "Trần Minh Anh", "Nữ", "Kế toán", "UBND xã Trà Đốc", "Giấy khen", "Dòng một\nDòng hai", "Mới", ""},
		{"Tập thể", "Phòng Nội vụ", "", "", "Phòng Nội vụ", "Tập thể lao động tiên tiến", "", "Mới", ""},
		{"Cá nhân", "Nguyễn Thị Hồng Nhung", "Nữ", "Chuyên viên", "Phòng Nội vụ", "Lao động tiên tiến", "", "Trả lại bổ sung", "Thiếu biên bản họp."},
	}
	if !reflect.DeepEqual(tb.Rows, wantRows) || !reflect.DeepEqual(tb.RowNums, []int{2, 3, 4}) {
		t.Errorf("rows %q %v", tb.Rows, tb.RowNums)
	}
	got, errs := ParseProposals(tb, testUnits, testPeople, testForms)
	mustNoErrors(t, errs)
	if !reflect.DeepEqual(got, ps) {
		t.Errorf("got  %+v\nwant %+v", got, ps)
	}
	// Without the people, Trần Minh Anh has no gender and cannot be told apart.
	_, errs = ParseProposals(ProposalsTable(ps), testUnits, testPeople, testForms)
	assertTexts(t, errTexts(errs), []string{
		"Dòng 2, cột «Họ và tên / Tên tập thể»: có 2 người tên 'Trần Minh Anh' ở đơn vị UBND xã Trà Đốc, không phân biệt được.",
	})
}

func slicesClone[T any](s []T) []T { return append([]T(nil), s...) }

func TestProposalTemplate(t *testing.T) {
	people := append(slicesClone(testPeople), app.Person{ID: 20, FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, UnitID: 1})
	ps, errs := ParseProposals(ProposalTemplate(), testUnits, people, testForms)
	mustNoErrors(t, errs)
	if len(ps) != 2 || ps[0].PersonID != 11 || ps[1].RecipientUnitID != 2 {
		t.Errorf("got %+v", ps)
	}
	if len(ProposalTemplate().Header) != len(ProposalColumns) {
		t.Error("the template has the export's extra columns")
	}
}

func historyTable(rows ...[]string) app.Table {
	return table(columnNamesOf(AwardColumns), rows...)
}

func parseHistoryTexts(rows ...[]string) ([]app.HistoricalDecision, []string) {
	ds, errs := ParseAwardHistory(historyTable(rows...), testUnits, testPeople, testForms)
	return ds, errTexts(errs)
}

// historyRow is a row of decision 07/QĐ-UBND of 10/01/2025 giving a Giấy
// khen to Nguyễn Thị Hồng Nhung, changed by the pairs column → value.
func historyRow(changes ...any) []string {
	row := []string{"07/QĐ-UBND", "10/01/2025", "Hồ Văn Minh", "Chủ tịch", "Giấy khen", "Cá nhân",
		"Nguyễn Thị Hồng Nhung", "Nữ", "Chuyên viên", "Phòng Nội vụ", "Có thành tích.", ""}
	for i := 0; i+1 < len(changes); i += 2 {
		row[changes[i].(int)] = changes[i+1].(string)
	}
	return row
}

func TestParseAwardHistory(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		got, errs := parseHistoryTexts(
			historyRow(awCert, "2025-001"),
			historyRow(awKind, "Tập thể", awName, "Trà Bui", awGender, "", awPosition, "", awUnit, "Trà Bui",
				awForm, "Tập thể LĐTT", awCert, "2025/2", awAchievement, "Một\n\nHai"),
			historyRow(awNumber, "12/QĐ-UBND", awDate, "2024-12-20", awSigner, "", awSignerTitle, "", awName, "Hồ Văn Minh",
				awGender, "", awPosition, "", awUnit, "UBND xã Trà Bui", awForm, "CSTĐCS", awCert, "15", awAchievement, ""),
			historyRow(awDate, "15/03/2024", awCert, "2024-001"),
			historyRow(awNumber, "Số: 7 / QĐ-UBND", awDate, "45667", awSigner, "", awName, "Trần Minh Anh", awPosition, "",
				awUnit, "UBND xã Trà Đốc", awCert, "3"),
		)
		assertTexts(t, errs, nil)
		day := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
		want := []app.HistoricalDecision{
			{Number: 7, Symbol: "QĐ-UBND", SignedOn: day, SignerName: "Hồ Văn Minh", SignerTitle: "Chủ tịch", Row: 2, Awards: []app.HistoricalAward{
				{Row: 2, Recipient: app.RecipientPerson, PersonID: 11, UnitID: 2, Name: "Nguyễn Thị Hồng Nhung", Gender: app.Female,
					PositionUnit: "Chuyên viên, Phòng Nội vụ", FormCode: "giay_khen", Achievement: "Có thành tích.", CertYear: 2025, CertSeq: 1},
				{Row: 3, Recipient: app.RecipientUnit, UnitID: 1, Name: "UBND xã Trà Bui", FormCode: "tt_ldtt", Achievement: "Một\n\nHai",
					CertYear: 2025, CertSeq: 2},
				{Row: 6, Recipient: app.RecipientPerson, PersonID: 16, UnitID: 3, Name: "Trần Minh Anh", Gender: app.Female,
					PositionUnit: "UBND xã Trà Đốc", FormCode: "giay_khen", Achievement: "Có thành tích.", CertYear: 2025, CertSeq: 3},
			}},
			{Number: 12, Symbol: "QĐ-UBND", SignedOn: time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC), Row: 4, Awards: []app.HistoricalAward{
				{Row: 4, Recipient: app.RecipientPerson, PersonID: 12, UnitID: 1, Name: "Hồ Văn Minh", Gender: app.Male,
					PositionUnit: "UBND xã Trà Bui", FormCode: "cstdcs", CertYear: 2024, CertSeq: 15},
			}},
			{Number: 7, Symbol: "QĐ-UBND", SignedOn: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC), SignerName: "Hồ Văn Minh",
				SignerTitle: "Chủ tịch", Row: 5, Awards: []app.HistoricalAward{
					{Row: 5, Recipient: app.RecipientPerson, PersonID: 11, UnitID: 2, Name: "Nguyễn Thị Hồng Nhung", Gender: app.Female,
						PositionUnit: "Chuyên viên, Phòng Nội vụ", FormCode: "giay_khen", Achievement: "Có thành tích.", CertYear: 2024, CertSeq: 1},
				}},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got  %+v\nwant %+v", got, want)
		}
	})
	t.Run("SignerFilledInLaterRow", func(t *testing.T) {
		got, errs := parseHistoryTexts(
			historyRow(awSigner, "", awSignerTitle, ""),
			historyRow(awName, "Trần Minh Anh", awUnit, "UBND xã Trà Đốc"),
		)
		assertTexts(t, errs, nil)
		if len(got) != 1 || got[0].SignerName != "Hồ Văn Minh" || got[0].SignerTitle != "Chủ tịch" || len(got[0].Awards) != 2 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("DecomposedUnicodeAndStraySpaces", func(t *testing.T) {
		got, errs := parseHistoryTexts(historyRow(
			awNumber, " 07 / Q\u0110 - UBND ", awDate, " 10/01/2025\u00a0", awSigner, "Ho\u0302\u0300  Va\u0306n Minh",
			awName, "Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng  Nhung", awUnit, " Pho\u0300ng No\u0323i vu\u0323",
			awForm, "Gia\u0302\u0301y khen ", awKind, "Ca\u0301 nha\u0302n", awPosition, " Chuye\u0302n  vie\u0302n"))
		assertTexts(t, errs, nil)
		if len(got) != 1 || got[0].SignerName != "Hồ Văn Minh" || got[0].Symbol != "QĐ-UBND" ||
			got[0].Awards[0].PositionUnit != "Chuyên viên, Phòng Nội vụ" || got[0].Awards[0].PersonID != 11 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("ErrMissingColumn", func(t *testing.T) {
		tb := historyTable(historyRow())
		tb.Header[awDate] = "Ngày ký"
		_, errs := ParseAwardHistory(tb, testUnits, testPeople, testForms)
		assertTexts(t, errTexts(errs), []string{"Dòng 1: Thiếu cột «Ngày quyết định» ở dòng tiêu đề."})
	})
}

func TestParseAwardHistory_Errors(t *testing.T) {
	cases := []struct {
		name string
		rows [][]string
		want []string
	}{
		{"ErrDateDisagrees", [][]string{historyRow(), historyRow(awDate, "11/01/2025", awName, "Trần Minh Anh", awUnit, "UBND xã Trà Đốc")},
			[]string{"Dòng 3, cột «Ngày quyết định»: ngày 11/01/2025 khác với ngày 10/01/2025 của quyết định 07/QĐ-UBND ở dòng 2."}},
		{"ErrSignerDisagrees", [][]string{historyRow(), historyRow(awSigner, "Nguyễn Văn B", awName, "Hồ Văn Minh", awGender, "", awUnit, "Phòng Nội vụ")},
			[]string{"Dòng 3, cột «Người ký»: 'Nguyễn Văn B' khác với 'Hồ Văn Minh' của quyết định 07/QĐ-UBND ở dòng 2."}},
		{"ErrTitleDisagrees", [][]string{historyRow(awSignerTitle, ""), historyRow(awForm, "LĐTT"), historyRow(awSignerTitle, "Phó Chủ tịch", awForm, "CSTĐCS")},
			[]string{"Dòng 4, cột «Chức vụ người ký»: 'Phó Chủ tịch' khác với 'Chủ tịch' của quyết định 07/QĐ-UBND ở dòng 3."}},
		{"ErrDuplicateCertificate", [][]string{historyRow(awCert, "2025-001"), historyRow(awForm, "LĐTT", awCert, "1"), historyRow(awForm, "CSTĐCS", awCert, "2025/01")},
			[]string{
				"Dòng 3, cột «Số sổ vàng»: số 2025-001 trùng với dòng 2.",
				"Dòng 4, cột «Số sổ vàng»: số 2025-001 trùng với dòng 2.",
			}},
		{"ErrDuplicateAward", [][]string{historyRow(), historyRow(awAchievement, "")},
			[]string{"Dòng 3, cột «Họ và tên / Tên tập thể»: 'Nguyễn Thị Hồng Nhung' với hình thức 'Giấy khen' trùng với dòng 2."}},
		{"ErrBadCertificate", [][]string{historyRow(awCert, "2025-01-02"), historyRow(awCert, "số 5", awForm, "LĐTT"), historyRow(awCert, "1999-001", awForm, "CSTĐCS")},
			[]string{
				"Dòng 2, cột «Số sổ vàng»: '2025-01-02' không đúng dạng năm-số, ví dụ 2023-015.",
				"Dòng 3, cột «Số sổ vàng»: 'số 5' không đúng dạng năm-số, ví dụ 2023-015.",
				"Dòng 4, cột «Số sổ vàng»: năm 1999 của số sổ vàng '1999-001' phải từ 2000 đến 2100.",
			}},
		{"ErrBadNumberAndDate", [][]string{historyRow(awNumber, "07", awDate, "32/01/2025"), historyRow(awNumber, "", awDate, "")},
			[]string{
				"Dòng 2, cột «Số quyết định»: '07' không đúng dạng số/ký hiệu, ví dụ 07/QĐ-UBND.",
				"Dòng 2, cột «Ngày quyết định»: '32/01/2025' không phải là ngày hợp lệ (dd/mm/yyyy).",
				"Dòng 3, cột «Số quyết định»: không được để trống.",
				"Dòng 3, cột «Ngày quyết định»: không được để trống.",
			}},
		{"ErrYearAlone", [][]string{historyRow(awDate, "2024")},
			[]string{"Dòng 2, cột «Ngày quyết định»: '2024' không phải là ngày quyết định hợp lệ (từ năm 2000 đến năm 2100)."}},
		{"ErrRecipient", [][]string{historyRow(awName, "Nguyễn Văn An", awGender, "", awUnit, "Trà Bui", awForm, "Tập thể lao động xuất sắc")},
			[]string{
				"Dòng 2, cột «Hình thức»: 'Tập thể lao động xuất sắc' chỉ xét cho tập thể, không xét cho cá nhân.",
				"Dòng 2, cột «Họ và tên / Tên tập thể»: có 2 người tên 'Nguyễn Văn An' ở đơn vị UBND xã Trà Bui, không phân biệt được.",
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := parseHistoryTexts(tc.rows...)
			assertTexts(t, errs, tc.want)
		})
	}
	t.Run("GoodRowsKept", func(t *testing.T) {
		got, _ := parseHistoryTexts(historyRow(), historyRow(awDate, "11/01/2025", awForm, "LĐTT"))
		if len(got) != 1 || len(got[0].Awards) != 1 || got[0].Awards[0].Row != 2 {
			t.Errorf("got %+v", got)
		}
	})
}

func TestAwardHistoryTemplate(t *testing.T) {
	ds, errs := ParseAwardHistory(AwardHistoryTemplate(), testUnits, testPeople, testForms)
	mustNoErrors(t, errs)
	if len(ds) != 1 || len(ds[0].Awards) != 2 || ds[0].Awards[1].CertSeq != 2 {
		t.Errorf("got %+v", ds)
	}
	if len(AwardWidths) != len(AwardColumns) || len(AwardExportWidths) != len(AwardExportColumns) {
		t.Error("widths do not match the columns")
	}
}

func TestAwardsExportTable(t *testing.T) {
	rows := []app.AwardExportRow{
		{DecisionNumber: "07/QĐ-UBND", SignedOn: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), FormName: "Giấy khen",
			Recipient: app.RecipientPerson, Name: "Nguyễn Thị Hồng Nhung", Position: "Chuyên viên", Unit: "Phòng Nội vụ",
			CertificateNo: "2025-001", Bonus: 1_410_000},
		{DecisionNumber: "07/QĐ-UBND", SignedOn: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), FormName: "Tập thể lao động tiên tiến",
			Recipient: app.RecipientUnit, Name: "UBND xã Trà Bui", Unit: "UBND xã Trà Bui", Bonus: 2_820_000},
		{DecisionNumber: "(chưa có số)", FormName: "Giấy khen", Recipient: app.RecipientPerson, Name: "Hồ Văn Minh", Unit: "UBND xã Trà Bui"},
	}
	tb := AwardsExportTable(rows)
	wantHeader := []string{"Số quyết định", "Ngày quyết định", "Hình thức", "Đối tượng", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Số sổ vàng", "Tiền thưởng"}
	wantRows := [][]string{
		{"07/QĐ-UBND", "10/01/2025", "Giấy khen", "Cá nhân", "Nguyễn Thị Hồng Nhung", "Chuyên viên", "Phòng Nội vụ", "2025-001", "1410000"},
		{"07/QĐ-UBND", "10/01/2025", "Tập thể lao động tiên tiến", "Tập thể", "UBND xã Trà Bui", "", "UBND xã Trà Bui", "", "2820000"},
		{"(chưa có số)", "", "Giấy khen", "Cá nhân", "Hồ Văn Minh", "", "UBND xã Trà Bui", "", "0"},
	}
	if !reflect.DeepEqual(tb.Header, wantHeader) || !reflect.DeepEqual(tb.Rows, wantRows) {
		t.Errorf("header %q\nrows %q", tb.Header, tb.Rows)
	}
	if tb.ColumnType(8) != app.CellMoney || tb.ColumnType(7) != app.CellText || tb.ColumnType(0) != app.CellText {
		t.Errorf("types %v", tb.Types)
	}
	// The issued awards read back as a past decision.
	tb.Rows, tb.RowNums = tb.Rows[:2], tb.RowNums[:2]
	ds, errs := ParseAwardHistory(tb, testUnits, testPeople, testForms)
	mustNoErrors(t, errs)
	if len(ds) != 1 || ds[0].Number != 7 || len(ds[0].Awards) != 2 || ds[0].Awards[0].PositionUnit != "Chuyên viên, Phòng Nội vụ" ||
		ds[0].Awards[0].CertSeq != 1 || ds[0].Awards[1].UnitID != 1 {
		t.Errorf("got %+v", ds)
	}
}

func TestTable_ColumnType(t *testing.T) {
	tb := app.Table{Types: []app.CellType{app.CellInteger, app.CellMoney}}
	for j, want := range []app.CellType{app.CellInteger, app.CellMoney, app.CellText} {
		if got := tb.ColumnType(j); got != want {
			t.Errorf("column %d: %v, want %v", j, got, want)
		}
	}
	if (app.Table{}).ColumnType(0) != app.CellText || tb.ColumnType(-1) != app.CellText {
		t.Error("untyped column is not text")
	}
}

func FuzzParseAwardHistory(f *testing.F) {
	f.Add("07/QĐ-UBND", "10/01/2025", "Cá nhân", "Nguyễn Thị Hồng Nhung", "Phòng Nội vụ", "Giấy khen", "2025-001")
	f.Add("7/QĐ-UBND", "45667", "Tập thể", "Trà Bui", "Trà Bui", "TT LĐTT", "15")
	f.Add("", "60", "x", "", "\u00a0", "LĐTT", "2025/0")
	f.Fuzz(func(t *testing.T, number, date, kind, name, unit, form, cert string) {
		row := []string{number, date, "", "", form, kind, name, "", "", unit, "", cert}
		tb := historyTable(row, row, []string{number, date, "x", "y", form, kind, name, "Nam", "", unit, "", ""})
		ds, errs := ParseAwardHistory(tb, testUnits, testPeople, testForms)
		for _, e := range errs {
			if e.Row <= 0 || e.Message == "" || e.Code != app.EINVALID {
				t.Errorf("bad error %+v", e)
			}
		}
		for _, d := range ds {
			if d.Number <= 0 || d.SignedOn.IsZero() || len(d.Awards) == 0 {
				t.Errorf("bad decision %+v", d)
			}
			for _, a := range d.Awards {
				if a.Name == "" || a.FormCode == "" || (a.PersonID == 0) == (a.Recipient == app.RecipientPerson) {
					t.Errorf("bad award %+v", a)
				}
			}
		}
	})
}
