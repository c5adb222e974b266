package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"thidua/data"
)

func sqlOf(t *testing.T, db string) (*data.DB, *sql.DB) {
	t.Helper()
	d, err := data.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d, d.SQL()
}

// TestCLI_StatisticsRecountsTheAwards: the statistics export's rows recount the awards of issued
// decisions per unit and form; the totals are marked and add up.
func TestCLI_StatisticsRecountsTheAwards(t *testing.T) {
	db := mustDemo(t)
	out := filepath.Join(filepath.Dir(db), "ThongKe.csv")
	if code, _, errs := runCLI("export", "-db", db, "-kind", "statistics", "-year", "2019", "-to", "2026", "-o", out); code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	f, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(f), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	_, q := sqlOf(t, db)
	var unitN, unitMoney int64
	for _, r := range rows[1:] {
		n, _ := strconv.ParseInt(r[5], 10, 64)
		m, _ := strconv.ParseInt(r[6], 10, 64)
		switch r[0] {
		case "Đơn vị":
			var wn, wm int64
			rk := map[string]string{"Tập thể": "unit", "Cá nhân": "person"}[r[4]]
			err := q.QueryRow(`SELECT count(*), coalesce(sum(a.bonus), 0) FROM award a JOIN decision dc ON dc.id = a.decision_id
				JOIN award_form f ON f.code = a.form_code LEFT JOIN person p ON p.id = a.person_id
				JOIN unit u ON u.id = CASE WHEN a.recipient_kind = 'unit' THEN a.unit_id ELSE p.unit_id END
				WHERE dc.status = 'issued' AND u.name = ? AND f.name = ? AND a.recipient_kind = ?`, r[2], r[3], rk).Scan(&wn, &wm)
			if err != nil || n != wn || m != wm || n == 0 {
				t.Errorf("%v: recounted %d, %d (%v)", r, wn, wm, err)
			}
			unitN, unitMoney = unitN+n, unitMoney+m
		case "Tổng cộng":
			if r[3] == "Tất cả" && (n != unitN || m != unitMoney) {
				t.Errorf("grand total %v, the unit rows add up to %d, %d", r, unitN, unitMoney)
			}
		case "Cộng khối":
		default:
			t.Errorf("unmarked row %v", r)
		}
	}
	var wn, wm int64
	q.QueryRow(`SELECT count(*), sum(bonus) FROM award a JOIN decision dc ON dc.id = a.decision_id WHERE dc.status = 'issued'`).Scan(&wn, &wm)
	if unitN != wn || unitMoney != wm {
		t.Errorf("unit rows %d, %d; the database has %d, %d", unitN, unitMoney, wn, wm)
	}
}

// TestCLI_SummaryReport: the report of the sample prints its figures, recounted; the workbook
// holds a sheet per table; a range of years is a report too; wrong usage exits 2.
func TestCLI_SummaryReport(t *testing.T) {
	db := mustDemo(t)
	_, q := sqlOf(t, db)
	if _, err := q.Exec(`DELETE FROM unit_report WHERE period_id IN (SELECT id FROM reporting_period WHERE kind = 'launch');
		UPDATE reporting_period SET due_date = '2024-02-15' WHERE kind = 'launch';
		INSERT INTO unit_report (period_id, unit_id, received_on, doc_number) SELECT id, 1, '2024-02-10', '03/KH-UBND' FROM reporting_period WHERE kind = 'launch';
		INSERT INTO unit_report (period_id, unit_id, received_on) SELECT id, 2, '2024-02-20' FROM reporting_period WHERE kind = 'launch';
		INSERT INTO campaign_fund (campaign_id, amount) VALUES (1, 16000000)`); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(db)
	out := filepath.Join(dir, "BaoCao.pdf")
	if code, msg, errs := runCLI("print", "summary", "-db", db, "-year", "2024", "-date", "31/01/2025", "-o", out); code != exitOK {
		t.Fatalf("print summary: %d %s %s", code, msg, errs)
	}
	text := pdftotext(t, out)
	var issued, units, recognised int64
	q.QueryRow(`SELECT sum(a.bonus) FROM award a JOIN decision dc ON dc.id = a.decision_id WHERE dc.status = 'issued' AND
		dc.signed_on <= '2025-01-31' AND (dc.campaign_id = 1 OR (dc.campaign_id IS NULL AND dc.year = 2024))`).Scan(&issued)
	q.QueryRow(`SELECT count(*) FROM unit WHERE active = 1`).Scan(&units)
	q.QueryRow(`SELECT count(DISTINCT initiative_id) FROM initiative_step WHERE step = 'district_recognised' AND on_date <= '2025-01-31'`).Scan(&recognised)
	for _, want := range []string{"Có 2/" + strconv.FormatInt(units, 10) + " cơ quan, đơn vị", "đúng hạn 1, trễ hạn 1", "03/KH-UBND",
		strconv.FormatInt(recognised, 10) + " sáng kiến được công nhận cấp huyện", "vượt " + money(issued-16000000) + " đồng",
		"Tổng số tiền thưởng: " + money(issued) + " đồng", "Biểu đồ 1.", "V. PHƯƠNG HƯỚNG NĂM 2025"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	xlsx := filepath.Join(dir, "BaoCao.xlsx")
	if code, msg, errs := runCLI("print", "summary", "-db", db, "-year", "2024", "-o", xlsx); code != exitOK || !strings.Contains(msg, "trang tính") {
		t.Fatalf("print summary xlsx: %d %s %s", code, msg, errs)
	}
	years := filepath.Join(dir, "QuaCacNam.pdf")
	if code, msg, errs := runCLI("print", "summary", "-db", db, "-year", "2019", "-to", "2024", "-o", years); code != exitOK {
		t.Fatalf("years: %d %s %s", code, msg, errs)
	}
	if text := pdftotext(t, years); !strings.Contains(text, "giai đoạn 2019–2024") || !strings.Contains(text, "Tổng cộng") {
		t.Errorf("years report: %.300s", text)
	}
	for _, bad := range [][]string{{"print", "summary", "-db", db, "-o", out}, {"print", "summary", "-db", db, "-year", "2024", "-o", filepath.Join(dir, "x.doc")},
		{"print", "summary", "-db", db, "-year", "2024", "-to", "2020", "-o", out}, {"export", "-db", db, "-kind", "statistics", "-year", "2024", "-o", out}} {
		if code, _, _ := runCLI(bad...); code != exitUsage {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}

// TestCLI_SummaryReadsOnly: print summary leaves the database as it was, and refuses a file of an
// older version in Vietnamese instead of upgrading it.
func TestCLI_SummaryReadsOnly(t *testing.T) {
	db := mustDemo(t)
	dir := filepath.Dir(db)
	before := fileState(t, dir)
	out := filepath.Join(t.TempDir(), "BaoCao.pdf")
	if code, msg, errs := runCLI("print", "summary", "-db", db, "-year", "2024", "-o", out); code != exitOK {
		t.Fatalf("print summary: %d %s %s", code, msg, errs)
	}
	if after := fileState(t, dir); after != before {
		t.Errorf("the database's folder changed:\n%s\n→\n%s", before, after)
	}
	d, q := sqlOf(t, db)
	if _, err := q.Exec(`DELETE FROM schema_migration WHERE version = (SELECT max(version) FROM schema_migration)`); err != nil {
		t.Fatal(err)
	}
	d.Close()
	old := fileState(t, dir)
	code, _, errs := runCLI("print", "summary", "-db", db, "-year", "2024", "-o", out)
	if code == exitOK || !strings.Contains(errs, "cũ hơn chương trình này") {
		t.Errorf("an older file: exit %d, %q", code, errs)
	}
	if now := fileState(t, dir); now != old {
		t.Errorf("an older file was changed:\n%s\n→\n%s", old, now)
	}
}

// fileState lists the files of dir (backups folder included) with their sizes and contents' hashes.
func fileState(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		c, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d %x\n", strings.TrimPrefix(p, dir), len(c), sha256.Sum256(c))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func money(d int64) string {
	s := strconv.FormatInt(d, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

func pdftotext(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}
