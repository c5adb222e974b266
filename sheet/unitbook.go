package sheet

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

// The layout of a unit's workbook: where each sheet's header and first line are. The reader
// (unitbook_read.go) finds them by these same constants.
const (
	scoreHeaderRow = 4  // «Tự chấm điểm»: Mã | Nội dung | Điểm tối đa | Tự chấm | Không áp dụng | Ghi chú | (Lĩnh vực, Lá hidden)
	listHeaderRow  = 2  // «Đề nghị khen thưởng», «Sáng kiến»
	proposalLines  = 60 // the prepared lines of the proposals sheet
	initiativeLine = 30 // … and of the initiatives sheet
)

// BookProposalHeader and BookInitiativeHeader are the columns of the two lists of the workbook.
var (
	BookProposalHeader   = []string{"Đối tượng", "Họ và tên / Tên tập thể", "Chức vụ", "Hình thức", "Thành tích"}
	BookInitiativeHeader = []string{"Tên sáng kiến", "Lĩnh vực", "Loại giải pháp", "Tác giả (tỷ lệ %)", "Ngày áp dụng",
		"Tóm tắt", "Số quyết định công nhận cấp cơ sở", "Ngày công nhận cấp cơ sở"}
	bookScoreHeader = []string{"Mã", "Nội dung", "Điểm tối đa", "Tự chấm", "Không áp dụng", "Ghi chú", "Lĩnh vực", "Lá"}
)

// metaKeys are the labels of the hidden sheet's column A, in order.
var metaKeys = []string{"Chương trình", "Phiên bản", "Mã sổ", "Mã phong trào", "Năm", "Phong trào", "Mã đơn vị", "Đơn vị", "SHA-256"}

// WriteUnitBook writes a unit's workbook: the guide, the self-assessment with its formulas and
// limits, the two lists with their drop-downs, and the hidden sheet naming what it belongs to.
// Everything but the cells to fill is locked.
func (Files) WriteUnitBook(w io.Writer, b app.UnitBook) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newBookStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", app.BookGuideSheet); err != nil {
		return err
	}
	for _, name := range []string{app.BookScoreSheet, app.BookProposalSheet, app.BookInitiativeSheet, app.BookMetaSheet} {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	steps := []func(*excelize.File, app.UnitBook, bookStyles) error{writeGuide, writeScores, writeProposals, writeInitiatives, writeMeta}
	for _, step := range steps {
		if err := step(f, b, st); err != nil {
			return fmt.Errorf("sheet: workbook of %s: %w", b.UnitName, err)
		}
	}
	f.SetActiveSheet(1)
	return f.Write(w)
}

type bookStyles struct {
	title, header, parent, text, open, openNum, openDate, total int
}

func newBookStyles(f *excelize.File) (bookStyles, error) {
	var s bookStyles
	border := []excelize.Border{{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1}}
	wrap := &excelize.Alignment{WrapText: true, Vertical: "top"}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	dec := "0.00"
	date := "dd/mm/yyyy"
	defs := []struct {
		dst *int
		st  excelize.Style
	}{
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 13}}},
		{&s.header, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("DDEBF7"), Border: border, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}}},
		{&s.parent, excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Alignment: wrap, CustomNumFmt: &dec}},
		{&s.text, excelize.Style{Border: border, Alignment: wrap, CustomNumFmt: &dec}},
		{&s.open, excelize.Style{Border: border, Alignment: wrap, Fill: fill("FFF2CC"), Protection: &excelize.Protection{Locked: false}}},
		{&s.openNum, excelize.Style{Border: border, Fill: fill("FFF2CC"), CustomNumFmt: &dec, Protection: &excelize.Protection{Locked: false}}},
		{&s.openDate, excelize.Style{Border: border, Fill: fill("FFF2CC"), CustomNumFmt: &date, Protection: &excelize.Protection{Locked: false}}},
		{&s.total, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("E2EFDA"), Border: border, CustomNumFmt: &dec}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return s, err
		}
		*d.dst = id
	}
	return s, nil
}

func protect(f *excelize.File, sheet string) error {
	return f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true})
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func writeGuide(f *excelize.File, b app.UnitBook, st bookStyles) error {
	sh := app.BookGuideSheet
	if err := f.SetColWidth(sh, "A", "A", 110); err != nil {
		return err
	}
	f.SetCellValue(sh, "A1", "SỔ CỦA ĐƠN VỊ — "+b.UnitName)
	f.SetCellStyle(sh, "A1", "A1", st.title)
	f.SetCellValue(sh, "A2", b.CampaignName+" (năm "+strconv.Itoa(b.Year)+")")
	for i, line := range b.Guide {
		c := cellName(1, 4+i)
		f.SetCellValue(sh, c, line)
		f.SetCellStyle(sh, c, c, st.text)
		if err := f.SetRowHeight(sh, 4+i, lineHeight(line, 100)); err != nil {
			return err
		}
	}
	if err := fitLandscape(f, sh); err != nil {
		return err
	}
	return protect(f, sh)
}

// fitLandscape prints a sheet landscape, one page wide.
func fitLandscape(f *excelize.File, sh string) error {
	landscape, wide, tall, yes := "landscape", 1, 0, true
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	return f.SetPageLayout(sh, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall})
}

func points(p app.Points) float64 { return float64(p) / 100 }

// lineHeight is the height (points) of a row whose wrapped text of about perLine characters a line
// needs: spreadsheet programs do not all grow a row for wrapped text on opening.
func lineHeight(text string, perLine int) float64 {
	n := len([]rune(text))/perLine + 1
	return 15 * float64(n)
}

func writeScores(f *excelize.File, b app.UnitBook, st bookStyles) error {
	sh := app.BookScoreSheet
	for i, w := range []float64{9, 70, 11, 11, 13, 34, 6, 4} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	f.SetCellValue(sh, "A1", "BẢNG TỰ CHẤM ĐIỂM — "+b.UnitName)
	f.SetCellStyle(sh, "A1", "A1", st.title)
	f.SetCellValue(sh, "A2", b.SetName+" — "+b.CampaignName)
	f.SetCellValue(sh, "A3", "Chỉ nhập vào các ô màu vàng: Tự chấm (từ 0 đến điểm tối đa, bậc 0,25), «x» ở Không áp dụng khi được phép, Ghi chú.")
	if err := f.SetSheetRow(sh, cellName(1, scoreHeaderRow), &bookScoreHeader); err != nil {
		return err
	}
	f.SetCellStyle(sh, cellName(1, scoreHeaderRow), cellName(8, scoreHeaderRow), st.header)
	first := scoreHeaderRow + 1
	last := first + len(b.Criteria) - 1
	for i, c := range b.Criteria {
		if err := scoreLine(f, sh, first+i, c, st); err != nil {
			return err
		}
	}
	if err := scoreTotals(f, sh, b, first, last, st); err != nil {
		return err
	}
	if err := f.SetColVisible(sh, "G:H", false); err != nil {
		return err
	}
	if err := fitLandscape(f, sh); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: scoreHeaderRow, TopLeftCell: cellName(1, first), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return protect(f, sh)
}

func scoreLine(f *excelize.File, sh string, row int, c app.BookCriterion, st bookStyles) error {
	leaf := 0
	if c.Leaf {
		leaf = 1
	}
	vals := []any{c.Code, c.Name, points(c.Max), nil, nil, nil, c.Field, leaf}
	if err := f.SetSheetRow(sh, cellName(1, row), &vals); err != nil {
		return err
	}
	style := st.parent
	if c.Leaf {
		style = st.text
	}
	if err := f.SetRowHeight(sh, row, lineHeight(c.Name, 62)); err != nil {
		return err
	}
	f.SetCellStyle(sh, cellName(1, row), cellName(8, row), style)
	if !c.Leaf {
		return nil
	}
	f.SetCellStyle(sh, cellName(6, row), cellName(6, row), st.open)
	f.SetCellValue(sh, cellName(6, row), c.Note)
	if c.NAAllowed {
		f.SetCellStyle(sh, cellName(5, row), cellName(5, row), st.open)
		if c.NA {
			f.SetCellValue(sh, cellName(5, row), "x")
		}
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(cellName(5, row))
		if err := dv.SetDropList([]string{"x"}); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Không áp dụng", "Chỉ nhập «x» hoặc để trống.")
		if err := f.AddDataValidation(sh, dv); err != nil {
			return err
		}
	}
	if c.Survey { // its points come from the survey figures: the unit sends them with the workbook
		f.SetCellValue(sh, cellName(4, row), "Theo khảo sát")
		return nil
	}
	if c.FromReports { // «Chế độ báo cáo»: the office scores it from the reports received
		f.SetCellValue(sh, cellName(4, row), "Theo dõi báo cáo")
		return nil
	}
	f.SetCellStyle(sh, cellName(4, row), cellName(4, row), st.openNum)
	if c.Self != "" {
		if v, err := strconv.ParseFloat(c.Self, 64); err == nil {
			f.SetCellValue(sh, cellName(4, row), v)
		}
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(cellName(4, row))
	if err := dv.SetRange(0, points(c.Max), excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "Tự chấm", "Điểm tự chấm từ 0 đến "+strconv.FormatFloat(points(c.Max), 'f', -1, 64)+".")
	return f.AddDataValidation(sh, dv)
}

// scoreTotals writes the totals per field and in all as formulas: the maximum leaves out the
// items marked «Không áp dụng», the self-score adds what is typed.
func scoreTotals(f *excelize.File, sh string, b app.UnitBook, first, last int, st bookStyles) error {
	row := last + 2
	f.SetCellValue(sh, cellName(2, row), "TỔNG THEO LĨNH VỰC")
	f.SetCellStyle(sh, cellName(1, row), cellName(6, row), st.header)
	rng := func(col string) string { return fmt.Sprintf("$%s$%d:$%s$%d", col, first, col, last) }
	top := row + 1
	for i, name := range b.Fields {
		r := top + i
		f.SetCellValue(sh, cellName(1, r), strconv.Itoa(i+1))
		f.SetCellValue(sh, cellName(2, r), name)
		n := strconv.Itoa(i + 1)
		if err := f.SetCellFormula(sh, cellName(3, r), fmt.Sprintf(`SUMIFS(%s,%s,%s,%s,1,%s,"<>x")`, rng("C"), rng("G"), n, rng("H"), rng("E"))); err != nil {
			return err
		}
		if err := f.SetCellFormula(sh, cellName(4, r), fmt.Sprintf(`SUMIFS(%s,%s,%s,%s,1)`, rng("D"), rng("G"), n, rng("H"))); err != nil {
			return err
		}
		f.SetCellStyle(sh, cellName(1, r), cellName(6, r), st.text)
	}
	end := top + len(b.Fields)
	f.SetCellValue(sh, cellName(2, end), "TỔNG CỘNG")
	for col := 3; col <= 4; col++ {
		c, _ := excelize.ColumnNumberToName(col)
		if err := f.SetCellFormula(sh, cellName(col, end), fmt.Sprintf("SUM(%s%d:%s%d)", c, top, c, end-1)); err != nil {
			return err
		}
	}
	f.SetCellStyle(sh, cellName(1, end), cellName(6, end), st.total)
	return nil
}

// listRange is the hidden sheet's column col, rows 1…n, as a validation source.
func listRange(col string, n int) string {
	if n < 1 {
		n = 1
	}
	return fmt.Sprintf("'%s'!$%s$1:$%s$%d", app.BookMetaSheet, col, col, n)
}

func writeList(f *excelize.File, sh, title string, header []string, widths []float64, lines int, st bookStyles) error {
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	f.SetCellValue(sh, "A1", title)
	f.SetCellStyle(sh, "A1", "A1", st.title)
	if err := f.SetSheetRow(sh, cellName(1, listHeaderRow), &header); err != nil {
		return err
	}
	f.SetCellStyle(sh, cellName(1, listHeaderRow), cellName(len(header), listHeaderRow), st.header)
	f.SetCellStyle(sh, cellName(1, listHeaderRow+1), cellName(len(header), listHeaderRow+lines), st.open)
	return f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: listHeaderRow, TopLeftCell: cellName(1, listHeaderRow+1), ActivePane: "bottomLeft"})
}

func listValidation(f *excelize.File, sh string, col, lines int, source string, strict bool, msg string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(cellName(col, listHeaderRow+1) + ":" + cellName(col, listHeaderRow+lines))
	dv.SetSqrefDropList(source)
	style := excelize.DataValidationErrorStyleWarning
	if strict {
		style = excelize.DataValidationErrorStyleStop
	}
	dv.SetError(style, "Giá trị ngoài danh sách", msg)
	return f.AddDataValidation(sh, dv)
}

func writeProposals(f *excelize.File, b app.UnitBook, st bookStyles) error {
	sh := app.BookProposalSheet
	if err := writeList(f, sh, "ĐỀ NGHỊ KHEN THƯỞNG — "+b.UnitName, BookProposalHeader, []float64{12, 32, 24, 40, 70}, proposalLines, st); err != nil {
		return err
	}
	checks := []struct {
		col    int
		src    string
		strict bool
		msg    string
	}{
		{1, listRange("D", 2), true, "Chọn «Cá nhân» hoặc «Tập thể»."},
		{2, listRange("F", len(b.Staff)), false, "Người này không có trong danh sách cán bộ của đơn vị; tên tập thể thì cứ nhập."},
		{4, listRange("E", len(b.Forms)), true, "Chọn một hình thức trong danh sách."},
	}
	for _, c := range checks {
		if err := listValidation(f, sh, c.col, proposalLines, c.src, c.strict, c.msg); err != nil {
			return err
		}
	}
	return protect(f, sh)
}

func writeInitiatives(f *excelize.File, b app.UnitBook, st bookStyles) error {
	sh := app.BookInitiativeSheet
	if err := writeList(f, sh, "ĐĂNG KÝ SÁNG KIẾN — "+b.UnitName, BookInitiativeHeader, []float64{44, 28, 22, 36, 13, 50, 18, 13}, initiativeLine, st); err != nil {
		return err
	}
	if err := listValidation(f, sh, 2, initiativeLine, listRange("G", len(b.ReformFields)), false, "Chọn một lĩnh vực, hoặc ghi «Khác: tên lĩnh vực»."); err != nil {
		return err
	}
	if err := listValidation(f, sh, 3, initiativeLine, listRange("H", len(b.SolutionKinds)), true, "Chọn một loại giải pháp trong danh sách."); err != nil {
		return err
	}
	for _, col := range []int{5, 8} {
		f.SetCellStyle(sh, cellName(col, listHeaderRow+1), cellName(col, listHeaderRow+initiativeLine), st.openDate)
	}
	return protect(f, sh)
}

func writeMeta(f *excelize.File, b app.UnitBook, _ bookStyles) error {
	sh := app.BookMetaSheet
	vals := []string{app.BookProgramSignature, app.BookFormatVersion, b.BookID, strconv.FormatInt(b.CampaignID, 10), strconv.Itoa(b.Year),
		b.CampaignName, strconv.FormatInt(b.UnitID, 10), b.UnitName, app.LockedHash(b.BookID, b.CampaignID, b.UnitID, b.Criteria)}
	for i, k := range metaKeys {
		f.SetCellValue(sh, cellName(1, i+1), k)
		f.SetCellValue(sh, cellName(2, i+1), vals[i])
	}
	lists := map[string][]string{"D": {"Cá nhân", "Tập thể"}, "E": b.Forms, "F": b.Staff, "G": b.ReformFields, "H": b.SolutionKinds}
	for col, xs := range lists {
		for i, x := range xs {
			f.SetCellValue(sh, col+strconv.Itoa(i+1), x)
		}
	}
	if err := f.SetSheetVisible(sh, false, true); err != nil {
		return err
	}
	return protect(f, sh)
}
