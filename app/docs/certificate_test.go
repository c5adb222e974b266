package docs

import (
	"reflect"
	"testing"
	"time"

	"thidua/app"
)

func certTestSettings() app.Settings {
	return app.Settings{Agency: "Ủy ban nhân dân huyện Bắc Trà My", Place: "Bắc Trà My", Symbol: "QĐ-UBND"}
}

func certTestDecision() app.Decision {
	return app.Decision{Number: 7, Symbol: "QĐ-UBND", Year: 2025, SignedOn: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC),
		SignerName: "Nguyễn Văn Hùng", SignMode: app.SignHead, Subject: app.DecisionSubject(2024)}
}

func TestBuildCertificates(t *testing.T) {
	signed := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	person := app.Award{ID: 11, Recipient: app.RecipientPerson, Name: "  Nguyễn  Thị Hồng Nhung ", Gender: app.Female,
		PositionUnit: "Chuyên viên, Phòng Nội vụ", Achievement: "Hoàn thành xuất sắc\nnhiệm vụ năm 2024", CertificateNo: "2025-001"}
	common := CertificateDoc{
		Nation:       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		Motto:        "Độc lập - Tự do - Hạnh phúc",
		Conferrer:    "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY",
		Gives:        "TẶNG",
		Title:        "GIẤY KHEN",
		DecisionLine: "Quyết định số 07/QĐ-UBND ngày 10/01/2025",
		PlaceDate:    "Bắc Trà My, ngày 10 tháng 01 năm 2025",
		SignerLines:  []string{"CHỦ TỊCH"},
		SignerName:   "Nguyễn Văn Hùng",
		Date:         signed,
	}
	with := func(f func(*CertificateDoc)) CertificateDoc {
		c := common
		c.SignerLines = append([]string(nil), common.SignerLines...)
		f(&c)
		return c
	}
	tests := []struct {
		name  string
		d     func(*app.Decision)
		award app.Award
		want  CertificateDoc
	}{
		{"Person", nil, person, with(func(c *CertificateDoc) {
			c.AwardID, c.Honorific, c.Name = 11, "Bà", "Nguyễn Thị Hồng Nhung"
			c.PositionUnit = "Chuyên viên, Phòng Nội vụ"
			c.Achievement = "Hoàn thành xuất sắc nhiệm vụ năm 2024"
			c.RegisterLine = "Số sổ vàng: 2025-001"
		})},
		{"Man", nil, app.Award{Recipient: app.RecipientPerson, Name: "Hồ Văn Bảy", Gender: app.Male, PositionUnit: "Công chức, UBND xã Trà Bui"},
			with(func(c *CertificateDoc) {
				c.Honorific, c.Name, c.PositionUnit = "Ông", "Hồ Văn Bảy", "Công chức, UBND xã Trà Bui"
				c.Achievement = "Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024."
			})},
		{"Collective", nil, app.Award{Recipient: app.RecipientUnit, Name: "Phòng Tư pháp", Gender: app.Female, PositionUnit: "ignored", CertificateNo: "2025-002"},
			with(func(c *CertificateDoc) {
				c.Name = "Phòng Tư pháp"
				c.Achievement = "Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024."
				c.RegisterLine = "Số sổ vàng: 2025-002"
			})},
		{"Deputy", func(d *app.Decision) {
			d.SignMode, d.SignerTitle, d.SignerName = app.SignDeputy, "Phó Chủ tịch", "Trần Thị Lan"
		},
			app.Award{Recipient: app.RecipientUnit, Name: "Phòng Tư pháp", Achievement: "x"},
			with(func(c *CertificateDoc) {
				c.Name, c.Achievement = "Phòng Tư pháp", "x"
				c.SignerLines, c.SignerName = []string{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, "Trần Thị Lan"
			})},
		{"DeputyNoTitle", func(d *app.Decision) { d.SignMode, d.SignerTitle = app.SignDeputy, "" },
			app.Award{Recipient: app.RecipientUnit, Name: "Phòng Tư pháp", Achievement: "x"},
			with(func(c *CertificateDoc) {
				c.Name, c.Achievement = "Phòng Tư pháp", "x"
				c.SignerLines = []string{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}
			})},
		{"NoYearInSubject", func(d *app.Decision) { d.Subject = "Về việc khen thưởng" },
			app.Award{Recipient: app.RecipientUnit, Name: "Phòng Tư pháp"},
			with(func(c *CertificateDoc) {
				c.Name = "Phòng Tư pháp"
				c.Achievement = "Đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính."
			})},
		{"SummerDate", func(d *app.Decision) { d.SignedOn = time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC); d.Number = 123 },
			app.Award{Recipient: app.RecipientUnit, Name: "Phòng Tư pháp", Achievement: "x"},
			with(func(c *CertificateDoc) {
				c.Name, c.Achievement = "Phòng Tư pháp", "x"
				c.DecisionLine = "Quyết định số 123/QĐ-UBND ngày 01/7/2024"
				c.PlaceDate = "Bắc Trà My, ngày 01 tháng 7 năm 2024"
				c.Date = time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
			})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := certTestDecision()
			if tt.d != nil {
				tt.d(&d)
			}
			got := BuildCertificates(d, []app.Award{tt.award}, certTestSettings())
			if len(got) != 1 {
				t.Fatalf("got %d certificates, want 1", len(got))
			}
			if !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("got  %+v\nwant %+v", got[0], tt.want)
			}
		})
	}
}

func TestBuildCertificates_order(t *testing.T) {
	awards := []app.Award{{ID: 3, Name: "C"}, {ID: 1, Name: "A"}, {ID: 2, Name: "B", Recipient: app.RecipientUnit}}
	got := BuildCertificates(certTestDecision(), awards, certTestSettings())
	if len(got) != 3 || got[0].AwardID != 3 || got[1].AwardID != 1 || got[2].AwardID != 2 {
		t.Fatalf("order: %+v", got)
	}
	// The signer lines are each certificate's own: changing one leaves the others alone.
	got[0].SignerLines[0] = "X"
	if got[1].SignerLines[0] != "CHỦ TỊCH" {
		t.Errorf("certificates share their signer lines")
	}
	if len(BuildCertificates(certTestDecision(), nil, certTestSettings())) != 0 {
		t.Errorf("no awards should give no certificates")
	}
}

func TestCertificateDoc_FieldText(t *testing.T) {
	person := CertificateDoc{Honorific: "Ông", Name: "Nguyễn Văn A", PositionUnit: "Chuyên viên, Phòng Nội vụ",
		Achievement: "Đã có thành tích", DecisionLine: "Quyết định số 07/QĐ-UBND ngày 10/01/2025",
		RegisterLine: "Số sổ vàng: 2025-001", PlaceDate: "Bắc Trà My, ngày 10 tháng 01 năm 2025",
		SignerLines: []string{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, SignerName: "Trần Thị Lan"}
	collective := CertificateDoc{Name: "Phòng Tư pháp", SignerLines: []string{"CHỦ TỊCH"}}
	tests := []struct {
		c     CertificateDoc
		field string
		want  string
	}{
		{person, app.FieldName, "Ông Nguyễn Văn A"},
		{person, app.FieldPositionUnit, "Chuyên viên, Phòng Nội vụ"},
		{person, app.FieldAchievement, "Đã có thành tích"},
		{person, app.FieldDecision, "Quyết định số 07/QĐ-UBND ngày 10/01/2025"},
		{person, app.FieldRegister, "Số sổ vàng: 2025-001"},
		{person, app.FieldPlaceDate, "Bắc Trà My, ngày 10 tháng 01 năm 2025"},
		{person, app.FieldSignerTitle, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"},
		{person, app.FieldSignerName, "Trần Thị Lan"},
		{person, "unknown", ""},
		{collective, app.FieldName, "Phòng Tư pháp"},
		{collective, app.FieldPositionUnit, ""},
		{collective, app.FieldSignerTitle, "CHỦ TỊCH"},
	}
	for _, tt := range tests {
		if got := tt.c.FieldText(tt.field); got != tt.want {
			t.Errorf("%s of %q: got %q, want %q", tt.field, tt.c.Name, got, tt.want)
		}
	}
	// Every field of a blank has a text and a label.
	for _, f := range app.BlankFields {
		if person.FieldText(f) == "" || app.BlankFieldLabel(f) == "" {
			t.Errorf("field %q has no text or no label", f)
		}
	}
}
