package ui

import (
	"bytes"
	"context"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/lists"
)

func TestUnitsTab_AddUnitAndPerson(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
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
		if !strings.Contains(dialogText(w), "đã có trong danh sách") {
			t.Errorf("error = %q", dialogText(w))
		}
	})

	test.Tap(tab.addPerson)
	pf := tab.personForm
	if !strings.HasSuffix(pf.unit.Selected(), "Ban Quản lý rừng phòng hộ huyện") {
		t.Errorf("new person's unit preselected = %q", pf.unit.Selected())
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
	if row := tab.table.text()[0]; row[1] != "Hồ Thị Ế" || row[4] != "Nữ" || row[6] != "Viên chức" {
		t.Errorf("staff row = %q", row)
	}
	if tab.selectedPerson() == nil {
		t.Error("the new person is not selected")
	}
}

func TestUnitsTab_MoveAndHistory(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
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
	test.Type(mf.unit, "phong tu phap") // the searchable unit field: no accents needed
	if mf.unit.Selected() != "" || len(mf.unit.shown) != 1 {
		t.Fatalf("typing lists %d units, chosen %q", len(mf.unit.shown), mf.unit.Selected())
	}
	mf.unit.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if mf.unit.Selected() != "Tư pháp — Phòng Tư pháp" {
		t.Fatalf("Enter chose %q", mf.unit.Selected())
	}
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
	if !strings.Contains(dialogText(w), "chuyển sang «Ngừng theo dõi»") {
		t.Errorf("info = %q", dialogText(w))
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

// importFile imports a list through the tab's import, as the Excel menu does once a file is chosen,
// and waits for the result; it returns the progress dialog shown meanwhile.
func importFile(t *testing.T, u *UI, w fyne.Window, kind lists.ListKind, r io.Reader, name string) *progress {
	t.Helper()
	p := u.units.importFrom(kind, io.NopCloser(r), name, u.units.afterImport)
	if top, _ := progressShown(w); top == nil || !strings.Contains(dialogText(w), "Đang đọc tệp "+name) || !u.units.excel.Disabled() {
		t.Fatalf("no progress while %s is imported: %q", name, dialogText(w))
	}
	until(t, "the import of "+name, func() bool { return settled(u, w) })
	if u.units.excel.Disabled() {
		t.Error("«Excel…» stays disabled after the import")
	}
	return p
}

func TestUnitsTab_ImportBadRowImportsNothing(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	before, _ := d.People(context.Background(), 0)
	csv := "\ufeffHọ và tên,Giới tính,Năm sinh,Chức vụ,Đơn vị,Đối tượng\r\n" +
		"Nguyễn Văn Mới,Nam,1980,Chuyên viên,phong noi vu,Công chức\r\n" +
		"Trần Thị B,Nữ,19a5,Chuyên viên,Phòng Nội vụ,Công chức\r\n" +
		"Lê Văn C,Nam,1990,,Trà Buii,Viên chức\r\n"
	importFile(t, u, w, lists.ListPeople, strings.NewReader(csv), "canbo.csv")
	if !strings.Contains(dialogText(w), "Không nhập dòng nào của tệp canbo.csv: tệp có 2 lỗi") {
		t.Errorf("dialog = %q", dialogText(w))
	}
	want := []string{
		"Dòng 3, cột «Năm sinh»: '19a5' không phải là năm hợp lệ.",
		"Dòng 4, cột «Đơn vị»: không tìm thấy đơn vị 'Trà Buii'.",
	}
	if got := listText(t, w); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors shown:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	after, _ := d.People(context.Background(), 0)
	if len(after) != len(before) {
		t.Errorf("%d people before, %d after a refused import", len(before), len(after))
	}
}

// exportFile exports a list through the tab's export, as the Excel menu does: the save dialog,
// «Lưu», the file written in the background, and the message. It returns the file's bytes.
func exportFile(t *testing.T, u *UI, w fyne.Window, kind lists.ListKind, dir, name string) []byte {
	t.Helper()
	fyne.CurrentApp().Preferences().SetString(prefLastFolder, dir)
	u.units.chooseExport(kind, name)
	path := answerSave(t, w, dir, name)
	if top, _ := progressShown(w); top == nil || !strings.Contains(dialogText(w), "Đang ghi tệp "+name) || !u.units.excel.Disabled() {
		t.Fatalf("no progress while %s is written: %q", name, dialogText(w))
	}
	until(t, "the export to "+name, func() bool { return settled(u, w) })
	// «Đã lưu», with the whole folder and a button to open it.
	if !strings.HasPrefix(dialogText(w), "Đã xuất ") || !strings.HasSuffix(dialogText(w), "\nĐã lưu") || !strings.Contains(dialogText(w), " ra tệp "+name+".") ||
		!strings.Contains(dialogText(w), "\n"+dir+"\n") || findButton(t, overlay(w), "Mở thư mục") == nil {
		t.Errorf("%s: export said %q", name, dialogText(w))
	}
	closeDialog(t, w, "Đóng")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestUnitsTab_ExportReimportNoChange(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	dir := t.TempDir()
	for _, name := range []string{"canbo.xlsx", "canbo.csv", "donvi.xlsx"} {
		kind := lists.ListPeople
		if strings.HasPrefix(name, "donvi") {
			kind = lists.ListUnits
		}
		first := exportFile(t, u, w, kind, dir, name)
		importFile(t, u, w, kind, bytes.NewReader(first), name)
		if text := dialogText(w); !strings.Contains(text, "Đã nhập 0 ") || !strings.Contains(text, "dòng trùng") {
			t.Fatalf("%s: re-import said %q", name, text)
		}
		closeDialog(t, w, "Đồng ý")
		second := exportFile(t, u, w, kind, dir, "lai-"+name)
		if name != "canbo.xlsx" && !bytes.Equal(first, second) {
			t.Errorf("%s: second export differs", name)
		}
		// xlsx bytes carry a timestamp: compare what they hold instead.
		a, _ := u.sheets.ReadTable(bytes.NewReader(first), name)
		b, _ := u.sheets.ReadTable(bytes.NewReader(second), name)
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
	u, w := mustUI(t, d)
	// The template's example row is a person of the sample: the import says it was skipped.
	var buf bytes.Buffer
	if err := lists.WriteTemplate(u.sheets, lists.ListPeople, &buf, "mau.xlsx"); err != nil {
		t.Fatal(err)
	}
	importFile(t, u, w, lists.ListPeople, &buf, "mau.xlsx")
	if text := dialogText(w); !strings.Contains(text, "Đã nhập 0 cán bộ.\nBỏ qua 1 dòng") || !strings.Contains(text, "Dòng 2: Nguyễn Thị Hồng Nhung (1988, Phòng Nội vụ) đã có") {
		t.Errorf("info = %q", text)
	}
	closeDialog(t, w, "Đồng ý")
	// 600 new people from an .xlsx: the bar fills as the rows are written, then all are added and
	// the staff list shows them.
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
	p := u.units.importFrom(lists.ListPeople, io.NopCloser(&buf), "600.xlsx", u.units.afterImport)
	if p.bar.Visible() || !p.wait.Visible() || p.label.Text != "Đang đọc tệp 600.xlsx…" {
		t.Errorf("before any row: bar shown %v, moving bar shown %v, %q", p.bar.Visible(), p.wait.Visible(), p.label.Text)
	}
	var values []float64
	var lines []string
	until(t, "the import of 600 rows", func() bool {
		if p.bar.Visible() && (len(values) == 0 || values[len(values)-1] != p.bar.Value) {
			values = append(values, p.bar.Value)
			lines = append(lines, p.label.Text)
		}
		return settled(u, w)
	})
	if len(values) < 3 || values[0] >= 1 || values[len(values)-1] != 1 {
		t.Errorf("the bar showed %d values %v…; want it to move and reach the end", len(values), values[:min(len(values), 5)])
	}
	if len(lines) == 0 || lines[len(lines)-1] != "Đang ghi 600/600 dòng…" {
		t.Errorf("the last progress line = %q", lines[len(lines)-1:])
	}
	if text := dialogText(w); text != "Đã nhập 600 cán bộ.\nThông báo" {
		t.Errorf("info = %q", text)
	}
	if got, _ := d.SearchPeople(context.Background(), "pham van thu", 0); len(got) != 600 {
		t.Errorf("found %d of the 600", len(got))
	}
}
