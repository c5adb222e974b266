package data

import (
	"math/rand/v2"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/viet"
)

// sampleMissingHalfYear are the two units that never sent the 6-month report: whom the sample's
// công văn đôn đốc is addressed to.
var sampleMissingHalfYear = []string{"UBND xã Trà Ka", "Phòng Y tế"}

// sampleWorkbookUnit is the unit whose self-scores came back in its workbook.
const sampleWorkbookUnit = "UBND xã Trà Giác"

// addReportSample records what the units sent for the launch plan and the four reports: most on
// time, some a few days late, the two units of sampleMissingHalfYear without the 6-month report,
// and one returned workbook (its self-scores are the unit's sample scores). Its own seed.
func (s *sampler) addReportSample() error {
	rnd := rand.New(rand.NewPCG(2024, 14))
	periods, err := periodsTx(s.ctx, s.tx, s.campaignID)
	if err != nil {
		return err
	}
	missing := map[string]bool{}
	for _, n := range sampleMissingHalfYear {
		missing[n] = true
	}
	seq := map[int64]int{} // a unit's document numbers count up through the year
	for _, p := range periods {
		for _, u := range s.units {
			if p.Name == "6 tháng" && missing[u.Name] {
				continue
			}
			// about one report in six comes 1–12 days late; the others 0–6 days early
			on := p.Due.AddDate(0, 0, -rnd.IntN(7))
			if rnd.IntN(6) == 0 {
				on = p.Due.AddDate(0, 0, 1+rnd.IntN(12))
			}
			seq[u.ID] += 1 + rnd.IntN(20)
			kind := "BC"
			if p.Kind == app.PeriodLaunch {
				kind = "KH"
			}
			doc := viet.FormatFixed(int64(seq[u.ID]), 0) + "/" + kind + "-" + sampleSymbol(u)
			if _, err := s.exec(`INSERT INTO unit_report (period_id, unit_id, received_on, doc_number, doc_date) VALUES (?, ?, ?, ?, ?)`,
				p.ID, u.ID, viet.ISODate(on), doc, viet.ISODate(on.AddDate(0, 0, -1-rnd.IntN(3)))); err != nil {
				return err
			}
		}
	}
	return s.sampleSubmission(periods)
}

// sampleSymbol is the issuing part of a unit's document symbol: UBND for a commune or town, the
// initials of a department («Phòng Tư pháp» → «PTP»).
func sampleSymbol(u app.Unit) string {
	if u.Kind == app.UnitCommune || u.Kind == app.UnitTown {
		return "UBND"
	}
	var b strings.Builder
	for _, w := range strings.Fields(u.Name) {
		r := []rune(w)[0]
		if r >= 'A' && r <= 'Z' || r == 'Đ' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (s *sampler) sampleSubmission(periods []app.ReportingPeriod) error {
	var unit app.Unit
	for _, u := range s.units {
		if u.Name == sampleWorkbookUnit {
			unit = u
		}
	}
	var half app.ReportingPeriod
	for _, p := range periods {
		if p.Name == "6 tháng" {
			half = p
		}
	}
	if unit.ID == 0 || half.ID == 0 {
		return nil
	}
	var n int
	if err := s.tx.QueryRowContext(s.ctx, `SELECT count(*) FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id
		JOIN criteria_set cs ON cs.id = c.set_id WHERE cs.campaign_id = ? AND sc.unit_id = ? AND sc.self_points IS NOT NULL`,
		s.campaignID, unit.ID).Scan(&n); err != nil {
		return err
	}
	dbID, err := databaseIDTx(s.ctx, s.tx)
	if err != nil {
		return err
	}
	_, err = s.exec(`INSERT INTO workbook_submission (campaign_id, unit_id, book_id, period_id, received_on, file_name, imported_at, summary)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, s.campaignID, unit.ID, app.BookID(dbID, 2024, s.campaignID, unit.ID), half.ID, "2024-06-14",
		"So_tra_giac_2024.xlsx", time.Date(2024, 6, 14, 9, 30, 0, 0, time.UTC).Format(time.RFC3339),
		app.BookScoreSheet+": "+viet.FormatFixed(int64(n), 0)+" mới")
	return err
}
