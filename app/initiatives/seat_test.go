package initiatives

import (
	"strings"
	"testing"

	"thidua/app"
)

func TestCanScoreAndRecuse(t *testing.T) {
	in := app.Initiative{ID: 9, CampaignID: 1, Step: app.StepCouncil}
	m := app.CouncilMember{ID: 3, CampaignID: 1, FullName: "Lê Thị Bình"}
	other := app.CouncilMember{ID: 4, CampaignID: 2, FullName: "Trần Văn Cư"}
	past := in
	past.Step = app.StepDistrictRecognised
	recused := &app.Recusal{MemberID: 3, Reason: "Người thân của tác giả"}
	for _, tc := range []struct {
		name          string
		seat          Seat
		score, recuse string // "" allowed, else a part of the message
		code          string
	}{
		{"Open", Seat{Member: m, Initiative: in}, "", "", ""},
		{"NotFound", Seat{Initiative: in}, "không thuộc hội đồng", "không thuộc hội đồng", app.ENOTFOUND},
		{"OtherCampaign", Seat{Member: other, Initiative: in}, "không thuộc hội đồng", "không thuộc hội đồng", app.ENOTFOUND},
		{"PastCouncil", Seat{Member: m, Initiative: past}, "chỉ chấm ở bước Hội đồng chấm", "chỉ xin không chấm ở bước Hội đồng chấm", app.ECONFLICT},
		{"Recused", Seat{Member: m, Initiative: in, Recused: recused}, "không chấm sáng kiến này (Người thân", "đã không chấm", app.ECONFLICT},
		{"Submitted", Seat{Member: m, Initiative: in, Submitted: true}, "đã nộp; không sửa", "đã nộp: không xin không chấm", app.ECONFLICT},
	} {
		for _, c := range []struct {
			what string
			err  error
			want string
		}{{"CanScore", CanScore(tc.seat), tc.score}, {"CanRecuse", CanRecuse(tc.seat), tc.recuse}} {
			switch {
			case c.want == "" && c.err != nil:
				t.Errorf("%s %s: %v", tc.name, c.what, c.err)
			case c.want != "" && (!strings.Contains(app.ErrorMessage(c.err), c.want) || app.ErrorCode(c.err) != tc.code):
				t.Errorf("%s %s: err = %v, want %s %q", tc.name, c.what, c.err, tc.code, c.want)
			}
		}
	}
}
