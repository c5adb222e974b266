package docs

import (
	"context"

	"thidua/app"
)

// Sources is what gathering a decision's documents reads: the campaign, the decision with its
// awards, and the office's settings.
type Sources interface {
	app.CampaignService
	app.DecisionService
	app.OfficeSettingsService
}

// DecisionDocument gathers what a decision says, from the data, for printing.
func DecisionDocument(ctx context.Context, svc Sources, id int64) (DecisionDoc, error) {
	d, awards, s, err := decisionFacts(ctx, svc, id)
	if err != nil {
		return DecisionDoc{}, err
	}
	var c app.Campaign
	cs, err := svc.Campaigns(ctx)
	if err != nil {
		return DecisionDoc{}, err
	}
	for _, x := range cs {
		if x.ID == d.CampaignID {
			c = x
		}
	}
	return BuildDecisionDoc(d, awards, s, c), nil
}

// CertificateDocuments gathers the certificates of a decision: those of awardIDs, or all when nil.
func CertificateDocuments(ctx context.Context, svc Sources, id int64, awardIDs []int64) ([]CertificateDoc, error) {
	d, awards, s, err := decisionFacts(ctx, svc, id)
	if err != nil {
		return nil, err
	}
	if awardIDs != nil {
		want := map[int64]bool{}
		for _, a := range awardIDs {
			want[a] = true
		}
		var keep []app.Award
		for _, a := range awards {
			if want[a.ID] {
				keep = append(keep, a)
			}
		}
		awards = keep
	}
	if len(awards) == 0 {
		return nil, app.Errorf(app.EINVALID, "Không có Giấy khen nào để in.")
	}
	return BuildCertificates(d, awards, s), nil
}

func decisionFacts(ctx context.Context, svc Sources, id int64) (app.Decision, []app.Award, app.Settings, error) {
	d, err := svc.Decision(ctx, id)
	if err != nil {
		return d, nil, app.Settings{}, err
	}
	awards, err := svc.Awards(ctx, id)
	if err != nil {
		return d, nil, app.Settings{}, err
	}
	s, err := svc.DecisionSettings(ctx, id) // an issued decision prints what it was issued with
	return d, awards, s, err
}
