package eligibility

import (
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

const eligRef80 = "Luật Thi đua, khen thưởng 2022, Điều 80"

var eligForms = map[string]app.AwardForm{
	"cstdcs":    {Code: "cstdcs", Name: "Chiến sĩ thi đua cơ sở", Kind: "title", Recipient: "person"},
	"ldtt":      {Code: "ldtt", Name: "Lao động tiên tiến", Kind: "title", Recipient: "person"},
	"tt_ldtt":   {Code: "tt_ldtt", Name: "Tập thể lao động tiên tiến", Kind: "title", Recipient: "unit"},
	"tt_ldxs":   {Code: "tt_ldxs", Name: "Tập thể lao động xuất sắc", Kind: "title", Recipient: "unit"},
	"giay_khen": {Code: "giay_khen", Name: "Giấy khen", Kind: "form", Recipient: "both"},
}

// eligFacts is a proposal of form code that passes every check, as the seed data would give it: the
// district chairman may confer the form from 01/01/2024 to 30/06/2025 (Luật TĐKT 2022 Điều 80),
// the decision is signed on 15/12/2024.
func eligFacts(code string) EligibilityFacts {
	form := eligForms[code]
	f := EligibilityFacts{
		Proposal: app.Proposal{
			Recipient: app.RecipientPerson, RecipientName: "Nguyễn Văn An", FormCode: code, FormName: form.Name,
			Achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2024",
		},
		CampaignYear: 2024,
		AsOf:         eligDay(2024, 12, 15),
		Form:         form,
		Authorities: []app.FormAuthority{
			{FormCode: code, Authority: app.AuthorityDistrictChair, From: eligDay(2024, 1, 1), To: eligDay(2025, 6, 30), Ref: eligRef80},
		},
		Authority:    app.AuthorityDistrictChair,
		Person:       app.Person{FullName: "Nguyễn Văn An", Active: true},
		Rating:       app.RatingExcellent,
		LDTTSameYear: true,
	}
	if form.Recipient == "unit" {
		f.Proposal.Recipient, f.Proposal.RecipientName = app.RecipientUnit, "Phòng Nội vụ"
		f.Person = app.Person{}
		f.UnitStaff, f.UnitLDTT = 20, 12
	}
	return f
}

// eligCase is one expectation: after change, a reason with severity sev whose text holds every
// word (or that is full, when no words are given); when set, the text must be exactly full and
// the cite exactly cite.
type eligCase struct {
	name   string
	code   string
	change func(*EligibilityFacts)
	sev    app.Severity
	words  []string
	full   string
	cite   string
}

func runEligCases(t *testing.T, cases []eligCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := eligFacts(tc.code)
			if tc.change != nil {
				tc.change(&f)
			}
			words := tc.words
			if len(words) == 0 {
				words = []string{tc.full}
			}
			r := mustFindReason(t, CheckEligibility(f), words...)
			if r.Severity != tc.sev {
				t.Errorf("severity = %q, want %q (%s)", r.Severity, tc.sev, r)
			}
			if tc.full != "" && r.Text != tc.full {
				t.Errorf("text\n got %q\nwant %q", r.Text, tc.full)
			}
			if tc.cite != "" && r.Cite != tc.cite {
				t.Errorf("cite = %q, want %q", r.Cite, tc.cite)
			}
		})
	}
}

// mustFindReason returns the only reason whose text holds every word.
func mustFindReason(tb testing.TB, rs []app.Reason, words ...string) app.Reason {
	tb.Helper()
	var found []app.Reason
	for _, r := range rs {
		if eligHasAll(r.Text, words) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		tb.Fatalf("%d reasons hold %q, want 1; reasons:\n%s", len(found), words, eligDump(rs))
	}
	return found[0]
}

func mustNoReason(tb testing.TB, rs []app.Reason, words ...string) {
	tb.Helper()
	for _, r := range rs {
		if eligHasAll(r.Text, words) {
			tb.Fatalf("unexpected reason %q; reasons:\n%s", r, eligDump(rs))
		}
	}
}

func eligHasAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

func eligDump(rs []app.Reason) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString("  [" + string(r.Severity) + "] " + r.String() + "\n")
	}
	return b.String()
}

func TestCheckEligibility_Authority(t *testing.T) {
	runEligCases(t, []eligCase{
		{name: "OK", code: "ldtt", sev: app.SeverityOK,
			full: "Chủ tịch UBND huyện có thẩm quyền tặng «Lao động tiên tiến» vào ngày 15/12/2024.", cite: eligRef80},
		{name: "OnFrom", code: "ldtt", change: func(f *EligibilityFacts) { f.AsOf = eligDay(2024, 1, 1) },
			sev: app.SeverityOK, words: []string{"có thẩm quyền", "01/01/2024"}},
		{name: "OnTo", code: "ldtt", change: func(f *EligibilityFacts) { f.AsOf = eligDay(2025, 6, 30) },
			sev: app.SeverityOK, words: []string{"có thẩm quyền", "30/06/2025"}},
		{name: "DayAfterTo", code: "ldtt", change: func(f *EligibilityFacts) { f.AsOf = eligDay(2025, 7, 1) }, sev: app.SeverityBlock,
			full: "Chủ tịch UBND huyện không có thẩm quyền tặng «Lao động tiên tiến» vào ngày 01/07/2025 (thẩm quyền này chỉ áp dụng đến hết ngày 30/06/2025).",
			cite: eligRef80},
		{name: "DayBeforeFrom", code: "ldtt", change: func(f *EligibilityFacts) { f.AsOf = eligDay(2023, 12, 31) },
			sev: app.SeverityBlock, words: []string{"không có thẩm quyền", "31/12/2023", "từ ngày 01/01/2024"}},
		{name: "OpenEnded", code: "ldtt", change: func(f *EligibilityFacts) {
			f.Authorities = []app.FormAuthority{{FormCode: "ldtt", Authority: app.AuthorityDistrictChair, From: eligDay(2024, 1, 1), Ref: eligRef80}}
			f.AsOf = eligDay(2030, 1, 1)
		}, sev: app.SeverityOK, words: []string{"có thẩm quyền", "01/01/2030"}},
		{name: "SecondRowMatches", code: "ldtt", change: func(f *EligibilityFacts) {
			f.Authorities = append(f.Authorities, app.FormAuthority{FormCode: "ldtt", Authority: app.AuthorityDistrictChair, From: eligDay(2025, 7, 1), Ref: "Nghị định 152/2025/NĐ-CP"})
			f.AsOf = eligDay(2025, 8, 1)
		}, sev: app.SeverityOK, words: []string{"có thẩm quyền"}, cite: "Nghị định 152/2025/NĐ-CP"},
		{name: "ProvinceForm", code: "tt_ldxs", change: func(f *EligibilityFacts) {
			f.Authorities = []app.FormAuthority{{FormCode: "tt_ldxs", Authority: "province_chair", From: eligDay(2024, 1, 1), Ref: "Luật Thi đua, khen thưởng 2022, Điều 79"}}
		}, sev: app.SeverityBlock,
			full: "Chủ tịch UBND huyện không có thẩm quyền tặng «Tập thể lao động xuất sắc» (đề nghị lên cấp tỉnh).",
			cite: "Luật TĐKT 2022, Điều 80"},
		{name: "OtherAuthorityOnly", code: "ldtt", change: func(f *EligibilityFacts) {
			f.Authorities[0].Authority = "commune_chair"
		}, sev: app.SeverityBlock, words: []string{"không có thẩm quyền", "thuộc thẩm quyền của Chủ tịch UBND xã"}},
		{name: "NoRows", code: "ldtt", change: func(f *EligibilityFacts) { f.Authorities = nil }, sev: app.SeverityBlock,
			full: "Chủ tịch UBND huyện không có thẩm quyền tặng «Lao động tiên tiến».", cite: "Luật TĐKT 2022, Điều 80"},
		{name: "EmptyRefFallsBack", code: "ldtt", change: func(f *EligibilityFacts) { f.Authorities[0].Ref = "" },
			sev: app.SeverityOK, words: []string{"có thẩm quyền"}, cite: "Luật TĐKT 2022, Điều 80"},
		{name: "NotInCatalogue", code: "ldtt", change: func(f *EligibilityFacts) {
			f.Form = app.AwardForm{}
			f.Proposal.FormName = "Bằng khen huyện"
		}, sev: app.SeverityBlock, full: "Hình thức «Bằng khen huyện» không có trong danh mục.", cite: "Luật TĐKT 2022, Điều 80"},
		{name: "NoFormChosen", code: "ldtt", change: func(f *EligibilityFacts) { f.Form, f.Proposal.FormName, f.Proposal.FormCode = app.AwardForm{}, "", "" },
			sev: app.SeverityBlock, words: []string{"chưa chọn"}},
	})
}

func TestCheckEligibility_Recipient(t *testing.T) {
	runEligCases(t, []eligCase{
		{name: "PersonFits", code: "ldtt", sev: app.SeverityOK,
			full: "Đối tượng là cá nhân, phù hợp với danh hiệu «Lao động tiên tiến».", cite: "Luật TĐKT 2022, Điều 80"},
		{name: "UnitFits", code: "tt_ldtt", sev: app.SeverityOK, words: []string{"tập thể", "phù hợp"}},
		{name: "BothTakesUnit", code: "giay_khen", change: func(f *EligibilityFacts) { f.Proposal.Recipient = app.RecipientUnit },
			sev: app.SeverityOK, full: "Đối tượng là tập thể, phù hợp với hình thức «Giấy khen»."},
		{name: "PersonTitleToUnit", code: "ldtt", change: func(f *EligibilityFacts) { f.Proposal.Recipient = app.RecipientUnit }, sev: app.SeverityBlock,
			full: "Danh hiệu «Lao động tiên tiến» chỉ xét tặng cho cá nhân, không xét tặng cho tập thể.", cite: "Luật TĐKT 2022, Điều 80"},
		{name: "UnitTitleToPerson", code: "tt_ldtt", change: func(f *EligibilityFacts) { f.Proposal.Recipient = app.RecipientPerson },
			sev: app.SeverityBlock, words: []string{"chỉ xét tặng cho tập thể", "không xét tặng cho cá nhân"}},
		{name: "KindMissing", code: "giay_khen", change: func(f *EligibilityFacts) { f.Proposal.Recipient = "" },
			sev: app.SeverityBlock, words: []string{"cá nhân hay tập thể"}},
		{name: "Inactive", code: "ldtt", change: func(f *EligibilityFacts) { f.Person.Active = false },
			sev: app.SeverityWarning, full: "Nguyễn Văn An đang ở trạng thái ngừng theo dõi.", cite: ""},
	})
	t.Run("ActiveSaysNothing", func(t *testing.T) {
		mustNoReason(t, CheckEligibility(eligFacts("ldtt")), "ngừng theo dõi")
	})
	t.Run("MismatchSkipsCriteria", func(t *testing.T) {
		f := eligFacts("ldtt")
		f.Proposal.Recipient = app.RecipientUnit
		mustNoReason(t, CheckEligibility(f), "Xếp loại")
	})
}

func TestCheckEligibility_CSTDCS(t *testing.T) {
	const cite = "Luật TĐKT 2022, Điều 23"
	const citeRule = "Luật TĐKT 2022, Điều 23 (quy định của đơn vị: bắt buộc sáng kiến)"
	district := app.Initiative{Title: "Số hóa hồ sơ một cửa", Level: app.LevelDistrict}
	base := app.Initiative{Title: "Sổ theo dõi hồ sơ điện tử", Level: app.LevelBase}
	none := app.Initiative{Title: "Chưa xét", Level: ""}
	runEligCases(t, []eligCase{
		{name: "LDTTHeld", code: "cstdcs", sev: app.SeverityOK, words: []string{"đạt Lao động tiên tiến năm 2024"}, cite: cite},
		{name: "LDTTMissing", code: "cstdcs", change: func(f *EligibilityFacts) { f.LDTTSameYear = false }, sev: app.SeverityWarning,
			full: "Chưa có dữ liệu danh hiệu Lao động tiên tiến năm 2024 của Nguyễn Văn An.", cite: cite},
		{name: "Excellent", code: "cstdcs", sev: app.SeverityOK, full: "Xếp loại Hoàn thành xuất sắc nhiệm vụ năm 2024.", cite: cite},
		{name: "InitiativeInsteadOfRating", code: "cstdcs", change: func(f *EligibilityFacts) {
			f.Rating, f.Initiatives = app.RatingGood, []app.Initiative{none, base, district}
		}, sev: app.SeverityOK, full: "Có sáng kiến được công nhận cấp huyện: «Số hóa hồ sơ một cửa».", cite: cite},
		{name: "BaseLevelIsEnough", code: "cstdcs", change: func(f *EligibilityFacts) {
			f.Rating, f.Initiatives = app.RatingGood, []app.Initiative{base}
		}, sev: app.SeverityOK, words: []string{"cấp cơ sở", "«Sổ theo dõi hồ sơ điện tử»"}},
		{name: "Both", code: "cstdcs", change: func(f *EligibilityFacts) { f.Initiatives = []app.Initiative{district} },
			sev: app.SeverityOK, words: []string{"Xếp loại Hoàn thành xuất sắc nhiệm vụ năm 2024", "cấp huyện"}},
		{name: "Neither", code: "cstdcs", change: func(f *EligibilityFacts) {
			f.Rating, f.Initiatives = app.RatingGood, []app.Initiative{none}
		}, sev: app.SeverityWarning,
			full: "Nguyễn Văn An chưa có xếp loại hoàn thành xuất sắc nhiệm vụ năm 2024 (hiện: Hoàn thành tốt nhiệm vụ) và chưa có sáng kiến được công nhận từ cấp cơ sở trở lên.",
			cite: cite},
		{name: "NeitherNoRating", code: "cstdcs", change: func(f *EligibilityFacts) { f.Rating = "" },
			sev: app.SeverityWarning, words: []string{"chưa có sáng kiến", "(chưa có xếp loại)"}},
		{name: "RequiredMissing", code: "cstdcs", change: func(f *EligibilityFacts) { f.RequireInitiative = true }, sev: app.SeverityWarning,
			full: "Đơn vị bắt buộc có sáng kiến được công nhận từ cấp cơ sở trở lên; Nguyễn Văn An chưa có.", cite: citeRule},
		{name: "RequiredHeld", code: "cstdcs", change: func(f *EligibilityFacts) {
			f.RequireInitiative, f.Initiatives = true, []app.Initiative{base}
		}, sev: app.SeverityOK, words: []string{"Đơn vị bắt buộc có sáng kiến", "cấp cơ sở"}, cite: citeRule},
	})
	t.Run("RequiredNotAskedByDefault", func(t *testing.T) {
		mustNoReason(t, CheckEligibility(eligFacts("cstdcs")), "bắt buộc")
	})
}

func TestCheckEligibility_LDTT(t *testing.T) {
	const cite = "Luật TĐKT 2022, Điều 24"
	rating := func(r app.Rating) func(*EligibilityFacts) { return func(f *EligibilityFacts) { f.Rating = r } }
	runEligCases(t, []eligCase{
		{name: "Excellent", code: "ldtt", change: rating(app.RatingExcellent), sev: app.SeverityOK,
			words: []string{"Hoàn thành xuất sắc nhiệm vụ năm 2024", "trở lên"}, cite: cite},
		{name: "Good", code: "ldtt", change: rating(app.RatingGood), sev: app.SeverityOK,
			full: "Xếp loại Hoàn thành tốt nhiệm vụ năm 2024: đạt mức hoàn thành tốt nhiệm vụ trở lên.", cite: cite},
		{name: "Done", code: "ldtt", change: rating(app.RatingDone), sev: app.SeverityBlock,
			full: "Xếp loại Hoàn thành nhiệm vụ năm 2024: chưa đạt mức hoàn thành tốt nhiệm vụ.", cite: cite},
		{name: "NotDone", code: "ldtt", change: rating(app.RatingNotDone), sev: app.SeverityBlock,
			words: []string{"Không hoàn thành nhiệm vụ", "chưa đạt"}, cite: cite},
		{name: "Missing", code: "ldtt", change: rating(""), sev: app.SeverityWarning,
			full: "Chưa có xếp loại năm 2024 của Nguyễn Văn An.", cite: cite},
	})
}

func TestCheckEligibility_TTLDTT(t *testing.T) {
	const cite = "Luật TĐKT 2022, Điều 28"
	staff := func(n, ldtt int) func(*EligibilityFacts) {
		return func(f *EligibilityFacts) { f.UnitStaff, f.UnitLDTT = n, ldtt }
	}
	runEligCases(t, []eligCase{
		{name: "Sixty", code: "tt_ldtt", sev: app.SeverityOK, full: "12/20 người (60%) đạt Lao động tiên tiến.", cite: cite},
		{name: "FiftyIsNotEnough", code: "tt_ldtt", change: staff(20, 10), sev: app.SeverityWarning,
			full: "10/20 người (50%) đạt Lao động tiên tiến, chưa đạt yêu cầu trên 50%.", cite: cite},
		{name: "SixtyTwoAndAHalf", code: "tt_ldtt", change: staff(8, 5), sev: app.SeverityOK, words: []string{"5/8 người (62,5%)"}},
		{name: "OneThird", code: "tt_ldtt", change: staff(3, 1), sev: app.SeverityWarning, words: []string{"1/3 người (33,3%)", "chưa đạt"}},
		{name: "JustAboveHalfNotRoundedToFifty", code: "tt_ldtt", change: staff(1001, 501), sev: app.SeverityOK,
			words: []string{"501/1001 người (50,05%)"}},
		{name: "NoStaff", code: "tt_ldtt", change: staff(0, 0), sev: app.SeverityWarning, full: "Đơn vị chưa có danh sách cán bộ.", cite: cite},
		{name: "Disciplined", code: "tt_ldtt", change: func(f *EligibilityFacts) { f.UnitDisciplined = 2 }, sev: app.SeverityWarning,
			full: "Có 2 người bị kỷ luật từ cảnh cáo trở lên trong năm 2024.", cite: cite},
		{name: "NobodyDisciplined", code: "tt_ldtt", sev: app.SeverityOK, words: []string{"Không có người bị kỷ luật"}, cite: cite},
	})
	t.Run("NoPersonChecks", func(t *testing.T) {
		rs := CheckEligibility(eligFacts("tt_ldtt"))
		mustNoReason(t, rs, "ngừng theo dõi")
		mustNoReason(t, rs, "Không trong thời gian bị kỷ luật")
	})
}

func TestCheckEligibility_GiayKhen(t *testing.T) {
	const cite = "Luật TĐKT 2022, Điều 75"
	runEligCases(t, []eligCase{
		{name: "Assessed", code: "giay_khen", sev: app.SeverityOK, words: []string{"thành tích do đơn vị đề nghị đánh giá"}, cite: cite},
		{name: "NoAchievement", code: "giay_khen", change: func(f *EligibilityFacts) { f.Proposal.Achievement = "  \u00a0" },
			sev: app.SeverityWarning, full: "Chưa ghi thành tích.", cite: cite},
	})
	t.Run("AchievementWritten", func(t *testing.T) {
		mustNoReason(t, CheckEligibility(eligFacts("giay_khen")), "Chưa ghi thành tích")
	})
}

func TestCheckEligibility_Discipline(t *testing.T) {
	const cite = "NĐ 98/2023/NĐ-CP, Điều 4"
	with := func(d app.Discipline) func(*EligibilityFacts) {
		return func(f *EligibilityFacts) { f.Discipline = []app.Discipline{d} }
	}
	runEligCases(t, []eligCase{
		{name: "None", code: "ldtt", sev: app.SeverityOK, full: "Không trong thời gian bị kỷ luật, điều tra.", cite: cite},
		{name: "OpenEnded", code: "ldtt", change: with(app.Discipline{Kind: app.Disciplined, From: eligDay(2024, 3, 1)}), sev: app.SeverityBlock,
			full: "Nguyễn Văn An đang thi hành kỷ luật (từ 01/03/2024).", cite: cite},
		{name: "EndsLater", code: "ldtt", change: with(app.Discipline{Kind: app.Disciplined, From: eligDay(2024, 3, 1), To: eligDay(2025, 2, 28)}),
			sev: app.SeverityBlock, words: []string{"đang thi hành kỷ luật", "từ 01/03/2024 đến 28/02/2025"}},
		{name: "EndsOnAsOf", code: "ldtt", change: with(app.Discipline{Kind: app.Disciplined, From: eligDay(2024, 3, 1), To: eligDay(2024, 12, 15)}),
			sev: app.SeverityBlock, words: []string{"đang thi hành kỷ luật"}},
		{name: "EndedDayBefore", code: "ldtt", change: with(app.Discipline{Kind: app.Disciplined, From: eligDay(2024, 3, 1), To: eligDay(2024, 12, 14)}),
			sev: app.SeverityOK, words: []string{"Không trong thời gian bị kỷ luật"}},
		{name: "StartsOnAsOf", code: "ldtt", change: with(app.Discipline{Kind: app.Investigation, From: eligDay(2024, 12, 15)}), sev: app.SeverityBlock,
			full: "Nguyễn Văn An đang bị xem xét kỷ luật, điều tra (từ 15/12/2024).", cite: cite},
		{name: "StartsDayAfter", code: "ldtt", change: with(app.Discipline{Kind: app.Investigation, From: eligDay(2024, 12, 16)}),
			sev: app.SeverityOK, words: []string{"Không trong thời gian bị kỷ luật"}},
	})
	t.Run("TwoActive", func(t *testing.T) {
		f := eligFacts("cstdcs")
		f.Discipline = []app.Discipline{
			{Kind: app.Disciplined, From: eligDay(2024, 3, 1)},
			{Kind: app.Disciplined, From: eligDay(2023, 1, 1), To: eligDay(2023, 12, 31)},
			{Kind: app.Investigation, From: eligDay(2024, 10, 1)},
		}
		rs := CheckEligibility(f)
		mustFindReason(t, rs, "đang thi hành kỷ luật")
		mustFindReason(t, rs, "đang bị xem xét")
		mustNoReason(t, rs, "Không trong thời gian")
	})
}

func TestCheckEligibility_Duplicates(t *testing.T) {
	const cite = "Nguyên tắc khen thưởng, Luật TĐKT 2022, Điều 5"
	runEligCases(t, []eligCase{
		{name: "None", code: "giay_khen", sev: app.SeverityOK,
			full: "Không có đề nghị «Giấy khen» nào khác cho Nguyễn Văn An trong phong trào này.", cite: cite},
		{name: "Other", code: "giay_khen", change: func(f *EligibilityFacts) { f.OtherSame = 2 }, sev: app.SeverityBlock,
			full: "Nguyễn Văn An đã được đề nghị «Giấy khen» trong phong trào này (2 đề nghị khác).", cite: cite},
		{name: "UnitName", code: "tt_ldtt", change: func(f *EligibilityFacts) { f.OtherSame = 1 }, sev: app.SeverityBlock,
			words: []string{"Phòng Nội vụ đã được đề nghị «Tập thể lao động tiên tiến»", "(1 đề nghị khác)"}},
		{name: "NoNameAtStart", code: "giay_khen", change: func(f *EligibilityFacts) {
			f.OtherSame, f.Person.FullName, f.Proposal.RecipientName = 1, "", ""
		}, sev: app.SeverityBlock, words: []string{"Đối tượng đã được đề nghị"}},
		{name: "NoNameInside", code: "ldtt", change: func(f *EligibilityFacts) {
			f.Rating, f.Person.FullName, f.Proposal.RecipientName = "", "", ""
		}, sev: app.SeverityWarning, full: "Chưa có xếp loại năm 2024 của đối tượng."},
		{name: "PersonNameFirst", code: "ldtt", change: func(f *EligibilityFacts) {
			f.Rating, f.Proposal.RecipientName = "", "Tên cũ"
		}, sev: app.SeverityWarning, words: []string{"của Nguyễn Văn An"}},
	})
}

func TestCheckEligibility_Cap(t *testing.T) {
	const cite = "Quy định của đơn vị (tỷ lệ tối đa, cài đặt)"
	capf := func(on bool, cstdcs, ldtt int) func(*EligibilityFacts) {
		return func(f *EligibilityFacts) { f.Cap = CapFacts{Enabled: on, Percent: 15, CSTDCS: cstdcs, LDTT: ldtt} }
	}
	runEligCases(t, []eligCase{
		{name: "Over", code: "cstdcs", change: capf(true, 5, 20), sev: app.SeverityWarning,
			full: "Số Chiến sĩ thi đua cơ sở (5) vượt 15% số Lao động tiên tiến (20).", cite: cite},
		{name: "Exactly", code: "cstdcs", change: capf(true, 3, 20), sev: app.SeverityOK,
			full: "Số Chiến sĩ thi đua cơ sở (3) không vượt quá 15% số Lao động tiên tiến (20).", cite: cite},
		{name: "NoLDTT", code: "cstdcs", change: capf(true, 1, 0), sev: app.SeverityWarning, words: []string{"vượt 15%"}},
	})
	t.Run("Disabled", func(t *testing.T) {
		f := eligFacts("cstdcs")
		capf(false, 5, 20)(&f)
		mustNoReason(t, CheckEligibility(f), "Số Chiến sĩ thi đua cơ sở")
	})
	t.Run("OnlyCSTDCS", func(t *testing.T) {
		f := eligFacts("ldtt")
		capf(true, 5, 20)(&f)
		mustNoReason(t, CheckEligibility(f), "Số Chiến sĩ thi đua cơ sở")
	})
}

// The check list reads in a fixed order: authority, recipient, criteria, discipline, duplicates, cap.
func TestCheckEligibility_Order(t *testing.T) {
	f := eligFacts("cstdcs")
	f.Person.Active = false
	f.RequireInitiative = true
	f.Cap = CapFacts{Enabled: true, Percent: 15, CSTDCS: 1, LDTT: 20}
	got := CheckEligibility(f)
	want := []struct {
		sev  app.Severity
		word string
	}{
		{app.SeverityOK, "có thẩm quyền"},
		{app.SeverityOK, "Đối tượng là cá nhân"},
		{app.SeverityWarning, "ngừng theo dõi"},
		{app.SeverityOK, "đạt Lao động tiên tiến năm 2024"},
		{app.SeverityOK, "Xếp loại Hoàn thành xuất sắc"},
		{app.SeverityWarning, "bắt buộc có sáng kiến"},
		{app.SeverityOK, "Không trong thời gian bị kỷ luật"},
		{app.SeverityOK, "Không có đề nghị"},
		{app.SeverityOK, "Số Chiến sĩ thi đua cơ sở"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d reasons, want %d:\n%s", len(got), len(want), eligDump(got))
	}
	for i, w := range want {
		if got[i].Severity != w.sev || !strings.Contains(got[i].Text, w.word) {
			t.Errorf("reason %d = [%s] %q, want [%s] …%s…", i, got[i].Severity, got[i].Text, w.sev, w.word)
		}
	}
	if again := CheckEligibility(f); eligDump(again) != eligDump(got) {
		t.Errorf("a second run differs:\n%s", eligDump(again))
	}
}

func TestCheckEligibility_Text(t *testing.T) {
	f := eligFacts("cstdcs")
	f.Person.FullName = "Nguye\u0302\u0303n Va\u0306n An " // decomposed, as pasted from macOS
	f.LDTTSameYear, f.Rating = false, app.RatingGood
	f.Initiatives = []app.Initiative{{Title: "Ho\u0302\u0300 so\u031b ", Level: app.LevelProvince}}
	f.Discipline = []app.Discipline{{Kind: app.Disciplined, From: eligDay(2024, 3, 1)}}
	f.OtherSame = 1
	rs := CheckEligibility(f)
	for _, r := range rs {
		if !viet.IsNFC(r.Text) {
			t.Errorf("not NFC: %q", r.Text)
		}
		if r.Severity != app.SeverityOK && r.Severity != app.SeverityWarning && r.Severity != app.SeverityBlock {
			t.Errorf("unknown severity %q", r.Severity)
		}
		if r.Cite == "" && !strings.Contains(r.Text, "ngừng theo dõi") {
			t.Errorf("no cite: %q", r.Text)
		}
		if !strings.HasSuffix(r.Text, ".") {
			t.Errorf("not a sentence: %q", r.Text)
		}
	}
	mustFindReason(t, rs, "Nguyễn Văn An đang thi hành kỷ luật")
	mustFindReason(t, rs, "cấp tỉnh: «Hồ sơ»")
}

func TestWorst(t *testing.T) {
	ok := app.Reason{Severity: app.SeverityOK}
	warn := app.Reason{Severity: app.SeverityWarning}
	block := app.Reason{Severity: app.SeverityBlock}
	tests := []struct {
		name string
		rs   []app.Reason
		want app.Severity
	}{
		{"Empty", nil, app.SeverityOK},
		{"AllOK", []app.Reason{ok, ok}, app.SeverityOK},
		{"Warning", []app.Reason{ok, warn, ok}, app.SeverityWarning},
		{"BlockFirst", []app.Reason{block, warn, ok}, app.SeverityBlock},
		{"BlockLast", []app.Reason{ok, warn, block}, app.SeverityBlock},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Worst(tc.rs); got != tc.want {
				t.Errorf("Worst = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("OfChecks", func(t *testing.T) {
		f := eligFacts("ldtt")
		if got := Worst(CheckEligibility(f)); got != app.SeverityOK {
			t.Errorf("clean proposal: %q\n%s", got, eligDump(CheckEligibility(f)))
		}
		f.Rating = ""
		if got := Worst(CheckEligibility(f)); got != app.SeverityWarning {
			t.Errorf("missing rating: %q", got)
		}
		f.AsOf = eligDay(2025, 7, 1)
		if got := Worst(CheckEligibility(f)); got != app.SeverityBlock {
			t.Errorf("after 30/06/2025: %q", got)
		}
	})
}

// eligDay is 00:00 UTC of a civil date, as ParseDate and the database give dates.
func eligDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
