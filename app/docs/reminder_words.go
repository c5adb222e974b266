package docs

import (
	"fmt"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// addressees words a công văn by who it is sent to: departments and other bodies are «cơ quan, đơn
// vị» led by a Thủ trưởng; communes and the town are «địa phương» led by the Chủ tịch UBND. One unit
// is named in the singular, several in the plural.
type addressees struct {
	depts, communes, towns int
}

func addresseesOf(units []app.Unit) addressees {
	var a addressees
	for _, u := range units {
		switch u.Kind {
		case app.UnitCommune:
			a.communes++
		case app.UnitTown:
			a.towns++
		default:
			a.depts++
		}
	}
	return a
}

func (a addressees) locals() int { return a.communes + a.towns }
func (a addressees) total() int  { return a.depts + a.locals() }

// heads is whom the letter asks: «Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn»,
// «Thủ trưởng cơ quan, đơn vị», «Chủ tịch UBND xã», …
func (a addressees) heads() string {
	var parts []string
	switch {
	case a.depts == 1:
		parts = append(parts, "Thủ trưởng cơ quan, đơn vị")
	case a.depts > 1:
		parts = append(parts, "Thủ trưởng các cơ quan, đơn vị")
	}
	switch {
	case a.locals() == 0:
	case a.communes == 1 && a.towns == 0:
		parts = append(parts, "Chủ tịch UBND xã")
	case a.towns == 1 && a.communes == 0:
		parts = append(parts, "Chủ tịch UBND thị trấn")
	case a.towns == 0:
		parts = append(parts, "Chủ tịch UBND các xã")
	case a.communes == 0:
		parts = append(parts, "Chủ tịch UBND các thị trấn")
	default:
		parts = append(parts, "Chủ tịch UBND các xã, thị trấn")
	}
	if len(parts) == 0 {
		return "Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn"
	}
	return strings.Join(parts, ", ")
}

// bodies is what the addressees are called as a group, without the count: «các cơ quan, đơn vị»,
// «địa phương», «các cơ quan, đơn vị, địa phương».
func (a addressees) bodies() string {
	plural := a.total() != 1
	var w string
	switch {
	case a.locals() == 0:
		w = "cơ quan, đơn vị"
	case a.depts == 0:
		w = "địa phương"
	default:
		w = "cơ quan, đơn vị, địa phương"
	}
	if plural {
		return "các " + w
	}
	return w
}

// counted is «02 cơ quan, đơn vị, địa phương», or for one unit «cơ quan, đơn vị» / «địa phương».
func (a addressees) counted() string {
	if a.total() == 1 {
		return a.bodies()
	}
	return fmt.Sprintf("%02d %s", a.total(), strings.TrimPrefix(a.bodies(), "các "))
}

// properName is a campaign's name as the proper noun it is: «Phong trào thi đua cải cách hành chính
// năm 2024» even when typed «phong trào …».
func properName(name string) string {
	r := []rune(viet.Normalize(name))
	if len(r) == 0 {
		return ""
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}
