package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/data"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCLI_DemoThenCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mới", "thidua.db") // a missing folder with a Vietnamese name
	code, out, errs := runCLI("demo", "-db", path)
	if code != exitOK || !strings.Contains(out, "Đã tạo dữ liệu mẫu") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	code, out, errs = runCLI("check", "-db", path)
	latest, err := data.LatestVersion()
	if err != nil {
		t.Fatal(err)
	}
	if code != exitOK || !strings.Contains(out, fmt.Sprintf("Phiên bản dữ liệu: %d (chương trình: %d)", latest, latest)) || !strings.Contains(out, "tốt") {
		t.Fatalf("check: %d %q %q", code, out, errs)
	}
	code, _, errs = runCLI("demo", "-db", path)
	if code != exitFailure || !strings.Contains(errs, "đã có dữ liệu") {
		t.Errorf("demo twice: %d %q", code, errs)
	}
}

func TestCLI_CheckRefusesMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	code, _, errs := runCLI("check", "-db", path)
	if code != exitFailure || !strings.Contains(errs, "Không tìm thấy tệp dữ liệu") {
		t.Errorf("check missing: %d %q", code, errs)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("check created the file it was asked to check")
	}
}

func TestCLI_CheckReportsDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	if code, _, errs := runCLI("demo", "-db", path); code != exitOK {
		t.Fatal(errs)
	}
	// Damage the file in place: a whole page in the middle (a page of the sample's tables; the
	// sample is the same on every run) is overwritten.
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 100 {
		t.Fatalf("the demo database has %d bytes: no SQLite header", len(b))
	}
	pageSize := int(b[16])<<8 | int(b[17]) // SQLite header: big-endian, 1 meaning 65536
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || len(b) < 3*pageSize {
		t.Fatalf("the demo database has %d bytes in pages of %d: too small to damage a table page", len(b), pageSize)
	}
	mid := len(b) / pageSize / 2 * pageSize
	for i := mid; i < mid+pageSize; i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI("check", "-db", path)
	if code != exitFailure || !strings.Contains(out+errs, "bị hỏng") { // in Vietnamese, never SQLite's «malformed»
		t.Errorf("check of a damaged file: %d %q %q", code, out, errs)
	}
}

func TestCLI_Usage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"demo"}, exitUsage, "Thiếu tệp dữ liệu"},
		{[]string{"check", "-db"}, exitUsage, ""},
		{[]string{"check", "-db", "a.db", "thừa"}, exitUsage, "Thừa tham số"},
		{[]string{"lung-tung"}, exitUsage, "Không hiểu lệnh"},
		{[]string{"-x"}, exitUsage, ""},
	} {
		code, _, errs := runCLI(tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("%q: %d %q, want %d %q", tc.args, code, errs, tc.code, tc.msg)
		}
	}
	if code, out, _ := runCLI("version"); code != exitOK || !strings.Contains(out, "Thi đua CCHC phiên bản") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := runCLI("help"); code != exitOK || !strings.Contains(out, "thidua demo -db TỆP") {
		t.Errorf("help: %d %q", code, out)
	}
}

func TestCLI_ImportExport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.db")
	if code, _, errs := runCLI("demo", "-db", src); code != exitOK {
		t.Fatal(errs)
	}
	for _, f := range []string{"dv.xlsx", "cb.csv"} {
		kind := map[string]string{"dv.xlsx": "units", "cb.csv": "people"}[f]
		code, out, errs := runCLI("export", "-db", src, "-kind", kind, "-o", filepath.Join(dir, f))
		if code != exitOK || !strings.Contains(out, "Đã xuất") {
			t.Fatalf("export %s: %d %q %q", kind, code, out, errs)
		}
	}
	dst := filepath.Join(dir, "mới", "b.db") // import creates the database and its folder
	code, out, errs := runCLI("import", "-db", dst, "-kind", "units", filepath.Join(dir, "dv.xlsx"))
	if code != exitOK || !strings.Contains(out, "Đã nhập 27 đơn vị.") {
		t.Fatalf("import units: %d %q %q", code, out, errs)
	}
	code, out, errs = runCLI("import", "-db", dst, "-kind", "people", filepath.Join(dir, "cb.csv"))
	if code != exitOK || !strings.Contains(out, "Đã nhập 178 cán bộ.") {
		t.Fatalf("import people: %d %q %q", code, out, errs)
	}
	// Exporting the copy gives the same file as exporting the original.
	runCLI("export", "-db", dst, "-kind", "people", "-o", filepath.Join(dir, "cb2.csv"))
	a, _ := os.ReadFile(filepath.Join(dir, "cb.csv"))
	b, _ := os.ReadFile(filepath.Join(dir, "cb2.csv"))
	if len(a) < 1000 || !bytes.Equal(a, b) {
		t.Errorf("re-export differs (%d vs %d bytes)", len(a), len(b))
	}

	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("Họ và tên,Giới tính,Năm sinh,Chức vụ,Đơn vị,Đối tượng\n"+
		"Nguyễn Văn Mới,Nam,1980,Chuyên viên,Phòng Nội vụ,Công chức\n"+
		"Trần Thị B,Nữ,19a5,Chuyên viên,Phòng Nội vụ,Công chức\n"), 0o644)
	code, out, errs = runCLI("import", "-db", dst, "-kind", "people", bad)
	if code != exitFailure || !strings.Contains(errs, "Dòng 3, cột «Năm sinh»: '19a5' không phải là năm hợp lệ.") {
		t.Errorf("bad import: %d %q %q", code, out, errs)
	}
	runCLI("export", "-db", dst, "-kind", "people", "-o", filepath.Join(dir, "cb3.csv"))
	if c, _ := os.ReadFile(filepath.Join(dir, "cb3.csv")); bytes.Contains(c, []byte("Nguyễn Văn Mới")) {
		t.Error("the good row of a refused file was imported")
	}

	for _, args := range [][]string{
		{"import", "-db", dst, "-kind", "xyz", bad},
		{"import", "-db", dst, "-kind", "people"},
		{"export", "-db", dst, "-kind", "people"},
	} {
		if code, _, _ := runCLI(args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, _, errs := runCLI("export", "-db", filepath.Join(dir, "none.db"), "-kind", "units", "-o", filepath.Join(dir, "x.xlsx")); code != exitFailure || !strings.Contains(errs, "Không tìm thấy tệp dữ liệu") {
		t.Errorf("export from a missing database: %d %q", code, errs)
	}
}

func TestCLI_AwardsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if code, _, errs := runCLI("demo", "-db", src); code != exitOK {
		t.Fatal(errs)
	}
	for _, k := range []string{"units", "people", "awards"} {
		if code, _, errs := runCLI("export", "-db", src, "-kind", k, "-o", filepath.Join(dir, k+".xlsx")); code != exitOK {
			t.Fatalf("export %s: %s", k, errs)
		}
	}
	for _, k := range []string{"units", "people", "awards"} {
		code, out, errs := runCLI("import", "-db", dst, "-kind", k, filepath.Join(dir, k+".xlsx"))
		if code != exitOK {
			t.Fatalf("import %s: %d %q %q", k, code, out, errs)
		}
		// QĐ 07/QĐ-UBND (18) and the LĐTT 2024 of the sample's CSTĐCS candidate (QĐ 2950, in the history).
		if k == "awards" && !strings.Contains(out, "Đã nhập 19 khen thưởng.") {
			t.Errorf("import awards said %q", out)
		}
	}
	// The history is whole again: the same export, and a person's award history.
	runCLI("export", "-db", dst, "-kind", "awards", "-o", filepath.Join(dir, "again.csv"))
	runCLI("export", "-db", src, "-kind", "awards", "-o", filepath.Join(dir, "first.csv"))
	a, _ := os.ReadFile(filepath.Join(dir, "first.csv"))
	b, _ := os.ReadFile(filepath.Join(dir, "again.csv"))
	if !bytes.Equal(a, b) || !bytes.Contains(a, []byte("2025-018")) || !bytes.Contains(a, []byte(",1410000")) {
		t.Errorf("awards after the round trip differ:\n%s\n---\n%s", a, b)
	}
	if code, out, _ := runCLI("check", "-db", dst); code != exitOK {
		t.Errorf("check: %s", out)
	}
	// Importing the same decisions again skips them.
	code, out, _ := runCLI("import", "-db", dst, "-kind", "awards", filepath.Join(dir, "awards.xlsx"))
	if code != exitOK || !strings.Contains(out, "Quyết định số 07/QĐ-UBND năm 2025 đã có, bỏ qua.") {
		t.Errorf("second import: %d %q", code, out)
	}
	// Proposals of the sample campaign: exported with their status, re-imported as duplicates.
	p := filepath.Join(dir, "dn.csv")
	if code, _, errs := runCLI("export", "-db", src, "-kind", "proposals", "-year", "2024", "-o", p); code != exitOK {
		t.Fatal(errs)
	}
	if c, _ := os.ReadFile(p); !bytes.Contains(c, []byte("Trả lại bổ sung")) {
		t.Error("the proposals export has no status column")
	}
	if code, _, errs := runCLI("export", "-db", src, "-kind", "proposals", "-year", "2019", "-o", p); code != exitFailure || !strings.Contains(errs, "Không có phong trào năm 2019") {
		t.Errorf("export of a year without campaign: %d %q", code, errs)
	}
}

func TestCLI_Print(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	if code, _, errs := runCLI("demo", "-db", db); code != exitOK {
		t.Fatal(errs)
	}
	for _, tc := range []struct {
		args  []string
		pages string
	}{
		{[]string{"print", "decision", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-o", filepath.Join(dir, "QD-07-2025.pdf")}, ""},
		{[]string{"print", "certificates", "-db", db, "-number", "7/QĐ-UBND", "-year", "2025", "-o", filepath.Join(dir, "GK.pdf")}, "(18 trang)"},
		{[]string{"print", "certificates", "-db", db, "-number", "07/QĐ-UBND", "-year", "2025", "-blank", "-o", filepath.Join(dir, "GK-phoi.pdf")}, "(18 trang)"},
		{[]string{"print", "calibration", "-db", db, "-o", filepath.Join(dir, "CC.pdf")}, "(1 trang)"},
	} {
		code, out, errs := runCLI(tc.args...)
		if code != exitOK || !strings.Contains(out, "Đã ghi") || !strings.Contains(out, tc.pages) {
			t.Errorf("%q: %d %q %q", tc.args[1], code, out, errs)
		}
		b, err := os.ReadFile(tc.args[len(tc.args)-1])
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Errorf("%q: not a PDF (%v)", tc.args[1], err)
		}
	}
	// Printing the certificates twice counted two prints, the second a reprint with its reason.
	code, out, _ := runCLI("check", "-db", db)
	if code != exitOK {
		t.Errorf("check: %s", out)
	}
	d, err := data.OpenExisting(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := d.Register(context.Background(), 2025)
	var reason string
	d.SQL().QueryRow(`SELECT reason FROM certificate_print ORDER BY id DESC LIMIT 1`).Scan(&reason)
	d.Close()
	if len(reg) != 18 || reg[0].PrintCount != 2 || reason == "" {
		t.Errorf("register after two prints: %d entries, first printed %d times, last reason %q", len(reg), reg[0].PrintCount, reason)
	}
	for _, args := range [][]string{
		{"print"},
		{"print", "poster", "-db", db, "-o", "x.pdf"},
		{"print", "decision", "-db", db, "-o", filepath.Join(dir, "x.pdf")},
	} {
		if code, _, _ := runCLI(args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, _, errs := runCLI("print", "decision", "-db", db, "-number", "99/QĐ-UBND", "-year", "2025", "-o", filepath.Join(dir, "y.pdf")); code != exitFailure || !strings.Contains(errs, "Không có Quyết định số 99/QĐ-UBND năm 2025") {
		t.Errorf("unknown decision: %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "y.pdf")); err == nil {
		t.Error("a failed print left a file")
	}
}
