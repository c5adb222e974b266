-- 0006: the campaign's yearly life (phát động → chấm điểm → tổng kết), its launching document,
-- the band thresholds of the ranking, its reporting periods, and the appraisal lock per unit.
-- The old status column stays for the readers that know it: storage keeps it in step
-- ('closed' when summed up, else 'open').

ALTER TABLE campaign ADD COLUMN stage TEXT NOT NULL DEFAULT 'launched'
    CHECK (stage IN ('launched', 'scoring', 'summarised'));
ALTER TABLE campaign ADD COLUMN launch_number TEXT NOT NULL DEFAULT '';   -- "18/KH-UBND"
ALTER TABLE campaign ADD COLUMN launch_date TEXT
    CHECK (launch_date IS NULL OR launch_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE campaign ADD COLUMN launch_signer TEXT NOT NULL DEFAULT '';
-- Criteria lock once appraised scores exist; the office may unlock them (reason in the audit log).
ALTER TABLE campaign ADD COLUMN criteria_unlocked INTEGER NOT NULL DEFAULT 0 CHECK (criteria_unlocked IN (0, 1));

UPDATE campaign SET stage = 'summarised' WHERE status = 'closed';
UPDATE campaign SET stage = 'scoring' WHERE stage = 'launched' AND EXISTS (
    SELECT 1 FROM criteria_set s JOIN criterion c ON c.set_id = s.id JOIN unit_score sc ON sc.criterion_id = c.id
    WHERE s.campaign_id = campaign.id);

-- Xếp loại: the lowest percentage of each band, in hundredths of a percent (9000 = 90 %).
CREATE TABLE campaign_band (
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    sort         INTEGER NOT NULL,
    name         TEXT    NOT NULL CHECK (name <> ''),
    min_pct      INTEGER NOT NULL CHECK (min_pct BETWEEN 0 AND 10000),
    PRIMARY KEY (campaign_id, sort),
    UNIQUE (campaign_id, name)
);

-- Kỳ báo cáo: quý, 6 tháng, năm … with their deadlines.
CREATE TABLE reporting_period (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    name         TEXT    NOT NULL CHECK (name <> ''),
    due_date     TEXT    CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sort         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, name)
);

-- Khóa thẩm định: a unit's scores in a campaign are closed once appraised.
CREATE TABLE unit_lock (
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    unit_id      INTEGER NOT NULL REFERENCES unit (id),
    locked_at    TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, unit_id)
);

INSERT INTO unit_lock (campaign_id, unit_id, locked_at)
SELECT DISTINCT s.campaign_id, sc.unit_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM unit_score sc JOIN criterion c ON c.id = sc.criterion_id JOIN criteria_set s ON s.id = c.set_id
WHERE sc.locked = 1;
