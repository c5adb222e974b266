package app

import (
	"testing"
	"time"
)

// checkErr compares an error with the code and field wanted ("" code: no error).
func checkErr(t *testing.T, err error, code, field string) {
	t.Helper()
	if ErrorCode(err) != code {
		t.Fatalf("error %v: code %q, want %q", err, ErrorCode(err), code)
	}
	if code == "" {
		return
	}
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error %T is not *app.Error", err)
	}
	if e.Field != field {
		t.Errorf("field %q, want %q (%s)", e.Field, field, e.Message)
	}
	if e.Message == "" {
		t.Error("empty message")
	}
}

func TestCheckNewDecision(t *testing.T) {
	checkErr(t, CheckNewDecision(nil), EINVALID, "")
	checkErr(t, CheckNewDecision([]int64{}), EINVALID, "")
	checkErr(t, CheckNewDecision([]int64{3}), "", "")
}

func TestCheckAwardable(t *testing.T) {
	approved := Proposal{RecipientName: "Lê Văn A", Status: ProposalApproved}
	for _, tc := range []struct {
		name           string
		p              Proposal
		found, inOther bool
		code           string
	}{
		{"approved", approved, true, false, ""},
		{"not of the campaign", approved, false, false, EINVALID},
		{"new", Proposal{Status: ProposalNew}, true, false, EINVALID},
		{"rejected", Proposal{Status: ProposalRejected}, true, false, EINVALID},
		{"returned", Proposal{Status: ProposalReturned}, true, false, EINVALID},
		{"in another decision", approved, true, true, ECONFLICT},
	} {
		t.Run(tc.name, func(t *testing.T) { checkErr(t, CheckAwardable(tc.p, tc.found, tc.inOther), tc.code, "") })
	}
}

func TestCheckDraft(t *testing.T) {
	for _, tc := range []struct {
		status DecisionStatus
		code   string
	}{
		{DecisionDraft, ""},
		{DecisionIssued, ECONFLICT},
		{DecisionRevoked, ECONFLICT},
	} {
		t.Run(string(tc.status), func(t *testing.T) {
			checkErr(t, CheckDraft(Decision{Status: tc.status, Number: 7, Symbol: "QĐ-UBND"}), tc.code, "")
		})
	}
	err := CheckDraft(Decision{Status: DecisionIssued, Number: 7, Symbol: "QĐ-UBND"})
	if want := "Quyết định số 07/QĐ-UBND đã ban hành nên không sửa được; muốn sửa, hãy thu hồi rồi ban hành quyết định mới."; ErrorMessage(err) != want {
		t.Errorf("message %q, want %q", ErrorMessage(err), want)
	}
}

func TestPrepareDraft(t *testing.T) {
	on := civil(2025, 1, 10)
	for _, tc := range []struct {
		name  string
		in    Decision
		code  string
		field string
		mode  SignMode
	}{
		{"ok, chairman", Decision{SignedOn: on, Subject: "  Về việc  tặng Giấy khen "}, "", "", SignHead},
		{"deputy kept", Decision{SignedOn: on, Subject: "Về việc", SignMode: SignDeputy}, "", "", SignDeputy},
		{"unknown mode is the chairman", Decision{SignedOn: on, Subject: "Về việc", SignMode: "x"}, "", "", SignHead},
		{"no date", Decision{Subject: "Về việc"}, EINVALID, "Ngày ký", ""},
		{"no subject", Decision{SignedOn: on, Subject: "   "}, EINVALID, "Trích yếu", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := tc.in
			err := PrepareDraft(&x)
			checkErr(t, err, tc.code, tc.field)
			if err == nil && x.SignMode != tc.mode {
				t.Errorf("sign mode %q, want %q", x.SignMode, tc.mode)
			}
		})
	}
	x := Decision{SignedOn: on, Subject: "  Về việc  tặng ", ProposalRef: " Tờ trình ", SignerName: " Thái  Hoàng Vũ "}
	if err := PrepareDraft(&x); err != nil {
		t.Fatal(err)
	}
	if x.Subject != "Về việc tặng" || x.ProposalRef != "Tờ trình" || x.SignerName != "Thái Hoàng Vũ" {
		t.Errorf("not normalised: %+v", x)
	}
}

func TestCheckDecisionNumber(t *testing.T) {
	checkErr(t, CheckDecisionNumber(0), EINVALID, "Số quyết định")
	checkErr(t, CheckDecisionNumber(-3), EINVALID, "Số quyết định")
	checkErr(t, CheckDecisionNumber(1), "", "")
}

func TestCheckIssue(t *testing.T) {
	draft := Decision{Status: DecisionDraft, Awards: 3, SignerName: "Thái Hoàng Vũ", Symbol: "QĐ-UBND", Year: 2025}
	with := func(f func(*Decision)) Decision { x := draft; f(&x); return x }
	for _, tc := range []struct {
		name  string
		x     Decision
		taken bool
		code  string
		field string
	}{
		{"ok", draft, false, "", ""},
		{"issued", with(func(x *Decision) { x.Status = DecisionIssued }), false, ECONFLICT, ""},
		{"revoked", with(func(x *Decision) { x.Status = DecisionRevoked }), false, ECONFLICT, ""},
		{"no award", with(func(x *Decision) { x.Awards = 0 }), false, EINVALID, ""},
		{"no signer", with(func(x *Decision) { x.SignerName = "" }), false, EINVALID, "Người ký"},
		{"number taken", draft, true, ECONFLICT, "Số quyết định"},
		{"issued wins over taken", with(func(x *Decision) { x.Status = DecisionIssued }), true, ECONFLICT, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkErr(t, CheckIssue(tc.x, 7, tc.taken), tc.code, tc.field) })
	}
	if got, want := ErrorMessage(CheckIssue(draft, 7, true)), "Số 07/QĐ-UBND năm 2025 đã dùng cho quyết định khác."; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

func TestCheckRevoke(t *testing.T) {
	signed := civil(2025, 1, 10)
	for _, tc := range []struct {
		name   string
		status DecisionStatus
		on     time.Time
		code   string
		field  string
	}{
		{"issued, later", DecisionIssued, civil(2025, 3, 1), "", ""},
		{"issued, same day", DecisionIssued, signed, "", ""},
		{"issued, before signing", DecisionIssued, civil(2025, 1, 9), EINVALID, "Ngày thu hồi"},
		{"draft", DecisionDraft, civil(2025, 3, 1), ECONFLICT, ""},
		{"revoked already", DecisionRevoked, civil(2025, 3, 1), ECONFLICT, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkErr(t, CheckRevoke(Decision{Status: tc.status, SignedOn: signed}, tc.on), tc.code, tc.field)
		})
	}
}

func TestCheckRevokeRequest(t *testing.T) {
	on := civil(2025, 3, 1)
	checkErr(t, CheckRevokeRequest(on, "Sai đối tượng"), "", "")
	checkErr(t, CheckRevokeRequest(on, ""), EINVALID, "Lý do thu hồi")
	checkErr(t, CheckRevokeRequest(time.Time{}, "Sai đối tượng"), EINVALID, "Ngày thu hồi")
	checkErr(t, CheckRevokeRequest(time.Time{}, ""), EINVALID, "Lý do thu hồi")
}

func TestRevokedCertificateReason(t *testing.T) {
	got := RevokedCertificateReason(Decision{Number: 7, Symbol: "QĐ-UBND"}, "Sai đối tượng")
	if want := "Quyết định số 07/QĐ-UBND bị thu hồi: Sai đối tượng"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestSortCollectivesFirst(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []Award
		want []int64
	}{
		{"empty", nil, nil},
		{"people only, order kept", []Award{{ID: 3, Recipient: RecipientPerson}, {ID: 1, Recipient: RecipientPerson}}, []int64{3, 1}},
		{"collectives first, stable", []Award{
			{ID: 1, Recipient: RecipientPerson}, {ID: 2, Recipient: RecipientUnit}, {ID: 3, Recipient: RecipientPerson},
			{ID: 4, Recipient: RecipientUnit}, {ID: 5, Recipient: RecipientPerson},
		}, []int64{2, 4, 1, 3, 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as := append([]Award(nil), tc.in...)
			SortAwards(as)
			var got []int64
			for _, a := range as {
				got = append(got, a.ID)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}
