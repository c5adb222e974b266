package apperr

import (
	"errors"
	"fmt"
	"testing"
)

func TestError_Error(t *testing.T) {
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"MessageOnly", &Error{Code: EINVALID, Message: "Trường «Họ và tên» không được để trống.", Field: "Họ và tên"},
			"Trường «Họ và tên» không được để trống."},
		{"RowAndField", &Error{Code: EINVALID, Message: "Trường «Họ và tên» không được để trống.", Field: "Họ và tên", Row: 5},
			"Dòng 5, cột «Họ và tên»: không được để trống."},
		{"RowAndFieldWithColon", &Error{Code: EINVALID, Message: "Trường «Năm sinh»: '19a5' không phải là năm hợp lệ.", Field: "Năm sinh", Row: 12},
			"Dòng 12, cột «Năm sinh»: '19a5' không phải là năm hợp lệ."},
		{"RowAndFieldOtherMessage", &Error{Code: EINVALID, Message: "'32/13/2024' không phải là ngày hợp lệ (dd/mm/yyyy).", Field: "Ngày quyết định", Row: 3},
			"Dòng 3, cột «Ngày quyết định»: '32/13/2024' không phải là ngày hợp lệ (dd/mm/yyyy)."},
		{"RowOnly", &Error{Code: ECONFLICT, Message: "Cá nhân này đã có trong danh sách.", Row: 7},
			"Dòng 7: Cá nhân này đã có trong danh sách."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestError_AtRow(t *testing.T) {
	err := FieldError("Họ và tên", "%s không được để trống.", FieldPrefix("Họ và tên"))
	placed := err.AtRow(4)
	if err.Row != 0 {
		t.Errorf("AtRow changed the original: Row = %d", err.Row)
	}
	if want := "Dòng 4, cột «Họ và tên»: không được để trống."; placed.Error() != want {
		t.Errorf("AtRow(4).Error() = %q, want %q", placed.Error(), want)
	}
}

func TestErrorf_Fields(t *testing.T) {
	e := Errorf(ENOTFOUND, "Không tìm thấy đơn vị %q.", "Phòng Nội vụ")
	if e.Code != ENOTFOUND || e.Message != `Không tìm thấy đơn vị "Phòng Nội vụ".` || e.Row != 0 || e.Field != "" {
		t.Errorf("Errorf = %#v", e)
	}
}

func TestErrorCode_Cases(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"Nil", nil, ""},
		{"App", Errorf(ECONFLICT, "Trùng số."), ECONFLICT},
		{"Wrapped", fmt.Errorf("lưu: %w", Errorf(ENOTFOUND, "Không thấy.")), ENOTFOUND},
		{"Foreign", errors.New("UNIQUE constraint failed: decision.number"), EINTERNAL},
		{"EmptyCode", &Error{Message: "x"}, EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorCode(tt.err); got != tt.want {
				t.Errorf("ErrorCode = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestErrorMessage_Cases(t *testing.T) {
	const internal = "Đã xảy ra lỗi nội bộ. Vui lòng thử lại hoặc liên hệ người quản trị."
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"Nil", nil, ""},
		{"App", Errorf(ECONFLICT, "Số quyết định 07/QĐ-UBND đã có trong năm 2024."), "Số quyết định 07/QĐ-UBND đã có trong năm 2024."},
		{"WrappedWithRow", fmt.Errorf("nhập: %w", (&Error{Code: EINVALID, Message: "Trường «Email»: 'a@' không phải là địa chỉ email hợp lệ.", Field: "Email"}).AtRow(9)),
			"Dòng 9, cột «Email»: 'a@' không phải là địa chỉ email hợp lệ."},
		{"ForeignNeverShown", errors.New("near \"SELEC\": syntax error"), internal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorMessage(tt.err); got != tt.want {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.want)
			}
		})
	}
}
