package docs

import (
	"context"
	"time"

	"thidua/app"
)

// ReportFacts is what the report is gathered from.
type ReportFacts interface {
	Ranking(ctx context.Context, campaignID int64) (app.Ranking, error)
	Settings(ctx context.Context) (app.Settings, error)
	Signers(ctx context.Context) ([]app.Signer, error)
}

// RankingReport gathers the report of a campaign's ranking dated on, with the charts of every unit
// kind (charts may be nil: no pictures). The chairman serving on that day signs; without one, the
// first signer serving then.
func RankingReport(ctx context.Context, svc ReportFacts, ch app.Charts, campaignID int64, on time.Time) (ReportDoc, error) {
	r, err := svc.Ranking(ctx, campaignID)
	if err != nil {
		return ReportDoc{}, err
	}
	s, err := svc.Settings(ctx)
	if err != nil {
		return ReportDoc{}, err
	}
	signers, err := svc.Signers(ctx)
	if err != nil {
		return ReportDoc{}, err
	}
	doc := BuildReport(r, s, chooseSigner(signers, on), on)
	if ch == nil {
		return doc, nil
	}
	for _, k := range r.Kinds {
		png, err := ch.RankChart(k, r.Bands)
		if err != nil {
			return ReportDoc{}, app.Errorf(app.EINTERNAL, "Không vẽ được biểu đồ khối %s.", k.Kind.Label())
		}
		doc.Charts = append(doc.Charts, ReportChart{Title: "Biểu đồ " + itoa(len(doc.Charts)+1) + ". Tỷ lệ điểm thẩm định, khối " + lowerKind(k.Kind), PNG: png})
	}
	return doc, nil
}

// chooseSigner is who signs a document dated on: the chairman active and in the post that day,
// else the first signer active and in the post; none: zero (the block is left for the office to
// fill). A signer whose term ended before the day, or starts after it, never signs.
func chooseSigner(ss []app.Signer, on time.Time) app.Signer {
	for _, s := range ss {
		if s.ServesOn(on) && s.Mode != app.SignDeputy {
			return s
		}
	}
	for _, s := range ss {
		if s.ServesOn(on) {
			return s
		}
	}
	return app.Signer{}
}
