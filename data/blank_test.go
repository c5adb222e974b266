package data_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"thidua/app"
)

func TestBlankLayout_SaveAndRead(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	l, err := d.BlankLayout(ctx, "a4_landscape")
	if err != nil {
		t.Fatal(err)
	}
	if l.PageW != 297 || l.PageH != 210 || len(l.Fields) != len(app.BlankFields) {
		t.Fatalf("default layout = %+v", l)
	}
	l.OffsetX, l.OffsetY = 1.5, -2
	for i := range l.Fields {
		if l.Fields[i].Field == app.FieldName {
			l.Fields[i].Y, l.Fields[i].H, l.Fields[i].Size = 95.5, 14, 24
		}
	}
	if err := d.SaveBlankLayout(ctx, l); err != nil {
		t.Fatal(err)
	}
	got, _ := d.BlankLayout(ctx, "a4_landscape")
	f, _ := got.Field(app.FieldName)
	if got.OffsetX != 1.5 || got.OffsetY != -2 || f.Y != 95.5 || f.H != 14 || f.Size != 24 {
		t.Errorf("read back %+v / %+v", got, f)
	}
	t.Run("ErrOffPage", func(t *testing.T) {
		bad := got
		bad.Fields = append([]app.BlankField{}, got.Fields...)
		bad.Fields[0].X = 250
		if err := d.SaveBlankLayout(ctx, bad); app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "ngoài khổ phôi") {
			t.Errorf("err = %v", err)
		}
	})
	if _, err := d.BlankLayout(ctx, "a3"); app.ErrorCode(err) != app.ENOTFOUND {
		t.Errorf("unknown kind: %v", err)
	}
	if err := d.SetBlankImage(ctx, "a4_landscape", []byte{1, 2, 3}, "phoi.png"); err != nil {
		t.Fatal(err)
	}
	if img, name, _ := d.BlankImage(ctx, "a4_landscape"); len(img) != 3 || name != "phoi.png" {
		t.Errorf("image = %v %q", img, name)
	}
}

func TestRecordPrints_ReprintNeedsReason(t *testing.T) {
	ctx := context.Background()
	d := MustSample(t)
	cid := sampleCampaign(t, d)
	ds, _ := d.Decisions(ctx, cid)
	as, _ := d.Awards(ctx, ds[0].ID)
	ids := []int64{as[0].ID, as[1].ID}
	if n, _ := d.PrintedBefore(ctx, ids); n != 0 {
		t.Fatalf("printed before = %d", n)
	}
	if err := d.RecordPrints(ctx, ids, false, "", day(2025, 1, 12)); err != nil {
		t.Fatal(err)
	}
	if n, _ := d.PrintedBefore(ctx, ids); n != 2 {
		t.Errorf("printed before = %d, want 2", n)
	}
	if err := d.RecordPrints(ctx, ids[:1], true, "", day(2025, 1, 13)); app.ErrorCode(err) != app.EINVALID {
		t.Errorf("reprint without a reason: %v", err)
	}
	if err := d.RecordPrints(ctx, ids[:1], true, "Phôi in lệch", day(2025, 1, 13)); err != nil {
		t.Fatal(err)
	}
	reg, _ := d.Register(ctx, 2025)
	if reg[0].PrintCount != 2 || reg[1].PrintCount != 1 || reg[2].PrintCount != 0 {
		t.Errorf("print counts %d %d %d", reg[0].PrintCount, reg[1].PrintCount, reg[2].PrintCount)
	}
	var reason string
	d.SQL().QueryRow(`SELECT reason FROM certificate_print ORDER BY id DESC LIMIT 1`).Scan(&reason)
	if reason != "Phôi in lệch" || reg[0].ReprintReason != "Phôi in lệch" || reg[1].ReprintReason != "" {
		t.Errorf("reprint reason = %q, register %q / %q", reason, reg[0].ReprintReason, reg[1].ReprintReason)
	}
}

// A layout printing would refuse (a value that is not a number) cannot be saved either.
func TestSaveBlankLayout_RefusesNaN(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	l, err := d.BlankLayout(ctx, "a4_landscape")
	if err != nil {
		t.Fatal(err)
	}
	l.Fields[0].Size = math.NaN()
	if err := d.SaveBlankLayout(ctx, l); app.ErrorCode(err) != app.EINVALID {
		t.Fatalf("NaN saved: err = %v", err)
	}
}
