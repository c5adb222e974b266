package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

// maxRows bounds the rows of a list: a district has a few thousand staff; a file with more is a
// mistake (the wrong file, a sheet filled to the bottom) and is refused before it is parsed.
const maxRows = 100_000

// Errors about damaged or oversized files; every one says that nothing was imported.
var (
	errTooManyRows = app.Errorf(app.EINVALID,
		"Tệp có hơn %s dòng, quá giới hạn của một danh sách: không nhập gì. Hãy kiểm tra đã chọn đúng tệp, hoặc chia danh sách thành nhiều tệp nhỏ hơn.", groupThousands(maxRows))
	errUnzipTooLarge = app.Errorf(app.EINVALID,
		"Tệp Excel khi giải nén lớn hơn %d MB, quá giới hạn của một danh sách: không nhập gì. Hãy kiểm tra đã chọn đúng tệp, hoặc xóa các trang tính, hình ảnh không cần rồi lưu lại.", maxUnzipSize>>20)
)

// damagedXLSX says which row the reading stopped after; rows before it are not imported either.
func damagedXLSX(lastRow int) error {
	if lastRow <= 0 {
		return app.Errorf(app.EINVALID, "Tệp Excel bị hỏng: nội dung trang tính không đọc được. Không nhập gì. Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.")
	}
	return app.Errorf(app.EINVALID, "Tệp Excel bị hỏng từ khoảng dòng %d: từ đó trở đi không đọc được (tệp bị cắt cụt hoặc có ký tự không hợp lệ). Không nhập gì. Hãy mở tệp bằng Excel, kiểm tra, lưu lại rồi chọn lại.", lastRow)
}

// inspectXLSX reads every part of the workbook once, strictly, before excelize sees it: the
// unpacked size against maxUnzipSize, each worksheet's XML to the end (a sheet cut short, malformed
// or holding control characters that XML forbids is refused as damaged — excelize would silently
// return the rows before the damage), the rows against maxRows, and the sheet's declared dimension
// against the rows it really has.
func inspectXLSX(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return errBadXLSX
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
	}
	if total > maxUnzipSize {
		return errUnzipTooLarge
	}
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		switch {
		case strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") && strings.Count(name, "/") == 2:
			err = inspectPart(f, inspectSheet)
		case name == "xl/sharedstrings.xml" || name == "xl/workbook.xml" || name == "xl/styles.xml":
			err = inspectPart(f, wellFormed)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// inspectPart opens a zip entry (its declared size is not trusted: at most maxUnzipSize is read)
// and runs check on its XML.
func inspectPart(f *zip.File, check func(*xml.Decoder) error) error {
	rc, err := f.Open()
	if err != nil {
		return damagedXLSX(0)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: maxUnzipSize + 1}
	if err := check(xml.NewDecoder(lr)); err != nil {
		return err
	}
	if lr.N <= 0 {
		return errUnzipTooLarge
	}
	// The zip reader checks the CRC-32 only at the end of the entry.
	if _, err := io.Copy(io.Discard, lr); err != nil {
		return damagedXLSX(0)
	}
	return nil
}

// wellFormed reads a part to its end.
func wellFormed(d *xml.Decoder) error {
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return damagedXLSX(0)
		}
	}
}

// inspectSheet reads a worksheet to its end, counting rows.
func inspectSheet(d *xml.Decoder) error {
	var rows, last, declared int
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return damagedXLSX(last)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "dimension":
			declared = dimensionLastRow(attr(se, "ref"))
		case "row":
			rows++
			last++
			if r, err := strconv.Atoi(attr(se, "r")); err == nil {
				last = r
			}
			if rows > maxRows+1 || last > excelize.TotalRows {
				return errTooManyRows
			}
		}
	}
	if declared > last && rows > 0 {
		return app.Errorf(app.EINVALID, "Tệp Excel bị hỏng: trang tính khai báo có %d dòng nhưng chỉ có %d dòng (tệp bị cắt cụt). Không nhập gì. Hãy mở tệp bằng Excel, kiểm tra, lưu lại rồi chọn lại.", declared, last)
	}
	return nil
}

// dimensionLastRow is the last row of a dimension reference such as "A1:G10001"; 0 when unknown.
func dimensionLastRow(ref string) int {
	if i := strings.LastIndexByte(ref, ':'); i >= 0 {
		ref = ref[i+1:]
	}
	_, row, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		return 0
	}
	return row
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// checkCSVRows refuses a CSV with more lines than a list may have, before it is parsed.
func checkCSVRows(data []byte) error {
	if bytes.Count(data, []byte{'\n'}) > maxRows+1 {
		return errTooManyRows
	}
	return nil
}

// csvError turns a strict CSV parse error into a sentence with the row and column: a stray or
// unclosed quote would otherwise swallow the rest of the file into one cell.
func csvError(data []byte, comma rune, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	line := pe.StartLine
	col := quoteColumn(lineAt(data, line), comma)
	if errors.Is(pe.Err, csv.ErrBareQuote) {
		line = pe.Line
		col = fieldAt(lineAt(data, line), comma, pe.Column)
	}
	return &app.Error{Code: app.EINVALID, Row: line, Field: colName(col),
		Message: "Tệp CSV bị lỗi: dấu ngoặc kép («\"») mở mà không đóng hoặc đặt sai chỗ, phần sau của tệp sẽ bị đọc lẫn vào một ô. Không nhập gì. Hãy sửa ô này (hoặc mở tệp bằng Excel và lưu lại kiểu «CSV UTF-8») rồi chọn lại."}
}

// lineAt is line n (1-based) of data.
func lineAt(data []byte, n int) []byte {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return nil
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j]
	}
	return data
}

// quoteColumn is the 1-based cell of line whose quote is not closed on the line.
func quoteColumn(line []byte, comma rune) int {
	fields := strings.Split(string(line), string(comma))
	rest := strings.Count(string(line), `"`) // quotes from the current field to the end of the line
	for i, f := range fields {
		if strings.HasPrefix(strings.TrimSpace(f), `"`) && rest%2 == 1 {
			return i + 1
		}
		rest -= strings.Count(f, `"`)
	}
	return 1
}

// fieldAt is the 1-based cell at byte column col (1-based) of line.
func fieldAt(line []byte, comma rune, col int) int {
	if col < 1 {
		col = 1
	}
	if col > len(line)+1 {
		col = len(line) + 1
	}
	return strings.Count(string(line[:col-1]), string(comma)) + 1
}

// colName is a 1-based column as Excel names it: 1 → A, 28 → AB.
func colName(col int) string {
	name, err := excelize.ColumnNumberToName(col)
	if err != nil {
		return strconv.Itoa(col)
	}
	return name
}

// groupThousands writes n the Vietnamese way: 100.000.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
