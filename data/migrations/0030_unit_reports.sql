-- 0030: báo cáo định kỳ của đơn vị — what each unit sent the district for each reporting period.
-- The seed: units report «định kỳ … qua Phòng Nội vụ»; the office «kiểm tra, đôn đốc». A period is
-- either a report (Quý I, 6 tháng, 9 tháng, Năm) or the unit's own launch plan («Kế hoạch phát động»),
-- which is tracked exactly like a report. Status (Đúng hạn / Trễ N ngày / Chưa báo cáo) is a rule of
-- app computed from due_date and received_on as of a date; it is never stored.

ALTER TABLE reporting_period ADD COLUMN kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('launch', 'report'));

CREATE TABLE unit_report (
    id           INTEGER PRIMARY KEY,
    period_id    INTEGER NOT NULL REFERENCES reporting_period (id),
    unit_id      INTEGER NOT NULL REFERENCES unit (id),
    received_on  TEXT    NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    doc_number   TEXT    NOT NULL DEFAULT '',
    doc_date     TEXT    CHECK (doc_date IS NULL OR doc_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- The file received (PDF/Word/Excel), copied into the evidence folder; empty when none.
    file_name    TEXT    NOT NULL DEFAULT '',
    file_path    TEXT    NOT NULL DEFAULT '',
    file_size    INTEGER NOT NULL DEFAULT 0 CHECK (file_size >= 0),
    file_sha256  TEXT    NOT NULL DEFAULT '' CHECK (file_sha256 = '' OR (length(file_sha256) = 64 AND file_sha256 NOT GLOB '*[^0-9a-f]*')),
    note         TEXT    NOT NULL DEFAULT '',
    UNIQUE (period_id, unit_id)
);
CREATE INDEX unit_report_unit ON unit_report (unit_id);
