-- 0004: what the legal checks of proposals need, and the office's own switches.

-- Kỷ luật, or xem xét kỷ luật / điều tra / thanh tra / khiếu nại: no award meanwhile (NĐ 98/2023 Điều 4).
CREATE TABLE person_discipline (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('discipline', 'investigation')),
    warning    INTEGER NOT NULL DEFAULT 0 CHECK (warning IN (0, 1)),   -- cảnh cáo trở lên
    from_date  TEXT    NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    to_date    TEXT    CHECK (to_date IS NULL OR to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note       TEXT    NOT NULL DEFAULT '',
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX person_discipline_person ON person_discipline (person_id);

-- Xếp loại chất lượng hằng năm (Lao động tiên tiến, Chiến sĩ thi đua cơ sở look at it).
CREATE TABLE person_rating (
    person_id  INTEGER NOT NULL REFERENCES person (id),
    year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rating     TEXT    NOT NULL CHECK (rating IN ('excellent', 'good', 'done', 'not_done')),
    PRIMARY KEY (person_id, year)
);

-- Approving against a warning needs a written reason (kept here and in the audit log).
ALTER TABLE proposal ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';

-- Certificates of decisions imported from old records may leave gaps in a year's numbers.
ALTER TABLE certificate ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1));

INSERT INTO setting (key, value) VALUES
    ('cstdcs_cap_enabled', '0'),        -- optional cap of CSTĐCS over LĐTT (domain.md §1.3: unconfirmed)
    ('cstdcs_cap_pct', '15'),
    ('cstdcs_require_initiative', '0'); -- CSTĐCS needs a recognised initiative (a 2025 draft rule)
