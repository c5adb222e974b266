package app

import "thidua/app/viet"

// UnitKind is the kind of a competing unit. Criteria sets are kept per kind.
type UnitKind string

// Unit kinds, as stored.
const (
	UnitCommune    UnitKind = "commune"    // Xã
	UnitTown       UnitKind = "town"       // Thị trấn
	UnitDepartment UnitKind = "department" // Phòng, ban
	UnitOther      UnitKind = "other"      // Khác
)

// UnitKinds lists the kinds in the order the office groups them.
var UnitKinds = []UnitKind{UnitTown, UnitCommune, UnitDepartment, UnitOther}

// Label is the Vietnamese name of the kind.
func (k UnitKind) Label() string {
	switch k {
	case UnitCommune:
		return "Xã"
	case UnitTown:
		return "Thị trấn"
	case UnitDepartment:
		return "Phòng, ban"
	case UnitOther:
		return "Khác"
	}
	return string(k)
}

// Valid reports whether k is one of the stored kinds.
func (k UnitKind) Valid() bool {
	switch k {
	case UnitCommune, UnitTown, UnitDepartment, UnitOther:
		return true
	}
	return false
}

// Unit is a competing unit: a xã, the thị trấn, a district department.
type Unit struct {
	ID        int64
	Name      string
	ShortName string
	Kind      UnitKind
	Head      string
	Address   string
	Phone     string
	Email     string
	Active    bool
}

// Normalize cleans every text field (NFC, trimmed, inner spaces folded).
func (u *Unit) Normalize() {
	u.Name = viet.Normalize(u.Name)
	u.ShortName = viet.Normalize(u.ShortName)
	u.Head = viet.Normalize(u.Head)
	u.Address = viet.Normalize(u.Address)
	u.Phone = viet.Normalize(u.Phone)
	u.Email = viet.Normalize(u.Email)
}

// Validate checks a normalised unit and names the first wrong field in Vietnamese.
func (u *Unit) Validate() error {
	if err := viet.RequireText("Tên đơn vị", u.Name, 200); err != nil {
		return err
	}
	if len([]rune(u.ShortName)) > 60 {
		return FieldError("Tên viết tắt", "Trường «Tên viết tắt» dài quá 60 ký tự.")
	}
	if !u.Kind.Valid() {
		return FieldError("Loại", "Trường «Loại» phải là Xã, Thị trấn, Phòng/ban hoặc Khác.")
	}
	if err := viet.CheckPhone("Điện thoại", u.Phone); err != nil {
		return err
	}
	return viet.CheckEmail("Email", u.Email)
}

// DisplayName is the short name when there is one, else the full name.
func (u Unit) DisplayName() string {
	if u.ShortName != "" {
		return u.ShortName
	}
	return u.Name
}
