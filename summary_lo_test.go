package main

import (
	"encoding/csv"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestSummary_LibreOfficeOpensTheWorkbooks: the summary's workbook and the statistics export open
// in LibreOffice (as at an office without Excel) with every sheet, and the statistics' grand total
// there is the money of the issued decisions.
func TestSummary_LibreOfficeOpensTheWorkbooks(t *testing.T) {
	soffice := mustSoffice(t)
	db := mustDemo(t)
	dir := filepath.Dir(db)
	summary, stats := filepath.Join(dir, "TongKet.xlsx"), filepath.Join(dir, "ThongKe.xlsx")
	if code, _, errs := runCLI("print", "summary", "-db", db, "-year", "2024", "-date", "31/12/2024", "-o", summary); code != exitOK {
		t.Fatalf("print summary: %d %s", code, errs)
	}
	if code, _, errs := runCLI("export", "-db", db, "-kind", "statistics", "-year", "2024", "-o", stats); code != exitOK {
		t.Fatalf("export statistics: %d %s", code, errs)
	}
	f, err := excelize.OpenFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	sheets := len(f.GetSheetList())
	f.Close()
	if got := libreOfficeCSV(t, soffice, summary); len(got) != sheets || sheets < 2 {
		t.Errorf("LibreOffice read %d sheets of the summary's %d", len(got), sheets)
	}
	texts := libreOfficeCSV(t, soffice, stats)
	var total int64 = -1
	for _, text := range texts {
		rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
		if err != nil {
			t.Fatalf("LibreOffice's CSV: %v", err)
		}
		for _, r := range rows {
			if len(r) > 6 && r[0] == "Tổng cộng" && r[3] == "Tất cả" {
				total, _ = strconv.ParseInt(strings.TrimSpace(r[6]), 10, 64)
			}
		}
	}
	_, q := sqlOf(t, db)
	var want int64
	if err := q.QueryRow(`SELECT coalesce(sum(a.bonus), 0) FROM award a JOIN decision dc ON dc.id = a.decision_id
		LEFT JOIN campaign c ON c.id = dc.campaign_id WHERE dc.status = 'issued'
		AND coalesce(c.year, CAST(substr(dc.signed_on, 1, 4) AS INTEGER)) = 2024`).Scan(&want); err != nil {
		t.Fatal(err)
	}
	if total != want || want == 0 {
		t.Errorf("the grand total LibreOffice shows is %d, the issued decisions of 2024 hold %d", total, want)
	}
}
