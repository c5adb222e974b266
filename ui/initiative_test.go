package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"thidua/app"
)

func TestInitiativesTab_RegisterAndScore(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	tab := u.initiatives
	if n := len(tab.items); n != 20 {
		t.Fatalf("tab lists %d, want the sample's 20", n)
	}
	ctx := context.Background()
	unit := tab.units[3]
	staff, err := d.People(ctx, unit.ID)
	if err != nil || len(staff) < 2 {
		t.Fatal(staff, err)
	}

	// Register with two authors: 60/30 is refused with a message and the form comes back.
	test.Tap(tab.register)
	f := tab.form
	test.Type(f.title, "So hoa ho so mot cua xa Tra Giang")
	if !strings.Contains(f.similar.Text, "tương tự") || !strings.Contains(f.similar.Text, "Số hóa sổ hộ tịch") {
		t.Errorf("similar titles not shown: %q", f.similar.Text)
	}
	f.field.SetSelectedIndex(0)
	f.kind.SetSelectedIndex(2)
	f.unit.SetSelected(unit.Name)
	test.Type(f.applied, "01/03/2024")
	test.Type(f.parts[1], "Rút ngắn thời gian tra cứu hồ sơ")
	f.authors[0].name.SetText(staff[0].FullName)
	f.authors[0].share.SetText("60")
	test.Tap(f.addBtn)
	if len(f.authors) != 2 {
		t.Fatalf("%d author rows after «Thêm tác giả»", len(f.authors))
	}
	f.authors[1].name.SetText(strings.ToLower(staff[1].FullName)) // typed without care: still the registry's person
	f.authors[1].share.SetText("30")
	f.dlg.Submit()
	if !strings.Contains(dialogText(w), "tổng tỷ lệ đóng góp là 90%, phải đúng 100%") {
		t.Fatalf("60/30 not refused with a message: %q", dialogText(w))
	}
	if len(tab.items) != 20 {
		t.Fatal("the refused registration was stored")
	}
	f.authors[1].share.SetText("40")
	f.dlg.Submit()
	if len(tab.items) != 21 || tab.sel < 0 {
		t.Fatalf("after saving: %d items, selection %d (last error %q)", len(tab.items), tab.sel, dialogText(w))
	}
	in := tab.items[tab.sel]
	if in.Title != "So hoa ho so mot cua xa Tra Giang" || len(in.Authors) != 2 || in.Authors[1].PersonID != staff[1].ID ||
		in.Authors[1].FullName != staff[1].FullName || in.Step != app.StepRegistered {
		t.Errorf("registered = %+v", in)
	}
	if got := tab.table.text()[tab.sel][5]; got != staff[0].FullName+" (60%); "+staff[1].FullName+" (40%)" {
		t.Errorf("authors column = %q", got)
	}

	// The pipeline through the «Chuyển bước» form: base recognition needs the unit's decision number.
	steps := []struct{ ref string }{{"12/QĐ-UBND"}, {"40/TTr-UBND"}, {""}}
	for _, s := range steps {
		test.Tap(tab.advance)
		tab.stepDlg.ref.SetText(s.ref)
		tab.stepDlg.form.Submit()
	}
	if in = tab.items[tab.sel]; in.Step != app.StepCouncil || in.Level != app.LevelBase {
		t.Fatalf("after three steps: %+v (last error %q)", in, dialogText(w))
	}

	// Three members score; the third sees nobody's total before submitting.
	test.Tap(tab.score)
	v := tab.scorer
	if v == nil || len(v.points) != 3 {
		t.Fatal("no score sheet")
	}
	sheets := [][3]string{{"25", "25", "35"}, {"20", "22", "30"}, {"28", "26", "36"}}
	for i, pts := range sheets {
		v.member.SetSelectedIndex(i)
		if i == 2 && !strings.Contains(v.others.Text, "ẩn cho đến khi bạn nộp phiếu") {
			t.Errorf("others' totals shown before submitting: %q", v.others.Text)
		}
		if i == 0 {
			v.points[0].SetText("31") // over the maximum of 30
			v.points[1].SetText("25")
			v.points[2].SetText("35")
			test.Tap(v.save)
			if !strings.Contains(dialogText(w), "«Tính mới, tính sáng tạo»: 31 điểm, phải từ 0 đến 30") {
				t.Errorf("31/30 not refused: %q", dialogText(w))
			}
		}
		for j, p := range pts {
			v.points[j].SetText(p)
		}
		v.submit.SetChecked(true)
		test.Tap(v.save)
		if v.save.Disabled() == false {
			t.Errorf("member %d: sheet still editable after submitting (last error %q)", i, dialogText(w))
		}
	}
	if !strings.Contains(v.others.Text, "Đạt") || !strings.Contains(v.others.Text, "3 phiếu") {
		t.Errorf("result after three sheets: %q", v.others.Text)
	}
	rs, err := d.CouncilResults(ctx, u.CampaignID())
	found := false
	for _, r := range rs {
		if r.InitiativeID == in.ID {
			found = true
			if r.Sheets != 3 || r.MeanX100 != 8233 || !r.Passed { // (85 + 72 + 90) / 3
				t.Errorf("result = %+v", r)
			}
		}
	}
	if !found {
		t.Errorf("no council result for the initiative scored (%v)", err)
	}
	if got := tab.table.text()[tab.sel][3]; got != "82,33" {
		t.Errorf("mean in the table = %q, want 82,33", got)
	}
	// The others' totals are shown once the member has submitted.
	if strings.Contains(v.others.Text, "ẩn") {
		t.Errorf("still hidden after submitting: %q", v.others.Text)
	}
	if got := tab.table.text()[tab.sel][4]; got != "Đạt, 3 phiếu" {
		t.Errorf("result column = %q", got)
	}

	// The chairman's decision for the passed initiatives at the council step, ours among them.
	test.Tap(tab.recognise)
	if tab.recog == nil || len(tab.recog.pick.Selected) == 0 {
		t.Fatal("no passed initiative offered")
	}
	tab.recog.no.SetText("2999/QĐ-UBND")
	tab.recog.form.Submit()
	tab.selectID(in.ID)
	if in = tab.items[tab.sel]; in.Step != app.StepDistrictRecognised || in.Level != app.LevelDistrict {
		t.Errorf("after the decision: %+v (last error %q)", in, dialogText(w))
	}
	if got := personInitiativesText(d, staff[1].ID); !strings.Contains(got, "công nhận cấp huyện") {
		t.Errorf("the co-author's record = %q", got)
	}
	_ = w
}

func TestInitiativesTab_FiltersAndAuthorRecord(t *testing.T) {
	d := mustDB(t, true)
	u, _ := mustUI(t, d)
	tab := u.initiatives
	tab.stepF.SetSelected(app.StepDistrictRecognised.Label())
	if len(tab.items) != 6 {
		t.Fatalf("%d initiatives recognised at district level, want the sample's 6", len(tab.items))
	}
	for _, in := range tab.items {
		if in.Step != app.StepDistrictRecognised || in.Level != app.LevelDistrict {
			t.Errorf("filtered by step: %+v", in)
		}
	}
	// The author's record shows the recognition level.
	if got := personInitiativesText(d, tab.items[0].Authors[0].PersonID); !strings.Contains(got, tab.items[0].Title) || !strings.Contains(got, "công nhận cấp huyện") {
		t.Errorf("author's record = %q", got)
	}
	unit := tab.items[0].UnitName
	tab.stepF.SetSelected(allOption)
	tab.unitF.SetSelected(unit)
	if len(tab.items) == 0 {
		t.Fatalf("no initiative of %s listed", unit)
	}
	for _, in := range tab.items {
		if in.UnitName != unit {
			t.Errorf("filtered by unit %q: %q", unit, in.UnitName)
		}
	}
	tab.unitF.SetSelected(allOption)
	if tab.yearF.Selected != "2024" || strings.Join(tab.yearF.Options, ",") != allOptionYear+",2024" {
		t.Errorf("year filter %q of %q, want the campaign's year", tab.yearF.Selected, tab.yearF.Options)
	}
	tab.yearF.SetSelected(allOptionYear)
	if len(tab.items) != 20 {
		t.Errorf("every year lists %d, want 20", len(tab.items))
	}
}

func TestInitiativesTab_Council(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	tab := u.initiatives
	test.Tap(tab.council)
	v := tab.councilDlg
	if v == nil || len(v.ms) != 5 || !strings.Contains(v.rubric.Text, "Tính mới, tính sáng tạo: 30") || v.pass.Text != "70" {
		t.Fatalf("council dialog: %+v", v)
	}
	// A typed member of a unit: recused automatically on that unit's initiatives.
	v.name.SetText("Hồ Văn Khách")
	v.role.SetText("Thành viên")
	v.unit.SetSelected(tab.items[0].UnitName)
	test.Tap(v.addBtn)
	if len(v.ms) != 6 || v.ms[5].UnitID == 0 {
		t.Fatalf("members after adding: %+v (last error %q)", v.ms, dialogText(w))
	}
	b, err := d.ScoreBoard(context.Background(), tab.items[0].ID, v.ms[5].ID)
	if err != nil || b.Recused == nil || !strings.Contains(b.Recused.Reason, "đơn vị") {
		t.Errorf("the new member on their unit's initiative: %+v, %v", b.Recused, err)
	}
	// The rubric can no longer change once sheets exist; the threshold can.
	v.rubric.SetText("Một: 50\nHai: 50")
	test.Tap(v.rubricBtn)
	if !strings.Contains(dialogText(w), "không sửa phiếu chấm được nữa") {
		t.Errorf("rubric changed after scoring: %q", dialogText(w))
	}
	v.pass.SetText("80")
	test.Tap(v.rulesBtn)
	if r, _ := d.ScoringRules(context.Background(), u.CampaignID()); r.Threshold != 80 {
		t.Errorf("threshold = %d", r.Threshold)
	}
}
