package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/app/docs"
)

func recognisedFixture(n int) []app.RecognisedInitiative {
	var rs []app.RecognisedInitiative
	for i := range n {
		rs = append(rs, app.RecognisedInitiative{Title: fmt.Sprintf("Số hóa hồ sơ một cửa tại xã số %d, áp dụng cho toàn bộ thủ tục hộ tịch và chứng thực", i+1),
			Authors:  []app.Author{{FullName: "Nguyễn Văn An", SharePct: 60}, {FullName: "Trần Thị Bình", SharePct: 40}},
			UnitName: "UBND xã Trà Giang", FieldName: "Hiện đại hóa nền hành chính", Scope: "Cấp huyện",
			Decision: "2890/QĐ-UBND", Signed: time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)})
	}
	return rs
}

var listSettings = app.Settings{Agency: "ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY", AgencyShort: "UBND huyện Bắc Trà My", Place: "Bắc Trà My", Office: "Phòng Nội vụ"}

func TestPrintList_Initiatives(t *testing.T) {
	l := docs.BuildInitiativeList(recognisedFixture(30), listSettings)
	var a, b bytes.Buffer
	if err := PrintList(&a, l); err != nil {
		t.Fatal(err)
	}
	if err := PrintList(&b, l); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders differ: the list is not reproducible")
	}
	if n := PageCount(a.Bytes()); n < 3 {
		t.Errorf("30 long rows on %d pages", n)
	}
	certNeedPoppler(t)
	text := certPDFText(t, a.Bytes())
	for _, w := range []string{"DANH SÁCH", "Sáng kiến được công nhận phạm vi ảnh hưởng, hiệu quả áp dụng cấp huyện",
		"Quyết định số 2890/QĐ-UBND", "Nguyễn Văn An", "(60%)", "Tác giả, đồng tác", "30"} {
		if !strings.Contains(text, w) {
			t.Errorf("the list lacks %q", w)
		}
	}
}

func TestPrintList_CouncilSummary(t *testing.T) {
	rs := []app.CouncilResult{{Title: "Số hóa hồ sơ", UnitName: "UBND xã Trà Giang", Sheets: 2, MeanX100: 7850, Passed: true, Divergent: true, Threshold: 70,
		Members: []app.MemberTotal{{Name: "Thái Hoàng Vũ", Role: "Chủ tịch Hội đồng", Total: 90, Submitted: true, Filled: true},
			{Name: "Lê Thị Thảo", Role: "Thành viên", Total: 67, Submitted: true, Filled: true},
			{Name: "Phạm Minh Tuấn", Role: "Thành viên", Recused: true, Reason: "Là tác giả, đồng tác giả của sáng kiến"}}}}
	l := docs.BuildCouncilSummary(rs, app.Campaign{Name: "Phong trào CCHC 2024"}, listSettings, time.Date(2024, 10, 15, 0, 0, 0, 0, time.UTC))
	var a bytes.Buffer
	if err := PrintList(&a, l); err != nil {
		t.Fatal(err)
	}
	certNeedPoppler(t)
	text := certPDFText(t, a.Bytes())
	for _, w := range []string{"BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM SÁNG KIẾN", "78,5", "Đạt", "xem lại", "Không chấm", "15/10/2024"} {
		if !strings.Contains(text, w) {
			t.Errorf("the summary lacks %q", w)
		}
	}
}
