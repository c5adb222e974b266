-- 0021: the period a signer holds the post (từ ngày – đến ngày), kept with the signer; an issued
-- decision keeps its own copy of the name and title, so editing a signer never alters it.
ALTER TABLE signer ADD COLUMN valid_from TEXT CHECK (valid_from IS NULL OR valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE signer ADD COLUMN valid_to   TEXT CHECK (valid_to IS NULL OR valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
