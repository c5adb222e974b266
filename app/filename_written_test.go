package app

import (
	"path/filepath"
	"testing"
)

func TestFilesWritten_Message(t *testing.T) {
	var w FilesWritten
	w.Add("TraKa_2024.xlsx", filepath.Join("so", "TraKa_2024.xlsx"))
	if got := w.Message("so"); got != "Đã ghi 1 sổ vào thư mục so." {
		t.Errorf("none renamed: %q", got)
	}
	w.Add("YTe_2024.xlsx", filepath.Join("so", "YTe_2024 (2).xlsx"))
	if got := w.Message("so"); got != "Đã ghi 2 sổ vào thư mục so; 1 sổ mang tên mới (YTe_2024 (2).xlsx) vì thư mục đã có sổ cùng tên — hãy gửi đúng bản mới." {
		t.Errorf("one renamed: %q", got)
	}
	w.Add("TraBui_2024.xlsx", filepath.Join("so", "TraBui_2024 (3).xlsx"))
	if got := w.Message("so"); got != "Đã ghi 3 sổ vào thư mục so; 2 sổ mang tên mới (như YTe_2024 (2).xlsx…) vì thư mục đã có sổ cùng tên — hãy gửi đúng bản mới." {
		t.Errorf("two renamed: %q", got)
	}
}
