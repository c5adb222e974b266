package scoring

import (
	"sort"
	"strconv"

	"thidua/app"
)

// Children are the items directly under parent (0: the criteria of field fieldID), in order.
func Children(set app.CriteriaSet, parent, fieldID int64) []app.Criterion {
	var out []app.Criterion
	for _, c := range set.Items {
		if c.ParentID == parent && (parent != 0 || c.FieldID == fieldID) {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sort < out[j].Sort })
	return out
}

// Ordered returns the set's items in tree order — field by field, each criterion followed by its
// sub-criteria — with the codes renumbered from the position ("1.2", "1.2.3"), the sort keys made
// consecutive and every parent's maximum made the sum of its children.
func Ordered(set app.CriteriaSet) []app.Criterion {
	var out []app.Criterion
	var walk func(c app.Criterion, code string) app.Points
	walk = func(c app.Criterion, code string) app.Points {
		c.Code = code
		c.Sort = len(out) + 1
		at := len(out)
		out = append(out, c)
		kids := Children(set, c.ID, 0)
		if len(kids) == 0 {
			return c.Max
		}
		var sum app.Points
		for i, k := range kids {
			sum += walk(k, code+"."+strconv.Itoa(i+1))
		}
		out[at].Max = sum
		return sum
	}
	for _, f := range SetFields(set) {
		for i, c := range Children(set, 0, f.FieldID) {
			walk(c, strconv.Itoa(f.Number)+"."+strconv.Itoa(i+1))
		}
	}
	return out
}

// Move moves item id up (delta −1) or down (+1) among its siblings and returns the set's items in
// the new tree order (Ordered). Moving the first up or the last down changes nothing.
func Move(set app.CriteriaSet, id int64, delta int) []app.Criterion {
	var me app.Criterion
	for _, c := range set.Items {
		if c.ID == id {
			me = c
		}
	}
	sibs := Children(set, me.ParentID, me.FieldID)
	for i, s := range sibs {
		j := i + delta
		if s.ID != id || j < 0 || j >= len(sibs) {
			continue
		}
		sibs[i], sibs[j] = sibs[j], sibs[i]
		sortOf := map[int64]int{}
		for k, x := range sibs {
			sortOf[x.ID] = k + 1
		}
		items := append([]app.Criterion(nil), set.Items...)
		for k := range items {
			if n, ok := sortOf[items[k].ID]; ok {
				items[k].Sort = n
			}
		}
		set.Items = items
		break
	}
	return Ordered(set)
}

// CheckItem checks one item's own values as the editor saves them.
func CheckItem(c app.Criterion, isLeaf bool) error {
	if c.Name == "" {
		return app.FieldError("Nội dung", "Trường «Nội dung» của tiêu chí %s chưa nhập.", c.Code)
	}
	if c.Max < 0 || c.Max%Step != 0 {
		return app.FieldError("Điểm tối đa", "Điểm tối đa của tiêu chí %s phải là số không âm, theo bậc 0,25 (đang là %s).", c.Code, c.Max)
	}
	if c.FromReports && (!isLeaf || c.Survey) {
		return app.FieldError("Tính từ theo dõi báo cáo", "Tiêu chí %s không tính điểm từ theo dõi báo cáo được: chỉ một tiêu chí không có tiêu chí thành phần và không tính từ khảo sát.", c.Code)
	}
	if c.Survey && !isLeaf {
		return app.FieldError("Tính từ khảo sát", "Tiêu chí %s có tiêu chí thành phần nên không tính điểm từ khảo sát được.", c.Code)
	}
	return nil
}

// CheckSet is what scoring needs of a set: items that check, and leaves that add up to the target.
func CheckSet(set app.CriteriaSet) error {
	leaf := map[int64]bool{}
	for _, c := range Leaves(set) {
		leaf[c.ID] = true
	}
	if len(leaf) == 0 {
		return app.Errorf(app.EINVALID, "Bộ tiêu chí «%s» chưa có tiêu chí nào.", set.Name)
	}
	for _, c := range set.Items {
		if err := CheckItem(c, leaf[c.ID]); err != nil {
			return err
		}
	}
	target := set.Target
	if target == 0 {
		target = app.DefaultTarget
	}
	if m := SetMax(set); m != target {
		return app.Errorf(app.EINVALID, "Bộ tiêu chí «%s» có tổng điểm tối đa %s, phải bằng %s.", set.Name, m, target)
	}
	return nil
}

// CheckBands checks band thresholds: named, from the highest, each between 0 and 100 %, the last
// starting at 0 so that every result has a band.
func CheckBands(bands []app.Band) error {
	if len(bands) == 0 {
		return app.Errorf(app.EINVALID, "Cần ít nhất một mức xếp loại.")
	}
	for i, b := range bands {
		switch {
		case b.Name == "":
			return app.FieldError("Xếp loại", "Mức xếp loại thứ %d chưa có tên.", i+1)
		case b.MinPct < 0 || b.MinPct > 10000:
			return app.FieldError("Ngưỡng", "Ngưỡng của «%s» phải từ 0 đến 100%%.", b.Name)
		case i > 0 && b.MinPct >= bands[i-1].MinPct:
			return app.FieldError("Ngưỡng", "Ngưỡng của «%s» phải thấp hơn của «%s».", b.Name, bands[i-1].Name)
		}
	}
	if bands[len(bands)-1].MinPct != 0 {
		return app.FieldError("Ngưỡng", "Mức thấp nhất («%s») phải bắt đầu từ 0%%.", bands[len(bands)-1].Name)
	}
	return nil
}
