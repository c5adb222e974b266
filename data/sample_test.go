package data_test

import (
	"context"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/viet"
)

func TestDB_LoadSample(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	if n := count(t, d, "unit"); n < 26 {
		t.Errorf("units = %d, want the thị trấn, 12 xã and the departments", n)
	}
	if n := count(t, d, "person"); n < 130 || n > 200 {
		t.Errorf("people = %d, want about 150", n)
	}
	if n := count(t, d, "initiative"); n != 20 {
		t.Errorf("initiatives = %d, want 20", n)
	}
	if n := count(t, d, "unit_score WHERE appraised_points IS NULL AND na = 0"); n != 0 {
		t.Errorf("%d scores without an appraised value", n)
	}
	people, err := d.People(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	genders, cats := map[app.Gender]int{}, map[app.Category]int{}
	for _, p := range people {
		genders[p.Gender]++
		cats[p.Category]++
	}
	if len(genders) != 2 || len(cats) != len(app.Categories) {
		t.Errorf("genders %v, categories %v: want both genders and every category", genders, cats)
	}

	cs, err := d.Campaigns(ctx)
	if err != nil || len(cs) != 1 || cs[0].Year != 2024 {
		t.Fatalf("campaigns = %+v, %v", cs, err)
	}
	ds, err := d.Decisions(ctx, cs[0].ID)
	if err != nil || len(ds) != 1 {
		t.Fatalf("decisions = %+v, %v", ds, err)
	}
	dec := ds[0]
	if dec.Status != app.DecisionIssued || dec.NumberText() != "07/QĐ-UBND" || dec.SignerName != "Thái Hoàng Vũ" {
		t.Errorf("decision = %+v", dec)
	}
	awards, err := d.Awards(ctx, dec.ID)
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	units, persons := 0, 0
	for i, a := range awards {
		total += a.Bonus
		switch a.Recipient {
		case app.RecipientUnit:
			units++
			if a.Bonus != 1410000 || persons > 0 {
				t.Errorf("collective %q: bonus %d (want 1.410.000), listed after individuals: %v", a.Name, a.Bonus, persons > 0)
			}
		case app.RecipientPerson:
			persons++
			if a.Bonus != 710000 {
				t.Errorf("individual %q: bonus %d, want 710.000", a.Name, a.Bonus)
			}
		}
		if want := viet.CertificateNumber(2025, i+1); a.CertificateNo != want {
			t.Errorf("award %d certificate %q, want %q", i, a.CertificateNo, want)
		}
	}
	if units == 0 || persons == 0 || total != dec.Total || total != int64(units)*1410000+int64(persons)*710000 {
		t.Errorf("%d collectives, %d individuals, total %d (list says %d)", units, persons, total, dec.Total)
	}

	rep, err := d.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("check after sample: %+v, %v", rep, err)
	}
	if err := d.LoadSample(ctx, today); app.ErrorCode(err) != app.ECONFLICT {
		t.Errorf("second LoadSample: err = %v, want ECONFLICT", err)
	}
}

func TestDB_Results(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cs, _ := d.Campaigns(ctx)
	rs, err := d.Results(ctx, cs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != count(t, d, "unit WHERE active = 1") {
		t.Fatalf("results for %d units", len(rs))
	}
	for i, r := range rs {
		if r.Max != 10000 {
			t.Errorf("%s: max %s, want 100 (leaves only, parents not added twice)", r.Unit.Name, r.Max)
		}
		if r.Appraised > r.Self || r.Appraised <= 0 {
			t.Errorf("%s: appraised %s, self %s", r.Unit.Name, r.Appraised, r.Self)
		}
		if i > 0 && r.Appraised > rs[i-1].Appraised {
			t.Errorf("rank order broken at %d", i)
		}
		if r.Rank < 1 || r.Rank > i+1 {
			t.Errorf("%s: rank %d at position %d", r.Unit.Name, r.Rank, i+1)
		}
	}
}

func TestDB_SearchPeople(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"nguyen thi hong", []string{"Nguyễn Thị Hồng Nhung"}},
		{"Nguyễn Thị Hồng", []string{"Nguyễn Thị Hồng Nhung"}},
		{"dung", []string{"Trần Thị Dung", "Lê Văn Dũng"}},
		{"  ĐINH  văn   sau ", []string{"Đinh Văn Sáu"}},
	} {
		got, err := d.SearchPeople(ctx, tc.query, 0)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]bool{}
		for _, p := range got {
			names[p.FullName] = true
			if !strings.Contains(viet.FoldKey(p.FullName), strings.Fields(viet.FoldKey(tc.query))[0]) {
				t.Errorf("%q found %q, which does not match", tc.query, p.FullName)
			}
		}
		for _, w := range tc.want {
			if !names[w] {
				t.Errorf("%q did not find %q (found %v)", tc.query, w, names)
			}
		}
	}
}

func TestDB_CreateUnit(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	t.Run("OK", func(t *testing.T) {
		u := &app.Unit{Name: "  UBND xã   Trà Bui ", Kind: app.UnitCommune, Active: true}
		if err := d.CreateUnit(ctx, u); err != nil {
			t.Fatal(err)
		}
		us, _ := d.Units(ctx)
		if len(us) != 1 || us[0].Name != "UBND xã Trà Bui" || us[0].ID != u.ID {
			t.Errorf("units = %+v", us)
		}
	})
	t.Run("ErrConflict", func(t *testing.T) {
		err := d.CreateUnit(ctx, &app.Unit{Name: "UBND xã Trà Bui", Kind: app.UnitCommune})
		if app.ErrorCode(err) != app.ECONFLICT || !strings.Contains(app.ErrorMessage(err), "đã có") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		err := d.CreateUnit(ctx, &app.Unit{Name: " ", Kind: app.UnitCommune})
		if app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "Tên đơn vị") {
			t.Errorf("err = %v", err)
		}
	})
	if n := count(t, d, "audit_log WHERE entity = 'unit'"); n != 1 {
		t.Errorf("audit lines = %d, want 1", n)
	}
}

func TestDB_CheckFindsRegisterGap(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	if _, err := d.SQL().Exec(`DELETE FROM certificate WHERE seq = 3`); err != nil {
		t.Fatal(err)
	}
	rep, err := d.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || !strings.Contains(strings.Join(rep.Problems, "\n"), "bỏ trống") {
		t.Errorf("problems = %q, want the gap reported", rep.Problems)
	}
}
