package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// An initiative imported for a person changes the result of their CSTĐCS proposal at the next
// export of proposals: nothing else to do.
func TestCLI_InitiativesImportChangesProposalCheck(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	if code, _, errs := runCLI("demo", "-db", db); code != exitOK {
		t.Fatal(errs)
	}
	out := filepath.Join(dir, "denghi.csv")
	if code, _, errs := runCLI("export", "-db", db, "-kind", "proposals", "-year", "2024", "-asof", "10/01/2025", "-o", out); code != exitOK {
		t.Fatal(errs)
	}
	var name, unit string
	for _, r := range readCSV(t, out) {
		if r["Hình thức"] == "Chiến sĩ thi đua cơ sở" && strings.Contains(r["Căn cứ"], "chưa có sáng kiến") {
			name, unit = r["Họ và tên / Tên tập thể"], r["Đơn vị"]
			if !strings.HasSuffix(r["Kết quả kiểm tra"], "cảnh báo") || !strings.Contains(r["Căn cứ"], "Điều 23") {
				t.Errorf("row = %v", r)
			}
		}
	}
	if name == "" {
		t.Fatal("no CSTĐCS proposal warned for want of an initiative")
	}
	list := filepath.Join(dir, "sangkien.csv")
	content := "Tên sáng kiến,Lĩnh vực,Loại giải pháp,Đơn vị,Tác giả,Ngày áp dụng lần đầu,Số quyết định công nhận cấp cơ sở,Ngày công nhận cấp cơ sở\n" +
		"Sổ tay hướng dẫn thủ tục cho người dân,Cải cách thủ tục hành chính,tác nghiệp," + unit + "," + name + " (70%); Hồ Văn Ngoài (30%),01/03/2024,15/QĐ-UBND,02/05/2024\n"
	if err := os.WriteFile(list, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI("import", "-db", db, "-kind", "initiatives", list); code != exitUsage || !strings.Contains(errs, "-year") {
		t.Errorf("import without -year: %d %q", code, errs)
	}
	code, stdout, errs := runCLI("import", "-db", db, "-kind", "initiatives", "-year", "2024", list)
	if code != exitOK || !strings.Contains(stdout, "Đã nhập 1 sáng kiến") {
		t.Fatalf("import: %d %q %q", code, stdout, errs)
	}
	if code, _, _ := runCLI("export", "-db", db, "-kind", "proposals", "-year", "2024", "-asof", "10/01/2025", "-o", out); code != exitOK {
		t.Fatal("second export")
	}
	for _, r := range readCSV(t, out) {
		if r["Họ và tên / Tên tập thể"] == name && r["Hình thức"] == "Chiến sĩ thi đua cơ sở" && strings.Contains(r["Căn cứ"], "chưa có sáng kiến") {
			t.Errorf("after the import the check still warns: %v", r)
		}
	}
	sk := filepath.Join(dir, "sk.csv")
	if code, _, errs := runCLI("export", "-db", db, "-kind", "initiatives", "-year", "2024", "-o", sk); code != exitOK {
		t.Fatal(errs)
	}
	rows := readCSV(t, sk)
	found := false
	for _, r := range rows {
		if r["Tên sáng kiến"] == "Sổ tay hướng dẫn thủ tục cho người dân" {
			found = r["Tác giả"] == name+" (70%); Hồ Văn Ngoài (30%)" && r["Bước"] == "Công nhận cấp cơ sở"
		}
	}
	if len(rows) != 21 || !found {
		t.Errorf("export of initiatives: %d rows, imported one found: %v", len(rows), found)
	}
	// Bad rows: nothing is stored, every error names its row and column.
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte(strings.Replace(content, "(70%)", "(60%)", 1)), 0o644)
	code, _, errs = runCLI("import", "-db", db, "-kind", "initiatives", "-year", "2024", bad)
	if code != exitFailure || !strings.Contains(errs, "Dòng 2") || !strings.Contains(errs, "«Tác giả»") || !strings.Contains(errs, "90%") {
		t.Errorf("bad import: %d %q", code, errs)
	}
}

func TestCLI_PrintLists(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	if code, _, errs := runCLI("demo", "-db", db); code != exitOK {
		t.Fatal(errs)
	}
	for _, what := range []string{"initiatives", "council", "proposals"} {
		out := filepath.Join(dir, what+".pdf")
		code, stdout, errs := runCLI("print", what, "-db", db, "-year", "2024", "-o", out)
		if code != exitOK || !strings.Contains(stdout, "trang") {
			t.Errorf("print %s: %d %q %q", what, code, stdout, errs)
			continue
		}
		if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "%PDF") {
			t.Errorf("%s is not a PDF", out)
		}
	}
	if code, _, errs := runCLI("print", "initiatives", "-db", db, "-year", "2024", "-o", db); code != exitUsage || !strings.Contains(errs, "trùng với tệp dữ liệu") {
		t.Errorf("print over the database: %d %q", code, errs)
	}
	if code, _, errs := runCLI("print", "initiatives", "-db", db, "-year", "2019", "-o", filepath.Join(dir, "x.pdf")); code != exitFailure || !strings.Contains(errs, "chưa có sáng kiến") {
		t.Errorf("print of a year without recognitions: %d %q", code, errs)
	}
}
