// Package initiatives holds the rules of sáng kiến: the registration of TT 18/2013 (authors'
// shares totalling 100%), the similarity of titles across years, the pipeline from registration to
// district recognition, and the council's scoring (rubric, score sheets, recusal, mean, pass
// threshold, divergence). Every rule is a pure function: facts in, result or *app.Error out.
package initiatives
