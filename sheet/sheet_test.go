package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/lists"
	"thidua/app/viet"
)

// sample is a table with the text that breaks naive writers: commas,
// quotes, semicolons, line breaks, leading zeros and spaces, a formula-like
// cell and Vietnamese in NFC.
func sample() app.Table {
	return app.Table{
		Header: []string{"Họ và tên", "Giới tính", "Năm sinh", "Ghi chú", "Điện thoại"},
		Rows: [][]string{
			{"Nguyễn Thị Hồng Nhung", "Nữ", "1988", "Phòng Tài chính, Kế hoạch", "0905123456"},
			{"Đặng Văn Đức", "Nam", "", `Biệt danh "Đức nhỏ"; tổ 3`, ""},
			{"Trần Thị Ánh Tuyết", "Nữ", "1975", "dòng một\ndòng hai", "+84 235 3880 123"},
			{"Lê Văn Hùng", "Nam", "2001", "  cách đầu và cuối  ", "=1+1"},
		},
		RowNums:   []int{2, 3, 4, 5},
		HeaderRow: 1,
	}
}

// mustWrite writes t as fileName and returns the bytes.
func mustWrite(tb testing.TB, fileName string, t app.Table, widths []float64) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := (Files{}).WriteTable(&buf, fileName, t, widths); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// mustRead reads data as fileName.
func mustRead(tb testing.TB, fileName string, data []byte) app.Table {
	tb.Helper()
	t, err := (Files{}).ReadTable(bytes.NewReader(data), fileName)
	if err != nil {
		tb.Fatalf("ReadTable: %v", err)
	}
	return t
}

// mustXLSX builds an .xlsx with fill and returns its bytes.
func mustXLSX(tb testing.TB, fill func(f *excelize.File) error) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := fill(f); err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func assertTable(tb testing.TB, got, want app.Table) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("table\n got  %#v\n want %#v", got, want)
	}
}

// assertUserError checks the message and code of a user-facing error.
func assertUserError(tb testing.TB, err error, want string) {
	tb.Helper()
	if app.ErrorCode(err) != app.EINVALID || app.ErrorMessage(err) != want {
		tb.Errorf("error %v (code %q), want %q", err, app.ErrorCode(err), want)
	}
}

func TestFiles_RoundTrip(t *testing.T) {
	for _, name := range []string{"danh-sach.xlsx", "DANH SÁCH.XLSX", "danh-sach.csv", "x.CSV"} {
		t.Run(name, func(t *testing.T) {
			data := mustWrite(t, name, sample(), []float64{30, 10, 10, 40})
			assertTable(t, mustRead(t, name, data), sample())
		})
	}
}

func TestFiles_RoundTripImport(t *testing.T) {
	units := []app.Unit{{ID: 1, Name: "UBND xã Trà Bui", ShortName: "Trà Bui", Kind: app.UnitCommune}, {ID: 2, Name: "Phòng Tài chính, Kế hoạch", Kind: app.UnitDepartment}}
	people := []app.Person{
		{FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, BirthYear: 1988, Position: "Chuyên viên", Category: app.CivilServant, UnitID: 2, UnitName: units[1].Name, Active: true},
		{FullName: "Hồ Văn Minh", Gender: app.Male, Category: app.PartTime, UnitID: 1, UnitName: units[0].Name, Active: true},
	}
	for _, name := range []string{"cb.xlsx", "cb.csv"} {
		t.Run(name, func(t *testing.T) {
			data := mustWrite(t, name, lists.PeopleTable(people, units), lists.PersonWidths)
			got, errs := lists.ParsePeople(mustRead(t, name, data), units, 2007)
			if len(errs) > 0 || !reflect.DeepEqual(got, people) {
				t.Errorf("got %+v, errors %v", got, errs)
			}
		})
	}
}

func TestWriteTable_XLSXLayout(t *testing.T) {
	data := mustWrite(t, "a.xlsx", sample(), []float64{30, 0, 12.5})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"Danh sách"}) {
		t.Errorf("sheets %q", got)
	}
	panes, err := f.GetPanes("Danh sách")
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("panes %+v %v", panes, err)
	}
	if w, _ := f.GetColWidth("Danh sách", "C"); w != 12.5 {
		t.Errorf("width of C = %v", w)
	}
	styleID, _ := f.GetCellStyle("Danh sách", "B1")
	style, err := f.GetStyle(styleID)
	if err != nil || style.Font == nil || !style.Font.Bold || len(style.Fill.Color) == 0 {
		t.Errorf("header style %+v %v", style, err)
	}
}

// The column widths and the autofilter, as Excel expects them in the XML.
func TestWriteTable_XLSXColsAndFilter(t *testing.T) {
	data := mustWrite(t, "a.xlsx", sample(), []float64{30, 0, 12.5})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if xml := sheetXML(t, data); !strings.Contains(xml, `<cols><col min="1" max="1" width="30" customWidth="1"/><col min="3" max="3" width="12.5" customWidth="1"/></cols>`) ||
		strings.Contains(xml, "filterMode") {
		t.Errorf("sheet XML: %.600s", xml[strings.Index(xml, "<sheetViews"):])
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm._FilterDatabase" || !strings.HasSuffix(names[0].RefersTo, "$A$1:$E$5") {
		t.Errorf("autofilter %+v", names)
	}
}

// sheetXML is the XML of the first worksheet of an .xlsx.
func sheetXML(tb testing.TB, data []byte) string {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	rc, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		tb.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestWriteTable_CSVBytes(t *testing.T) {
	data := mustWrite(t, "a.csv", sample(), nil)
	if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBFHọ và tên,Giới tính,Năm sinh,Ghi chú,Điện thoại\r\n")) {
		t.Errorf("start %q", data[:80])
	}
	if !bytes.Contains(data, []byte("\"Phòng Tài chính, Kế hoạch\",0905123456\r\n")) ||
		!bytes.Contains(data, []byte(`"Biệt danh ""Đức nhỏ""; tổ 3"`)) {
		t.Errorf("quoting:\n%s", data)
	}
	if bytes.Count(data, []byte("\n")) != bytes.Count(data, []byte("\r\n")) {
		t.Error("bare LF line ends")
	}
}

func TestReadTable_CSV(t *testing.T) {
	want := func(rowNums ...int) app.Table {
		tb := app.Table{Header: []string{"Tên đơn vị", "Loại"}, HeaderRow: rowNums[0]}
		for i, n := range rowNums[1:] {
			tb.Rows = append(tb.Rows, []string{fmt.Sprintf("Đơn vị %d", i+1), "Xã"})
			tb.RowNums = append(tb.RowNums, n)
		}
		return tb
	}
	cases := []struct {
		name, data string
		want       app.Table
	}{
		{"WithBOM", "\uFEFFTên đơn vị,Loại\r\nĐơn vị 1,Xã\r\n", want(1, 2)},
		{"WithoutBOM", "Tên đơn vị,Loại\nĐơn vị 1,Xã\nĐơn vị 2,Xã", want(1, 2, 3)},
		{"Semicolon", "Tên đơn vị;Loại\r\nĐơn vị 1;Xã\r\n", want(1, 2)},
		{"SemicolonWithCommaInCell", "Tên đơn vị;Loại\r\n\"Đơn vị 1\";Xã\r\n", want(1, 2)},
		{"Tab", "Tên đơn vị\tLoại\nĐơn vị 1\tXã\n", want(1, 2)},
		{"BlankRowsKeepRowNumbers", "\r\n;;\r\nTên đơn vị;Loại\r\nĐơn vị 1;Xã\r\n\r\n ; \r\n\r\nĐơn vị 2;Xã\r\n\r\n", want(3, 4, 8)},
		{"TrailingEmptyHeaderCells", "Tên đơn vị,Loại,,\nĐơn vị 1,Xã,,\n", app.Table{
			Header: []string{"Tên đơn vị", "Loại"}, HeaderRow: 1, Rows: [][]string{{"Đơn vị 1", "Xã", "", ""}}, RowNums: []int{2}}},
		{"ShortRowsPadded", "Tên đơn vị,Loại,Email\nĐơn vị 1\n", app.Table{
			Header: []string{"Tên đơn vị", "Loại", "Email"}, HeaderRow: 1, Rows: [][]string{{"Đơn vị 1", "", ""}}, RowNums: []int{2}}},
		{"MultiLineCellIsOneRow", "Tên đơn vị,Loại\n\"Đơn vị\n1\",Xã\n\nĐơn vị 2,Xã\n", app.Table{
			Header: []string{"Tên đơn vị", "Loại"}, HeaderRow: 1,
			Rows: [][]string{{"Đơn vị\n1", "Xã"}, {"Đơn vị 2", "Xã"}}, RowNums: []int{2, 4}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertTable(t, mustRead(t, "a.csv", []byte(tc.data)), tc.want)
		})
	}
}

func TestReadTable_Errors(t *testing.T) {
	good := mustWrite(t, "a.xlsx", sample(), nil)
	cases := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"ErrTxt", "danh-sach.txt", []byte("a,b\n"), "Chỉ nhận tệp .xlsx hoặc .csv."},
		{"ErrXLS", "danh-sach.xls", good, "Chỉ nhận tệp .xlsx hoặc .csv."},
		{"ErrNoExtension", "danh-sach", good, "Chỉ nhận tệp .xlsx hoặc .csv."},
		{"ErrCorruptXLSX", "a.xlsx", []byte("PK\x03\x04 không phải zip"), "Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx."},
		{"ErrTruncatedXLSX", "a.xlsx", good[:len(good)/2], "Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx."},
		{"ErrCSVAsXLSX", "a.xlsx", []byte("Tên đơn vị,Loại\n"), "Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx."},
		{"ErrEmptyCSV", "a.csv", []byte("\uFEFF\r\n , \r\n"), "Tệp không có dữ liệu: không tìm thấy dòng tiêu đề."},
		{"ErrEmptyXLSX", "a.xlsx", mustXLSX(t, func(*excelize.File) error { return nil }), "Tệp không có dữ liệu: không tìm thấy dòng tiêu đề."},
		{"ErrNotUTF8", "a.csv", []byte("T\xean \xf0\xf5n v\xf2,Lo\xb9i\r\n"),
			"Tệp CSV không ở mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Save As (Lưu thành) → kiểu «CSV UTF-8 (Comma delimited)» rồi chọn lại tệp."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (Files{}).ReadTable(bytes.NewReader(tc.data), tc.file)
			assertUserError(t, err, tc.want)
		})
	}
	t.Run("ErrWriteTxt", func(t *testing.T) {
		err := (Files{}).WriteTable(io.Discard, "a.txt", sample(), nil)
		assertUserError(t, err, "Chỉ nhận tệp .xlsx hoặc .csv.")
	})
}

func TestReadTable_XLSX(t *testing.T) {
	t.Run("BlankRowsKeepRowNumbers", func(t *testing.T) {
		data := mustXLSX(t, func(f *excelize.File) error {
			cells := map[string]any{"B3": "Tên đơn vị", "C3": "Loại", "B4": "Đơn vị 1", "C4": "Xã", "B5": " ", "B8": "Đơn vị 2", "D8": "Khác"}
			for ref, v := range cells {
				if err := f.SetCellValue("Sheet1", ref, v); err != nil {
					return err
				}
			}
			return nil
		})
		want := app.Table{
			Header: []string{"", "Tên đơn vị", "Loại"}, HeaderRow: 3,
			Rows: [][]string{{"", "Đơn vị 1", "Xã"}, {"", "Đơn vị 2", "", "Khác"}}, RowNums: []int{4, 8},
		}
		assertTable(t, mustRead(t, "a.xlsx", data), want)
	})
	t.Run("NumericCells", func(t *testing.T) {
		data := mustXLSX(t, func(f *excelize.File) error {
			grouped, err := f.NewStyle(&excelize.Style{NumFmt: 3}) // #,##0
			if err != nil {
				return err
			}
			dotted := "#.##0"
			dottedStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dotted})
			if err != nil {
				return err
			}
			decimals, err := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
			if err != nil {
				return err
			}
			date, err := f.NewStyle(&excelize.Style{NumFmt: 14})
			if err != nil {
				return err
			}
			return setCells(f, []cellSpec{
				{"A1", "Năm sinh", 0}, {"B1", "Ghi chú", 0},
				{"A2", 1985, 0}, {"A3", 1985.0, 0}, {"A4", 1990, grouped}, {"A5", 2001, dottedStyle},
				{"A6", "1.985", 0}, {"A7", time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), date}, {"A8", 0.5, 0}, {"A9", 905123456, 0}, {"A10", 1988, decimals}, {"A11", 1.5, decimals},
				{"A12", "0235 3880 123", 0}, {"A13", 1234567, grouped},
			})
		})
		got := mustRead(t, "a.xlsx", data)
		var col []string
		for _, r := range got.Rows {
			col = append(col, r[0])
		}
		want := []string{"1985", "1985", "1990", "2001", "1.985", "15/01/2024", "0.5", "905123456", "1988", "1.50", "0235 3880 123", "1234567"}
		if !reflect.DeepEqual(col, want) {
			t.Errorf("got %q, want %q", col, want)
		}
	})
	t.Run("FirstVisibleSheet", func(t *testing.T) {
		data := mustXLSX(t, func(f *excelize.File) error {
			if _, err := f.NewSheet("Cán bộ"); err != nil {
				return err
			}
			if err := f.SetCellValue("Sheet1", "A1", "ẩn"); err != nil {
				return err
			}
			if err := f.SetCellValue("Cán bộ", "A1", "Họ và tên"); err != nil {
				return err
			}
			f.SetActiveSheet(1) // Excel cannot hide the selected sheet
			if err := f.SetSheetVisible("Sheet1", false); err != nil {
				return err
			}
			if v, _ := f.GetSheetVisible("Sheet1"); v {
				return fmt.Errorf("Sheet1 still visible")
			}
			return nil
		})
		if got := mustRead(t, "a.xlsx", data); !reflect.DeepEqual(got.Header, []string{"Họ và tên"}) {
			t.Errorf("header %q", got.Header)
		}
	})
}

type cellSpec struct {
	ref   string
	value any
	style int
}

func setCells(f *excelize.File, cells []cellSpec) error {
	for _, c := range cells {
		if err := f.SetCellValue("Sheet1", c.ref, c.value); err != nil {
			return err
		}
		if c.style != 0 {
			if err := f.SetCellStyle("Sheet1", c.ref, c.ref, c.style); err != nil {
				return err
			}
		}
	}
	return nil
}

// people10k is the export of 10.000 people.
func people10k() app.Table {
	units := []app.Unit{{ID: 1, Name: "UBND xã Trà Bui"}, {ID: 2, Name: "Phòng Tài chính - Kế hoạch"}}
	ps := make([]app.Person, 10000)
	for i := range ps {
		ps[i] = app.Person{
			FullName: fmt.Sprintf("Nguyễn Thị Hồng Nhung %d", i), Gender: app.Female, BirthYear: 1960 + i%40,
			Position: "Chuyên viên", Category: app.CivilServant, UnitID: int64(1 + i%2),
		}
	}
	return lists.PeopleTable(ps, units)
}

// A long list comes back whole; its speed is measured by the benchmarks
// (a timing assertion would fail under -race).
func TestFiles_RoundTrip10k(t *testing.T) {
	if testing.Short() {
		t.Skip("10.000 rows")
	}
	tb := people10k()
	assertTable(t, mustRead(t, "a.xlsx", mustWrite(t, "a.xlsx", tb, lists.PersonWidths)), tb)
}

func BenchmarkReadXLSX10k(b *testing.B) {
	data := mustWrite(b, "a.xlsx", people10k(), lists.PersonWidths)
	for b.Loop() {
		mustRead(b, "a.xlsx", data)
	}
}

func BenchmarkWriteXLSX10k(b *testing.B) {
	tb := people10k()
	for b.Loop() {
		if err := (Files{}).WriteTable(io.Discard, "a.xlsx", tb, lists.PersonWidths); err != nil {
			b.Fatal(err)
		}
	}
}

// typedSample has an integer and a money column beside text, with the
// values a writer must not turn into numbers: a leading zero, a grouped
// amount, an amount too long for Excel's 15 digits.
func typedSample() app.Table {
	return app.Table{
		Header: []string{"Họ và tên", "Số lượng", "Tiền thưởng"},
		Rows: [][]string{
			{"Nguyễn Thị Hồng Nhung", "12", "1410000"},
			{"Hồ Văn Minh", "", "0"},
			{"Trần Văn Bình", "007", "1.410.000"},
			{"Lê Thị Hoa", "-5", "-2980000"},
			{"Phòng Nội vụ", "123456789012", "1000000000000000"},
		},
		RowNums:   []int{2, 3, 4, 5, 6},
		HeaderRow: 1,
		Types:     []app.CellType{app.CellText, app.CellInteger, app.CellMoney},
	}
}

func TestFiles_RoundTripTypedCells(t *testing.T) {
	for _, name := range []string{"tien-thuong.xlsx", "tien-thuong.csv"} {
		t.Run(name, func(t *testing.T) {
			want := typedSample()
			got := mustRead(t, name, mustWrite(t, name, want, []float64{30, 10, 16}))
			want.Types = nil // readers give text back
			assertTable(t, got, want)
		})
	}
}

func TestWriteTable_XLSXTypedCells(t *testing.T) {
	data := mustWrite(t, "a.xlsx", typedSample(), nil)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases := []struct {
		ref    string
		number bool
		numFmt int
		shown  string
	}{
		{"A2", false, 0, "Nguyễn Thị Hồng Nhung"},
		{"B2", true, 1, "12"},
		{"C2", true, 3, "1,410,000"}, // excelize shows the en-US grouping; Excel the user's
		{"C3", true, 3, "0"},
		{"B4", false, 0, "007"},
		{"C4", false, 0, "1.410.000"},
		{"B5", true, 1, "-5"},
		{"C5", true, 3, "-2,980,000"},
		{"B6", true, 1, "123456789012"},
		{"C6", false, 0, "1000000000000000"},
	}
	for _, tc := range cases {
		typ, err := f.GetCellType(sheetName, tc.ref)
		if err != nil {
			t.Fatal(err)
		}
		if isNumber := typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset; isNumber != tc.number {
			t.Errorf("%s: type %v, want number %v", tc.ref, typ, tc.number)
		}
		styleID, _ := f.GetCellStyle(sheetName, tc.ref)
		if style, err := f.GetStyle(styleID); err != nil || style.NumFmt != tc.numFmt {
			t.Errorf("%s: number format %+v %v, want %d", tc.ref, style, err, tc.numFmt)
		}
		if shown, _ := f.GetCellValue(sheetName, tc.ref); shown != tc.shown {
			t.Errorf("%s shows %q, want %q", tc.ref, shown, tc.shown)
		}
	}
	if xml := sheetXML(t, data); strings.Contains(xml, `r="B3"`) {
		t.Error("an empty typed cell was written")
	}
}

func TestWriteTable_XLSXNoNumberStylesForText(t *testing.T) {
	data := mustWrite(t, "a.xlsx", sample(), nil)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.GetStyle(2); err == nil {
		t.Error("a text-only table has styles beyond the header's")
	}
}

func TestWriteTable_CSVTypedCells(t *testing.T) {
	data := string(mustWrite(t, "a.csv", typedSample(), nil))
	for _, want := range []string{"Nguyễn Thị Hồng Nhung,12,1410000\r\n", "Hồ Văn Minh,,0\r\n", "Lê Thị Hoa,-5,-2980000\r\n"} {
		if !strings.Contains(data, want) {
			t.Errorf("no %q in\n%s", want, data)
		}
	}
}

func TestReadTable_XLSXDates(t *testing.T) {
	day := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	data := mustXLSX(t, func(f *excelize.File) error {
		style := func(s *excelize.Style) int {
			id, err := f.NewStyle(s)
			if err != nil {
				panic(err)
			}
			return id
		}
		custom := func(code string) int { return style(&excelize.Style{CustomNumFmt: &code}) }
		return setCells(f, []cellSpec{
			{"A1", "Ngày", 0},
			{"A2", day, style(&excelize.Style{NumFmt: 14})},
			{"A3", day, custom("dd/mm/yyyy")},
			{"A4", day, custom("[$-42A]dd mmmm yyyy")},
			{"A5", day, custom("d-mmm-yy")},
			{"A6", day.Add(15 * time.Hour), style(&excelize.Style{NumFmt: 22})},
			{"A7", day, custom("dd.mm.yyyy")},
			{"A8", day, custom(`"Ngày "dd" tháng "mm" năm "yyyy`)},
			{"A9", "10/01/2025", custom("dd/mm/yyyy")}, // text typed into a date column
			{"A10", "ghi chú 1", custom("dd/mm/yyyy")},
			{"A11", 45667, 0}, // a serial without a format stays a number
			{"A12", 0.625, style(&excelize.Style{NumFmt: 20})}, // a time of day is no date
			{"A13", 1410000, style(&excelize.Style{NumFmt: 3})},
			{"A14", 45667, custom(`#,##0 "đ"`)},
			{"A15", 60, style(&excelize.Style{NumFmt: 14})}, // 29/02/1900 in Excel, no real day
		})
	})
	got := mustRead(t, "a.xlsx", data)
	var col []string
	for _, r := range got.Rows {
		col = append(col, r[0])
	}
	want := []string{"10/01/2025", "10/01/2025", "10/01/2025", "10/01/2025", "10/01/2025", "10/01/2025", "10/01/2025",
		"10/01/2025", "ghi chú 1", "45667", "15:00", "1410000", "45,667 đ", "02-29-00"}
	if !reflect.DeepEqual(col, want) {
		t.Errorf("got  %q\nwant %q", col, want)
	}
	for _, s := range col[:8] {
		if _, err := viet.ParseDate(s); err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
		}
	}
}

func TestReadTable_XLSXDates1904(t *testing.T) {
	data := mustXLSX(t, func(f *excelize.File) error {
		on := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &on}); err != nil {
			return err
		}
		id, err := f.NewStyle(&excelize.Style{NumFmt: 14})
		if err != nil {
			return err
		}
		// 44205 days after 01/01/1904 (a Mac workbook) is 10/01/2025.
		return setCells(f, []cellSpec{{"A1", "Ngày", 0}, {"A2", 44205, id}})
	})
	if got := mustRead(t, "a.xlsx", data).Rows[0][0]; got != "10/01/2025" {
		t.Errorf("got %q", got)
	}
}

func TestIsDateCode(t *testing.T) {
	cases := map[string]bool{
		"dd/mm/yyyy": true, "d-mmm-yy": true, "mmm-yy": true, "[$-42A]dd mmmm yyyy": true, "DD/MM/YYYY": true,
		"yyyy": true, "m/d/yy h:mm": true, `"Ngày "dd`: true,
		"h:mm": false, "[h]:mm:ss": false, "mm:ss": false, "General": false, "#,##0": false, `#,##0 "đ/ngày"`: false,
		`0\d`: false, "0_d": false, "0*d": false, "[Red]0": false, "0;dd": false, "@": false, "0.00E+00": false,
	}
	for code, want := range cases {
		if got := isDateCode(code); got != want {
			t.Errorf("isDateCode(%q) = %v, want %v", code, got, want)
		}
	}
}

// The awards export keeps its money column a number in Excel and plain
// digits in the text it reads back.
func TestFiles_AwardsExport(t *testing.T) {
	tb := lists.AwardsExportTable([]app.AwardExportRow{{
		DecisionNumber: "07/QĐ-UBND", SignedOn: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), FormName: "Giấy khen",
		Recipient: app.RecipientPerson, Name: "Nguyễn Thị Hồng Nhung", Position: "Chuyên viên", Unit: "Phòng Nội vụ",
		CertificateNo: "2025-001", Bonus: 1_410_000,
	}})
	for _, name := range []string{"khen-thuong.xlsx", "khen-thuong.csv"} {
		t.Run(name, func(t *testing.T) {
			data := mustWrite(t, name, tb, lists.AwardExportWidths)
			got := mustRead(t, name, data)
			if !reflect.DeepEqual(got.Rows, tb.Rows) {
				t.Errorf("rows %q, want %q", got.Rows, tb.Rows)
			}
		})
	}
	f, err := excelize.OpenReader(bytes.NewReader(mustWrite(t, "a.xlsx", tb, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if shown, _ := f.GetCellValue(sheetName, "I2"); shown != "1,410,000" {
		t.Errorf("bonus shows %q", shown)
	}
}

// A list of past awards typed in Excel, with the decision dates as date
// cells in the author's format, imports clean.
func TestFiles_AwardHistoryWithDateCells(t *testing.T) {
	units := []app.Unit{{ID: 2, Name: "Phòng Nội vụ", Kind: app.UnitDepartment}}
	people := []app.Person{{ID: 11, FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, UnitID: 2}}
	forms := []app.AwardForm{{Code: "giay_khen", Name: "Giấy khen", Recipient: "both"}, {Code: "ldtt", Name: "Lao động tiên tiến", Recipient: "person"}}
	day := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	data := mustXLSX(t, func(f *excelize.File) error {
		for i, h := range []string{"Số quyết định", "Ngày quyết định", "Hình thức", "Đối tượng", "Họ và tên / Tên tập thể", "Đơn vị"} {
			ref, _ := excelize.CoordinatesToCellName(i+1, 1)
			if err := f.SetCellValue("Sheet1", ref, h); err != nil {
				return err
			}
		}
		us := "m/d/yyyy"
		usStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &us})
		if err != nil {
			return err
		}
		rows := [][]any{
			{"07/QĐ-UBND", day, "Giấy khen", "Cá nhân", "Nguyễn Thị Hồng Nhung", "Phòng Nội vụ"},
			{"07/QĐ-UBND", 45667, "Lao động tiên tiến", "Cá nhân", "Nguyễn Thị Hồng Nhung", "Phòng Nội vụ"},
		}
		for i, r := range rows {
			if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+2), &r); err != nil {
				return err
			}
		}
		return f.SetCellStyle("Sheet1", "B2", "B3", usStyle)
	})
	tb := mustRead(t, "a.xlsx", data)
	if tb.Rows[0][1] != "10/01/2025" {
		t.Errorf("date cell read as %q", tb.Rows[0][1])
	}
	ds, errs := lists.ParseAwardHistory(tb, units, people, forms)
	if len(errs) > 0 || len(ds) != 1 || len(ds[0].Awards) != 2 || !ds[0].SignedOn.Equal(day) {
		t.Errorf("got %+v, errors %v", ds, errs)
	}
}

// An export of proposals, with the office's status and reason, imports back.
func TestFiles_ProposalsRoundTrip(t *testing.T) {
	units := []app.Unit{{ID: 2, Name: "Phòng Nội vụ", Kind: app.UnitDepartment}}
	people := []app.Person{{ID: 11, FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, Position: "Chuyên viên", UnitID: 2}}
	forms := []app.AwardForm{{Code: "ldtt", Name: "Lao động tiên tiến", Recipient: "person"}, {Code: "tt_ldtt", Name: "Tập thể lao động tiên tiến", Recipient: "unit"}}
	ps := []app.Proposal{
		{UnitID: 2, UnitName: "Phòng Nội vụ", Recipient: app.RecipientPerson, PersonID: 11, RecipientName: "Nguyễn Thị Hồng Nhung",
			FormCode: "ldtt", FormName: "Lao động tiên tiến", Achievement: "Một;\n\"Hai\", ba", Status: app.ProposalNew},
		{UnitID: 2, UnitName: "Phòng Nội vụ", Recipient: app.RecipientUnit, RecipientUnitID: 2, RecipientName: "Phòng Nội vụ",
			FormCode: "tt_ldtt", FormName: "Tập thể lao động tiên tiến", Status: app.ProposalNew},
	}
	for _, name := range []string{"de-nghi.xlsx", "de-nghi.csv"} {
		t.Run(name, func(t *testing.T) {
			exported := append([]app.Proposal(nil), ps...)
			exported[1].Status, exported[1].Reason = app.ProposalRejected, "Chưa đủ điều kiện."
			data := mustWrite(t, name, lists.ProposalsTableWith(exported, people), lists.ProposalWidths)
			got, errs := lists.ParseProposals(mustRead(t, name, data), units, people, forms)
			if len(errs) > 0 || !reflect.DeepEqual(got, ps) {
				t.Errorf("got %+v, errors %v", got, errs)
			}
		})
	}
}
