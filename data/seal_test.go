package data_test

import (
	"context"
	"testing"
	"time"
)

// What the program itself does to an issued decision keeps check «tốt»: printing its certificates
// (the print count is not sealed), revoking it (sealed again), importing and sealing more.
func TestSeal_ProgramChangesKeepCheckOK(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	var id int64
	if err := d.SQL().QueryRow(`SELECT id FROM decision WHERE number = 7`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	mustOK := func(when string) {
		t.Helper()
		rep, err := d.Check(ctx)
		if err != nil || !rep.OK() {
			t.Fatalf("check after %s: %v %v", when, rep.Problems, err)
		}
	}
	mustOK("the sample")
	var awards []int64
	rows, err := d.SQL().Query(`SELECT id FROM award WHERE decision_id = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var a int64
		if err := rows.Scan(&a); err != nil {
			t.Fatal(err)
		}
		awards = append(awards, a)
	}
	rows.Close()
	if err := d.RecordPrints(ctx, awards, false, "", today); err != nil {
		t.Fatal(err)
	}
	mustOK("printing")
	if err := d.RevokeDecision(ctx, id, today.Add(24*time.Hour), "Ban hành nhầm đối tượng"); err != nil {
		t.Fatal(err)
	}
	mustOK("revoking")
	if _, err := d.SQL().Exec(`UPDATE award SET bonus = bonus + 1 WHERE decision_id = ?`, id); err != nil {
		t.Fatal(err)
	}
	if rep, _ := d.Check(ctx); rep.OK() {
		t.Error("a bonus changed after the revoke went unnoticed")
	}
}
