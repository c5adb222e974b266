package main

import (
	"bytes"
	"strconv"
	"testing"

	"thidua/app"
	"thidua/sheet"
)

// benchBooks is the sample with 30 active units (the 27 of the sample and 3 more communes).
func benchBooks(b *testing.B) (*bookEnv, []app.Unit) {
	e := newBookEnvTB(b, nil)
	for i := 0; len(mustUnits(b, e)) < 30; i++ {
		u := app.Unit{Name: "UBND xã Thử " + strconv.Itoa(i+1), Kind: app.UnitCommune, Active: true}
		if err := e.d.CreateUnit(e.ctx, &u); err != nil {
			b.Fatal(err)
		}
	}
	return e, mustUnits(b, e)
}

func mustUnits(b *testing.B, e *bookEnv) []app.Unit {
	us, err := workbookUnits(e.ctx, e.d, "")
	if err != nil {
		b.Fatal(err)
	}
	return us
}

// BenchmarkWorkbooks_Generate30 makes the 30 units' workbooks (what «Xuất sổ cho đơn vị» does for
// all units, without the disk).
func BenchmarkWorkbooks_Generate30(b *testing.B) {
	e, units := benchBooks(b)
	b.ResetTimer()
	for b.Loop() {
		for _, u := range units {
			book, err := e.d.UnitBook(e.ctx, e.campaign, u.ID)
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			if err := (sheet.Files{}).WriteUnitBook(&buf, book); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkWorkbooks_Import30 reads, checks, plans and stores 30 filled workbooks (each with its
// self-scores, two proposals and two initiatives); each loop takes back the same 30 (after the
// first, as second returns: the differences are planned and nothing new is added).
func BenchmarkWorkbooks_Import30(b *testing.B) {
	e, units := benchBooks(b)
	var files [][]byte
	for _, u := range units {
		book, err := e.d.UnitBook(e.ctx, e.campaign, u.ID)
		if err != nil {
			b.Fatal(err)
		}
		e.book, e.unit = book, u
		f := e.blank()
		e.fill(f)
		files = append(files, e.bytesOf(f))
	}
	b.ResetTimer()
	for b.Loop() {
		for i, data := range files {
			r := e.read(data, "so"+strconv.Itoa(i)+".xlsx")
			r.Apply(e.ctx, e.d, e.campaign, app.BookReceipt{Received: day(2024, 6, 20)})
			if r.Refused() {
				b.Fatalf("%s: %s", units[i].Name, r.Result())
			}
		}
	}
}
