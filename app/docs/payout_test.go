package docs

import (
	"reflect"
	"testing"
	"time"

	"thidua/app"
)

func payoutSettings() app.Settings {
	return app.Settings{
		Agency:      "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY",
		AgencyShort: "UBND huyện Bắc Trà My",
		Place:       "Bắc Trà My",
		Office:      "Phòng Nội vụ",
		Symbol:      "QĐ-UBND",
	}
}

func TestBuildPayout(t *testing.T) {
	signed := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	issued := app.Decision{Number: 7, Symbol: "QĐ-UBND", SignedOn: signed, Status: app.DecisionIssued}
	person := func(name, pos string, bonus int64) app.Award {
		return app.Award{Recipient: app.RecipientPerson, Name: name, PositionUnit: pos, Bonus: bonus}
	}
	unit := func(name string, bonus int64) app.Award {
		return app.Award{Recipient: app.RecipientUnit, Name: name, Bonus: bonus}
	}
	tests := []struct {
		name     string
		d        app.Decision
		awards   []app.Award
		subtitle string
		rows     []PayoutRow
		total    int64
		words    string
	}{
		{
			name: "collectives first, numbering restarts",
			d:    issued,
			awards: []app.Award{
				person("Nguyễn Thị Hồng Nhung", "Chuyên viên, Phòng Nội vụ", 710000),
				unit("Phòng Tư pháp", 1410000),
				person("Hồ Văn Bảy", "Công chức, UBND xã Trà Bui", 710000),
				unit("UBND xã Trà Đốc", 1410000),
			},
			subtitle: "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)",
			rows: []PayoutRow{
				{1, "Phòng Tư pháp", "", 1410000, "I. Tập thể"},
				{2, "UBND xã Trà Đốc", "", 1410000, "I. Tập thể"},
				{1, "Nguyễn Thị Hồng Nhung", "Chuyên viên, Phòng Nội vụ", 710000, "II. Cá nhân"},
				{2, "Hồ Văn Bảy", "Công chức, UBND xã Trà Bui", 710000, "II. Cá nhân"},
			},
			total: 4240000,
			words: "Bốn triệu hai trăm bốn mươi nghìn đồng",
		},
		{
			name:     "individuals only are section I",
			d:        issued,
			awards:   []app.Award{person("Hồ Văn Bảy", "Công chức", 710000)},
			subtitle: "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)",
			rows:     []PayoutRow{{1, "Hồ Văn Bảy", "Công chức", 710000, "I. Cá nhân"}},
			total:    710000,
			words:    "Bảy trăm mười nghìn đồng",
		},
		{
			name:     "draft without number or date",
			d:        app.Decision{Symbol: "QĐ-UBND", Status: app.DecisionDraft},
			awards:   []app.Award{unit("Phòng Tư pháp", 1410000)},
			subtitle: "(Kèm theo Quyết định số (chưa có số) của Chủ tịch UBND huyện Bắc Trà My)",
			rows:     []PayoutRow{{1, "Phòng Tư pháp", "", 1410000, "I. Tập thể"}},
			total:    1410000,
			words:    "Một triệu bốn trăm mười nghìn đồng",
		},
		{
			name: "no money, no row; text normalised",
			d:    issued,
			awards: []app.Award{
				person("Nguye\u0302\u0303n  Văn\u00a0An 😀", " Chuyên viên ", 710000),
				person("Trần Văn Không Thưởng", "Chuyên viên", 0),
			},
			subtitle: "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)",
			rows:     []PayoutRow{{1, "Nguyễn Văn An", "Chuyên viên", 710000, "I. Cá nhân"}},
			total:    710000,
			words:    "Bảy trăm mười nghìn đồng",
		},
		{
			name:     "empty decision",
			d:        issued,
			subtitle: "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)",
			words:    "Không đồng",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := BuildPayout(tt.d, tt.awards, payoutSettings())
			if p.Title != "DANH SÁCH CHI TIỀN THƯỞNG" || p.Agency != "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY" ||
				p.Office != "Phòng Nội vụ" || p.Place != "Bắc Trà My" {
				t.Errorf("heading = %q %q %q %q", p.Title, p.Agency, p.Office, p.Place)
			}
			if p.Subtitle != tt.subtitle {
				t.Errorf("Subtitle = %q, want %q", p.Subtitle, tt.subtitle)
			}
			if !reflect.DeepEqual(p.Rows, tt.rows) {
				t.Errorf("Rows = %+v, want %+v", p.Rows, tt.rows)
			}
			if p.Total != tt.total || p.TotalWords != tt.words {
				t.Errorf("Total = %d %q, want %d %q", p.Total, p.TotalWords, tt.total, tt.words)
			}
			if !p.Date.Equal(tt.d.SignedOn) {
				t.Errorf("Date = %v, want the decision's %v", p.Date, tt.d.SignedOn)
			}
		})
	}
}

func TestBuildPayout_agencyShortMissing(t *testing.T) {
	s := payoutSettings()
	s.AgencyShort = ""
	p := BuildPayout(app.Decision{Number: 12, Symbol: "QĐ-UBND", SignedOn: time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)}, nil, s)
	want := "(Kèm theo Quyết định số 12/QĐ-UBND ngày 01/7/2024 của Chủ tịch ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY)"
	if p.Subtitle != want {
		t.Errorf("Subtitle = %q, want %q", p.Subtitle, want)
	}
}

func TestPayoutTable(t *testing.T) {
	p := Payout{
		Rows: []PayoutRow{
			{1, "Phòng Tư pháp", "", 1410000, "I. Tập thể"},
			{1, "Nguyễn Thị Hồng Nhung", "Chuyên viên, Phòng Nội vụ", 710000, "II. Cá nhân"},
			{2, "Hồ Văn Bảy", "Công chức, UBND xã Trà Bui", 710000, "II. Cá nhân"},
		},
		Total:      2830000,
		TotalWords: "Hai triệu tám trăm ba mươi nghìn đồng",
	}
	got := PayoutTable(p)
	wantHeader := []string{"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)", "Ký nhận"}
	wantRows := [][]string{
		{"I", "Tập thể"},
		{"1", "Phòng Tư pháp", "", "1410000", ""},
		{"II", "Cá nhân"},
		{"1", "Nguyễn Thị Hồng Nhung", "Chuyên viên, Phòng Nội vụ", "710000", ""},
		{"2", "Hồ Văn Bảy", "Công chức, UBND xã Trà Bui", "710000", ""},
		{"", "Tổng cộng", "", "2830000", ""},
		{"Bằng chữ: Hai triệu tám trăm ba mươi nghìn đồng"},
	}
	if !reflect.DeepEqual(got.Header, wantHeader) {
		t.Errorf("Header = %q", got.Header)
	}
	if !reflect.DeepEqual(got.Rows, wantRows) {
		t.Errorf("Rows =\n%q\nwant\n%q", got.Rows, wantRows)
	}
	if got.ColumnType(0) != app.CellInteger || got.ColumnType(3) != app.CellMoney || got.ColumnType(1) != app.CellText ||
		got.ColumnType(4) != app.CellText {
		t.Errorf("Types = %v, want STT integer and Số tiền money", got.Types)
	}
	if len(PayoutWidths) != len(got.Header) {
		t.Errorf("%d widths for %d columns", len(PayoutWidths), len(got.Header))
	}
	// The header is a copy: a caller editing it must not change the next table.
	got.Header[0] = "x"
	if PayoutTable(p).Header[0] != "STT" {
		t.Error("PayoutTable shares its header slice")
	}
}

func TestPayoutTable_empty(t *testing.T) {
	got := PayoutTable(Payout{TotalWords: "Không đồng"})
	want := [][]string{{"", "Tổng cộng", "", "0", ""}, {"Bằng chữ: Không đồng"}}
	if !reflect.DeepEqual(got.Rows, want) {
		t.Errorf("Rows = %q, want %q", got.Rows, want)
	}
}

func TestSplitGroup(t *testing.T) {
	tests := []struct{ in, num, label string }{
		{"I. Tập thể", "I", "Tập thể"},
		{"II. Cá nhân", "II", "Cá nhân"},
		{"Khác", "", "Khác"},
		{"Tp. Hồ Chí Minh", "", "Tp. Hồ Chí Minh"},
	}
	for _, tt := range tests {
		if n, l := splitGroup(tt.in); n != tt.num || l != tt.label {
			t.Errorf("splitGroup(%q) = %q, %q; want %q, %q", tt.in, n, l, tt.num, tt.label)
		}
	}
}
