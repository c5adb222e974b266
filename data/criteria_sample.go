package data

import (
	"math/rand/v2"

	"thidua/app"
	"thidua/app/scoring"
)

// addScoringSample finishes the sample campaign for the criteria work: its launching document and
// stage, the band thresholds and reporting periods, one survey criterion (the satisfaction of
// citizens and businesses, scored from survey figures) and one item that allows «Không áp dụng».
// It runs last and draws from its own seed, so the rest of the sample stays as it was.
func (s *sampler) addScoringSample() error {
	rnd := rand.New(rand.NewPCG(2024, 11))
	// scores are given in steps of 0,25: round the generated ones to the nearest step
	if _, err := s.exec(`UPDATE unit_score SET self_points = (self_points + 12) / 25 * 25,
		appraised_points = (appraised_points + 12) / 25 * 25`); err != nil {
		return err
	}
	if _, err := s.exec(`UPDATE campaign SET stage = 'scoring', launch_number = '18/KH-UBND', launch_date = '2024-01-16',
		launch_signer = 'Thái Hoàng Vũ' WHERE id = ?`, s.campaignID); err != nil {
		return err
	}
	for i, b := range app.DefaultBands() {
		if _, err := s.exec(`INSERT INTO campaign_band (campaign_id, sort, name, min_pct) VALUES (?, ?, ?, ?)`,
			s.campaignID, i+1, b.Name, b.MinPct); err != nil {
			return err
		}
	}
	for _, p := range app.DefaultPeriods(2024) { // the launch plan and the four reports (sample_reports.go)
		if _, err := s.exec(`INSERT INTO reporting_period (campaign_id, name, due_date, sort, kind) VALUES (?, ?, ?, ?, ?)`,
			s.campaignID, p.Name, nullDate(p.Due), p.Sort, p.Kind); err != nil {
			return err
		}
	}
	if _, err := s.exec(`UPDATE criterion SET na_allowed = 1, guidance = 'Chọn «Không áp dụng» khi trong năm đơn vị không có hồ sơ trễ hạn.'
		WHERE name = 'Xin lỗi người dân khi hồ sơ trễ hạn'`); err != nil {
		return err
	}
	if _, err := s.exec(`UPDATE unit_score SET na = 1, self_points = NULL, appraised_points = NULL, note = 'Không có hồ sơ trễ hạn'
		WHERE unit_id IN (SELECT id FROM unit WHERE name = 'Phòng Dân tộc')
		AND criterion_id IN (SELECT id FROM criterion WHERE name = 'Xin lỗi người dân khi hồ sơ trễ hạn')`); err != nil {
		return err
	}
	if _, err := s.exec(`UPDATE criterion SET survey = 1,
		name = 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của bộ phận một cửa',
		guidance = 'Điểm = (số người hài lòng / số người được khảo sát) × điểm tối đa, theo phiếu khảo sát của đơn vị.'
		WHERE name = 'Thực hiện cơ chế một cửa, một cửa liên thông'`); err != nil {
		return err
	}
	return s.sampleSurveys(rnd)
}

func (s *sampler) sampleSurveys(rnd *rand.Rand) error {
	rows, err := s.tx.QueryContext(s.ctx, `SELECT sc.id, c.max_points FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id
		WHERE c.survey = 1 ORDER BY sc.id`)
	if err != nil {
		return err
	}
	type row struct {
		id  int64
		max app.Points
	}
	var rs []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.max); err != nil {
			rows.Close()
			return err
		}
		rs = append(rs, r)
	}
	rows.Close()
	for _, r := range rs {
		surveyed := 60 + rnd.IntN(240)
		satisfied := surveyed * (78 + rnd.IntN(22)) / 100
		p, err := scoring.SurveyPoints(surveyed, satisfied, r.max)
		if err != nil {
			return err
		}
		if _, err := s.exec(`UPDATE unit_score SET surveyed = ?, satisfied = ?, self_points = ?, appraised_points = ? WHERE id = ?`,
			surveyed, satisfied, p, p, r.id); err != nil {
			return err
		}
	}
	return nil
}
