package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCLI_ReportsAndWorkbooks(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	if code, _, errs := runCLI("demo", "-db", db); code != exitOK {
		t.Fatal(errs)
	}
	t.Run("ExportReports", func(t *testing.T) {
		out := filepath.Join(dir, "bc.csv")
		code, stdout, errs := runCLI("export", "-db", db, "-kind", "reports", "-year", "2024", "-asof", "31/12/2024", "-o", out)
		if code != exitOK || !strings.Contains(stdout, "135 dòng") {
			t.Fatalf("%d %q %q", code, stdout, errs)
		}
		b, _ := os.ReadFile(out)
		if !strings.Contains(string(b), "Đơn vị,Loại đơn vị,Kỳ báo cáo,Hạn,Ngày nhận,Số văn bản") ||
			!strings.Contains(string(b), "UBND xã Trà Ka,Xã,6 tháng,15/06/2024,,,,Chưa báo cáo") {
			t.Errorf("csv:\n%s", b)
		}
	})
	t.Run("Reminder", func(t *testing.T) {
		out := filepath.Join(dir, "cv.pdf")
		code, stdout, errs := runCLI("print", "reminder", "-db", db, "-year", "2024", "-period", "6 tháng", "-asof", "01/07/2024",
			"-xlsx", filepath.Join(dir, "ds.xlsx"), "-o", out)
		if code != exitOK || !strings.Contains(stdout, "2 đơn vị chưa báo cáo") {
			t.Fatalf("%d %q %q", code, stdout, errs)
		}
		if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "%PDF") {
			t.Error("no PDF")
		}
		if code, _, _ := runCLI("print", "reminder", "-db", db, "-year", "2024", "-o", out); code != exitUsage {
			t.Errorf("without -period: %d", code)
		}
		if code, _, errs := runCLI("print", "reminder", "-db", db, "-year", "2024", "-period", "Quý V", "-o", out); code != exitFailure || !strings.Contains(errs, "không có kỳ báo cáo") {
			t.Errorf("an unknown period: %d %q", code, errs)
		}
		code, _, errs = runCLI("print", "reminder", "-db", db, "-year", "2024", "-period", "Năm", "-asof", "01/07/2024", "-o", out)
		if code != exitFailure || !strings.Contains(errs, "Kỳ «Năm» chưa đến hạn (15/11/2024): chưa có đơn vị nào trễ hạn để đôn đốc.") {
			t.Errorf("a period not due yet: %d %q", code, errs)
		}
	})
	t.Run("WorkbooksOutAndBack", func(t *testing.T) {
		books := filepath.Join(dir, "so")
		code, stdout, errs := runCLI("workbook", "-db", db, "-year", "2024", "-o", books)
		if code != exitOK || !strings.Contains(stdout, "27 sổ") {
			t.Fatalf("%d %q %q", code, stdout, errs)
		}
		if strings.Contains(stdout, "tên mới") {
			t.Errorf("a first export into an empty folder says files were renamed: %q", stdout)
		}
		code, stdout, _ = runCLI("workbook", "-db", db, "-year", "2024", "-o", books, "-unit", "Phòng Y tế")
		if code != exitOK {
			t.Fatal("one unit")
		}
		if !strings.Contains(stdout, "Đã ghi 1 sổ vào thư mục "+books+"; 1 sổ mang tên mới (So_y_te_2024 (2).xlsx) vì thư mục đã có sổ cùng tên — hãy gửi đúng bản mới.") {
			t.Errorf("the renamed workbook is not told: %q", stdout)
		}
		if _, err := os.Stat(filepath.Join(books, "So_y_te_2024 (2).xlsx")); err != nil {
			t.Errorf("a second export replaced the first: %v", err)
		}
		if err := os.WriteFile(filepath.Join(books, "ghi-chu.xlsx"), []byte("không phải Excel"), 0o600); err != nil {
			t.Fatal(err)
		}
		code, stdout, errs = runCLI("import", "-db", db, "-kind", "workbook", "-year", "2024", "-period", "6 tháng", "-dry-run", books)
		if code != exitFailure || !strings.Contains(stdout, "nhận được 26 sổ, không nhận 3 sổ") || !strings.Contains(errs, "ghi-chu.xlsx") {
			t.Errorf("dry run: %d %q %q", code, stdout, errs)
		}
		// two copies of one workbook: neither is taken, whatever the order of their names
		if want := "Sổ của Phòng Y tế có 2 bản trong lần nhận này: So_y_te_2024 (2).xlsx, So_y_te_2024.xlsx; hãy để lại một bản rồi nhận lại."; strings.Count(errs, want) != 2 {
			t.Errorf("the two copies of Phòng Y tế's workbook: %q", errs)
		}

		code, _, errs = runCLI("import", "-db", db, "-kind", "workbook", "-year", "2024", "-period", "Quý V", books)
		if code != exitFailure || !strings.Contains(errs, "không có kỳ báo cáo") {
			t.Errorf("an unknown period: %d %q", code, errs)
		}
	})
}

// A mistyped -db is refused, never created empty; an empty folder of returns is refused.
func TestCLI_ImportNeedsExistingDB(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "so.xlsx")
	if err := os.WriteFile(book, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"workbook", "proposals"} {
		typo := filepath.Join(dir, "typo-"+kind+".db")
		code, _, errs := runCLI("import", "-db", typo, "-kind", kind, "-year", "2024", book)
		if code != exitFailure || !strings.Contains(errs, "Không tìm thấy tệp dữ liệu") {
			t.Errorf("-kind %s into a missing database: %d %q", kind, code, errs)
		}
		if _, err := os.Stat(typo); err == nil {
			t.Errorf("-kind %s created %s", kind, typo)
		}
	}
	db := filepath.Join(dir, "thidua.db")
	if code, _, errs := runCLI("demo", "-db", db); code != exitOK {
		t.Fatal(errs)
	}
	empty := filepath.Join(dir, "trong")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI("import", "-db", db, "-kind", "workbook", "-year", "2024", empty)
	if code != exitFailure || !strings.Contains(errs, "Thư mục "+empty+" không có tệp .xlsx nào") {
		t.Errorf("an empty folder: %d %q", code, errs)
	}
}
