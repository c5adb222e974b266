-- 0031: the workbook each unit gets and sends back (sổ của đơn vị), and the «Chế độ báo cáo»
-- criterion. A submission records one return of a workbook: which unit and campaign, the
-- workbook's id, the period it counts for, when it was received and the file's SHA-256. The
-- proposals a return made are kept, so that a second return of the same workbook replaces them.

CREATE TABLE workbook_submission (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    unit_id      INTEGER NOT NULL REFERENCES unit (id),
    book_id      TEXT    NOT NULL CHECK (book_id <> ''),
    period_id    INTEGER REFERENCES reporting_period (id),
    received_on  TEXT    NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    file_name    TEXT    NOT NULL DEFAULT '',
    file_sha256  TEXT    NOT NULL DEFAULT '',
    imported_at  TEXT    NOT NULL,
    summary      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX workbook_submission_book ON workbook_submission (book_id);

CREATE TABLE workbook_proposal (
    submission_id  INTEGER NOT NULL REFERENCES workbook_submission (id),
    proposal_id    INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    PRIMARY KEY (submission_id, proposal_id)
);

-- «Chế độ báo cáo»: the item's points come from the report tracking (on time, late, missing).
ALTER TABLE criterion ADD COLUMN from_reports INTEGER NOT NULL DEFAULT 0 CHECK (from_reports IN (0, 1));
