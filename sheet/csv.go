package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"thidua/app"
)

// errNotUTF8 is what a user sees for a CSV saved by Excel's plain "CSV"
// type, which on Vietnamese Windows is Windows-1258, not Unicode.
var errNotUTF8 = app.Errorf(app.EINVALID,
	"Tệp CSV không ở mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Save As (Lưu thành) → kiểu «CSV UTF-8 (Comma delimited)» rồi chọn lại tệp.")

// readCSV reads UTF-8 CSV, with or without a BOM, delimited by commas,
// semicolons (Excel where the decimal sign is a comma, as in Vietnam) or
// tabs.
func readCSV(data []byte) (app.Table, error) {
	data = trimBOM(data)
	if !utf8.Valid(data) {
		return app.Table{}, errNotUTF8
	}
	if err := checkCSVRows(data); err != nil {
		return app.Table{}, err
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = detectDelimiter(data)
	// Strict quotes: with LazyQuotes a stray opening quote swallows the rest of the file into one
	// cell and the import reports success with rows missing; such a file is refused with its row.
	r.FieldsPerRecord = -1 // rows may be ragged; the builder pads them
	var (
		b     tableBuilder
		row   int   // the record's row as Excel numbers it
		lines int   // lines consumed so far
		off   int64 // bytes consumed so far
	)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return app.Table{}, csvError(data, r.Comma, err)
			}
			return app.Table{}, fmt.Errorf("sheet: read csv: %w", err)
		}
		// encoding/csv skips empty lines, Excel shows them as empty rows;
		// and a quoted cell may span lines but is one row. Count rows as
		// Excel does: one per record plus one per skipped line.
		start, _ := r.FieldPos(0)
		row += start - lines
		end := r.InputOffset()
		lines += bytes.Count(data[off:end], []byte{'\n'})
		off = end
		for i := range rec {
			rec[i] = unneutralise(rec[i])
		}
		b.add(row, rec)
		if len(b.t.Rows) > maxRows {
			return app.Table{}, errTooManyRows
		}
	}
	return b.table()
}

// detectDelimiter looks at the first non-blank line: ';' when it has more
// semicolons than commas, '\t' likewise, else ','.
func detectDelimiter(data []byte) rune {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		comma, semi, tab := bytes.Count(line, []byte{','}), bytes.Count(line, []byte{';'}), bytes.Count(line, []byte{'\t'})
		switch {
		case semi > comma && semi >= tab:
			return ';'
		case tab > comma && tab > semi:
			return '\t'
		}
		return ','
	}
	return ','
}

// writeCSV writes UTF-8 with a BOM (without it Excel on Windows reads the
// file as the ANSI code page and garbles every diacritic), commas and CRLF
// line ends, as Excel's own "CSV UTF-8" does. Cells that would run as formulas are neutralised.
func writeCSV(w io.Writer, t app.Table) error {
	if _, err := w.Write(utf8BOM); err != nil {
		return fmt.Errorf("sheet: write csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(neutraliseRow(t.Header)); err != nil {
		return fmt.Errorf("sheet: write csv: %w", err)
	}
	for _, row := range t.Rows {
		if err := cw.Write(neutraliseRow(row)); err != nil {
			return fmt.Errorf("sheet: write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("sheet: write csv: %w", err)
	}
	return nil
}
