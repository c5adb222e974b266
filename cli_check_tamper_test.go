package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyDB copies the sample database (checkpointed: one file) to a new folder.
func copyDB(tb testing.TB, src string) string {
	tb.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	dst := filepath.Join(tb.TempDir(), "thidua.db")
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		tb.Fatal(err)
	}
	return dst
}

// Each change made with another tool (here database/sql, as the sqlite3 shell would) is found by
// `thidua check`, which names it and exits 1; the untouched copy is «tốt».
func TestCLI_CheckFindsTampering(t *testing.T) {
	base := mustDemo(t)
	mustCheckOK(t, base)
	const firstAward = `(SELECT min(id) FROM award WHERE decision_id = (SELECT id FROM decision WHERE number = 7))`
	for _, tc := range []struct {
		name, sql, want string
	}{
		{"Bonus", `UPDATE award SET bonus = bonus + 1000000 WHERE id = ` + firstAward, "không còn như khi niêm phong"},
		{"Name", `UPDATE award SET recipient_name = 'Nguyễn Văn Giả' WHERE id = ` + firstAward, "không còn như khi niêm phong"},
		{"Date", `UPDATE decision SET signed_on = '2025-01-11' WHERE number = 7`, "không còn như khi niêm phong"},
		{"Signer", `UPDATE decision SET signer_name = 'Người Khác' WHERE number = 7`, "không còn như khi niêm phong"},
		{"CertificateDeleted", `DELETE FROM certificate WHERE id = (SELECT max(id) FROM certificate)`, "niêm phong"},
		{"CertificateVoided", `UPDATE certificate SET status = 'void', void_reason = 'x' WHERE id = (SELECT max(id) FROM certificate)`, "không còn như khi niêm phong"},
		{"CertificateRepointed", `UPDATE certificate SET award_id = (SELECT min(award_id) FROM certificate) WHERE id = (SELECT max(id) FROM certificate)`, "không còn như khi niêm phong"},
		{"BackToDraft", `UPDATE decision SET status = 'draft' WHERE number = 7`, "chuyển về dự thảo"},
		{"AwardInserted", `INSERT INTO award (decision_id, recipient_kind, unit_id, recipient_name, form_code, bonus)
			SELECT decision_id, 'unit', unit_id, 'Tập thể Thêm', form_code, bonus FROM award WHERE recipient_kind = 'unit' LIMIT 1`, "không còn như khi niêm phong"},
		{"LogTruncated", `DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`, "bị cắt bớt"},
		{"LogEntryDeleted", `DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)`, "Nhật ký thay đổi bị sửa"},
		{"LogEntryEdited", `UPDATE audit_log SET actor = 'ai đó' WHERE id = (SELECT min(id) FROM audit_log)`, "Nhật ký thay đổi bị sửa"},
		{"LogEmptied", `DELETE FROM audit_log`, "bị cắt bớt"},
		{"SealDeleted", `DELETE FROM audit_log WHERE entity = 'decision_seal'`, "Nhật ký thay đổi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := copyDB(t, base)
			raw, err := sql.Open("sqlite3", db)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := raw.Exec(tc.sql); err != nil {
				t.Fatal(err)
			}
			raw.Close()
			code, out, errs := runCLI("check", "-db", db)
			if code != exitFailure || !strings.Contains(out, tc.want) {
				t.Errorf("check after %s: %d %q %q", tc.name, code, out, errs)
			}
		})
	}
}
