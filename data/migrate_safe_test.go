package data

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"thidua/app"
)

// mustOldSchema is a database at schema version v (migrations up to v applied) holding a unit and
// a person, made as the program of that version would have.
func mustOldSchema(tb testing.TB, v int) string {
	tb.Helper()
	ctx := context.Background()
	path := filepath.Join(tb.TempDir(), "thidua.db")
	d, err := open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		tb.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		tb.Fatal(err)
	}
	for _, m := range ms {
		if m.version > v {
			break
		}
		if err := d.applyMigration(ctx, m); err != nil {
			tb.Fatalf("migration %s: %v", m.name, err)
		}
	}
	if _, err := d.db.ExecContext(ctx, `INSERT INTO unit (id, name, name_key, kind) VALUES (1, 'UBND xã Trà Sơn', 'ubnd xa tra son', 'commune');
		INSERT INTO person (id, full_name, name_key, gender, birth_year, category, unit_id) VALUES (1, 'Hồ Thị Lan', 'ho thi lan', 'female', 1985, 'civil_servant', 1)`); err != nil {
		tb.Fatal(err)
	}
	return path
}

// A database of every earlier schema version migrates without loss, after a verified backup.
func TestOpen_MigratesEveryEarlierVersion(t *testing.T) {
	ctx := context.Background()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms[:len(ms)-1] {
		v := m.version
		t.Run("v"+itoa(v), func(t *testing.T) {
			path := mustOldSchema(t, v)
			d, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			latest, _ := LatestVersion()
			if got, _ := d.SchemaVersion(ctx); got != latest || latest == 0 {
				t.Errorf("version %d after Open, want %d", got, latest)
			}
			var name string
			var year int
			if err := d.db.QueryRowContext(ctx, `SELECT p.full_name, p.birth_year FROM person p JOIN unit u ON u.id = p.unit_id WHERE u.name = 'UBND xã Trà Sơn'`).Scan(&name, &year); err != nil || name != "Hồ Thị Lan" || year != 1985 {
				t.Errorf("the person after migration: %q %d %v", name, year, err)
			}
			bs, err := ListBackups(path)
			if err != nil || len(bs) != 1 || bs[0].Reason != app.BackupBeforeMigrate {
				t.Fatalf("backups before migration: %+v %v", bs, err)
			}
			if err := VerifyBackup(ctx, bs[0].Path); err != nil {
				t.Errorf("the backup before migration: %v", err)
			}
			rep, err := d.Check(ctx)
			if err != nil || !rep.OK() {
				t.Errorf("check after migration: %+v %v", rep, err)
			}
		})
	}
}

// Retention keeps the newest backup of each of the last 30 days and of each of 12 months.
func TestPruneBackups(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "thidua.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	start := time.Date(2025, 1, 1, 9, 0, 0, 0, time.Local)
	d.Now = func() time.Time { return start }
	first, err := d.Backup(ctx, app.BackupAuto)
	if err != nil {
		t.Fatal(err)
	}
	// Every third day for 500 days: copies of one verified backup under the names Backup gives.
	var last time.Time
	for day := 3; day < 500; day += 3 {
		last = start.AddDate(0, 0, day)
		name := stem(path) + "-" + last.Format(backupTimeLayout) + "-" + app.BackupAuto + ".db"
		if err := copyFile(first.Path, filepath.Join(BackupDir(path), name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := PruneBackups(path, last.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	bs, err := ListBackups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) > 30+12 || len(bs) < 30 {
		t.Errorf("%d backups kept", len(bs))
	}
	for _, b := range bs {
		if b.Size == 0 || b.Time.Before(last.AddDate(-1, 0, 0)) {
			t.Errorf("kept %s (%d bytes)", b.Name, b.Size)
		}
	}
}
