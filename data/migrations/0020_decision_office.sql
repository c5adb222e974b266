-- The office's names a decision prints (agency, place, symbol…), kept with each decision when it is
-- issued, so that changing them in Cài đặt never alters an issued decision. Decisions issued before
-- this migration keep the values in force now: the best known record of what they were issued with.
CREATE TABLE decision_setting (
    decision_id  INTEGER NOT NULL REFERENCES decision (id),
    key          TEXT    NOT NULL,
    value        TEXT    NOT NULL,
    PRIMARY KEY (decision_id, key)
);

INSERT INTO decision_setting (decision_id, key, value)
SELECT d.id, s.key, s.value FROM decision d JOIN setting s
WHERE d.status <> 'draft'
  AND s.key IN ('parent_agency', 'agency', 'agency_short', 'place', 'office', 'decision_symbol');
