package data_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"thidua/app"
	"thidua/app/viet"
	"thidua/data"
)

var today = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// MustOpenDB opens a fresh database file in a temporary folder.
func MustOpenDB(tb testing.TB) *data.DB {
	tb.Helper()
	d, err := data.Open(context.Background(), filepath.Join(tb.TempDir(), "sub", "thidua.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close() })
	return d
}

// MustSample opens a database loaded with the sample campaign.
func MustSample(tb testing.TB) *data.DB {
	tb.Helper()
	d := MustOpenDB(tb)
	if err := d.LoadSample(context.Background(), today); err != nil {
		tb.Fatal(err)
	}
	return d
}

func count(tb testing.TB, d *data.DB, table string) int {
	tb.Helper()
	var n int
	if err := d.SQL().QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestOpen_MigrateTwice(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a", "b", "thidua.db")
	d, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	salaries := count(t, d, "base_salary")
	if salaries != 3 {
		t.Fatalf("base_salary rows = %d, want 3", salaries)
	}
	if err := d.Migrate(ctx); err != nil {
		t.Fatalf("second Migrate: %v", err)
	}
	d.Close()
	d, err = data.Open(ctx, path) // a third time, through Open
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	v, err := d.SchemaVersion(ctx)
	latest, lerr := data.LatestVersion()
	if err != nil || lerr != nil || v != latest || v < 2 {
		t.Fatalf("SchemaVersion = %d, %v; want %d (%v)", v, err, latest, lerr)
	}
	if got := count(t, d, "base_salary"); got != salaries {
		t.Errorf("base_salary rows after re-migration = %d, want %d (seed applied twice?)", got, salaries)
	}
	if got := count(t, d, "schema_migration"); got != data.MigrationCount() {
		t.Errorf("schema_migration rows = %d, want %d", got, data.MigrationCount())
	}
}

func TestOpenExisting_Missing(t *testing.T) {
	_, err := data.OpenExisting(context.Background(), filepath.Join(t.TempDir(), "none.db"))
	if app.ErrorCode(err) != app.ENOTFOUND {
		t.Fatalf("err = %v, want ENOTFOUND", err)
	}
	if !strings.Contains(app.ErrorMessage(err), "Không tìm thấy tệp dữ liệu") {
		t.Errorf("message = %q", app.ErrorMessage(err))
	}
}

// The foreign_keys pragma is per connection: it must hold on every connection the pool opens, not
// only the first (the reason the pragmas live in the DSN).
func TestOpen_ForeignKeysOnEveryConnection(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	d.SQL().SetMaxOpenConns(4)
	var conns []interface{ Close() error }
	for i := 0; i < 4; i++ {
		c, err := d.SQL().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var fk int
		if err := c.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if fk != 1 {
			t.Errorf("connection %d: foreign_keys = %d, want 1", i, fk)
		}
		_, err = c.ExecContext(ctx, `INSERT INTO person (full_name, name_key, gender, category, unit_id) VALUES ('A', 'a', 'male', 'worker', 9999)`)
		if err == nil {
			t.Errorf("connection %d: a person in a missing unit was stored", i)
		}
	}
	for _, c := range conns {
		c.Close()
	}
	d.SQL().SetMaxOpenConns(1)
	p := &app.Person{FullName: "Nguyễn Văn A", Gender: app.Male, Category: app.Worker, UnitID: 424242, Active: true}
	if err := d.CreatePerson(ctx, p, today); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("CreatePerson in a missing unit: err = %v, want ECONFLICT", err)
	}
}

func TestMigrations_SeedIsNFC(t *testing.T) {
	d := MustOpenDB(t)
	for _, q := range []string{`SELECT name FROM award_form`, `SELECT text FROM legal_basis`, `SELECT name FROM reform_field`,
		`SELECT value FROM setting`, `SELECT legal_ref FROM bonus_coefficient`} {
		rows, err := d.SQL().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			rows.Scan(&s)
			if !norm.NFC.IsNormalString(s) {
				t.Errorf("%s: %q is not NFC", q, s)
			}
		}
		rows.Close()
	}
}

func TestDB_LegalTables(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	coefs, err := d.Coefficients(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sal, err := d.BaseSalaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		form string
		kind app.RecipientKind
		on   time.Time
		want int64
	}{
		{"giay_khen", app.RecipientPerson, time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC), 540000},
		{"giay_khen", app.RecipientPerson, time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC), 710000},
		{"giay_khen", app.RecipientUnit, time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC), 1410000},
		{"tt_ldtt", app.RecipientUnit, time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), 1880000},
		{"cstdcs", app.RecipientPerson, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), 1800000},
		{"giay_khen", app.RecipientPerson, time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), 450000}, // 0,3 × 1.490.000 = 447.000 → 450.000
	} {
		got, ok := app.BonusFor(tc.form, tc.kind, tc.on, coefs, sal)
		if !ok || got != tc.want {
			t.Errorf("BonusFor(%s, %s, %s) = %d, %v; want %d", tc.form, tc.kind, viet.ISODate(tc.on), got, ok, tc.want)
		}
	}
	if _, ok := app.BonusFor("ldtt", app.RecipientPerson, time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), coefs, sal); ok {
		t.Error("a bonus was computed for a date before any base salary in the table")
	}
	basis, err := d.LegalBasis(ctx, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || len(basis) != 3 {
		t.Fatalf("căn cứ on 01/02/2024 = %d lines (%v), want 3 (TT 01/2024 is dated 24/02/2024)", len(basis), err)
	}
	basis, _ = d.LegalBasis(ctx, time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC))
	if len(basis) != 4 || !strings.Contains(basis[3], "01/2024/TT-BNV") {
		t.Errorf("căn cứ on 10/01/2025 = %q", basis)
	}
}
