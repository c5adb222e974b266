package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/data"
)

// tableCounts counts the rows of the tables an import writes.
func tableCounts(tb testing.TB, db string) string {
	tb.Helper()
	d, err := data.OpenExisting(context.Background(), db)
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	var out []string
	for _, table := range []string{"unit", "person", "proposal", "decision", "award", "certificate"} {
		var n int
		if err := d.SQL().QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
			tb.Fatal(err)
		}
		out = append(out, table+"="+itoa(n))
	}
	return strings.Join(out, " ")
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

const awardsHeader = "Số quyết định,Ngày quyết định,Người ký,Chức vụ người ký,Hình thức,Đối tượng,Họ và tên / Tên tập thể,Giới tính,Chức vụ,Đơn vị,Thành tích,Số sổ vàng\n"

// awardRow is one past award to Phòng Nội vụ (a collective of the sample data).
func awardRow(number, date, cert string) string {
	return number + "," + date + ",Hồ Văn Minh,Chủ tịch,Giấy khen,Tập thể,Phòng Nội vụ,,,Phòng Nội vụ,Thành tích tốt," + cert + "\n"
}

// Bad input across the imports: each refused with its row and column, and nothing written.
func TestCLI_ImportBadInput(t *testing.T) {
	db := mustDemo(t)
	for _, tc := range []struct {
		name, kind, file, want string
	}{
		{"DecisionBefore2000", "awards", awardsHeader + awardRow("05/QĐ-UBND", "15/03/1999", ""), "Dòng 2, cột «Ngày quyết định»"},
		{"DecisionIn1945", "awards", awardsHeader + awardRow("05/QĐ-UBND", "02/09/1945", ""), "Dòng 2, cột «Ngày quyết định»"},
		{"DecisionInTheFuture", "awards", awardsHeader + awardRow("03/QĐ-UBND", "10/01/2027", ""), "Dòng 2, cột «Ngày quyết định»: ngày 10/01/2027 chưa tới"},
		{"DecisionIn2100", "awards", awardsHeader + awardRow("03/QĐ-UBND", "01/01/2100", ""), "chưa tới"},
		{"RegisterDoubleDash", "awards", awardsHeader + awardRow("04/QĐ-UBND", "10/01/2023", "2023--5"), "Dòng 2, cột «Số sổ vàng»"},
		{"RegisterLiveYear", "awards", awardsHeader + awardRow("09/QĐ-UBND", "20/02/2025", "2025-050"), "Dòng 2, cột «Số sổ vàng»: sổ vàng năm 2025 do chương trình cấp số"},
		{"EmojiInName", "units", "Tên đơn vị,Loại\nUBND xã Mới 😀,Xã\n", "Dòng 2, cột «Tên đơn vị»"},
		{"RareCJKInPerson", "people", "Họ và tên,Giới tính,Đơn vị,Đối tượng\nNguyễn Văn 𠀋,Nam,Phòng Nội vụ,Công chức\n", "Dòng 2, cột «Họ và tên»"},
		{"StrayQuote", "units", "Tên đơn vị,Loại\nUBND xã A,Xã\n\"UBND xã B,Xã\nUBND xã C,Xã\nUBND xã D,Xã\nUBND xã E,Xã\nUBND xã F,Xã\n", "Dòng 3, cột «A»"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list := filepath.Join(t.TempDir(), "ds.csv")
			if err := os.WriteFile(list, []byte(tc.file), 0o644); err != nil {
				t.Fatal(err)
			}
			before := tableCounts(t, db)
			code, out, errs := runCLI("import", "-db", db, "-kind", tc.kind, list)
			if code != exitFailure || !strings.Contains(errs, tc.want) {
				t.Errorf("import: %d %q %q; want %q", code, out, errs, tc.want)
			}
			if after := tableCounts(t, db); after != before {
				t.Errorf("something was written: %s → %s", before, after)
			}
		})
	}
	t.Run("OKPastDecision", func(t *testing.T) {
		list := filepath.Join(t.TempDir(), "ds.csv")
		if err := os.WriteFile(list, []byte(awardsHeader+awardRow("04/QĐ-UBND", "10/01/2023", "2023-005")), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, out, errs := runCLI("import", "-db", db, "-kind", "awards", list); code != exitOK {
			t.Errorf("a good past decision: %d %q %q", code, out, errs)
		}
		mustCheckOK(t, db)
	})
}
