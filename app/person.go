package app

import (
	"fmt"
	"time"

	"thidua/app/viet"
)

// Gender of a person; decides "Ông" or "Bà" on a certificate.
type Gender string

// Genders, as stored.
const (
	Male   Gender = "male"
	Female Gender = "female"
)

// Label is "Nam" or "Nữ".
func (g Gender) Label() string {
	switch g {
	case Male:
		return "Nam"
	case Female:
		return "Nữ"
	}
	return ""
}

// Honorific is "Ông" or "Bà", as printed on a Giấy khen.
func (g Gender) Honorific() string {
	if g == Female {
		return "Bà"
	}
	return "Ông"
}

// Category is the kind of staff (Luật Cán bộ, công chức; Luật Viên chức).
type Category string

// Categories, as stored.
const (
	Cadre          Category = "cadre"           // Cán bộ
	CivilServant   Category = "civil_servant"   // Công chức
	PublicEmployee Category = "public_employee" // Viên chức
	PartTime       Category = "part_time"       // Người hoạt động không chuyên trách
	Worker         Category = "worker"          // Người lao động
)

// Categories lists the categories in their usual order.
var Categories = []Category{Cadre, CivilServant, PublicEmployee, PartTime, Worker}

// Label is the Vietnamese name of the category.
func (c Category) Label() string {
	switch c {
	case Cadre:
		return "Cán bộ"
	case CivilServant:
		return "Công chức"
	case PublicEmployee:
		return "Viên chức"
	case PartTime:
		return "Người hoạt động không chuyên trách"
	case Worker:
		return "Người lao động"
	}
	return string(c)
}

// Valid reports whether c is one of the stored categories.
func (c Category) Valid() bool {
	for _, x := range Categories {
		if c == x {
			return true
		}
	}
	return false
}

// Person is a member of staff of a unit.
type Person struct {
	ID        int64
	FullName  string
	Gender    Gender
	BirthYear int // 0 when unknown
	Position  string
	Category  Category
	UnitID    int64
	UnitName  string // read-only, filled by queries
	Active    bool
}

// Normalize cleans every text field.
func (p *Person) Normalize() {
	p.FullName = viet.Normalize(p.FullName)
	p.Position = viet.Normalize(p.Position)
}

// Validate checks a normalised person; birthYearMax is the current year, passed in because rules
// never read the clock.
func (p *Person) Validate(birthYearMax int) error {
	if err := viet.RequireText("Họ và tên", p.FullName, 100); err != nil {
		return err
	}
	if p.Gender != Male && p.Gender != Female {
		return FieldError("Giới tính", "Trường «Giới tính» phải là Nam hoặc Nữ.")
	}
	if p.BirthYear != 0 {
		if err := viet.CheckYear("Năm sinh", p.BirthYear, 1900, birthYearMax); err != nil {
			return err
		}
	}
	if len([]rune(p.Position)) > 200 {
		return FieldError("Chức vụ", "Trường «Chức vụ» dài quá 200 ký tự.")
	}
	if !p.Category.Valid() {
		return FieldError("Đối tượng", "Trường «Đối tượng» phải là Cán bộ, Công chức, Viên chức, Người hoạt động không chuyên trách hoặc Người lao động.")
	}
	if p.UnitID == 0 {
		return FieldError("Đơn vị", "Trường «Đơn vị» không được để trống.")
	}
	return nil
}

// PersonMove is one move of a person from a unit to another (điều động, luân chuyển).
type PersonMove struct {
	ID       int64
	PersonID int64
	FromID   int64
	From     string
	ToID     int64
	To       string
	On       time.Time
	Note     string
}

// ImportResult says what an import did: how many rows were added, and which rows were skipped
// as duplicates of what the database already had (or of an earlier row of the same file).
type ImportResult struct {
	Added      int
	Duplicates []string // "Dòng 12: Nguyễn Văn A (1980, UBND xã Trà Bui) đã có."
}

// PersonKey is what makes two people the same for an import: the name (without regard to accents
// and case), the birth year and the unit.
func PersonKey(p Person) string {
	return fmt.Sprintf("%s|%d|%d", viet.FoldKey(p.FullName), p.BirthYear, p.UnitID)
}
