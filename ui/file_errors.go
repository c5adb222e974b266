package ui

import (
	"errors"
	"io/fs"
	"path/filepath"

	"thidua/app"
)

// fileError says in Vietnamese what went wrong with a file the user chose (a folder that does not
// exist, one not writable, a USB stick pulled out) and what to do, instead of «lỗi nội bộ»; other
// errors pass through. Storage's own errors (app.Error) are already sentences.
func fileError(err error) error {
	var ae *app.Error
	var pe *fs.PathError
	if err == nil || errors.As(err, &ae) || !errors.As(err, &pe) {
		return err
	}
	dir, name := filepath.Split(pe.Path)
	where := "tệp «" + name + "» trong thư mục «" + filepath.Clean(dir) + "»"
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return app.Errorf(app.EINVALID, "Không dùng được %s: thư mục hoặc tệp không có (có thể ổ đĩa đã bị rút ra). Hãy chọn thư mục khác rồi làm lại.", where)
	case errors.Is(err, fs.ErrPermission):
		return app.Errorf(app.EINVALID, "Không dùng được %s: máy không cho phép đọc hoặc ghi ở đó. Hãy chọn thư mục khác (ví dụ Tài liệu hoặc Màn hình nền) rồi làm lại.", where)
	}
	return app.Errorf(app.EINVALID, "Không đọc hoặc ghi được %s (ổ đĩa đầy, bị rút ra, hoặc tệp đang mở ở chương trình khác). Hãy đóng tệp đó hoặc chọn thư mục khác rồi làm lại.", where)
}
