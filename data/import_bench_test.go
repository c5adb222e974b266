package data_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"thidua/app"
	"thidua/app/lists"
	"thidua/sheet"
)

// BenchmarkImportPeople10kXLSX: read 10.000 people from an .xlsx, check every row and store them in
// one transaction, as «Nhập danh sách cán bộ» does (target ≤ 2 s).
func BenchmarkImportPeople10kXLSX(b *testing.B) {
	ctx := context.Background()
	files := sheet.Files{}
	tpl := lists.PersonTemplate()
	tpl.Rows, tpl.RowNums = nil, nil
	units := []string{"UBND xã Trà Bui", "UBND xã Trà Đốc", "Phòng Nội vụ", "Phòng Tư pháp"}
	for i := 0; i < 10000; i++ {
		tpl.Rows = append(tpl.Rows, []string{fmt.Sprintf("Nguyễn Thị Hồng %d", i), []string{"Nam", "Nữ"}[i%2],
			fmt.Sprint(1960 + i%40), "Chuyên viên", units[i%4], "Công chức"})
	}
	var file bytes.Buffer
	if err := files.WriteTable(&file, "10k.xlsx", tpl, lists.PersonWidths); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(file.Len()), "file-bytes")
	for b.Loop() {
		b.StopTimer()
		d := MustOpenDB(b)
		for i, n := range units {
			kind := app.UnitDepartment
			if i < 2 {
				kind = app.UnitCommune
			}
			mustUnit(b, d, n, kind)
		}
		b.StartTimer()
		res, rowErrs, err := lists.ImportList(ctx, d, files, lists.ListPeople, bytes.NewReader(file.Bytes()), "10k.xlsx", today, nil)
		if err != nil || len(rowErrs) > 0 || res.Added != 10000 {
			b.Fatalf("added %d, %d row errors, %v", res.Added, len(rowErrs), err)
		}
	}
}
