package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"thidua/app/viet"
	"thidua/chart"
	"thidua/data"
	"thidua/pdf"
	"thidua/sheet"
)

var today = func() time.Time { return time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC) }

func mustDB(t *testing.T, sample bool) *data.DB {
	t.Helper()
	d, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "thidua.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	if sample {
		if err := d.LoadSample(context.Background(), today()); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// mustUI builds the real window content over a real database, headless, and waits, as a user
// would, for the checks of the campaign shown. At the end of the test it waits for the background
// work still running (the database closes after).
func mustUI(t *testing.T, d *data.DB) (*UI, fyne.Window) {
	t.Helper()
	newLoopApp(t)
	if err := SetupLanguage(); err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1200, 760))
	u := New(w, Deps{Services: d, Sheets: sheet.Files{}, Docs: pdf.Documents{}, Charts: chart.Plotter{}, Today: today})
	w.SetContent(u.Content())
	u.Start()
	t.Cleanup(func() { until(t, "the background work to end", func() bool { return settled(u, w) }) })
	until(t, "the checks of the campaign", func() bool { return !u.awards.proposals.checking })
	return u, w
}

// settled is true when no background work runs: no progress dialog, no check.
func settled(u *UI, w fyne.Window) bool {
	p, _ := progressShown(w)
	return p == nil && !u.awards.proposals.checking && u.overview.pending == 0 && u.running.Load() == 0
}

func colText(tt *textTable, c int) []string {
	var out []string
	for _, row := range tt.text() {
		out = append(out, row[c])
	}
	return out
}

func TestUI_WelcomeSample(t *testing.T) {
	u, w := mustUI(t, mustDB(t, false))
	if !strings.Contains(dialogText(w), "Cơ sở dữ liệu còn trống") {
		t.Fatalf("an empty database shows no welcome: %q", dialogText(w))
	}
	if got := len(u.tabs.Items); got != 6 {
		t.Fatalf("%d tabs, want 6", got)
	}
	var titles []string
	for _, it := range u.tabs.Items {
		titles = append(titles, it.Text)
	}
	if strings.Join(titles, ",") != "Tổng quan,Đơn vị,Tiêu chí,Sáng kiến,Khen thưởng,Cài đặt" {
		t.Errorf("tabs = %v", titles)
	}
	if len(u.units.rows) != 0 || u.CampaignID() != 0 {
		t.Fatal("data shown before the user chose")
	}
	sample := findButton(t, overlay(w), "Dùng dữ liệu mẫu")
	test.Tap(sample)
	if p, _ := progressShown(w); p == nil || !strings.Contains(dialogText(w), "Đang nạp dữ liệu mẫu") || !sample.Disabled() {
		t.Fatalf("no progress while the sample loads: %q", dialogText(w))
	}
	until(t, "the sample to load", func() bool { return settled(u, w) })
	if overlay(w) != nil {
		t.Errorf("a dialog stays after loading: %q", dialogText(w))
	}

	if u.CampaignID() == 0 || !strings.HasPrefix(u.campaign.Selected, "2024 — ") {
		t.Fatalf("campaign selector = %q", u.campaign.Selected)
	}
	// Đơn vị: grouped with counts.
	var headers []string
	for _, r := range u.units.rows {
		if r.unit == nil {
			headers = append(headers, r.header)
		}
	}
	if strings.Join(headers, "|") != "Thị trấn (1)|Xã (12)|Phòng, ban (13)|Khác (1)" {
		t.Errorf("unit groups = %q", headers)
	}
	// Tiêu chí: every active unit ranked.
	if n := len(u.criteria.ranking.rows); n != 27 {
		t.Errorf("criteria tab ranks %d units, want 27", n)
	}
	if r := u.criteria.ranking.table.text(); r[0][1] != "1" || r[0][6] == "" || r[0][5] != "100" {
		t.Errorf("first ranking row = %q", r[0])
	}
	// Sáng kiến.
	if n := len(u.initiatives.items); n != 20 {
		t.Errorf("initiatives tab lists %d, want 20", n)
	}
	// Khen thưởng: proposals and the issued decision with its awards.
	if len(u.awards.proposals.all) == 0 || len(u.awards.decisions.list) != 1 {
		t.Fatalf("awards tab: %d proposals, %d decisions", len(u.awards.proposals.all), len(u.awards.decisions.list))
	}
	dec := u.awards.decisions.table.text()[0]
	if dec[0] != "07/QĐ-UBND" || dec[1] != "10/01/2025" || dec[6] != "Đã ban hành" {
		t.Errorf("decision row = %q", dec)
	}
	u.awards.decisions.table.Select(widget.TableCellID{Row: 0, Col: 0})
	money := colText(u.awards.decisions.awTable, 4)
	if !contains(money, "1.410.000 đ") || !contains(money, "710.000 đ") {
		t.Errorf("award amounts = %q", money)
	}
	if !strings.Contains(u.awards.decisions.caption.Text, "Quyết định số 07/QĐ-UBND ngày 10/01/2025") {
		t.Errorf("award caption = %q", u.awards.decisions.caption.Text)
	}
	if reg := u.awards.register; reg.year.Selected != "2025" || len(reg.entries) != 18 {
		t.Errorf("register: year %q, %d entries", reg.year.Selected, len(reg.entries))
	}
	// Cài đặt: the legal tables.
	if sal := colText(u.settings.salTable, 1); strings.Join(sal, ",") != "1.490.000 đ,1.800.000 đ,2.340.000 đ" {
		t.Errorf("base salaries = %q", sal)
	}
	if coef := colText(u.settings.coefTable, 2); !contains(coef, "0,3") || !contains(coef, "0,6") {
		t.Errorf("coefficients = %q", coef)
	}
	if u.settings.values["Địa danh"].Text != "Bắc Trà My" {
		t.Errorf("place = %q", u.settings.values["Địa danh"].Text)
	}
}

func TestUI_WelcomeFresh(t *testing.T) {
	u, w := mustUI(t, mustDB(t, false))
	test.Tap(findButton(t, overlay(w), "Bắt đầu mới"))
	entries := func() (year, name *Entry) {
		var es []*Entry
		walk(overlay(w), func(o fyne.CanvasObject) {
			if e, ok := o.(*Entry); ok {
				es = append(es, e)
			}
		})
		if len(es) != 2 {
			t.Fatalf("the first campaign's form has %d entries, want the year and the name", len(es))
		}
		return es[0], es[1]
	}
	year, name := entries()
	if year.Text != "2026" || !strings.HasSuffix(name.Text, "năm 2026") {
		t.Errorf("pre-filled %q / %q", year.Text, name.Text)
	}
	t.Run("ErrYear", func(t *testing.T) {
		year.SetText("20a6")
		test.Tap(findButton(t, overlay(w), "Tạo"))
		if u.CampaignID() != 0 {
			t.Error("a campaign was created with a bad year")
		}
		if !strings.Contains(dialogText(w), "'20a6' không phải là năm hợp lệ") {
			t.Errorf("error shown = %q", dialogText(w))
		}
		closeDialog(t, w, "Đồng ý")
		if y, _ := entries(); y.Text != "20a6" {
			t.Errorf("the form came back with %q", y.Text)
		}
	})
	t.Run("OK", func(t *testing.T) {
		year.SetText("2026")
		test.Tap(findButton(t, overlay(w), "Tạo"))
		until(t, "the checks", func() bool { return settled(u, w) })
		if u.CampaignID() == 0 || u.campaign.Selected != "2026 — Phong trào thi đua cải cách hành chính năm 2026 [Đang phát động]" {
			t.Errorf("campaign = %q", u.campaign.Selected)
		}
		if len(u.units.rows) != 0 || len(u.initiatives.items) != 0 {
			t.Error("a fresh start shows data")
		}
	})
}

func TestUnitsTab_Search(t *testing.T) {
	u, w := mustUI(t, mustDB(t, true))
	if overlay(w) != nil {
		t.Fatalf("a dialog over a database with data: %q", dialogText(w))
	}
	test.Type(u.units.search, "nguyen thi hong")
	if names := colText(u.units.table, 1); !contains(names, "Nguyễn Thị Hồng Nhung") {
		t.Errorf("search without accents found %q", names)
	}
	u.units.search.SetText("")
	test.Type(u.units.search, "Dũng")
	names := colText(u.units.table, 1)
	if !contains(names, "Lê Văn Dũng") {
		t.Errorf("search for Dũng found %q", names)
	}
	u.units.search.SetText("dung")
	names = colText(u.units.table, 1)
	if !contains(names, "Lê Văn Dũng") || !contains(names, "Trần Thị Dung") {
		t.Errorf("search for dung found %q", names)
	}
	if !strings.Contains(u.units.caption.Text, "Kết quả tìm «dung»") {
		t.Errorf("caption = %q", u.units.caption.Text)
	}
}

func TestUnitsTab_SelectAndFilter(t *testing.T) {
	u, _ := mustUI(t, mustDB(t, true))
	test.Type(u.units.filter, "tra doc")
	if len(u.units.rows) != 2 || u.units.rows[1].unit.Name != "UBND xã Trà Đốc" {
		t.Fatalf("filter rows = %+v", u.units.rows)
	}
	u.units.list.Select(1)
	if u.units.fields["Tên đơn vị"].Text != "UBND xã Trà Đốc" || u.units.fields["Loại"].Text != "Xã" {
		t.Errorf("details = %q / %q", u.units.fields["Tên đơn vị"].Text, u.units.fields["Loại"].Text)
	}
	staff := u.units.staff
	if len(staff) < 5 {
		t.Fatalf("staff = %d", len(staff))
	}
	// Vietnamese order: by given name, then whole name.
	c := viet.NewNameCollator()
	for i := 1; i < len(staff); i++ {
		if c.Less(staff[i].FullName, staff[i-1].FullName) {
			t.Errorf("%q listed after %q", staff[i].FullName, staff[i-1].FullName)
		}
	}
	if row := u.units.table.text()[0]; row[0] != "1" || (row[4] != "Nam" && row[4] != "Nữ") {
		t.Errorf("first staff row = %q", row)
	}
}

func TestEntry_NFC(t *testing.T) {
	test.NewTempApp(t)
	e := NewEntry()
	w := test.NewTempWindow(t, e)
	w.Canvas().Focus(e)
	decomposed := "Nguye\u0302\u0303n Vie\u0323\u0302t" // "Nguyễn Việt" with combining marks
	test.Type(e, decomposed)
	if e.Text != "Nguyễn Việt" || !viet.IsNFC(e.Text) {
		t.Fatalf("text = %q (%d runes), want NFC", e.Text, len([]rune(e.Text)))
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if e.Text != "Nguyễn Việ" {
		t.Errorf("after Backspace %q, want the whole letter gone", e.Text)
	}
	e.SetText("Tra\u0300 My")
	if e.Text != "Trà My" {
		t.Errorf("SetText kept %q", e.Text)
	}
}
