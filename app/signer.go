package app

import (
	"time"

	"thidua/app/viet"
)

// Normalize composes and trims the signer's texts.
func (s *Signer) Normalize() {
	s.FullName, s.Title = viet.Normalize(s.FullName), viet.Normalize(s.Title)
}

// Validate checks a signer: a name, a title, and a period that does not end before it starts.
func (s Signer) Validate() error {
	if err := viet.RequireText("Họ và tên người ký", s.FullName, 100); err != nil {
		return err
	}
	if err := viet.RequireText("Chức vụ", s.Title, 100); err != nil {
		return err
	}
	if s.Mode != SignHead && s.Mode != SignDeputy {
		return FieldError("Ký", "Chọn ký với tư cách Chủ tịch hoặc ký thay (KT.).")
	}
	if !s.From.IsZero() && !s.To.IsZero() && s.To.Before(s.From) {
		return FieldError("Đến ngày", "Ngày thôi giữ chức (%s) trước ngày bắt đầu (%s).", viet.FormatDate(s.To), viet.FormatDate(s.From))
	}
	return nil
}

// ServesOn says whether the signer holds the post on a date (an open period holds it).
func (s Signer) ServesOn(on time.Time) bool {
	return s.Active && (s.From.IsZero() || !on.Before(s.From)) && (s.To.IsZero() || !on.After(s.To))
}
