-- 0050: the database's own identifier, drawn at random once when the file is made (or upgraded):
-- it goes into every unit workbook's id, so a workbook made by another office's program — even with
-- the same campaign and unit numbers — is not taken for one of ours.

CREATE TABLE database_identity (
    only_row  INTEGER PRIMARY KEY CHECK (only_row = 1),
    id        TEXT    NOT NULL CHECK (length(id) = 16 AND id NOT GLOB '*[^0-9a-f]*')
);

INSERT INTO database_identity (only_row, id) VALUES (1, lower(hex(randomblob(8))));
