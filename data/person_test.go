package data_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/viet"
	"thidua/data"
)

func mustUnit(tb testing.TB, d *data.DB, name string, kind app.UnitKind) app.Unit {
	tb.Helper()
	u := app.Unit{Name: name, Kind: kind, Active: true}
	if err := d.CreateUnit(context.Background(), &u); err != nil {
		tb.Fatal(err)
	}
	return u
}

func mustPerson(tb testing.TB, d *data.DB, name string, unit int64) app.Person {
	tb.Helper()
	p := app.Person{FullName: name, Gender: app.Female, BirthYear: 1990, Category: app.CivilServant, UnitID: unit, Active: true}
	if err := d.CreatePerson(context.Background(), &p, today); err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestDB_MovePerson(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	a := mustUnit(t, d, "UBND xã Trà Bui", app.UnitCommune)
	b := mustUnit(t, d, "Phòng Nội vụ", app.UnitDepartment)
	p := mustPerson(t, d, "Nguyễn Thị Hồng Nhung", a.ID)
	on := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	if err := d.MovePerson(ctx, p.ID, b.ID, on, "  Điều động   theo Quyết định 12/QĐ-UBND "); err != nil {
		t.Fatal(err)
	}
	if err := d.MovePerson(ctx, p.ID, a.ID, on.AddDate(0, 6, 0), ""); err != nil {
		t.Fatal(err)
	}
	got, err := d.Person(ctx, p.ID)
	if err != nil || got.UnitID != a.ID {
		t.Fatalf("after two moves: unit %d (%v), want %d", got.UnitID, err, a.ID)
	}
	ms, err := d.PersonMoves(ctx, p.ID)
	if err != nil || len(ms) != 2 {
		t.Fatalf("moves = %+v, %v", ms, err)
	}
	if ms[0].From != "UBND xã Trà Bui" || ms[0].To != "Phòng Nội vụ" || viet.ISODate(ms[0].On) != "2024-03-01" ||
		ms[0].Note != "Điều động theo Quyết định 12/QĐ-UBND" || ms[1].To != "UBND xã Trà Bui" {
		t.Errorf("moves = %+v", ms)
	}
	t.Run("ErrSameUnit", func(t *testing.T) {
		if err := d.MovePerson(ctx, p.ID, a.ID, on, ""); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("ErrUnitThroughUpdate", func(t *testing.T) {
		q := got
		q.UnitID = b.ID
		if err := d.UpdatePerson(ctx, &q, today); app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "Chuyển đơn vị") {
			t.Errorf("err = %v", err)
		}
	})
	// The unit a person moved through keeps that history: it cannot be deleted any more.
	deleted, err := d.RemoveUnit(ctx, b.ID)
	if err != nil || deleted {
		t.Errorf("RemoveUnit of a unit with history: deleted=%v, %v", deleted, err)
	}
}

func TestDB_RemoveDeactivates(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	people, _ := d.SearchPeople(ctx, "Nguyễn Thị Hồng Nhung", 0)
	if len(people) != 1 {
		t.Fatalf("found %d", len(people))
	}
	nhung := people[0]
	t.Run("ReferencedPersonIsDeactivated", func(t *testing.T) {
		deleted, err := d.RemovePerson(ctx, nhung.ID) // she has an award in the sample decision
		if err != nil || deleted {
			t.Fatalf("deleted=%v err=%v", deleted, err)
		}
		p, _ := d.Person(ctx, nhung.ID)
		if p.Active {
			t.Error("still active")
		}
		if err := d.SetPersonActive(ctx, nhung.ID, true); err != nil {
			t.Fatal(err)
		}
		if p, _ := d.Person(ctx, nhung.ID); !p.Active {
			t.Error("not reactivated")
		}
	})
	t.Run("FreePersonIsDeleted", func(t *testing.T) {
		p := mustPerson(t, d, "Trần Văn Mới", nhung.UnitID)
		deleted, err := d.RemovePerson(ctx, p.ID)
		if err != nil || !deleted {
			t.Fatalf("deleted=%v err=%v", deleted, err)
		}
		if _, err := d.Person(ctx, p.ID); app.ErrorCode(err) != app.ENOTFOUND {
			t.Errorf("after delete: %v", err)
		}
	})
	t.Run("UnitWithStaffIsDeactivated", func(t *testing.T) {
		deleted, err := d.RemoveUnit(ctx, nhung.UnitID)
		if err != nil || deleted {
			t.Fatalf("deleted=%v err=%v", deleted, err)
		}
		us, _ := d.Units(ctx)
		for _, u := range us {
			if u.ID == nhung.UnitID && u.Active {
				t.Error("unit still active")
			}
		}
	})
	t.Run("EmptyUnitIsDeleted", func(t *testing.T) {
		u := mustUnit(t, d, "Phòng Thử nghiệm", app.UnitOther)
		if deleted, err := d.RemoveUnit(ctx, u.ID); err != nil || !deleted {
			t.Fatalf("deleted=%v err=%v", deleted, err)
		}
	})
	if rep, err := d.Check(ctx); err != nil || !rep.OK() {
		t.Errorf("check: %+v %v", rep, err)
	}
}

func TestDB_AwardHistory(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	people, _ := d.SearchPeople(ctx, "Nguyễn Thị Hồng Nhung", 0)
	hist, err := d.AwardHistory(ctx, app.RecipientPerson, people[0].ID)
	if err != nil || len(hist) != 1 {
		t.Fatalf("history = %+v, %v", hist, err)
	}
	if h := hist[0]; h.Year != 2024 || h.DecisionNumber != "07/QĐ-UBND" || h.FormName != "Giấy khen" || viet.ISODate(h.SignedOn) != "2025-01-10" {
		t.Errorf("history = %+v", h)
	}
	us, _ := d.Units(ctx)
	hist, err = d.AwardHistory(ctx, app.RecipientUnit, us[0].ID) // UBND thị trấn Trà My
	if err != nil || len(hist) != 1 {
		t.Errorf("unit history = %+v, %v", hist, err)
	}
	// A revoked decision is not history.
	if _, err := d.SQL().Exec(`UPDATE decision SET status = 'revoked', revoked_on = '2025-02-01', revoke_reason = 'Sai tên'`); err != nil {
		t.Fatal(err)
	}
	if hist, _ := d.AwardHistory(ctx, app.RecipientPerson, people[0].ID); len(hist) != 0 {
		t.Errorf("revoked decision still in history: %+v", hist)
	}
}

func TestDB_ImportPeople(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	a := mustUnit(t, d, "UBND xã Trà Bui", app.UnitCommune)
	mustPerson(t, d, "Nguyễn Văn An", a.ID)
	ps := []app.Person{
		{FullName: "Nguyễn Văn An", Gender: app.Female, BirthYear: 1990, Category: app.CivilServant, UnitID: a.ID}, // already there
		{FullName: "Lê Thị Bình", Gender: app.Female, BirthYear: 1991, Category: app.CivilServant, UnitID: a.ID},
		{FullName: "Lê  Thị Bình ", Gender: app.Female, BirthYear: 1991, Category: app.CivilServant, UnitID: a.ID}, // twice in the file
	}
	var calls int
	res, err := d.ImportPeople(ctx, ps, []int{2, 3, 4}, func(done, total int) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 1 || len(res.Duplicates) != 2 || !strings.HasPrefix(res.Duplicates[0], "Dòng 2: Nguyễn Văn An (1990, UBND xã Trà Bui) đã có") {
		t.Errorf("result = %+v", res)
	}
	if calls == 0 {
		t.Error("no progress reported")
	}
	t.Run("AllOrNothing", func(t *testing.T) {
		bad := []app.Person{
			{FullName: "Phạm Văn Cường", Gender: app.Male, Category: app.Worker, UnitID: a.ID},
			{FullName: "Hồ Văn Dũng", Gender: app.Male, Category: app.Worker, UnitID: 9999}, // no such unit
		}
		if _, err := d.ImportPeople(ctx, bad, nil, nil); err == nil {
			t.Fatal("import with a bad row succeeded")
		}
		if got, _ := d.SearchPeople(ctx, "pham van cuong", 0); len(got) != 0 {
			t.Error("the good row of a failed import was kept")
		}
	})
}

func TestDB_ImportUnits(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	mustUnit(t, d, "UBND xã Trà Bui", app.UnitCommune)
	res, err := d.ImportUnits(ctx, []app.Unit{
		{Name: "UBND XÃ TRÀ BUI", Kind: app.UnitCommune},
		{Name: "Phòng Tư pháp", Kind: app.UnitDepartment},
	}, []int{2, 3})
	if err != nil || res.Added != 1 || len(res.Duplicates) != 1 || !strings.HasPrefix(res.Duplicates[0], "Dòng 2:") {
		t.Errorf("result = %+v, %v", res, err)
	}
}

func TestDB_SortKeysRefresh(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	d, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	u := mustUnit(t, d, "Phòng Nội vụ", app.UnitDepartment)
	for _, n := range []string{"Trần Văn Đức", "Lê Thị Dung", "Nguyễn Văn Ánh", "Phạm Thị An", "Võ Văn Dũng"} {
		mustPerson(t, d, n, u.ID)
	}
	// Forget the keys, as a database from before migration 0003 would have none.
	if _, err := d.SQL().Exec(`UPDATE person SET sort_given = NULL, sort_whole = NULL; DELETE FROM setting WHERE key = 'sort_key_version'`); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d, err = data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ps, _ := d.People(ctx, u.ID)
	var names []string
	for _, p := range ps {
		names = append(names, p.FullName)
	}
	want := "Phạm Thị An, Nguyễn Văn Ánh, Lê Thị Dung, Võ Văn Dũng, Trần Văn Đức"
	if strings.Join(names, ", ") != want {
		t.Errorf("order = %s\nwant    %s", strings.Join(names, ", "), want)
	}
}

func TestDB_SearchPeopleLimitAndOrder(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	all, _ := d.SearchPeople(ctx, "thi", 0)
	some, _ := d.SearchPeople(ctx, "thi", 5)
	if len(all) < 10 || len(some) != 5 {
		t.Fatalf("all %d, limited %d", len(all), len(some))
	}
	for i := range some {
		if some[i].ID != all[i].ID {
			t.Errorf("limited search differs at %d", i)
		}
	}
	if got, _ := d.SearchPeople(ctx, "100%_", 0); len(got) != 0 {
		t.Errorf("LIKE wildcards not escaped: %d found", len(got))
	}
}

// BenchmarkSearchPeople100k: the accent-insensitive search over 100.000 people (target ≤ 20 ms).
func BenchmarkSearchPeople100k(b *testing.B) {
	ctx := context.Background()
	d := MustOpenDB(b)
	var units []int64
	for i := 0; i < 50; i++ {
		units = append(units, mustUnit(b, d, fmt.Sprintf("Đơn vị %02d", i), app.UnitOther).ID)
	}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Võ", "Huỳnh", "Đinh", "Bùi", "Đặng"}
	middle := []string{"Văn", "Thị", "Hữu", "Ngọc", "Thị Hồng", "Minh", "Công"}
	given := []string{"An", "Bình", "Dũng", "Dung", "Hạnh", "Hùng", "Lan", "Nhung", "Phúc", "Sơn", "Thảo", "Việt", "Yến"}
	ps := make([]app.Person, 0, 100000)
	for i := 0; len(ps) < 100000; i++ {
		ps = append(ps, app.Person{FullName: family[i%10] + " " + middle[(i/10)%7] + " " + given[(i/70)%13] + fmt.Sprintf(" %d", i),
			Gender: app.Male, BirthYear: 1960 + i%40, Category: app.Worker, UnitID: units[i%50]})
	}
	if _, err := d.ImportPeople(ctx, ps, nil, nil); err != nil {
		b.Fatal(err)
	}
	// The first search after a write rebuilds the in-memory index.
	b.Run("after_a_write", func(b *testing.B) {
		for b.Loop() {
			if err := d.SetPersonActive(ctx, 1, true); err != nil {
				b.Fatal(err)
			}
			if _, err := d.SearchPeople(ctx, "nguyen thi hong nhung", 500); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, q := range []string{"nguyen thi hong nhung", "dung", "xyz khong co", "Đặng Minh Yến 99"} {
		b.Run(strings.ReplaceAll(q, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				if _, err := d.SearchPeople(ctx, q, 500); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
