package data

import (
	"context"
	"path/filepath"
	"testing"

	"thidua/app"
)

// A database made before 0015 keeps its initiatives' meaning: a recognised one gets its steps
// (registered, base, district) with the decisions' dates, and its council scores count as
// submitted sheets.
func TestMigration0015_Backfill(t *testing.T) {
	ctx := context.Background()
	d, err := open(filepath.Join(t.TempDir(), "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version < 15 {
			if err := d.applyMigration(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, q := range []string{
		`INSERT INTO campaign (id, year, name) VALUES (1, 2024, 'CCHC 2024')`,
		`INSERT INTO unit (id, name, name_key, kind) VALUES (1, 'UBND xã Trà Giang', 'ubnd xa tra giang', 'commune')`,
		`INSERT INTO person (id, full_name, name_key, gender, category, unit_id) VALUES (1, 'Nguyễn Văn An', 'nguyen van an', 'male', 'civil_servant', 1)`,
		`INSERT INTO initiative (id, campaign_id, title, title_key, solution_kind, unit_id, first_applied, status)
			VALUES (1, 1, 'Số hóa hồ sơ', 'so hoa ho so', 'technical', 1, '2024-03-01', 'recognised')`,
		`INSERT INTO initiative_author (initiative_id, person_id, share_pct) VALUES (1, 1, 100)`,
		`INSERT INTO initiative_recognition (initiative_id, level, decision_no, decision_date) VALUES (1, 'base', '12/QĐ-UBND', '2024-05-02'),
			(1, 'district', '2890/QĐ-UBND', '2024-11-05')`,
		`INSERT INTO council_member (id, campaign_id, full_name) VALUES (1, 1, 'Thái Hoàng Vũ'), (2, 1, 'Lê Thị Thảo')`,
		`INSERT INTO rubric_item (id, campaign_id, name, max_points, sort) VALUES (1, 1, 'Tính mới', 30, 1), (2, 1, 'Áp dụng', 30, 2), (3, 1, 'Hiệu quả', 40, 3)`,
		`INSERT INTO initiative_score (initiative_id, member_id, rubric_id, points) VALUES (1, 1, 1, 25), (1, 1, 2, 25), (1, 1, 3, 30),
			(1, 2, 1, 20), (1, 2, 2, 20), (1, 2, 3, 30)`,
	} {
		if _, err := d.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := d.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := d.InitiativeRecord(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []app.InitiativeStep{app.StepRegistered, app.StepBaseRecognised, app.StepDistrictRecognised}
	if len(r.History) != len(want) {
		t.Fatalf("history = %+v", r.History)
	}
	for i, s := range want {
		if r.History[i].Step != s {
			t.Errorf("step %d = %s, want %s", i, r.History[i].Step, s)
		}
	}
	if r.History[1].Ref != "12/QĐ-UBND" || r.History[2].On.Format("2006-01-02") != "2024-11-05" || r.Level != app.LevelDistrict {
		t.Errorf("history = %+v, level %q", r.History, r.Level)
	}
	ins, err := d.InitiativeList(ctx, app.InitiativeFilter{Year: 2024})
	if err != nil || len(ins) != 1 || ins[0].Sheets != 2 || ins[0].Score != 75 || !ins[0].Passed {
		t.Errorf("list = %+v, %v; want the old scores as two submitted sheets, mean 75", ins, err)
	}
}
