package sheet

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

// WriteSheets writes tables as the sheets of one .xlsx file, each with a bold frozen header; a
// .csv file gets the rows of every table under the first one's header.
func (Files) WriteSheets(w io.Writer, fileName string, sheets []app.Sheet) error {
	switch strings.ToLower(filepath.Ext(fileName)) {
	case ".csv":
		var all app.Table
		for i, s := range sheets {
			if i == 0 {
				all.Header = s.Table.Header
			}
			all.Rows = append(all.Rows, s.Table.Rows...)
		}
		return writeCSV(w, all)
	case ".xlsx":
		if err := writeBook(w, sheets); err != nil {
			return fmt.Errorf("sheet: write xlsx: %w", err)
		}
		return nil
	}
	return errFormat
}

func writeBook(w io.Writer, sheets []app.Sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return err
	}
	for i, s := range sheets {
		name := sheetTitle(s.Name, i)
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return err
		}
		if err := fillSheet(f, name, s, bold); err != nil {
			return err
		}
	}
	return f.Write(w)
}

func fillSheet(f *excelize.File, name string, s app.Sheet, bold int) error {
	for j, wd := range s.Widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(name, col, col, wd); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(name, "A1", &s.Table.Header); err != nil {
		return err
	}
	styles, err := newNumberStyles(f, s.Table)
	if err != nil {
		return err
	}
	for i, r := range s.Table.Rows {
		if err := putRow(f, name, i+2, r, s.Table, styles); err != nil {
			return err
		}
	}
	if len(s.Table.Header) > 0 {
		last, _ := excelize.CoordinatesToCellName(len(s.Table.Header), 1)
		if err := f.SetCellStyle(name, "A1", last, bold); err != nil {
			return err
		}
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// sheetTitle makes a valid Excel sheet name: at most 31 characters, none of : \ / ? * [ ].
func sheetTitle(s string, i int) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	if s == "" {
		s = fmt.Sprintf("Trang %d", i+1)
	}
	return s
}

// putRow writes one data row: a typed column's plain integer as a number with its format
// («#,##0» for money), anything else as text.
func putRow(f *excelize.File, name string, row int, r []string, t app.Table, styles numberStyles) error {
	cells := make([]any, len(r))
	var styled []int
	for j, v := range r {
		cells[j] = v
		if c, ok := styles.cell(v, t.ColumnType(j)).(excelize.Cell); ok {
			cells[j] = c.Value
			styled = append(styled, j)
		}
	}
	if err := f.SetSheetRow(name, fmt.Sprintf("A%d", row), &cells); err != nil {
		return err
	}
	for _, j := range styled {
		ref, err := excelize.CoordinatesToCellName(j+1, row)
		if err != nil {
			return err
		}
		style := styles.integer
		if t.ColumnType(j) == app.CellMoney {
			style = styles.money
		}
		if err := f.SetCellStyle(name, ref, ref, style); err != nil {
			return err
		}
	}
	return nil
}
