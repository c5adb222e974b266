package docs

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"thidua/app"
)

func docSettings() app.Settings {
	return app.Settings{
		Agency:      "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY",
		AgencyShort: "UBND huyện Bắc Trà My",
		Place:       "Bắc Trà My",
		Office:      "Phòng Nội vụ",
		Symbol:      "QĐ-UBND",
	}
}

func docCampaign() app.Campaign {
	return app.Campaign{Year: 2024, Name: "Phong trào thi đua cải cách hành chính năm 2024"}
}

func docDecision() app.Decision {
	return app.Decision{
		Number: 7, Symbol: "QĐ-UBND", Year: 2025, SignedOn: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC),
		SignerName: "Thái Hoàng Vũ", SignerTitle: "Chủ tịch", SignMode: app.SignHead,
		Subject:     app.DecisionSubject(2024),
		ProposalRef: "Tờ trình số 05/TTr-NV ngày 06/01/2025 của Phòng Nội vụ",
		Basis: []string{
			"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
			"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
			"Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ.",
		},
		CC: app.DefaultCC,
	}
}

// sampleAwards: 5 collectives at 1.410.000 đ and 13 people at 710.000 đ (Giấy khen at the
// 2.340.000 đ base salary), people and collectives mixed as a list comes.
func sampleAwards() []app.Award {
	var a []app.Award
	for i := range 18 {
		if i%4 == 0 { // 0, 4, 8, 12, 16
			a = append(a, app.Award{Recipient: app.RecipientUnit, Name: "Tập thể " + string(rune('A'+i)), FormCode: "giay_khen", Bonus: 1410000})
			continue
		}
		a = append(a, app.Award{Recipient: app.RecipientPerson, Name: "Cá nhân " + string(rune('A'+i)), PositionUnit: "Chuyên viên",
			FormCode: "giay_khen", Bonus: 710000})
	}
	return a
}

func countKind(a []app.Award, k app.RecipientKind) int {
	n := 0
	for _, x := range a {
		if x.Recipient == k {
			n++
		}
	}
	return n
}

func TestBuildDecisionDoc_Sample(t *testing.T) {
	awards := sampleAwards()
	if countKind(awards, app.RecipientUnit) != 5 || countKind(awards, app.RecipientPerson) != 13 {
		t.Fatalf("fixture: %d units, %d people", countKind(awards, app.RecipientUnit), countKind(awards, app.RecipientPerson))
	}
	doc := BuildDecisionDoc(docDecision(), awards, docSettings(), docCampaign())
	checks := []struct{ name, got, want string }{
		{"ParentAgency", doc.ParentAgency, ""},
		{"Agency", strings.Join(doc.Agency, "|"), "ỦY BAN NHÂN DÂN|HUYỆN BẮC TRÀ MY"},
		{"NumberLine", doc.NumberLine, "Số: 07/QĐ-UBND"},
		{"PlaceDate", doc.PlaceDate, "Bắc Trà My, ngày 10 tháng 01 năm 2025"},
		{"Title", doc.Title, "QUYẾT ĐỊNH"},
		{"Subject", doc.Subject, "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính năm 2024"},
		{"Authority", doc.Authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY"},
		{"Proposal", doc.Proposal, "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 05/TTr-NV ngày 06/01/2025,"},
		{"Decides", doc.Decides, "QUYẾT ĐỊNH:"},
		{"Article 1", doc.Articles[0].Head + " " + doc.Articles[0].Text,
			"Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Bắc Trà My cho 5 tập thể và 13 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024."},
		{"Article 2", doc.Articles[1].Head + " " + doc.Articles[1].Text,
			"Điều 2. Mỗi tập thể được thưởng 1.410.000 đồng; mỗi cá nhân được thưởng 710.000 đồng. Tổng số tiền thưởng: 16.280.000 đồng (Bằng chữ: Mười sáu triệu hai trăm tám mươi nghìn đồng), trích từ Quỹ thi đua, khen thưởng huyện."},
		{"Article 3", doc.Articles[2].Head + " " + doc.Articles[2].Text,
			"Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."},
		{"CCTitle", doc.CCTitle, "Nơi nhận:"},
		{"CC", strings.Join(doc.CC, "|"), "- Như Điều 3;|- TT HĐND huyện;|- CT, các PCT UBND huyện;|- Lưu: VT, NV."},
		{"SignerLines", strings.Join(doc.SignerLines, "|"), "CHỦ TỊCH"},
		{"SignerName", doc.SignerName, "Thái Hoàng Vũ"},
		{"ListTitle", doc.ListTitle, "DANH SÁCH"},
		{"ListSubtitle", doc.ListSubtitle, "Tập thể, cá nhân được tặng Giấy khen của Chủ tịch UBND huyện Bắc Trà My"},
		{"ListRef", doc.ListRef, "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)"},
		{"TotalWords", doc.TotalWords, "Mười sáu triệu hai trăm tám mươi nghìn đồng"},
	}
	for _, c := range checks {
		eq(t, c.name, c.got, c.want)
	}
	if doc.Draft {
		t.Error("an issued decision is marked draft")
	}
	if len(doc.Articles) != 3 || doc.Total != 16280000 || !doc.Date.Equal(docDecision().SignedOn) {
		t.Errorf("%d articles, Total %d, Date %v", len(doc.Articles), doc.Total, doc.Date)
	}
	checkSampleList(t, doc, awards)
}

// checkSampleList checks the attached list of the sample: two groups, numbered from 1 each,
// the collectives in the decision's own order.
func checkSampleList(t *testing.T, doc DecisionDoc, awards []app.Award) {
	t.Helper()
	if len(doc.Groups) != 2 || doc.Groups[0].Title != "I. Tập thể" || doc.Groups[1].Title != "II. Cá nhân" {
		t.Fatalf("groups %+v", doc.Groups)
	}
	if len(doc.Groups[0].Rows) != 5 || len(doc.Groups[1].Rows) != 13 {
		t.Errorf("group sizes %d, %d", len(doc.Groups[0].Rows), len(doc.Groups[1].Rows))
	}
	for _, g := range doc.Groups {
		for i, r := range g.Rows {
			if r.No != i+1 {
				t.Errorf("%s row %d numbered %d", g.Title, i, r.No)
			}
		}
	}
	var units, got []string
	for _, a := range awards {
		if a.Recipient == app.RecipientUnit {
			units = append(units, a.Name)
		}
	}
	for _, r := range doc.Groups[0].Rows {
		got = append(got, r.Name)
	}
	if !reflect.DeepEqual(got, units) {
		t.Errorf("collectives %v, want %v", got, units)
	}
}

func TestBuildDecisionDoc_Cases(t *testing.T) {
	person := func(bonus int64) app.Award {
		return app.Award{Recipient: app.RecipientPerson, Name: "Nguyễn Văn An", FormCode: "giay_khen", Bonus: bonus}
	}
	unit := func(bonus int64) app.Award {
		return app.Award{Recipient: app.RecipientUnit, Name: "Phòng Tư pháp", FormCode: "giay_khen", Bonus: bonus}
	}
	deputy := docDecision()
	deputy.SignMode, deputy.SignerTitle, deputy.SignerName = app.SignDeputy, "Phó Chủ tịch", "Nguyễn Văn Bình"
	draft := docDecision()
	draft.Number = 0
	noRef := docDecision()
	noRef.ProposalRef = ""
	punct := docDecision()
	punct.Basis = []string{"Căn cứ A;", " ", "Căn cứ B,", "Căn cứ C ; ", "Căn cứ D."}
	punct.CC = []string{"- Như Điều 3", "TT HĐND huyện.", "", "Lưu: VT, NV;"}
	undated := docDecision()
	undated.Number, undated.SignedOn = 0, time.Time{}
	before := docDecision()
	before.SignedOn = time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)

	tests := []struct {
		name   string
		d      app.Decision
		awards []app.Award
		s      app.Settings
		c      app.Campaign
		check  func(t *testing.T, doc DecisionDoc)
	}{
		{"deputy signs for the chairman", deputy, []app.Award{person(710000)}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "SignerLines", strings.Join(doc.SignerLines, "|"), "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH")
			eq(t, "SignerName", doc.SignerName, "Nguyễn Văn Bình")
			eq(t, "ListRef", doc.ListRef, "(Kèm theo Quyết định số 07/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND huyện Bắc Trà My)")
		}},
		{"draft leaves the number blank", draft, []app.Award{unit(1410000)}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "NumberLine", doc.NumberLine, "Số:       /QĐ-UBND")
			eq(t, "ListRef", doc.ListRef, "(Kèm theo Quyết định số      /QĐ-UBND ngày     /    /2025 của Chủ tịch UBND huyện Bắc Trà My)")
			if !doc.Draft {
				t.Error("Draft = false")
			}
		}},
		{"undated draft leaves the day blank", undated, []app.Award{person(710000)}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "PlaceDate", doc.PlaceDate, "Bắc Trà My, ngày      tháng      năm 2025")
			eq(t, "ListRef", doc.ListRef, "(Kèm theo Quyết định số      /QĐ-UBND ngày     /    /2025 của Chủ tịch UBND huyện Bắc Trà My)")
		}},
		{"only individuals", docDecision(), []app.Award{person(710000), person(710000)}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "Article 1", doc.Articles[0].Text, "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Bắc Trà My cho 2 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024.")
			eq(t, "Article 2", doc.Articles[1].Text, "Mỗi cá nhân được thưởng 710.000 đồng. Tổng số tiền thưởng: 1.420.000 đồng (Bằng chữ: Một triệu bốn trăm hai mươi nghìn đồng), trích từ Quỹ thi đua, khen thưởng huyện.")
			if !strings.HasSuffix(doc.Articles[2].Text, "và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.") {
				t.Errorf("Article 3 = %q", doc.Articles[2].Text)
			}
			eq(t, "ListSubtitle", doc.ListSubtitle, "Cá nhân được tặng Giấy khen của Chủ tịch UBND huyện Bắc Trà My")
			if len(doc.Groups) != 1 || doc.Groups[0].Title != "I. Cá nhân" {
				t.Errorf("groups %+v", doc.Groups)
			}
		}},
		{"punctuation of căn cứ and nơi nhận", punct, []app.Award{person(710000)}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "Basis", strings.Join(doc.Basis, "|"), "Căn cứ A;|Căn cứ B;|Căn cứ C;|Căn cứ D.")
			eq(t, "CC", strings.Join(doc.CC, "|"), "- Như Điều 3;|- TT HĐND huyện;|- Lưu: VT, NV.")
		}},
		{"proposal without a Tờ trình", noRef, []app.Award{person(710000)}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "Proposal", doc.Proposal, "Theo đề nghị của Trưởng phòng Nội vụ,")
		}},
		{"old base salary, amounts differ within a kind", before, []app.Award{person(540000), person(710000), unit(1080000)}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "Article 2", doc.Articles[1].Text, "Mỗi tập thể được thưởng 1.080.000 đồng; các cá nhân được thưởng theo danh sách kèm theo. Tổng số tiền thưởng: 2.330.000 đồng (Bằng chữ: Hai triệu ba trăm ba mươi nghìn đồng), trích từ Quỹ thi đua, khen thưởng huyện.")
			eq(t, "PlaceDate", doc.PlaceDate, "Bắc Trà My, ngày 30 tháng 6 năm 2024")
		}},
		{"several forms are named generally", docDecision(), []app.Award{unit(1410000), {Recipient: app.RecipientPerson, Name: "Lê Thị Ba", FormCode: "ldtt", FormName: "Lao động tiên tiến", Bonus: 710000}}, docSettings(), docCampaign(), func(t *testing.T, doc DecisionDoc) {
			eq(t, "Article 1", doc.Articles[0].Text, "Tặng danh hiệu, hình thức khen thưởng cho 1 tập thể và 1 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2024.")
			eq(t, "Article 2", doc.Articles[1].Text, "Mỗi tập thể được tặng Giấy khen được thưởng 1.410.000 đồng; mỗi cá nhân đạt danh hiệu Lao động tiên tiến được thưởng 710.000 đồng. Tổng số tiền thưởng: 2.120.000 đồng (Bằng chữ: Hai triệu một trăm hai mươi nghìn đồng), trích từ Quỹ thi đua, khen thưởng huyện.")
			eq(t, "groups", doc.Groups[0].Title+"|"+doc.Groups[1].Title, "I. Tập thể được tặng Giấy khen|II. Cá nhân đạt danh hiệu Lao động tiên tiến")
		}},
		{"no money: no bonus article", docDecision(), []app.Award{person(0)}, docSettings(), app.Campaign{}, func(t *testing.T, doc DecisionDoc) {
			if len(doc.Articles) != 2 || doc.Articles[1].Head != "Điều 2." {
				t.Fatalf("articles %+v", doc.Articles)
			}
			eq(t, "Article 1", doc.Articles[0].Text, "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Bắc Trà My cho 1 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm 2025.")
			if strings.Contains(doc.Articles[1].Text, "Tài chính") {
				t.Errorf("Article 2 = %q", doc.Articles[1].Text)
			}
		}},
		{"agency from capitals only, with a parent agency", docDecision(), []app.Award{person(710000)},
			app.Settings{ParentAgency: "ubnd tỉnh quảng nam", Agency: "Ủy ban nhân dân thị xã Điện Bàn", Place: "Điện Bàn"}, docCampaign(), func(t *testing.T, doc DecisionDoc) {
				eq(t, "ParentAgency", doc.ParentAgency, "UBND TỈNH QUẢNG NAM")
				eq(t, "Agency", strings.Join(doc.Agency, "|"), "ỦY BAN NHÂN DÂN|THỊ XÃ ĐIỆN BÀN")
				eq(t, "Authority", doc.Authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ ĐIỆN BÀN")
				eq(t, "ListSubtitle", doc.ListSubtitle, "Cá nhân được tặng Giấy khen của Chủ tịch UBND thị xã Điện Bàn")
				if !strings.Contains(doc.Articles[1].Text, "Quỹ thi đua, khen thưởng thị xã.") {
					t.Errorf("Article 2 = %q", doc.Articles[1].Text)
				}
			}},
		{"an agency that is not an UBND stays one line", docDecision(), []app.Award{person(710000)},
			app.Settings{Agency: "Sở Nội vụ tỉnh Quảng Nam", AgencyShort: "Sở Nội vụ", Office: "Văn phòng Sở"}, docCampaign(), func(t *testing.T, doc DecisionDoc) {
				eq(t, "Agency", strings.Join(doc.Agency, "|"), "SỞ NỘI VỤ TỈNH QUẢNG NAM")
				eq(t, "Proposal", doc.Proposal, "Theo đề nghị của Chánh Văn phòng Sở tại Tờ trình số 05/TTr-NV ngày 06/01/2025,")
				eq(t, "Article 3", doc.Articles[2].Text, "Chánh Văn phòng Sở, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.check(t, BuildDecisionDoc(tt.d, tt.awards, tt.s, tt.c))
		})
	}
}

func eq(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q\n want %q", what, got, want)
	}
}

func TestDecisionRoman(t *testing.T) {
	for n, want := range map[int]string{1: "I", 2: "II", 3: "III", 4: "IV", 9: "IX", 14: "XIV", 40: "XL"} {
		if got := decisionRoman(n); got != want {
			t.Errorf("decisionRoman(%d) = %q, want %q", n, got, want)
		}
	}
}
