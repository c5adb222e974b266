-- 0001: the whole data model of Thi đua CCHC.
-- Append-only once released: a change is a new file, never an edit of this one.
-- Dates are TEXT 'YYYY-MM-DD', times RFC 3339, money INTEGER đồng, coefficients INTEGER thousandths,
-- points INTEGER hundredths. Enums are TEXT with CHECK. Names keep an accent-folded key for search.

-- Một phong trào thi đua (campaign), one per year and name.
CREATE TABLE campaign (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    name        TEXT    NOT NULL CHECK (name <> ''),
    plan_ref    TEXT    NOT NULL DEFAULT '',   -- "Kế hoạch số 18/KH-UBND ngày 16/01/2024"
    start_date  TEXT    CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date    TEXT    CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('planned', 'open', 'closed')),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    UNIQUE (year, name)
);

-- Đơn vị: xã, thị trấn, phòng/ban, khác.
CREATE TABLE unit (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    name_key    TEXT    NOT NULL,
    short_name  TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL CHECK (kind IN ('commune', 'town', 'department', 'other')),
    head        TEXT    NOT NULL DEFAULT '',
    address     TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT '',
    email       TEXT    NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX unit_name_key ON unit (name_key);

-- Cán bộ, công chức, viên chức, người hoạt động không chuyên trách, người lao động.
CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT    NOT NULL CHECK (full_name <> ''),
    name_key    TEXT    NOT NULL,
    gender      TEXT    NOT NULL CHECK (gender IN ('male', 'female')),
    birth_year  INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    position    TEXT    NOT NULL DEFAULT '',
    category    TEXT    NOT NULL CHECK (category IN ('cadre', 'civil_servant', 'public_employee', 'part_time', 'worker')),
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX person_unit ON person (unit_id);
CREATE INDEX person_name_key ON person (name_key);

-- A person's moves between units; the current unit is person.unit_id.
CREATE TABLE person_move (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person (id),
    from_unit_id  INTEGER NOT NULL REFERENCES unit (id),
    to_unit_id    INTEGER NOT NULL REFERENCES unit (id),
    moved_on      TEXT    NOT NULL CHECK (moved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note          TEXT    NOT NULL DEFAULT '',
    CHECK (from_unit_id <> to_unit_id)
);
CREATE INDEX person_move_person ON person_move (person_id);

-- The six reform fields of NQ 76/NQ-CP (2021), kept as data.
CREATE TABLE reform_field (
    id    INTEGER PRIMARY KEY,
    code  TEXT    NOT NULL UNIQUE,
    name  TEXT    NOT NULL UNIQUE,
    sort  INTEGER NOT NULL
);

-- Bộ tiêu chí: one per campaign and unit kind.
CREATE TABLE criteria_set (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    unit_kind    TEXT    NOT NULL CHECK (unit_kind IN ('commune', 'town', 'department', 'other')),
    name         TEXT    NOT NULL CHECK (name <> ''),
    UNIQUE (campaign_id, unit_kind)
);

-- Tiêu chí and tiêu chí thành phần (parent_id set). Points in hundredths.
CREATE TABLE criterion (
    id          INTEGER PRIMARY KEY,
    set_id      INTEGER NOT NULL REFERENCES criteria_set (id),
    field_id    INTEGER NOT NULL REFERENCES reform_field (id),
    parent_id   INTEGER REFERENCES criterion (id),
    code        TEXT    NOT NULL CHECK (code <> ''),   -- "2.1", "2.1.a"
    name        TEXT    NOT NULL CHECK (name <> ''),
    max_points  INTEGER NOT NULL CHECK (max_points >= 0),
    guidance    TEXT    NOT NULL DEFAULT '',
    sort        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (set_id, code)
);
CREATE INDEX criterion_parent ON criterion (parent_id);

-- A unit's score on one criterion: tự chấm (self) and thẩm định (appraised).
CREATE TABLE unit_score (
    id                INTEGER PRIMARY KEY,
    criterion_id      INTEGER NOT NULL REFERENCES criterion (id),
    unit_id           INTEGER NOT NULL REFERENCES unit (id),
    self_points       INTEGER CHECK (self_points IS NULL OR self_points >= 0),
    appraised_points  INTEGER CHECK (appraised_points IS NULL OR appraised_points >= 0),
    note              TEXT    NOT NULL DEFAULT '',
    locked            INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    UNIQUE (criterion_id, unit_id)
);
CREATE INDEX unit_score_unit ON unit_score (unit_id);

-- Tài liệu kiểm chứng: evidence files, identified by their SHA-256.
CREATE TABLE score_evidence (
    id         INTEGER PRIMARY KEY,
    score_id   INTEGER NOT NULL REFERENCES unit_score (id),
    file_name  TEXT    NOT NULL CHECK (file_name <> ''),
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size       INTEGER NOT NULL CHECK (size >= 0),
    added_at   TEXT    NOT NULL,
    UNIQUE (score_id, sha256)
);

-- Sáng kiến (NĐ 13/2012, TT 18/2013 Phụ lục I; Luật TĐKT 2022 Điều 3 k4).
CREATE TABLE initiative (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign (id),
    title           TEXT    NOT NULL CHECK (title <> ''),
    title_key       TEXT    NOT NULL,
    field_id        INTEGER REFERENCES reform_field (id),
    solution_kind   TEXT    NOT NULL CHECK (solution_kind IN ('technical', 'management', 'operational', 'applied')),
    unit_id         INTEGER NOT NULL REFERENCES unit (id),
    first_applied   TEXT    CHECK (first_applied IS NULL OR first_applied GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    known_state     TEXT    NOT NULL DEFAULT '',   -- tình trạng giải pháp đã biết
    content         TEXT    NOT NULL DEFAULT '',   -- nội dung giải pháp
    applicability   TEXT    NOT NULL DEFAULT '',   -- khả năng áp dụng
    benefits        TEXT    NOT NULL DEFAULT '',   -- hiệu quả, lợi ích
    status          TEXT    NOT NULL DEFAULT 'registered'
                    CHECK (status IN ('registered', 'submitted', 'reviewing', 'recognised', 'rejected'))
);
CREATE INDEX initiative_campaign ON initiative (campaign_id);

CREATE TABLE initiative_author (
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    person_id      INTEGER NOT NULL REFERENCES person (id),
    share_pct      INTEGER NOT NULL CHECK (share_pct BETWEEN 1 AND 100),
    PRIMARY KEY (initiative_id, person_id)
);
CREATE INDEX initiative_author_person ON initiative_author (person_id);

-- Công nhận: cơ sở, huyện (phạm vi ảnh hưởng, hiệu quả áp dụng), tỉnh.
CREATE TABLE initiative_recognition (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    level          TEXT    NOT NULL CHECK (level IN ('base', 'district', 'province')),
    decision_no    TEXT    NOT NULL DEFAULT '',
    decision_date  TEXT    CHECK (decision_date IS NULL OR decision_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    scope          TEXT    NOT NULL DEFAULT '',
    effectiveness  TEXT    NOT NULL DEFAULT '',
    UNIQUE (initiative_id, level)
);

-- Hội đồng sáng kiến / Tổ thẩm định of a campaign.
CREATE TABLE council_member (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    person_id    INTEGER REFERENCES person (id),
    full_name    TEXT    NOT NULL CHECK (full_name <> ''),
    role         TEXT    NOT NULL DEFAULT '',
    UNIQUE (campaign_id, full_name)
);

-- Phiếu chấm: the rubric of a campaign (configurable; domain.md §3.3).
CREATE TABLE rubric_item (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id),
    name         TEXT    NOT NULL CHECK (name <> ''),
    max_points   INTEGER NOT NULL CHECK (max_points > 0),
    sort         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, name)
);

CREATE TABLE initiative_score (
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    member_id      INTEGER NOT NULL REFERENCES council_member (id),
    rubric_id      INTEGER NOT NULL REFERENCES rubric_item (id),
    points         INTEGER NOT NULL CHECK (points >= 0),
    PRIMARY KEY (initiative_id, member_id, rubric_id)
);

-- A member who is an author, or close to one, does not score (recusal).
CREATE TABLE initiative_recusal (
    initiative_id  INTEGER NOT NULL REFERENCES initiative (id),
    member_id      INTEGER NOT NULL REFERENCES council_member (id),
    reason         TEXT    NOT NULL CHECK (reason <> ''),
    PRIMARY KEY (initiative_id, member_id)
);

-- ---------------------------------------------------------------- legal tables (effective-dated data)

-- Danh hiệu thi đua and hình thức khen thưởng.
CREATE TABLE award_form (
    code       TEXT    PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    kind       TEXT    NOT NULL CHECK (kind IN ('title', 'form')),     -- danh hiệu / hình thức
    recipient  TEXT    NOT NULL CHECK (recipient IN ('person', 'unit', 'both')),
    sort       INTEGER NOT NULL DEFAULT 0
);

-- Who may confer a form, and since when (Luật TĐKT 2022 Điều 80).
CREATE TABLE form_authority (
    id              INTEGER PRIMARY KEY,
    form_code       TEXT NOT NULL REFERENCES award_form (code),
    authority       TEXT NOT NULL CHECK (authority IN ('district_chair', 'commune_chair', 'province_chair', 'agency_head')),
    effective_from  TEXT NOT NULL,
    effective_to    TEXT,
    legal_ref       TEXT NOT NULL DEFAULT '',
    CHECK (effective_to IS NULL OR effective_to >= effective_from),
    UNIQUE (form_code, authority, effective_from)
);

-- Mức lương cơ sở.
CREATE TABLE base_salary (
    effective_from  TEXT    PRIMARY KEY CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    amount          INTEGER NOT NULL CHECK (amount > 0),
    legal_ref       TEXT    NOT NULL DEFAULT ''
);

-- Hệ số tiền thưởng, in thousandths of the base salary (NĐ 98/2023 Điều 54–58).
CREATE TABLE bonus_coefficient (
    id              INTEGER PRIMARY KEY,
    form_code       TEXT    NOT NULL REFERENCES award_form (code),
    recipient_kind  TEXT    NOT NULL CHECK (recipient_kind IN ('person', 'unit')),
    thousandths     INTEGER NOT NULL CHECK (thousandths >= 0),
    effective_from  TEXT    NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    legal_ref       TEXT    NOT NULL DEFAULT '',
    UNIQUE (form_code, recipient_kind, effective_from)
);

-- Căn cứ lines of each legal period.
CREATE TABLE legal_basis (
    id              INTEGER PRIMARY KEY,
    effective_from  TEXT    NOT NULL,
    effective_to    TEXT,
    sort            INTEGER NOT NULL,
    text            TEXT    NOT NULL CHECK (text <> ''),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- ---------------------------------------------------------------- awards

-- Đề nghị khen thưởng, sent by a unit for a person or a collective.
CREATE TABLE proposal (
    id                 INTEGER PRIMARY KEY,
    campaign_id        INTEGER NOT NULL REFERENCES campaign (id),
    unit_id            INTEGER NOT NULL REFERENCES unit (id),      -- the proposing unit
    recipient_kind     TEXT    NOT NULL CHECK (recipient_kind IN ('person', 'unit')),
    person_id          INTEGER REFERENCES person (id),
    recipient_unit_id  INTEGER REFERENCES unit (id),
    form_code          TEXT    NOT NULL REFERENCES award_form (code),
    achievement        TEXT    NOT NULL DEFAULT '',
    status             TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'approved', 'rejected', 'returned')),
    reason             TEXT    NOT NULL DEFAULT '',
    CHECK ((recipient_kind = 'person' AND person_id IS NOT NULL AND recipient_unit_id IS NULL)
        OR (recipient_kind = 'unit' AND recipient_unit_id IS NOT NULL AND person_id IS NULL)),
    CHECK (status NOT IN ('rejected', 'returned') OR reason <> '')
);
CREATE INDEX proposal_campaign ON proposal (campaign_id);

-- Quyết định. A draft has no number; the records office (văn thư) gives it when the decision is issued.
CREATE TABLE decision (
    id             INTEGER PRIMARY KEY,
    campaign_id    INTEGER REFERENCES campaign (id),
    number         INTEGER CHECK (number IS NULL OR number > 0),
    symbol         TEXT    NOT NULL DEFAULT 'QĐ-UBND',
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    signed_on      TEXT    NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    signer_name    TEXT    NOT NULL DEFAULT '',
    signer_title   TEXT    NOT NULL DEFAULT '',                 -- "Chủ tịch", "Phó Chủ tịch"
    sign_mode      TEXT    NOT NULL DEFAULT 'head' CHECK (sign_mode IN ('head', 'deputy')),  -- deputy = KT. Chủ tịch
    subject        TEXT    NOT NULL DEFAULT '',
    proposal_ref   TEXT    NOT NULL DEFAULT '',                 -- "Tờ trình số 45/TTr-NV ngày …"
    status         TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'revoked')),
    revoked_on     TEXT,
    revoke_reason  TEXT    NOT NULL DEFAULT '',
    imported       INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),
    CHECK (status = 'draft' OR number IS NOT NULL),
    CHECK (status <> 'revoked' OR (revoked_on IS NOT NULL AND revoke_reason <> '')),
    CHECK (CAST(substr(signed_on, 1, 4) AS INTEGER) = year),
    UNIQUE (year, symbol, number)
);

CREATE TABLE decision_basis (
    decision_id  INTEGER NOT NULL REFERENCES decision (id),
    sort         INTEGER NOT NULL,
    text         TEXT    NOT NULL CHECK (text <> ''),
    PRIMARY KEY (decision_id, sort)
);

-- Nơi nhận.
CREATE TABLE decision_recipient_line (
    decision_id  INTEGER NOT NULL REFERENCES decision (id),
    sort         INTEGER NOT NULL,
    text         TEXT    NOT NULL CHECK (text <> ''),
    PRIMARY KEY (decision_id, sort)
);

-- One award of a decision. Name, position and unit are kept as printed on the decision.
CREATE TABLE award (
    id                 INTEGER PRIMARY KEY,
    decision_id        INTEGER NOT NULL REFERENCES decision (id),
    proposal_id        INTEGER REFERENCES proposal (id),
    recipient_kind     TEXT    NOT NULL CHECK (recipient_kind IN ('person', 'unit')),
    person_id          INTEGER REFERENCES person (id),
    unit_id            INTEGER REFERENCES unit (id),
    recipient_name     TEXT    NOT NULL CHECK (recipient_name <> ''),
    gender             TEXT    CHECK (gender IS NULL OR gender IN ('male', 'female')),
    position_unit      TEXT    NOT NULL DEFAULT '',
    form_code          TEXT    NOT NULL REFERENCES award_form (code),
    achievement        TEXT    NOT NULL DEFAULT '',
    bonus              INTEGER NOT NULL CHECK (bonus >= 0),
    sort               INTEGER NOT NULL DEFAULT 0,
    CHECK ((recipient_kind = 'person' AND unit_id IS NULL) OR (recipient_kind = 'unit' AND person_id IS NULL))
);
CREATE INDEX award_decision ON award (decision_id);
CREATE INDEX award_person ON award (person_id);
CREATE INDEX award_unit ON award (unit_id);

-- Sổ vàng: gapless certificate numbers per year.
CREATE TABLE certificate (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    seq          INTEGER NOT NULL CHECK (seq > 0),
    award_id     INTEGER NOT NULL REFERENCES award (id),
    status       TEXT    NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'void')),
    void_reason  TEXT    NOT NULL DEFAULT '',
    print_count  INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
    UNIQUE (year, seq),
    CHECK (status <> 'void' OR void_reason <> '')
);
CREATE INDEX certificate_award ON certificate (award_id);

-- Each printing of a certificate; a reprint carries its reason.
CREATE TABLE certificate_print (
    id              INTEGER PRIMARY KEY,
    certificate_id  INTEGER NOT NULL REFERENCES certificate (id),
    printed_at      TEXT    NOT NULL,
    on_blank        INTEGER NOT NULL CHECK (on_blank IN (0, 1)),
    reason          TEXT    NOT NULL DEFAULT ''
);

-- ---------------------------------------------------------------- settings and audit

-- Business settings (agency names, place name …) as key/value text.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Người ký: the signers the office may choose.
CREATE TABLE signer (
    id         INTEGER PRIMARY KEY,
    full_name  TEXT    NOT NULL CHECK (full_name <> ''),
    title      TEXT    NOT NULL CHECK (title <> ''),
    sign_mode  TEXT    NOT NULL CHECK (sign_mode IN ('head', 'deputy')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (full_name, title)
);

-- Positions of the variable fields on a pre-printed blank (phôi), in mm; one row per paper kind and field.
CREATE TABLE blank_field (
    paper_kind  TEXT    NOT NULL,
    field       TEXT    NOT NULL,
    x_mm        REAL    NOT NULL,
    y_mm        REAL    NOT NULL,
    width_mm    REAL    NOT NULL CHECK (width_mm > 0),
    font_size   REAL    NOT NULL CHECK (font_size > 0),
    bold        INTEGER NOT NULL DEFAULT 0 CHECK (bold IN (0, 1)),
    align       TEXT    NOT NULL DEFAULT 'C' CHECK (align IN ('L', 'C', 'R')),
    PRIMARY KEY (paper_kind, field)
);

-- Printer offsets per paper kind (every printer feeds differently).
CREATE TABLE printer_offset (
    paper_kind  TEXT PRIMARY KEY,
    dx_mm       REAL NOT NULL DEFAULT 0,
    dy_mm       REAL NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    actor      TEXT    NOT NULL DEFAULT '',
    entity     TEXT    NOT NULL,
    entity_id  INTEGER,
    action     TEXT    NOT NULL,
    before     TEXT    NOT NULL DEFAULT '',
    after      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
