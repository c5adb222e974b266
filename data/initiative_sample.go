package data

import (
	"fmt"
	"time"

	"thidua/app"
	"thidua/app/initiatives"
	"thidua/app/viet"
)

// The sample's initiatives at every step of the pipeline (domain.md §3.2, Bắc Trà My 2024): the
// step each of sampleInitiatives reaches, by index. The steps are written after the rest of the
// sample (addInitiativePipeline runs last and draws nothing from the random source), so that the
// people, the proposals and Quyết định 07/QĐ-UBND stay exactly as they were.
var samplePipeline = []app.InitiativeStep{
	app.StepDistrictRecognised, app.StepDistrictRecognised, app.StepDistrictRecognised, app.StepDistrictRecognised,
	app.StepDistrictProposed, app.StepDistrictRecognised, app.StepDistrictProposed, app.StepDistrictRecognised,
	app.StepRejected, app.StepCouncil, app.StepProvinceProposed, app.StepBaseRecognised,
	app.StepBaseRecognised, app.StepCouncil, app.StepRejected, app.StepBaseRecognised,
	app.StepRegistered, app.StepRegistered, app.StepCouncil, app.StepCouncil,
}

// The council meets on one day; the chairman's decision follows.
var (
	sampleCouncilDay  = time.Date(2024, 10, 15, 0, 0, 0, 0, time.UTC)
	sampleRecognised  = time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	sampleProvinceDay = time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)
)

// Totals of the four scoring members per initiative (0: no sheet yet; -1: no sheet, the member is
// recused). On initiative 7 Phạm Minh Tuấn, a member, is its author: the rules recuse him. 18 has a
// divergence (92 against 66), 19 sheets still coming in.
var sampleTotals = map[int][4]int{
	0: {88, 85, 90, 86}, 1: {82, 80, 78, 84}, 2: {90, 92, 88, 91}, 3: {76, 79, 74, 78}, 5: {84, 80, 86, 83}, 7: {78, 75, -1, 77},
	8: {62, 58, 65, 60}, 9: {74, 72, 77, 70}, 10: {94, 95, 92, 93}, 13: {80, 83, 79, 81}, 14: {55, 60, 52, 58},
	18: {92, 88, 90, 66}, 19: {81, 0, 79, 0},
}

// addInitiativePipeline rebuilds the sample's recognitions, steps and score sheets.
func (s *sampler) addInitiativePipeline() error {
	for _, q := range []string{`DELETE FROM initiative_score`, `DELETE FROM initiative_recognition`} {
		if _, err := s.exec(q); err != nil {
			return err
		}
	}
	ids, err := s.initiativeIDs()
	if err != nil {
		return err
	}
	members, rubric, err := s.councilIDs()
	if err != nil {
		return err
	}
	for n, id := range ids {
		if err := s.pipeline(n, id); err != nil {
			return err
		}
		if err := s.sheets(n, id, members, rubric); err != nil {
			return err
		}
	}
	return s.sampleCSTDCS(ids)
}

func (s *sampler) initiativeIDs() ([]int64, error) {
	rows, err := s.tx.QueryContext(s.ctx, `SELECT id FROM initiative WHERE campaign_id = ? ORDER BY id`, s.campaignID)
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

func (s *sampler) councilIDs() (members, rubric []int64, err error) {
	for _, q := range []struct {
		sql string
		out *[]int64
	}{{`SELECT id FROM council_member WHERE campaign_id = ? ORDER BY id`, &members}, {`SELECT id FROM rubric_item WHERE campaign_id = ? ORDER BY sort`, &rubric}} {
		rows, err := s.tx.QueryContext(s.ctx, q.sql, s.campaignID)
		if err != nil {
			return nil, nil, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, nil, err
			}
			*q.out = append(*q.out, id)
		}
		rows.Close()
	}
	return members, rubric, nil
}

// pipeline writes the steps of initiative n up to its target, with dates and references.
func (s *sampler) pipeline(n int, id int64) error {
	target := samplePipeline[n]
	applied := time.Date(2024, time.Month(1+n%6), 1+n, 0, 0, 0, 0, time.UTC)
	steps := []app.StepRecord{{Step: app.StepRegistered, On: applied}}
	add := func(st app.InitiativeStep, on time.Time, ref, note string) {
		steps = append(steps, app.StepRecord{Step: st, On: on, Ref: ref, Note: note})
	}
	order := map[app.InitiativeStep]int{app.StepRegistered: 0, app.StepBaseRecognised: 1, app.StepDistrictProposed: 2, app.StepCouncil: 3,
		app.StepDistrictRecognised: 4, app.StepRejected: 4, app.StepProvinceProposed: 5}
	if order[target] >= 1 {
		add(app.StepBaseRecognised, applied.AddDate(0, 2, 0), fmt.Sprintf("%02d/QĐ-UBND", 10+n), "")
	}
	if order[target] >= 2 {
		add(app.StepDistrictProposed, applied.AddDate(0, 3, 0), fmt.Sprintf("%02d/TTr-UBND", 40+n), "")
	}
	if order[target] >= 3 {
		add(app.StepCouncil, sampleCouncilDay, "Tổ thẩm định sáng kiến", "")
	}
	switch target {
	case app.StepRejected:
		add(app.StepRejected, sampleRecognised, "", "Chưa chứng minh được hiệu quả áp dụng trên địa bàn huyện")
	case app.StepDistrictRecognised, app.StepProvinceProposed:
		add(app.StepDistrictRecognised, sampleRecognised, "2890/QĐ-UBND", "")
	}
	if target == app.StepProvinceProposed {
		add(app.StepProvinceProposed, sampleProvinceDay, "125/TTr-UBND", "")
	}
	for i, st := range steps {
		if _, err := s.exec(`INSERT INTO initiative_step (initiative_id, step, on_date, ref, note, seq) VALUES (?, ?, ?, ?, ?, ?)`,
			id, st.Step, viet.ISODate(st.On), st.Ref, st.Note, i+1); err != nil {
			return err
		}
		level, scope := app.RecognitionLevel(""), ""
		switch st.Step {
		case app.StepBaseRecognised:
			level, scope = app.LevelBase, "Cấp cơ sở"
		case app.StepDistrictRecognised:
			level, scope = app.LevelDistrict, "Cấp huyện"
		}
		if level != "" {
			if _, err := s.exec(`INSERT INTO initiative_recognition (initiative_id, level, decision_no, decision_date, scope, effectiveness)
				VALUES (?, ?, ?, ?, ?, 'Có hiệu quả')`, id, level, st.Ref, viet.ISODate(st.On), scope); err != nil {
				return err
			}
		}
	}
	_, err := s.exec(`UPDATE initiative SET status = ? WHERE id = ?`, initiatives.Status(target), id)
	return err
}

// sheets writes the four scoring members' sheets of initiative n (the fifth member, the
// secretary, keeps the minutes).
func (s *sampler) sheets(n int, id int64, members, rubric []int64) error {
	totals, ok := sampleTotals[n]
	if !ok {
		return nil
	}
	for i, t := range totals {
		switch {
		case t <= 0:
			continue
		}
		if _, err := s.exec(`INSERT INTO initiative_sheet (initiative_id, member_id, submitted) VALUES (?, ?, 1)`, id, members[i]); err != nil {
			return err
		}
		a, b := t*30/100, t*30/100
		for ri, p := range []int{a, b, t - a - b} {
			if _, err := s.exec(`INSERT INTO initiative_score (initiative_id, member_id, rubric_id, points) VALUES (?, ?, ?, ?)`,
				id, members[i], rubric[ri], p); err != nil {
				return err
			}
		}
	}
	return nil
}

// sampleCSTDCS proposes for Chiến sĩ thi đua cơ sở the first author of the first initiative
// recognised at district level, rated Hoàn thành tốt nhiệm vụ and already Lao động tiên tiến
// 2024 (a decision of 20/12/2024 kept in the award history, outside the campaign): the recognised
// initiative meets Điều 23 and the check warns of nothing. The sample's older CSTĐCS proposal is
// for someone without an initiative: it warns, citing Điều 23.
func (s *sampler) sampleCSTDCS(ids []int64) error {
	var p app.Person
	var unitName string
	err := s.tx.QueryRowContext(s.ctx, `SELECT p.id, p.full_name, p.gender, p.position, p.unit_id, u.name FROM initiative_author a
		JOIN person p ON p.id = a.person_id JOIN unit u ON u.id = p.unit_id
		WHERE a.initiative_id = ? ORDER BY a.share_pct DESC LIMIT 1`, ids[0]).Scan(&p.ID, &p.FullName, &p.Gender, &p.Position, &p.UnitID, &unitName)
	if err != nil {
		return err
	}
	if _, err := s.exec(`INSERT OR REPLACE INTO person_rating (person_id, year, rating) VALUES (?, 2024, 'good')`, p.ID); err != nil {
		return err
	}
	ldttOn := time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)
	coefs, salaries, err := bonusTables(s.ctx, s.tx)
	if err != nil {
		return err
	}
	bonus, _ := app.BonusFor("ldtt", app.RecipientPerson, ldttOn, coefs, salaries)
	dec, err := s.exec(`INSERT INTO decision (number, symbol, year, signed_on, signer_name, signer_title, sign_mode, status, imported)
		VALUES (2950, 'QĐ-UBND', 2024, ?, 'Thái Hoàng Vũ', 'Chủ tịch', 'head', 'issued', 1)`, viet.ISODate(ldttOn))
	if err != nil {
		return err
	}
	if _, err := s.exec(`INSERT INTO award (decision_id, recipient_kind, person_id, recipient_name, gender, position_unit, form_code,
		achievement, bonus, sort) VALUES (?, 'person', ?, ?, ?, ?, 'ldtt', 'Hoàn thành tốt nhiệm vụ năm 2024', ?, 0)`,
		dec, p.ID, p.FullName, p.Gender, p.Position+", "+unitName, bonus); err != nil {
		return err
	}
	_, err = s.exec(`INSERT INTO proposal (campaign_id, unit_id, recipient_kind, person_id, form_code, achievement, status, reason)
		VALUES (?, ?, 'person', ?, 'cstdcs', ?, 'new', '')`, s.campaignID, p.UnitID, p.ID,
		"Hoàn thành tốt nhiệm vụ năm 2024; sáng kiến được công nhận phạm vi ảnh hưởng, hiệu quả áp dụng cấp huyện")
	return err
}
