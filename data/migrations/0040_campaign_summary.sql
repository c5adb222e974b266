-- 0040: tổng kết — what the office keeps with a campaign for its summary: the year's fund
-- (Quỹ thi đua, khen thưởng, integer đồng; absent = not entered) and the narrative paragraphs of the
-- summary report (the figures are always counted from the data, never stored).

CREATE TABLE campaign_fund (
    campaign_id  INTEGER PRIMARY KEY REFERENCES campaign (id),
    amount       INTEGER NOT NULL CHECK (amount >= 0)
);

-- One paragraph of the report a row: part is the place in the report (see app.SummaryParts).
CREATE TABLE campaign_summary_text (
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    part         TEXT    NOT NULL CHECK (part IN ('direction', 'direction_note', 'results_note', 'awards_note',
                                                  'strengths', 'weaknesses', 'next_year')),
    text         TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, part)
);
