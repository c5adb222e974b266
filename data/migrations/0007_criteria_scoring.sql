-- 0007: what the criteria scoring needs beyond 0001: «Không áp dụng» and survey items, a set's
-- target total, survey figures and «Không áp dụng» per score, the evidence copy's path, and the
-- field «Công tác chỉ đạo, điều hành» that PAR indices add to the six reform fields where wanted.
-- It sorts after the six: the sample and older code take the first six by their order.

ALTER TABLE criterion ADD COLUMN na_allowed INTEGER NOT NULL DEFAULT 0 CHECK (na_allowed IN (0, 1));
ALTER TABLE criterion ADD COLUMN survey INTEGER NOT NULL DEFAULT 0 CHECK (survey IN (0, 1));

-- The total maximum of a set, 100 points (10000 hundredths) unless the office says otherwise.
ALTER TABLE criteria_set ADD COLUMN target INTEGER NOT NULL DEFAULT 10000 CHECK (target > 0);

ALTER TABLE unit_score ADD COLUMN na INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1));
ALTER TABLE unit_score ADD COLUMN surveyed INTEGER CHECK (surveyed IS NULL OR surveyed > 0);
ALTER TABLE unit_score ADD COLUMN satisfied INTEGER CHECK (satisfied IS NULL OR satisfied >= 0);

ALTER TABLE score_evidence ADD COLUMN path TEXT NOT NULL DEFAULT '';

INSERT INTO reform_field (code, name, sort) VALUES ('chi_dao', 'Công tác chỉ đạo, điều hành', 7);
