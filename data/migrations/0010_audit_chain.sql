-- Tamper-evident audit log: each entry carries the SHA-256 of its content and of the previous
-- entry's hash (computed by the program: SQLite has no SHA-256). audit_head records the last entry,
-- so that a log cut short is found. Entries written before this version are chained, and issued
-- decisions sealed, by the program the first time it opens the upgraded file (audit_head empty).
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_head (
    one      INTEGER PRIMARY KEY CHECK (one = 1),
    last_id  INTEGER NOT NULL,
    hash     TEXT    NOT NULL
);
