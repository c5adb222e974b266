-- 0015: sáng kiến from registration to district recognition (TT 18/2013 Phụ lục I; Bắc Trà My's practice).
-- The council and the rubric stay in council_member and rubric_item (0001).

-- The parts of the registration form not in 0001; content (0001) holds the steps of the solution,
-- applicability (0001) the conditions to apply it.
ALTER TABLE initiative ADD COLUMN field_other TEXT NOT NULL DEFAULT '';
ALTER TABLE initiative ADD COLUMN purpose     TEXT NOT NULL DEFAULT '';
ALTER TABLE initiative ADD COLUMN novelty     TEXT NOT NULL DEFAULT '';
ALTER TABLE initiative ADD COLUMN first_users TEXT NOT NULL DEFAULT '';

-- Authors outside the staff registry, as typed (initiative_author keeps the registry's people).
CREATE TABLE initiative_author_typed (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    full_name      TEXT    NOT NULL CHECK (full_name <> ''),
    name_key       TEXT    NOT NULL,
    share_pct      INTEGER NOT NULL CHECK (share_pct BETWEEN 1 AND 100),
    UNIQUE (initiative_id, name_key)
);
CREATE INDEX initiative_author_typed_initiative ON initiative_author_typed (initiative_id);

-- Attachments of a registration, kept in the file and identified by their SHA-256.
CREATE TABLE initiative_attachment (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    file_name      TEXT    NOT NULL CHECK (file_name <> ''),
    sha256         TEXT    NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size           INTEGER NOT NULL CHECK (size >= 0),
    body           BLOB    NOT NULL,
    added_at       TEXT    NOT NULL,
    UNIQUE (initiative_id, sha256)
);

-- Every step taken, with its date and reference (decision or letter number) and, for a refusal,
-- the reason.
CREATE TABLE initiative_step (
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    step           TEXT    NOT NULL CHECK (step IN ('registered', 'base_recognised', 'district_proposed', 'council',
                                                    'district_recognised', 'rejected', 'province_proposed')),
    on_date        TEXT    NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ref            TEXT    NOT NULL DEFAULT '',
    note           TEXT    NOT NULL DEFAULT '',
    seq            INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, step)
);

-- A typed council member's unit (a registry member's unit is the person's).
ALTER TABLE council_member ADD COLUMN unit_id INTEGER REFERENCES unit (id);

-- A member's sheet for an initiative: submitted once final; initiative_score holds its points.
CREATE TABLE initiative_sheet (
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    member_id      INTEGER NOT NULL REFERENCES council_member (id),
    submitted      INTEGER NOT NULL DEFAULT 0 CHECK (submitted IN (0, 1)),
    PRIMARY KEY (initiative_id, member_id)
);

-- The pass threshold and divergence limit of a campaign's council (defaults 70 and 20).
CREATE TABLE initiative_rules (
    campaign_id  INTEGER PRIMARY KEY REFERENCES campaign (id),
    threshold    INTEGER NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    divergence   INTEGER NOT NULL CHECK (divergence BETWEEN 0 AND 100)
);

-- Existing initiatives: their step from the status and recognitions, and their sheets counted
-- as submitted (they were entered as final).
INSERT INTO initiative_step (initiative_id, step, on_date, ref, seq)
    SELECT i.id, 'registered', coalesce(i.first_applied, c.year || '-01-01'), '', 1
    FROM initiative i JOIN campaign c ON c.id = i.campaign_id;
INSERT INTO initiative_step (initiative_id, step, on_date, ref, seq)
    SELECT r.initiative_id, CASE r.level WHEN 'base' THEN 'base_recognised' WHEN 'district' THEN 'district_recognised'
        ELSE 'province_proposed' END, coalesce(r.decision_date, s.on_date), r.decision_no,
        CASE r.level WHEN 'base' THEN 2 WHEN 'district' THEN 5 ELSE 6 END
    FROM initiative_recognition r JOIN initiative_step s ON s.initiative_id = r.initiative_id AND s.step = 'registered'
    WHERE coalesce(r.decision_date, s.on_date) >= s.on_date;
INSERT INTO initiative_sheet (initiative_id, member_id, submitted)
    SELECT DISTINCT initiative_id, member_id, 1 FROM initiative_score;
