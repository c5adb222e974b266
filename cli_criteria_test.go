package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCLI_CriteriaCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	if code, _, errs := runCLI("demo", "-db", db); code != exitOK {
		t.Fatal(errs)
	}
	t.Run("CampaignNew", func(t *testing.T) {
		code, out, errs := runCLI("campaign", "new", "-db", db, "-year", "2025", "-from", "2024", "-plan", "12/KH-UBND", "-plan-date", "10/01/2025")
		if code != exitOK || !strings.Contains(out, "Đã tạo «Phong trào thi đua cải cách hành chính năm 2025»") {
			t.Fatalf("campaign new: %d %q %q", code, out, errs)
		}
		code, _, errs = runCLI("campaign", "new", "-db", db, "-year", "2025", "-from", "2024")
		if code != exitFailure || !strings.Contains(errs, "đã có") {
			t.Errorf("the same campaign twice: %d %q", code, errs)
		}
		code, _, errs = runCLI("campaign", "new", "-db", db, "-year", "2023", "-from", "2024")
		if code != exitFailure || !strings.Contains(errs, "năm trước") {
			t.Errorf("copy into an earlier year: %d %q", code, errs)
		}
		if code, _, _ := runCLI("campaign", "new", "-db", db); code != exitUsage {
			t.Errorf("no year: %d", code)
		}
	})
	t.Run("Stage", func(t *testing.T) {
		code, _, errs := runCLI("campaign", "stage", "-db", db, "-year", "2024", "-to", "summarised")
		if code != exitOK {
			t.Fatal(errs)
		}
		code, _, errs = runCLI("campaign", "stage", "-db", db, "-year", "2024", "-to", "scoring")
		if code != exitFailure || !strings.Contains(errs, "lý do") {
			t.Errorf("reopen without reason: %d %q", code, errs)
		}
	})
	t.Run("ExportRanking", func(t *testing.T) {
		out := filepath.Join(dir, "xep-hang.csv")
		code, stdout, errs := runCLI("export", "-db", db, "-kind", "ranking", "-year", "2024", "-o", out)
		if code != exitOK || !strings.Contains(stdout, "27 đơn vị") {
			t.Fatalf("%d %q %q", code, stdout, errs)
		}
		b, _ := os.ReadFile(out)
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if !strings.Contains(lines[0], "Loại đơn vị,Hạng,Đơn vị,Điểm tự chấm,Điểm thẩm định,Điểm tối đa,Tỷ lệ (%),Xếp loại") || len(lines) != 28 {
			t.Errorf("ranking csv: %d lines, header %q", len(lines), lines[0])
		}
		if code, _, _ := runCLI("export", "-db", db, "-kind", "ranking", "-year", "2024", "-o", filepath.Join(dir, "x.xlsx")); code != exitOK {
			t.Error("xlsx export failed")
		}
	})
	t.Run("ExportScores", func(t *testing.T) {
		out := filepath.Join(dir, "diem.xlsx")
		code, stdout, errs := runCLI("export", "-db", db, "-kind", "scores", "-year", "2025", "-o", out)
		if code != exitOK || !strings.Contains(stdout, "459 dòng điểm") {
			t.Fatalf("scores of 2025, every item unscored: %d %q %q", code, stdout, errs)
		}
	})
	t.Run("PrintReport", func(t *testing.T) {
		out := filepath.Join(dir, "bao-cao.pdf")
		code, stdout, errs := runCLI("print", "report", "-db", db, "-year", "2024", "-date", "15/01/2025", "-o", out)
		if code != exitOK || !strings.Contains(stdout, "trang") {
			t.Fatalf("%d %q %q", code, stdout, errs)
		}
		if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "%PDF") {
			t.Error("no PDF written")
		}
	})
	t.Run("NeverReplacesTheDatabase", func(t *testing.T) {
		csvDB := filepath.Join(dir, "data.csv")
		b, _ := os.ReadFile(db)
		if err := os.WriteFile(csvDB, b, 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCLI("export", "-db", csvDB, "-kind", "ranking", "-year", "2024", "-o", csvDB)
		if after, _ := os.ReadFile(csvDB); code != exitFailure || len(after) != len(b) || !strings.Contains(errs, "tệp dữ liệu") {
			t.Errorf("export over the database: %d %q", code, errs)
		}
	})
}
