package ui

import (
	"bytes"
	"context"
	"io"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/lists"
)

func TestUnitsTab_AddUnitAndPerson(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	tab := u.units

	test.Tap(tab.addUnit)
	f := tab.unitForm
	if f == nil {
		t.Fatal("no unit form")
	}
	if err := f.name.Validate(); err == nil || !strings.Contains(err.Error(), "Tên đơn vị") {
		t.Errorf("empty name validates: %v", err)
	}
	test.Type(f.name, "Ban Quản lý rừng phòng hộ huyện")
	test.Type(f.short, "BQL rừng")
	f.kind.SetSelected("Khác")
	test.Type(f.phone, "12ab")
	if err := f.phone.Validate(); err == nil {
		t.Error("a bad phone number validates")
	}
	f.phone.SetText("0235 3882 999")
	f.onConfirm(true)
	if tab.selected == nil || tab.selected.Name != "Ban Quản lý rừng phòng hộ huyện" || tab.fields["Loại"].Text != "Khác" {
		t.Fatalf("after saving: selected %+v", tab.selected)
	}
	var headers []string
	for _, r := range tab.rows {
		if r.unit == nil {
			headers = append(headers, r.header)
		}
	}
	if !strings.Contains(strings.Join(headers, "|"), "Khác (2)") {
		t.Errorf("groups = %q", headers)
	}

	t.Run("ErrDuplicate", func(t *testing.T) {
		test.Tap(tab.addUnit)
		test.Type(tab.unitForm.name, "ban quan ly rung phong ho huyen") // same name, case differs
		tab.unitForm.name.SetText("Ban Quản lý rừng phòng hộ huyện")
		tab.unitForm.kind.SetSelected("Khác")
		tab.unitForm.onConfirm(true)
		if !strings.Contains(u.lastError, "đã có trong danh sách") {
			t.Errorf("error = %q", u.lastError)
		}
	})

	test.Tap(tab.addPerson)
	pf := tab.personForm
	if pf.unit.Selected != "Ban Quản lý rừng phòng hộ huyện" {
		t.Errorf("new person's unit preselected = %q", pf.unit.Selected)
	}
	test.Type(pf.name, "Hồ  Thị   Ế ")
	pf.gender.SetSelected("Nữ")
	test.Type(pf.year, "19a5")
	if err := pf.year.Validate(); err == nil || !strings.Contains(err.Error(), "'19a5' không phải là năm hợp lệ") {
		t.Errorf("year validation: %v", err)
	}
	pf.year.SetText("1995")
	test.Type(pf.position, "Kế toán")
	pf.category.SetSelected("Viên chức")
	pf.onConfirm(true)
	if len(tab.staff) != 1 || tab.staff[0].FullName != "Hồ Thị Ế" || tab.staff[0].BirthYear != 1995 {
		t.Fatalf("staff after adding = %+v", tab.staff)
	}
	if row := tab.table.text()[0]; row[1] != "Hồ Thị Ế" || row[2] != "Nữ" || row[5] != "Viên chức" {
		t.Errorf("staff row = %q", row)
	}
	if tab.selectedPerson() == nil {
		t.Error("the new person is not selected")
	}
}

func TestUnitsTab_MoveAndHistory(t *testing.T) {
	u, _ := mustUI(t, mustDB(t, true))
	tab := u.units
	test.Type(tab.search, "nguyen thi hong nhung")
	if len(tab.staff) != 1 {
		t.Fatalf("found %d", len(tab.staff))
	}
	tab.table.Select(widget.TableCellID{Row: 0, Col: 1})
	test.Tap(tab.personDetails)
	if h := tab.history; h == nil || len(h.awards) != 1 || h.awTable.text()[0][1] != "07/QĐ-UBND" || h.awTable.text()[0][4] != "1" {
		t.Fatalf("history = %+v", tab.history)
	}
	test.Tap(tab.movePerson)
	mf := tab.moveForm
	mf.unit.SetSelected("Phòng Tư pháp")
	mf.on.SetText("01/03/2025")
	test.Type(mf.note, "Điều động")
	mf.onConfirm(true)
	if tab.selected == nil || tab.selected.Name != "Phòng Tư pháp" {
		t.Fatalf("after the move the tab shows %+v", tab.selected)
	}
	p := tab.selectedPerson()
	if p == nil || p.FullName != "Nguyễn Thị Hồng Nhung" {
		t.Fatalf("moved person not selected: %+v", p)
	}
	test.Tap(tab.personDetails)
	if mv := tab.history.mvTable.text(); len(mv) != 1 || mv[0][0] != "01/03/2025" || mv[0][1] != "Phòng Nội vụ" || mv[0][2] != "Phòng Tư pháp" {
		t.Errorf("moves = %q", mv)
	}
	// She has an award: "Xóa" only stops following her.
	tab.doRemovePerson(*p)
	if !strings.Contains(u.lastInfo, "chuyển sang «Ngừng theo dõi»") {
		t.Errorf("info = %q", u.lastInfo)
	}
	for _, s := range tab.staff {
		if s.ID == p.ID && s.Active {
			t.Error("still active")
		}
	}
	if tab.togglePerson.Text != "Ngừng theo dõi" { // nothing selected after the reload
		t.Errorf("toggle = %q", tab.togglePerson.Text)
	}
}

func TestUnitsTab_ImportBadRowImportsNothing(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	before, _ := d.People(context.Background(), 0)
	csv := "\ufeffHọ và tên,Giới tính,Năm sinh,Chức vụ,Đơn vị,Đối tượng\r\n" +
		"Nguyễn Văn Mới,Nam,1980,Chuyên viên,phong noi vu,Công chức\r\n" +
		"Trần Thị B,Nữ,19a5,Chuyên viên,Phòng Nội vụ,Công chức\r\n" +
		"Lê Văn C,Nam,1990,,Trà Buii,Viên chức\r\n"
	u.units.importFrom(lists.ListPeople, io.NopCloser(strings.NewReader(csv)), "canbo.csv", nil)
	u.Wait()
	want := []string{
		"Dòng 3, cột «Năm sinh»: '19a5' không phải là năm hợp lệ.",
		"Dòng 4, cột «Đơn vị»: không tìm thấy đơn vị 'Trà Buii'.",
	}
	if strings.Join(u.lastImportErrors, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors shown:\n%s\nwant:\n%s", strings.Join(u.lastImportErrors, "\n"), strings.Join(want, "\n"))
	}
	after, _ := d.People(context.Background(), 0)
	if len(after) != len(before) {
		t.Errorf("%d people before, %d after a refused import", len(before), len(after))
	}
}

func TestUnitsTab_ExportReimportNoChange(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	for _, name := range []string{"canbo.xlsx", "canbo.csv", "donvi.xlsx"} {
		kind := lists.ListPeople
		if strings.HasPrefix(name, "donvi") {
			kind = lists.ListUnits
		}
		var first bytes.Buffer
		if err := u.units.exportTo(kind, &first, name); err != nil {
			t.Fatal(err)
		}
		u.units.importFrom(kind, io.NopCloser(bytes.NewReader(first.Bytes())), name, nil)
		u.Wait()
		if len(u.lastImportErrors) > 0 {
			t.Fatalf("%s: re-import refused: %q", name, u.lastImportErrors)
		}
		if !strings.HasPrefix(u.lastInfo, "Đã nhập 0 ") || !strings.Contains(u.lastInfo, "dòng trùng") {
			t.Errorf("%s: re-import said %q", name, u.lastInfo)
		}
		var second bytes.Buffer
		if err := u.units.exportTo(kind, &second, name); err != nil {
			t.Fatal(err)
		}
		if name != "canbo.xlsx" && !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Errorf("%s: second export differs", name)
		}
		// xlsx bytes carry a timestamp: compare what they hold instead.
		a, _ := u.sheets.ReadTable(bytes.NewReader(first.Bytes()), name)
		b, _ := u.sheets.ReadTable(bytes.NewReader(second.Bytes()), name)
		if len(a.Rows) < 20 || strings.Join(flatten(a), "|") != strings.Join(flatten(b), "|") {
			t.Errorf("%s: content differs after re-import (%d rows)", name, len(a.Rows))
		}
	}
}

func flatten(t app.Table) []string {
	out := append([]string{}, t.Header...)
	for _, r := range t.Rows {
		out = append(out, r...)
	}
	return out
}

func TestUnitsTab_ImportProgressAndResult(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	// The template's example row is a person of the sample: the import says it was skipped.
	var buf bytes.Buffer
	if err := lists.WriteTemplate(u.sheets, lists.ListPeople, &buf, "mau.xlsx"); err != nil {
		t.Fatal(err)
	}
	u.units.importFrom(lists.ListPeople, io.NopCloser(&buf), "mau.xlsx", u.units.afterImport)
	u.Wait()
	if !strings.HasPrefix(u.lastInfo, "Đã nhập 0 cán bộ.\nBỏ qua 1 dòng") || !strings.Contains(u.lastInfo, "Dòng 2: Nguyễn Thị Hồng Nhung (1988, Phòng Nội vụ) đã có") {
		t.Errorf("info = %q", u.lastInfo)
	}
	// 600 new people from an .xlsx: all added, the staff list shows them.
	tpl := lists.PersonTemplate()
	row := tpl.Rows[0]
	tpl.Rows, tpl.RowNums = nil, nil
	for i := 0; i < 600; i++ {
		r := append([]string{}, row...)
		r[0] = "Phạm Văn Thử " + strconv.Itoa(i)
		tpl.Rows = append(tpl.Rows, r)
	}
	buf.Reset()
	if err := u.sheets.WriteTable(&buf, "600.xlsx", tpl, nil); err != nil {
		t.Fatal(err)
	}
	u.units.importFrom(lists.ListPeople, io.NopCloser(&buf), "600.xlsx", u.units.afterImport)
	u.Wait()
	if u.lastInfo != "Đã nhập 600 cán bộ." {
		t.Errorf("info = %q", u.lastInfo)
	}
	if got, _ := d.SearchPeople(context.Background(), "pham van thu", 0); len(got) != 600 {
		t.Errorf("found %d of the 600", len(got))
	}
}
