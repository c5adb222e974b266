package data

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// LoadSample fills an empty database with the Bắc Trà My 2024 sample campaign: units and staff,
// criteria and scores, initiatives, proposals and one issued decision of Giấy khen. It is one
// transaction: on any error nothing is kept. The content is deterministic (a fixed seed).
func (d *DB) LoadSample(ctx context.Context, today time.Time) error {
	empty, err := d.IsEmpty(ctx)
	if err != nil {
		return err
	}
	if !empty {
		return app.Errorf(app.ECONFLICT, "Cơ sở dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào tệp mới.")
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("nạp dữ liệu mẫu", err)
	}
	defer tx.Rollback()
	s := &sampler{ctx: ctx, tx: tx, rnd: rand.New(rand.NewPCG(2024, 515)), today: today}
	steps := []func() error{s.addCampaign, s.addUnits, s.addPeople, s.addCriteria, s.addInitiatives, s.addProposals, s.addDecision,
		s.addInitiativePipeline, s.addScoringSample, s.addReportSample}
	for _, step := range steps {
		if err := step(); err != nil {
			return mapErr("nạp dữ liệu mẫu", err)
		}
	}
	if err := d.audit(ctx, tx, "campaign", s.campaignID, "load_sample", nil, nil); err != nil {
		return internal("nạp dữ liệu mẫu", err)
	}
	err = tx.Commit()
	d.people.invalidate()
	return mapErr("nạp dữ liệu mẫu", err)
}

type sampler struct {
	ctx        context.Context
	tx         *sql.Tx
	rnd        *rand.Rand
	today      time.Time
	campaignID int64
	units      []app.Unit
	people     map[int64][]app.Person // by unit
	used       map[string]bool
	proposals  []int64 // ids, in the order of sampleProposals
}

func (s *sampler) exec(q string, args ...any) (int64, error) {
	res, err := s.tx.ExecContext(s.ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (s *sampler) addCampaign() (err error) {
	c := app.Campaign{Year: 2024, Name: "Phong trào thi đua cải cách hành chính năm 2024",
		PlanRef: "Kế hoạch số 18/KH-UBND ngày 16/01/2024 của UBND huyện về thực hiện công tác cải cách hành chính năm 2024",
		Start:   time.Date(2024, 1, 16, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC),
		Status: app.CampaignOpen}
	s.campaignID, err = insertCampaign(s.ctx, s.tx, c)
	if err != nil {
		return err
	}
	_, err = s.exec(`INSERT INTO signer (full_name, title, sign_mode) VALUES
		('Thái Hoàng Vũ', 'Chủ tịch', 'head'), ('Nguyễn Văn Lâm', 'Phó Chủ tịch', 'deputy')`)
	return err
}

func (s *sampler) addUnits() error {
	for i, su := range sampleUnits {
		u := app.Unit{Name: su.name, ShortName: su.short, Kind: app.UnitKind(su.kind), Head: su.head, Active: true,
			Address: "Huyện Bắc Trà My, tỉnh Quảng Nam", Phone: fmt.Sprintf("0235 3882 %03d", 100+i),
			Email: fmt.Sprintf("donvi%02d@bactramy.example", i+1)}
		u.Normalize()
		if err := u.Validate(); err != nil {
			return err
		}
		if err := insertUnit(s.ctx, s.tx, &u); err != nil {
			return err
		}
		s.units = append(s.units, u)
	}
	return nil
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func (s *sampler) name(g app.Gender) string {
	for {
		var n string
		if g == app.Female {
			n = pick(s.rnd, sampleFamily) + " " + pick(s.rnd, sampleFemMiddle) + " " + pick(s.rnd, sampleFemGiven)
		} else {
			n = pick(s.rnd, sampleFamily) + " " + pick(s.rnd, sampleMaleMiddle) + " " + pick(s.rnd, sampleMaleGiven)
		}
		if !s.used[n] {
			s.used[n] = true
			return n
		}
	}
}

func (s *sampler) addPerson(p app.Person) error {
	p.Normalize()
	p.Active = true
	if err := p.Validate(s.today.Year()); err != nil {
		return err
	}
	if err := insertPerson(s.ctx, s.tx, &p); err != nil {
		return err
	}
	s.people[p.UnitID] = append(s.people[p.UnitID], p)
	return nil
}

// addPeople gives each unit its head and five or six staff; a few names are fixed so that the search
// examples of the README work on the sample ("nguyen thi hong" → Nguyễn Thị Hồng Nhung; Dũng, Dung).
func (s *sampler) addPeople() error {
	s.people = map[int64][]app.Person{}
	s.used = map[string]bool{}
	fixed := map[int][]app.Person{
		14: {{FullName: "Nguyễn Thị Hồng Nhung", Gender: app.Female, BirthYear: 1988, Position: "Chuyên viên", Category: app.CivilServant}},
		6:  {{FullName: "Trần Thị Dung", Gender: app.Female, BirthYear: 1992, Position: "Công chức Văn hóa - Xã hội", Category: app.CivilServant}},
	}
	for i, u := range s.units {
		s.used[u.Head] = true
		head, posts := s.headOf(u)
		if err := s.addPerson(head); err != nil {
			return err
		}
		for _, f := range fixed[i] {
			f.UnitID = u.ID
			s.used[f.FullName] = true
			if err := s.addPerson(f); err != nil {
				return err
			}
		}
		for _, post := range posts {
			g := app.Male
			if s.rnd.IntN(2) == 0 {
				g = app.Female
			}
			p := app.Person{FullName: s.name(g), Gender: g, BirthYear: 1968 + s.rnd.IntN(34), Position: post.position,
				Category: app.Category(post.category), UnitID: u.ID}
			if err := s.addPerson(p); err != nil {
				return err
			}
		}
	}
	// "Dũng" and "Dung" both exist: the accent-insensitive search finds both.
	p := app.Person{FullName: "Lê Văn Dũng", Gender: app.Male, BirthYear: 1985, Position: "Chuyên viên",
		Category: app.CivilServant, UnitID: s.units[16].ID}
	return s.addPerson(p)
}

var sampleFemaleHeads = map[string]bool{"Lan": true, "Hạnh": true, "Thảo": true, "Hương": true, "Mai": true}

// headOf is the head of a unit, by its kind, and the posts of its staff.
func (s *sampler) headOf(u app.Unit) (app.Person, []samplePost) {
	head := app.Person{FullName: u.Head, Gender: app.Male, BirthYear: 1970 + s.rnd.IntN(15), UnitID: u.ID, Category: app.Cadre}
	if sampleFemaleHeads[viet.GivenName(u.Head)] {
		head.Gender = app.Female
	}
	switch u.Kind {
	case app.UnitCommune:
		head.Position = "Chủ tịch UBND xã"
		return head, sampleCommunePosts[:5+s.rnd.IntN(3)]
	case app.UnitTown:
		head.Position = "Chủ tịch UBND thị trấn"
		var posts []samplePost
		for _, p := range sampleCommunePosts[:5+s.rnd.IntN(3)] {
			posts = append(posts, samplePost{strings.Replace(p.position, " xã", " thị trấn", 1), p.category})
		}
		return head, posts
	case app.UnitDepartment:
		head.Position, head.Category = "Trưởng phòng", app.CivilServant
		switch u.ShortName {
		case "Thanh tra":
			head.Position = "Chánh Thanh tra huyện"
		case "VP HĐND-UBND":
			head.Position = "Chánh Văn phòng"
		}
		return head, sampleDeptPosts
	}
	head.Position, head.Category = "Giám đốc", app.PublicEmployee
	return head, []samplePost{{"Phó Giám đốc", "public_employee"}, {"Phát thanh viên", "public_employee"}, {"Kỹ thuật viên", "public_employee"}, {"Nhân viên hợp đồng", "worker"}}
}

// addCriteria creates one set per unit kind over the six fields and scores every unit on every leaf.
func (s *sampler) addCriteria() error {
	fields, err := s.fieldIDs()
	if err != nil {
		return err
	}
	sets := map[app.UnitKind]int64{}
	for _, k := range app.UnitKinds {
		id, err := s.exec(`INSERT INTO criteria_set (campaign_id, unit_kind, name) VALUES (?, ?, ?)`, s.campaignID, k,
			"Bộ tiêu chí đánh giá cải cách hành chính năm 2024 — "+k.Label())
		if err != nil {
			return err
		}
		leaves, err := s.criteriaOf(id, fields)
		if err != nil {
			return err
		}
		sets[k] = id
		for _, u := range s.units {
			if u.Kind != k {
				continue
			}
			if err := s.score(u, leaves); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *sampler) fieldIDs() ([]int64, error) {
	rows, err := s.tx.QueryContext(s.ctx, `SELECT id FROM reform_field ORDER BY sort`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

type leaf struct {
	id  int64
	max int
}

func (s *sampler) criteriaOf(setID int64, fields []int64) ([]leaf, error) {
	var leaves []leaf
	sort := 0
	for fi, crits := range sampleCriteria {
		for ci, c := range crits {
			sort++
			code := fmt.Sprintf("%d.%d", fi+1, ci+1)
			max := c.max
			for _, sub := range c.subs {
				max += sub.max
			}
			id, err := s.exec(`INSERT INTO criterion (set_id, field_id, parent_id, code, name, max_points, sort) VALUES (?, ?, NULL, ?, ?, ?, ?)`,
				setID, fields[fi], code, c.name, max*100, sort)
			if err != nil {
				return nil, err
			}
			if len(c.subs) == 0 {
				leaves = append(leaves, leaf{id, c.max})
			}
			for si, sub := range c.subs {
				sort++
				sid, err := s.exec(`INSERT INTO criterion (set_id, field_id, parent_id, code, name, max_points, sort) VALUES (?, ?, ?, ?, ?, ?, ?)`,
					setID, fields[fi], id, fmt.Sprintf("%s.%c", code, 'a'+si), sub.name, sub.max*100, sort)
				if err != nil {
					return nil, err
				}
				leaves = append(leaves, leaf{sid, sub.max})
			}
		}
	}
	return leaves, nil
}

// score gives a unit a self score of 70–100 % of each maximum (in quarter points) and an appraised
// score at most one point lower.
func (s *sampler) score(u app.Unit, leaves []leaf) error {
	for _, l := range leaves {
		max := l.max * 100
		self := max*70/100 + s.rnd.IntN(max*30/100/25+1)*25
		appraised := self - s.rnd.IntN(5)*25
		if appraised < 0 {
			appraised = 0
		}
		if _, err := s.exec(`INSERT INTO unit_score (criterion_id, unit_id, self_points, appraised_points, locked) VALUES (?, ?, ?, ?, 1)`,
			l.id, u.ID, self, appraised); err != nil {
			return err
		}
	}
	return nil
}

func (s *sampler) addInitiatives() error {
	fields, err := s.fieldIDs()
	if err != nil {
		return err
	}
	var members, rubric []int64
	for i, m := range []struct{ name, role string }{
		{"Thái Hoàng Vũ", "Chủ tịch Hội đồng"}, {"Trần Văn Việt", "Phó Chủ tịch Hội đồng"},
		{"Phạm Minh Tuấn", "Thành viên"}, {"Lê Thị Thảo", "Thành viên"}, {"Nguyễn Thị Hạnh", "Thư ký"},
	} {
		id, err := s.exec(`INSERT INTO council_member (campaign_id, full_name, role) VALUES (?, ?, ?)`, s.campaignID, m.name, m.role)
		if err != nil {
			return err
		}
		if i < 4 {
			members = append(members, id)
		}
	}
	for i, r := range []struct {
		name string
		max  int
	}{{"Tính mới, tính sáng tạo", 30}, {"Khả năng áp dụng, nhân rộng", 30}, {"Hiệu quả, lợi ích mang lại", 40}} {
		id, err := s.exec(`INSERT INTO rubric_item (campaign_id, name, max_points, sort) VALUES (?, ?, ?, ?)`, s.campaignID, r.name, r.max, i+1)
		if err != nil {
			return err
		}
		rubric = append(rubric, id)
	}
	for n, si := range sampleInitiatives {
		if err := s.initiative(n, si, fields, members, rubric); err != nil {
			return err
		}
	}
	return nil
}

func (s *sampler) initiative(n int, si sampleInitiative, fields, members, rubric []int64) error {
	u := s.units[si.unit]
	status := "recognised"
	if si.level == "" {
		status = "reviewing"
	}
	applied := time.Date(2024, time.Month(1+n%6), 1+n, 0, 0, 0, 0, time.UTC)
	id, err := s.exec(`INSERT INTO initiative (campaign_id, title, title_key, field_id, solution_kind, unit_id, first_applied,
		known_state, content, applicability, benefits, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		s.campaignID, si.title, viet.FoldKey(si.title), fields[si.field], si.kind, u.ID, viet.ISODate(applied),
		"Trước đây công việc được thực hiện thủ công, mất nhiều thời gian đi lại của người dân.",
		"Giải pháp tổ chức lại cách làm, phân công rõ người, rõ việc, rõ thời hạn.",
		"Có thể áp dụng tại các xã, thị trấn và phòng, ban trong huyện.",
		"Rút ngắn thời gian giải quyết hồ sơ, tăng sự hài lòng của người dân.", status)
	if err != nil {
		return err
	}
	staff := s.people[u.ID]
	authors := 1 + n%3
	if authors > len(staff) {
		authors = len(staff)
	}
	shares := map[int][]int{1: {100}, 2: {60, 40}, 3: {50, 30, 20}}[authors]
	for a := 0; a < authors; a++ {
		p := staff[(n+a)%len(staff)]
		if _, err := s.exec(`INSERT INTO initiative_author (initiative_id, person_id, share_pct) VALUES (?, ?, ?)`, id, p.ID, shares[a]); err != nil {
			return err
		}
	}
	levels := map[string][]string{"base": {"base"}, "district": {"base", "district"}, "province": {"base", "district", "province"}}[si.level]
	for li, lv := range levels {
		no := map[string]string{"base": fmt.Sprintf("%02d/QĐ-%s", 10+n, "UBND"), "district": fmt.Sprintf("%d/QĐ-UBND", 2890+n), "province": fmt.Sprintf("%d/QĐ-UBND", 3120+n)}[lv]
		dt := applied.AddDate(0, 4+li*2, 0)
		if _, err := s.exec(`INSERT INTO initiative_recognition (initiative_id, level, decision_no, decision_date, scope, effectiveness) VALUES (?, ?, ?, ?, ?, ?)`,
			id, lv, no, viet.ISODate(dt), "Áp dụng trong phạm vi "+map[string]string{"base": "cơ sở", "district": "huyện", "province": "tỉnh"}[lv],
			"Có hiệu quả"); err != nil {
			return err
		}
	}
	for _, m := range members {
		for ri, r := range rubric {
			max := []int{30, 30, 40}[ri]
			if _, err := s.exec(`INSERT INTO initiative_score (initiative_id, member_id, rubric_id, points) VALUES (?, ?, ?, ?)`,
				id, m, r, max/2+s.rnd.IntN(max/2+1)); err != nil {
				return err
			}
		}
	}
	return nil
}
