package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/data"
)

// Kill tests: a child process imports a large list, issues a large decision or restores a backup,
// and is killed with SIGKILL at a random moment. Afterwards the database must pass `thidua check`
// (integrity, foreign keys, register without gaps, audit chain and seals) and hold either all of
// the operation or none of it. THIDUA_KILL_RUNS sets the runs per operation (default 20: 60 in all).

// TestKillChild is the child: it runs the operation named by THIDUA_KILL_OP and exits.
func TestKillChild(t *testing.T) {
	op, db := os.Getenv("THIDUA_KILL_OP"), os.Getenv("THIDUA_KILL_DB")
	if op == "" {
		return // not a child: nothing to do
	}
	var code int
	switch op {
	case "import":
		code = run([]string{"import", "-db", db, "-kind", "people", os.Getenv("THIDUA_KILL_ARG")}, os.Stdout, os.Stderr)
	case "restore":
		code = run([]string{"restore", "-db", db, os.Getenv("THIDUA_KILL_ARG")}, os.Stdout, os.Stderr)
	case "issue":
		d, err := data.Open(context.Background(), db)
		if err == nil {
			id, _ := strconv.ParseInt(os.Getenv("THIDUA_KILL_ARG"), 10, 64)
			err = d.IssueDecision(context.Background(), id, 99)
			d.Close()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	}
	os.Exit(code)
}

// killFixture is the prepared database of one operation and how to judge the result.
type killFixture struct {
	op, arg string
	base    string                                // the database before the operation
	outcome func(tb testing.TB, db string) string // "none", "all", or anything else (a defect)
}

func TestKill_ImportIssueRestore(t *testing.T) {
	runs := 20
	if s := os.Getenv("THIDUA_KILL_RUNS"); s != "" {
		runs, _ = strconv.Atoi(s)
	}
	total := map[string]map[string]int{}
	for _, fx := range []killFixture{importFixture(t), issueFixture(t), restoreFixture(t)} {
		full := timeChild(t, fx)
		total[fx.op] = map[string]int{}
		for i := 0; i < runs; i++ {
			db := copyDB(t, fx.base)
			// From 30 % to 120 % of a whole run: the child's start takes the first part, and the
			// kills should fall while it writes.
			delay := full*3/10 + time.Duration(rand.Int64N(int64(full)*9/10))
			killChildAfter(t, fx, db, delay)
			if code, out, errs := runCLI("check", "-db", db); code != exitOK {
				t.Fatalf("%s killed after %v: check %d %q %q", fx.op, delay, code, out, errs)
			}
			got := fx.outcome(t, db)
			if got != "none" && got != "all" {
				t.Fatalf("%s killed after %v: %s", fx.op, delay, got)
			}
			total[fx.op][got]++
		}
	}
	t.Logf("kill runs (operation: none/all kept): %v", total)
}

// timeChild runs the operation to its end once and returns how long it took.
func timeChild(tb testing.TB, fx killFixture) time.Duration {
	db := copyDB(tb, fx.base)
	start := time.Now()
	cmd := childCommand(fx, db)
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("%s to its end: %v %s", fx.op, err, out)
	}
	if got := fx.outcome(tb, db); got != "all" {
		tb.Fatalf("%s to its end: %s", fx.op, got)
	}
	return time.Since(start)
}

func childCommand(fx killFixture, db string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$")
	cmd.Env = append(os.Environ(), "THIDUA_KILL_OP="+fx.op, "THIDUA_KILL_DB="+db, "THIDUA_KILL_ARG="+fx.arg)
	return cmd
}

func killChildAfter(tb testing.TB, fx killFixture, db string, delay time.Duration) {
	cmd := childCommand(fx, db)
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	time.Sleep(delay)
	_ = cmd.Process.Kill() // SIGKILL: no deferred code, no cleanup
	_ = cmd.Wait()
}

func scalar(tb testing.TB, db, query string) int {
	tb.Helper()
	raw, err := sql.Open("sqlite3", "file:"+db+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer raw.Close()
	var n int
	if err := raw.QueryRow(query).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// importFixture: 3000 people into the sample.
func importFixture(tb testing.TB) killFixture {
	base := mustDemo(tb)
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"}
	middle := []string{"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức", "Thanh", "Quốc", "Xuân", "Hồng"}
	given := strings.Fields("An Bình Cường Dũng Giang Hà Hải Hạnh Hòa Hùng Khánh Lan Linh Long Mai Nam Nga Nhung Phúc Phương Quân Sơn Tâm Thảo Thắng Trang Trung Tuấn Vân Yến")
	var b strings.Builder
	b.WriteString("Họ và tên,Giới tính,Năm sinh,Chức vụ,Đơn vị,Đối tượng\n")
	n := 0
	for _, f := range family {
		for _, m := range middle {
			for _, g := range given {
				fmt.Fprintf(&b, "%s %s %s,Nam,%d,Chuyên viên,Phòng Nội vụ,Công chức\n", f, m, g, 1960+n%40)
				n++
			}
		}
	}
	list := filepath.Join(tb.TempDir(), "canbo.csv")
	if err := os.WriteFile(list, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	before := scalar(tb, base, `SELECT count(*) FROM person`)
	return killFixture{op: "import", arg: list, base: base, outcome: func(tb testing.TB, db string) string {
		switch got := scalar(tb, db, `SELECT count(*) FROM person`); got {
		case before:
			return "none"
		case before + n:
			return "all"
		default:
			return fmt.Sprintf("%d people, want %d or %d", got, before, before+n)
		}
	}}
}

// issueFixture: a draft decision of 3000 awards, issued (3000 register numbers in one transaction).
func issueFixture(tb testing.TB) killFixture {
	base := mustDemo(tb)
	raw, err := sql.Open("sqlite3", base)
	if err != nil {
		tb.Fatal(err)
	}
	res, err := raw.Exec(`INSERT INTO decision (number, symbol, year, signed_on, signer_name, signer_title, status)
		VALUES (NULL, 'QĐ-UBND', 2026, '2026-06-01', 'Thái Hoàng Vũ', 'Chủ tịch', 'draft')`)
	if err != nil {
		tb.Fatal(err)
	}
	id, _ := res.LastInsertId()
	if _, err := raw.Exec(`WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 3000),
		p AS (SELECT id, full_name, gender, row_number() OVER (ORDER BY id) - 1 AS rn FROM person)
		INSERT INTO award (decision_id, recipient_kind, person_id, recipient_name, gender, form_code, bonus, sort)
		SELECT ?, 'person', p.id, p.full_name, p.gender, 'giay_khen', 0, k.i FROM k JOIN p ON p.rn = k.i % 100`, id); err != nil {
		tb.Fatal(err)
	}
	if _, err := raw.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		tb.Fatal(err)
	}
	raw.Close()
	q := `SELECT count(*) FROM certificate c JOIN award a ON a.id = c.award_id WHERE a.decision_id = ` + strconv.FormatInt(id, 10)
	return killFixture{op: "issue", arg: strconv.FormatInt(id, 10), base: base, outcome: func(tb testing.TB, db string) string {
		certs := scalar(tb, db, q)
		issued := scalar(tb, db, `SELECT count(*) FROM decision WHERE status = 'issued' AND id = `+strconv.FormatInt(id, 10))
		switch {
		case issued == 0 && certs == 0:
			return "none"
		case issued == 1 && certs == 3000:
			return "all"
		}
		return fmt.Sprintf("issued %d with %d certificates", issued, certs)
	}}
}

// restoreFixture: the sample with 40 more units, restored from a backup taken before them.
func restoreFixture(tb testing.TB) killFixture {
	base := mustDemo(tb)
	backup := filepath.Join(tb.TempDir(), "truoc.db")
	if code, _, errs := runCLI("backup", "-db", base, "-o", backup); code != exitOK {
		tb.Fatal(errs)
	}
	var b strings.Builder
	b.WriteString("Tên đơn vị,Loại\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "Tổ công tác số %c%c,Khác\n", 'A'+i/26, 'A'+i%26)
	}
	list := filepath.Join(tb.TempDir(), "dv.csv")
	if err := os.WriteFile(list, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	if code, _, errs := runCLI("import", "-db", base, "-kind", "units", list); code != exitOK {
		tb.Fatal(errs)
	}
	old, now := scalar(tb, backup, `SELECT count(*) FROM unit`), scalar(tb, base, `SELECT count(*) FROM unit`)
	return killFixture{op: "restore", arg: backup, base: base, outcome: func(tb testing.TB, db string) string {
		switch got := scalar(tb, db, `SELECT count(*) FROM unit`); got {
		case now:
			return "none"
		case old:
			return "all"
		default:
			return fmt.Sprintf("%d units, want %d or %d", got, now, old)
		}
	}}
}
