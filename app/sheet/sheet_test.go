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
			data := mustWrite(t, name, app.PeopleTable(people, units), app.PersonWidths)
			got, errs := app.ParsePeople(mustRead(t, name, data), units, 2007)
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
		{"StrayQuote", "Tên đơn vị,Loại\nTrường \"Hoa Mai,Khác\n", app.Table{
			Header: []string{"Tên đơn vị", "Loại"}, HeaderRow: 1, Rows: [][]string{{"Trường \"Hoa Mai", "Khác"}}, RowNums: []int{2}}},
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
		want := []string{"1985", "1985", "1990", "2001", "1.985", "01-15-24", "0.5", "905123456", "1988", "1.50", "0235 3880 123", "1234567"}
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
	return app.PeopleTable(ps, units)
}

// A long list comes back whole; its speed is measured by the benchmarks
// (a timing assertion would fail under -race).
func TestFiles_RoundTrip10k(t *testing.T) {
	if testing.Short() {
		t.Skip("10.000 rows")
	}
	tb := people10k()
	assertTable(t, mustRead(t, "a.xlsx", mustWrite(t, "a.xlsx", tb, app.PersonWidths)), tb)
}

func BenchmarkReadXLSX10k(b *testing.B) {
	data := mustWrite(b, "a.xlsx", people10k(), app.PersonWidths)
	for b.Loop() {
		mustRead(b, "a.xlsx", data)
	}
}

func BenchmarkWriteXLSX10k(b *testing.B) {
	tb := people10k()
	for b.Loop() {
		if err := (Files{}).WriteTable(io.Discard, "a.xlsx", tb, app.PersonWidths); err != nil {
			b.Fatal(err)
		}
	}
}
