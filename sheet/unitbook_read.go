package sheet

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/app"
	"thidua/app/viet"
)

var errNotOurs = app.Errorf(app.EINVALID,
	"Tệp này không phải sổ do chương trình Thi đua CCHC xuất cho đơn vị (không có trang ẩn của chương trình): hãy gửi lại đúng tệp đã nhận, đã điền.")

// ReadUnitBook reads a returned workbook: the hidden sheet, the criteria lines as found (codes,
// texts, maxima, and what the unit typed), and the two lists. A file that is not an .xlsx, a
// damaged one, or one without the program's hidden sheet is refused as a whole.
func (Files) ReadUnitBook(r io.Reader, fileName string) (app.ReturnedBook, error) {
	var out app.ReturnedBook
	if strings.ToLower(filepath.Ext(fileName)) != ".xlsx" {
		return out, app.Errorf(app.EINVALID, "%s không phải tệp Excel (.xlsx): sổ của đơn vị là tệp .xlsx do chương trình xuất.", viet.Quote(filepath.Base(fileName)))
	}
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return out, fmt.Errorf("sheet: read %s: %w", fileName, err)
	}
	if len(data) > maxFileSize {
		return out, errTooLarge
	}
	if err := inspectXLSX(data); err != nil {
		return out, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipSize, UnzipXMLSizeLimit: maxUnzipSize})
	if err != nil {
		return out, errBadXLSX
	}
	defer f.Close()
	if out.Meta, err = readMeta(f); err != nil {
		return out, err
	}
	if out.Criteria, err = readScoreLines(f); err != nil {
		return out, err
	}
	if out.Proposals, err = readList(f, app.BookProposalSheet); err != nil {
		return out, err
	}
	out.Initiatives, err = readList(f, app.BookInitiativeSheet)
	return out, err
}

func hasSheet(f *excelize.File, name string) bool {
	idx, err := f.GetSheetIndex(name)
	return err == nil && idx >= 0
}

func readMeta(f *excelize.File) (app.BookMeta, error) {
	var m app.BookMeta
	if !hasSheet(f, app.BookMetaSheet) {
		return m, errNotOurs
	}
	rows, err := f.GetRows(app.BookMetaSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return m, errBadXLSX
	}
	val := func(i int) string {
		if i < len(rows) && len(rows[i]) > 1 && rows[i][0] == metaKeys[i] {
			return strings.TrimSpace(rows[i][1])
		}
		return ""
	}
	num := func(i int) int64 { n, _ := strconv.ParseInt(val(i), 10, 64); return n }
	m = app.BookMeta{Signature: val(0), Version: val(1), BookID: val(2), CampaignID: num(3), Year: int(num(4)),
		Campaign: val(5), UnitID: num(6), Unit: val(7), Hash: val(8)}
	if m.Signature != app.BookProgramSignature || m.BookID == "" || m.Hash == "" {
		return m, errNotOurs
	}
	return m, nil
}

func missingSheet(name string) error {
	return app.Errorf(app.EINVALID, "Sổ thiếu trang «%s»: có thể trang đã bị xóa hoặc đổi tên. Hãy dùng lại tệp đã nhận và chỉ điền vào các ô màu vàng.", name)
}

// readScoreLines reads the criteria lines below the header until the first blank code.
func readScoreLines(f *excelize.File) ([]app.BookCriterion, error) {
	sh := app.BookScoreSheet
	if !hasSheet(f, sh) {
		return nil, missingSheet(sh)
	}
	rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, errBadXLSX
	}
	var out []app.BookCriterion
	for i := scoreHeaderRow; i < len(rows); i++ { // rows[i] is sheet row i+1
		cell := func(j int) string {
			if j < len(rows[i]) {
				return strings.TrimSpace(rows[i][j])
			}
			return ""
		}
		if cell(0) == "" {
			break
		}
		maxV := readMaximum(cell(2))
		field, _ := strconv.Atoi(cell(6))
		out = append(out, app.BookCriterion{Code: cell(0), Name: cell(1), Max: app.Points(maxV), Field: field, Leaf: cell(7) == "1",
			Self: cell(3), NA: strings.EqualFold(cell(4), "x"), NAText: cell(4), Note: cell(5), Row: i + 1})
	}
	return out, nil
}

// readList reads a list sheet as a table: the header row and the non-blank lines below it, with
// their sheet rows.
func readList(f *excelize.File, sh string) (app.Table, error) {
	var t app.Table
	if !hasSheet(f, sh) {
		return t, missingSheet(sh)
	}
	rows, err := f.GetRows(sh)
	if err != nil {
		return t, errBadXLSX
	}
	if len(rows) < listHeaderRow {
		return t, missingSheet(sh)
	}
	t.Header, t.HeaderRow = rows[listHeaderRow-1], listHeaderRow
	for i := listHeaderRow; i < len(rows); i++ {
		if blankRow(rows[i]) {
			continue
		}
		t.Rows = append(t.Rows, rows[i])
		t.RowNums = append(t.RowNums, i+1)
	}
	return t, nil
}

// readMaximum reads a locked maximum as hundredths. Excel may write a number back in its binary
// form (6 as 6.000000000000001): a float within a rounding error of a hundredth is that hundredth;
// anything else reads as 0, which no longer matches the locked content, so the workbook is refused.
func readMaximum(raw string) int64 {
	if v, ok := viet.ParseFixed(raw, 2); ok {
		return v
	}
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1e12 {
		return 0
	}
	r := math.Round(f * 100)
	if math.Abs(f*100-r) > 1e-6 {
		return 0
	}
	return int64(r)
}
