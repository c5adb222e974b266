package lists

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/viet"
)

// errTexts is what the user sees for each error.
func errTexts(errs []*app.Error) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

// mustNoErrors fails the test when errs is not empty.
func mustNoErrors(tb testing.TB, errs []*app.Error) {
	tb.Helper()
	if len(errs) > 0 {
		tb.Fatalf("unexpected errors:\n%s", strings.Join(errTexts(errs), "\n"))
	}
}

// unitTable builds a unit table with the standard header, data from row 2.
func unitTable(rows ...[]string) app.Table {
	return table(columnNamesOf(UnitColumns), rows...)
}

func personTable(rows ...[]string) app.Table {
	return table(columnNamesOf(PersonColumns), rows...)
}

func columnNamesOf(cols []ImportColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}

func table(header []string, rows ...[]string) app.Table {
	t := app.Table{Header: header, HeaderRow: 1, Rows: rows}
	for i := range rows {
		t.RowNums = append(t.RowNums, i+2)
	}
	return t
}

func TestParseUnits(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		tb := unitTable(
			[]string{"UBND xã Trà Bui", "Xã", "Trà Bui", "Hồ Văn Minh", "Thôn 1", "0235 3880 123", "trabui@quangnam.gov.vn"},
			[]string{"Phòng Nội vụ", "Phòng/ban", "", "", "", "", ""},
		)
		got, errs := ParseUnits(tb)
		mustNoErrors(t, errs)
		want := []app.Unit{
			{Name: "UBND xã Trà Bui", ShortName: "Trà Bui", Kind: app.UnitCommune, Head: "Hồ Văn Minh", Address: "Thôn 1",
				Phone: "0235 3880 123", Email: "trabui@quangnam.gov.vn", Active: true},
			{Name: "Phòng Nội vụ", Kind: app.UnitDepartment, Active: true},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v\nwant %+v", got, want)
		}
	})
	t.Run("HeaderAnyOrderCaseAccentsExtraColumns", func(t *testing.T) {
		tb := app.Table{
			Header:    []string{"STT", " LOẠI", "ten  don vi ", "Ghi chú", "EMAIL", "Te\u0302n vie\u0302\u0301t ta\u0306\u0301t"},
			Rows:      [][]string{{"1", "Thị trấn", "UBND thị trấn Trà My", "x", "", "Trà My"}},
			RowNums:   []int{2},
			HeaderRow: 1,
		}
		got, errs := ParseUnits(tb)
		mustNoErrors(t, errs)
		want := []app.Unit{{Name: "UBND thị trấn Trà My", ShortName: "Trà My", Kind: app.UnitTown, Active: true}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})
	t.Run("DecomposedUnicodeAndStraySpaces", func(t *testing.T) {
		tb := unitTable([]string{"  UBND  xa\u0303  Tra\u0300 Bui\u00a0", " xa\u0303 ", "", "Nguye\u0302\u0303n  Va\u0306n A", "", "", ""})
		got, errs := ParseUnits(tb)
		mustNoErrors(t, errs)
		if got[0].Name != "UBND xã Trà Bui" || got[0].Head != "Nguyễn Văn A" || got[0].Kind != app.UnitCommune {
			t.Errorf("got %+v", got[0])
		}
		if !viet.IsNFC(got[0].Name) || !viet.IsNFC(got[0].Head) {
			t.Error("not NFC")
		}
	})
	t.Run("KindSpellings", func(t *testing.T) {
		cases := map[string]app.UnitKind{
			"Xã": app.UnitCommune, "XA": app.UnitCommune, "thị trấn": app.UnitTown, "THI TRAN": app.UnitTown,
			"Phòng/ban": app.UnitDepartment, "Phòng, ban": app.UnitDepartment, "Phòng ban": app.UnitDepartment,
			"phong / ban": app.UnitDepartment, "Khác": app.UnitOther, "khac": app.UnitOther,
		}
		for text, want := range cases {
			got, errs := ParseUnits(unitTable([]string{"Đơn vị A", text, "", "", "", "", ""}))
			mustNoErrors(t, errs)
			if got[0].Kind != want {
				t.Errorf("%q: kind %q, want %q", text, got[0].Kind, want)
			}
		}
	})
}

func TestParseUnits_Header(t *testing.T) {
	t.Run("ErrMissingColumn", func(t *testing.T) {
		tb := app.Table{Header: []string{"Tên đơn vị", "Email"}, HeaderRow: 3, Rows: [][]string{{"A", ""}}, RowNums: []int{4}}
		got, errs := ParseUnits(tb)
		want := []string{"Dòng 3: Thiếu cột «Loại» ở dòng tiêu đề."}
		if !reflect.DeepEqual(errTexts(errs), want) || got != nil {
			t.Errorf("got %v %q, want %q", got, errTexts(errs), want)
		}
		if errs[0].Code != app.EINVALID {
			t.Errorf("code %q", errs[0].Code)
		}
	})
	t.Run("ErrMissingColumnNoHeaderRow", func(t *testing.T) {
		tb := app.Table{Header: []string{"Loại"}, Rows: [][]string{{"Xã"}}, RowNums: []int{5}}
		_, errs := ParseUnits(tb)
		want := []string{"Dòng 4: Thiếu cột «Tên đơn vị» ở dòng tiêu đề."}
		if !reflect.DeepEqual(errTexts(errs), want) {
			t.Errorf("got %q, want %q", errTexts(errs), want)
		}
	})
	t.Run("ErrDuplicateColumn", func(t *testing.T) {
		tb := app.Table{Header: []string{"Tên đơn vị", "Loại", "TÊN ĐƠN VỊ"}, HeaderRow: 1}
		_, errs := ParseUnits(tb)
		want := []string{"Dòng 1: Cột «Tên đơn vị» có hai lần ở dòng tiêu đề (cột A và cột C)."}
		if !reflect.DeepEqual(errTexts(errs), want) {
			t.Errorf("got %q, want %q", errTexts(errs), want)
		}
	})
}

func TestParseUnits_Errors(t *testing.T) {
	t.Run("ErrBadKind", func(t *testing.T) {
		tb := unitTable([]string{"UBND huyện", "Huyện", "", "", "", "", ""})
		tb.RowNums = []int{7}
		_, errs := ParseUnits(tb)
		want := []string{"Dòng 7, cột «Loại»: 'Huyện' không phải là loại đơn vị hợp lệ (Xã, Thị trấn, Phòng/ban, Khác)."}
		if !reflect.DeepEqual(errTexts(errs), want) {
			t.Errorf("got %q, want %q", errTexts(errs), want)
		}
		if errs[0].Field != "Loại" || errs[0].Row != 7 {
			t.Errorf("field %q row %d", errs[0].Field, errs[0].Row)
		}
	})
	t.Run("ErrDuplicateName", func(t *testing.T) {
		tb := unitTable(
			[]string{"UBND xã Trà Bui", "Xã", "", "", "", "", ""},
			[]string{"Phòng Nội vụ", "Phòng/ban", "", "", "", "", ""},
			[]string{"ubnd xa tra  bui", "Xã", "", "", "", "", ""},
		)
		got, errs := ParseUnits(tb)
		want := []string{"Dòng 4, cột «Tên đơn vị»: 'ubnd xa tra bui' trùng với dòng 2."}
		if !reflect.DeepEqual(errTexts(errs), want) {
			t.Errorf("got %q, want %q", errTexts(errs), want)
		}
		if len(got) != 2 {
			t.Errorf("good units: %d, want 2", len(got))
		}
	})
	t.Run("ErrEveryRowEveryCell", func(t *testing.T) {
		tb := unitTable(
			[]string{"", "Xã", "", "", "", "", ""},
			[]string{"A", "Huyện", "", "", "", "12ab", "x@y"},
			[]string{"B", "Xã", "", "", "", "", "thư@"},
			[]string{"C", "", strings.Repeat("x", 61), "", "", "", ""},
		)
		tb.RowNums = []int{2, 5, 9, 10}
		_, errs := ParseUnits(tb)
		want := []string{
			"Dòng 2, cột «Tên đơn vị»: không được để trống.",
			"Dòng 5, cột «Loại»: 'Huyện' không phải là loại đơn vị hợp lệ (Xã, Thị trấn, Phòng/ban, Khác).",
			"Dòng 5, cột «Điện thoại»: '12ab' không phải là số điện thoại hợp lệ (8–15 chữ số).",
			"Dòng 9, cột «Email»: 'thư@' không phải là địa chỉ email hợp lệ.",
			"Dòng 10, cột «Loại»: không được để trống.",
			"Dòng 10, cột «Tên viết tắt»: dài quá 60 ký tự.",
		}
		if !reflect.DeepEqual(errTexts(errs), want) {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(errTexts(errs), "\n"), strings.Join(want, "\n"))
		}
	})
}

func TestParseUnits_Rows(t *testing.T) {
	t.Run("BlankRowsSkipped", func(t *testing.T) {
		tb := app.Table{
			Header:    []string{"STT", "Tên đơn vị", "Loại"},
			Rows:      [][]string{{"1", "A", "Xã"}, {"", " ", "\u00a0"}, {"3", "", ""}, {}, {"4", "B", "Huyện"}},
			RowNums:   []int{2, 3, 4, 5, 8},
			HeaderRow: 1,
		}
		got, errs := ParseUnits(tb)
		if len(got) != 1 || len(errs) != 1 || errs[0].Row != 8 {
			t.Errorf("got %d units, errors %q", len(got), errTexts(errs))
		}
	})
	t.Run("ShortRows", func(t *testing.T) {
		got, errs := ParseUnits(unitTable([]string{"A", "Xã"}))
		mustNoErrors(t, errs)
		if len(got) != 1 {
			t.Errorf("got %d units", len(got))
		}
	})
	t.Run("ErrCap", func(t *testing.T) {
		var rows [][]string
		for i := range 1500 {
			rows = append(rows, []string{fmt.Sprintf("Đơn vị %d", i), "Huyện"})
		}
		_, errs := ParseUnits(unitTable(rows...))
		if len(errs) != maxImportErrors+1 {
			t.Fatalf("%d errors, want %d", len(errs), maxImportErrors+1)
		}
		if got := errs[maxImportErrors].Error(); got != "… và 500 lỗi khác." {
			t.Errorf("last error %q", got)
		}
		if errs[maxImportErrors-1].Row != 1001 {
			t.Errorf("last listed row %d, want 1001", errs[maxImportErrors-1].Row)
		}
	})
}

// testUnits are the units a staff list refers to.
var testUnits = []app.Unit{
	{ID: 1, Name: "UBND xã Trà Bui", ShortName: "Trà Bui", Kind: app.UnitCommune},
	{ID: 2, Name: "Phòng Nội vụ", Kind: app.UnitDepartment},
	{ID: 3, Name: "UBND xã Trà Đốc", ShortName: "Trà Đốc", Kind: app.UnitCommune},
	{ID: 4, Name: "Trường Mầm non Trà Đốc", ShortName: "Trà Đốc", Kind: app.UnitOther},
}

func TestParsePeople(t *testing.T) {
	const maxYear = 2007
	one := func(t *testing.T, row []string, rowNum int) ([]app.Person, []string) {
		t.Helper()
		tb := personTable(row)
		tb.RowNums = []int{rowNum}
		ps, errs := ParsePeople(tb, testUnits, maxYear)
		return ps, errTexts(errs)
	}
	t.Run("OK", func(t *testing.T) {
		tb := personTable(
			[]string{"Nguyễn Thị Hồng Nhung", "Nữ", "1988", "Chuyên viên", "Phòng Nội vụ", "Công chức"},
			[]string{"Hồ Văn Minh", "NAM", "", "", "tra bui", "Không chuyên trách"},
			[]string{"Lê Thị Hoa", "NỮ", "1990", "", "ubnd xa tra bui", "Người hoạt động không chuyên trách"},
			[]string{"Trần Văn Bình", "nam", "1975", "Chủ tịch", "UBND XÃ TRÀ BUI", "CAN BO"},
			[]string{"Phạm Thị Mai", "nu", "", "", "Phòng Nội vụ", "Người lao động"},
			[]string{"Võ Văn Tâm", "Nam", "1985", "", "Phòng Nội vụ", "viên chức"},
		)
		got, errs := ParsePeople(tb, testUnits, maxYear)
		mustNoErrors(t, errs)
		want := []app.Person{
			{FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, BirthYear: 1988, Position: "Chuyên viên", Category: app.CivilServant, UnitID: 2, UnitName: "Phòng Nội vụ", Active: true},
			{FullName: "Hồ Văn Minh", Gender: app.Male, Category: app.PartTime, UnitID: 1, UnitName: "UBND xã Trà Bui", Active: true},
			{FullName: "Lê Thị Hoa", Gender: app.Female, BirthYear: 1990, Category: app.PartTime, UnitID: 1, UnitName: "UBND xã Trà Bui", Active: true},
			{FullName: "Trần Văn Bình", Gender: app.Male, BirthYear: 1975, Position: "Chủ tịch", Category: app.Cadre, UnitID: 1, UnitName: "UBND xã Trà Bui", Active: true},
			{FullName: "Phạm Thị Mai", Gender: app.Female, Category: app.Worker, UnitID: 2, UnitName: "Phòng Nội vụ", Active: true},
			{FullName: "Võ Văn Tâm", Gender: app.Male, BirthYear: 1985, Category: app.PublicEmployee, UnitID: 2, UnitName: "Phòng Nội vụ", Active: true},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got  %+v\nwant %+v", got, want)
		}
	})
	t.Run("DecomposedUnicodeAndStraySpaces", func(t *testing.T) {
		ps, errs := one(t, []string{" Nguye\u0302\u0303n  Thi\u0323 Ho\u0302\u0300ng\tNhung ", "Nu\u031b\u0303", " 1988 ", "Chuye\u0302n vie\u0302n ", "Pho\u0300ng  No\u0323i vu\u0323", "Co\u0302ng chu\u031b\u0301c"}, 2)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		p := ps[0]
		if p.FullName != "Nguyễn Thị Hồng Nhung" || p.Gender != app.Female || p.BirthYear != 1988 || p.Position != "Chuyên viên" ||
			p.UnitID != 2 || p.Category != app.CivilServant {
			t.Errorf("got %+v", p)
		}
	})
	t.Run("HeaderAnyOrderCaseAccents", func(t *testing.T) {
		tb := app.Table{
			Header:  []string{"doi tuong", "DON VI", "ho va ten", "GIOI TINH", "STT"},
			Rows:    [][]string{{"Cán bộ", "Trà Bui", "Hồ Văn Minh", "Nam", "1"}},
			RowNums: []int{2},
		}
		ps, errs := ParsePeople(tb, testUnits, maxYear)
		mustNoErrors(t, errs)
		if ps[0].FullName != "Hồ Văn Minh" || ps[0].UnitID != 1 || ps[0].Category != app.Cadre || ps[0].Gender != app.Male {
			t.Errorf("got %+v", ps[0])
		}
	})
	t.Run("FullNameWinsOverShortName", func(t *testing.T) {
		units := []app.Unit{{ID: 1, Name: "Trà Bui", Kind: app.UnitOther}, {ID: 2, Name: "UBND xã Trà Bui", ShortName: "Trà Bui", Kind: app.UnitCommune}}
		tb := personTable([]string{"Hồ Văn Minh", "Nam", "", "", "Trà Bui", "Cán bộ"})
		ps, errs := ParsePeople(tb, units, maxYear)
		mustNoErrors(t, errs)
		if ps[0].UnitID != 1 {
			t.Errorf("unit %d, want 1", ps[0].UnitID)
		}
	})
}

func TestParsePeople_Errors(t *testing.T) {
	const maxYear = 2007
	one := func(t *testing.T, row []string, rowNum int) ([]app.Person, []string) {
		t.Helper()
		tb := personTable(row)
		tb.RowNums = []int{rowNum}
		ps, errs := ParsePeople(tb, testUnits, maxYear)
		return ps, errTexts(errs)
	}
	errCases := []struct {
		name string
		row  []string
		want []string
	}{
		{"ErrYear", []string{"Hồ Văn Minh", "Nam", "19a5", "", "Trà Bui", "Cán bộ"},
			[]string{"Dòng 7, cột «Năm sinh»: '19a5' không phải là năm hợp lệ."}},
		{"ErrYearRange", []string{"Hồ Văn Minh", "Nam", "2010", "", "Trà Bui", "Cán bộ"},
			[]string{"Dòng 7, cột «Năm sinh»: năm 2010 phải nằm trong khoảng 1900–2007."}},
		{"ErrYearOld", []string{"Hồ Văn Minh", "Nam", "1899", "", "Trà Bui", "Cán bộ"},
			[]string{"Dòng 7, cột «Năm sinh»: năm 1899 phải nằm trong khoảng 1900–2007."}},
		{"ErrUnitNotFound", []string{"Hồ Văn Minh", "Nam", "", "", "Trà Buii", "Cán bộ"},
			[]string{"Dòng 7, cột «Đơn vị»: không tìm thấy đơn vị 'Trà Buii'."}},
		{"ErrUnitAmbiguous", []string{"Hồ Văn Minh", "Nam", "", "", "tra doc", "Cán bộ"},
			[]string{"Dòng 7, cột «Đơn vị»: 'tra doc' trùng tên với nhiều đơn vị ('UBND xã Trà Đốc', 'Trường Mầm non Trà Đốc'); hãy ghi tên đầy đủ của đơn vị."}},
		{"ErrUnitEmpty", []string{"Hồ Văn Minh", "Nam", "", "", " ", "Cán bộ"},
			[]string{"Dòng 7, cột «Đơn vị»: không được để trống."}},
		{"ErrGender", []string{"Hồ Văn Minh", "Ông", "", "", "Trà Bui", "Cán bộ"},
			[]string{"Dòng 7, cột «Giới tính»: 'Ông' phải là Nam hoặc Nữ."}},
		{"ErrGenderEmpty", []string{"Hồ Văn Minh", "", "", "", "Trà Bui", "Cán bộ"},
			[]string{"Dòng 7, cột «Giới tính»: không được để trống."}},
		{"ErrCategory", []string{"Hồ Văn Minh", "Nam", "", "", "Trà Bui", "Hợp đồng"},
			[]string{"Dòng 7, cột «Đối tượng»: 'Hợp đồng' không phải là đối tượng hợp lệ (Cán bộ, Công chức, Viên chức, Người hoạt động không chuyên trách, Người lao động)."}},
		{"ErrName", []string{"", "Nam", "", "", "Trà Bui", "Cán bộ"},
			[]string{"Dòng 7, cột «Họ và tên»: không được để trống."}},
		{"ErrPosition", []string{"Hồ Văn Minh", "Nam", "", strings.Repeat("a", 201), "Trà Bui", "Cán bộ"},
			[]string{"Dòng 7, cột «Chức vụ»: dài quá 200 ký tự."}},
		{"ErrSeveralInOneRow", []string{"", "x", "19a5", "", "Không có", "y"},
			[]string{
				"Dòng 7, cột «Họ và tên»: không được để trống.",
				"Dòng 7, cột «Giới tính»: 'x' phải là Nam hoặc Nữ.",
				"Dòng 7, cột «Năm sinh»: '19a5' không phải là năm hợp lệ.",
				"Dòng 7, cột «Đơn vị»: không tìm thấy đơn vị 'Không có'.",
				"Dòng 7, cột «Đối tượng»: 'y' không phải là đối tượng hợp lệ (Cán bộ, Công chức, Viên chức, Người hoạt động không chuyên trách, Người lao động).",
			}},
	}
	for _, tc := range errCases {
		t.Run(tc.name, func(t *testing.T) {
			ps, errs := one(t, tc.row, 7)
			if !reflect.DeepEqual(errs, tc.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(tc.want, "\n"))
			}
			if len(ps) != 0 {
				t.Errorf("a bad row was returned: %+v", ps)
			}
		})
	}
	t.Run("ErrRowsInOrderGoodOnesKept", func(t *testing.T) {
		tb := personTable(
			[]string{"A", "Nam", "", "", "Trà Bui", "Cán bộ"},
			[]string{"B", "Nam", "", "", "Trà Buii", "Cán bộ"},
			[]string{"C", "Nữ", "", "", "Trà Bui", "Cán bộ"},
			[]string{"D", "Nữ", "19a5", "", "Trà Bui", "Cán bộ"},
		)
		tb.RowNums = []int{3, 9, 12, 20}
		ps, errs := ParsePeople(tb, testUnits, maxYear)
		want := []string{
			"Dòng 9, cột «Đơn vị»: không tìm thấy đơn vị 'Trà Buii'.",
			"Dòng 20, cột «Năm sinh»: '19a5' không phải là năm hợp lệ.",
		}
		if !reflect.DeepEqual(errTexts(errs), want) {
			t.Errorf("got %q", errTexts(errs))
		}
		if len(ps) != 2 || ps[0].FullName != "A" || ps[1].FullName != "C" {
			t.Errorf("good rows %+v", ps)
		}
	})
	t.Run("ErrMissingColumns", func(t *testing.T) {
		tb := app.Table{Header: []string{"Họ và tên", "Năm sinh"}, HeaderRow: 2}
		_, errs := ParsePeople(tb, testUnits, maxYear)
		want := []string{
			"Dòng 2: Thiếu cột «Giới tính» ở dòng tiêu đề.",
			"Dòng 2: Thiếu cột «Đơn vị» ở dòng tiêu đề.",
			"Dòng 2: Thiếu cột «Đối tượng» ở dòng tiêu đề.",
		}
		if !reflect.DeepEqual(errTexts(errs), want) {
			t.Errorf("got %q", errTexts(errs))
		}
	})
}

func TestUnitsTable_RoundTrip(t *testing.T) {
	units := []app.Unit{
		{Name: "UBND thị trấn Trà My", ShortName: "Trà My", Kind: app.UnitTown, Head: "Nguyễn Văn An", Address: "Tổ 1, thị trấn Trà My", Phone: "0235 3882 001", Email: "tramy@quangnam.gov.vn", Active: true},
		{Name: "UBND xã Trà Bui", Kind: app.UnitCommune, Active: true},
		{Name: "Phòng Tài chính - Kế hoạch", ShortName: "TC-KH", Kind: app.UnitDepartment, Active: true},
		{Name: "Ban Quản lý dự án", Kind: app.UnitOther, Active: true},
	}
	tb := UnitsTable(units)
	if !reflect.DeepEqual(tb.Header, columnNamesOf(UnitColumns)) {
		t.Errorf("header %q", tb.Header)
	}
	if tb.Rows[2][1] != "Phòng, ban" || tb.RowNums[3] != 5 {
		t.Errorf("row %q, row numbers %v", tb.Rows[2], tb.RowNums)
	}
	got, errs := ParseUnits(tb)
	mustNoErrors(t, errs)
	if !reflect.DeepEqual(got, units) {
		t.Errorf("got  %+v\nwant %+v", got, units)
	}
}

func TestPeopleTable_RoundTrip(t *testing.T) {
	people := []app.Person{
		{FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, BirthYear: 1988, Position: "Chuyên viên", Category: app.CivilServant, UnitID: 2, UnitName: "Phòng Nội vụ", Active: true},
		{FullName: "Hồ Văn Minh", Gender: app.Male, Category: app.PartTime, UnitID: 1, UnitName: "UBND xã Trà Bui", Active: true},
		{FullName: "Đinh Văn Đức", Gender: app.Male, BirthYear: 1970, Category: app.Worker, UnitID: 4, UnitName: "Trường Mầm non Trà Đốc", Active: true},
	}
	tb := PeopleTable(people, testUnits)
	if tb.Rows[1][4] != "UBND xã Trà Bui" || tb.Rows[1][2] != "" || tb.Rows[0][2] != "1988" {
		t.Errorf("rows %q", tb.Rows)
	}
	got, errs := ParsePeople(tb, testUnits, 2007)
	mustNoErrors(t, errs)
	if !reflect.DeepEqual(got, people) {
		t.Errorf("got  %+v\nwant %+v", got, people)
	}
}

func TestPeopleTable_UnitNameFallback(t *testing.T) {
	tb := PeopleTable([]app.Person{{FullName: "A", Gender: app.Male, UnitID: 99, UnitName: "Đơn vị đã xoá", Category: app.Cadre}}, testUnits)
	if got := tb.Rows[0][4]; got != "Đơn vị đã xoá" {
		t.Errorf("unit %q", got)
	}
}

func TestTemplates(t *testing.T) {
	us, errs := ParseUnits(UnitTemplate())
	mustNoErrors(t, errs)
	if len(us) != 1 || us[0].Name != "UBND xã Trà Bui" || us[0].Kind != app.UnitCommune {
		t.Errorf("unit template %+v", us)
	}
	ps, errs := ParsePeople(PersonTemplate(), testUnits, 2007)
	mustNoErrors(t, errs)
	if len(ps) != 1 || ps[0].FullName != "Nguyễn Thị Hồng Nhung" || ps[0].UnitID != 2 {
		t.Errorf("person template %+v", ps)
	}
	if len(UnitWidths) != len(UnitColumns) || len(PersonWidths) != len(PersonColumns) {
		t.Error("widths do not match the columns")
	}
}

func FuzzParsePeople(f *testing.F) {
	f.Add("Họ và tên", "Nguyễn Thị Hồng Nhung", "Nữ", "1988", "Trà Bui", "Công chức", 2)
	f.Add("ho va ten", "", "x", "19a5", "tra doc", "", 0)
	f.Add("", "Nguye\u0302\u0303n", "NAM", "0", "\u00a0", "Không chuyên trách", -3)
	f.Add("Giới tính", "\xff", "nu", "99999", "Trà Đốc", "Cán bộ", 1<<40)
	f.Fuzz(func(t *testing.T, head, name, gender, year, unit, category string, rowNum int) {
		tb := app.Table{
			Header:  []string{head, "Giới tính", "Năm sinh", "Đơn vị", "Đối tượng", "Họ và tên"},
			Rows:    [][]string{{"", gender, year, unit, category, name}, {name, gender, year}, {}, {unit, unit, unit, unit, unit, unit, unit}},
			RowNums: []int{rowNum, rowNum + 1},
		}
		ps, errs := ParsePeople(tb, testUnits, 2007)
		for _, e := range errs {
			if e.Row <= 0 {
				t.Errorf("error without a row: %q", e.Error())
			}
			if e.Message == "" || e.Code != app.EINVALID {
				t.Errorf("bad error %+v", e)
			}
		}
		for _, p := range ps {
			if err := p.Validate(2007); err != nil {
				t.Errorf("returned an invalid person %+v: %v", p, err)
			}
			if !viet.IsNFC(p.FullName) || p.FullName != viet.Normalize(p.FullName) {
				t.Errorf("name not normalised: %q", p.FullName)
			}
		}
	})
}
