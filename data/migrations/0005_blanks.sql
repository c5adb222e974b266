-- 0005: kinds of pre-printed blank (phôi): their sheet size and the scanned image the office loads to
-- place the fields on screen (the image is never printed). Field positions and the printer offset
-- are in blank_field and printer_offset (0001); a kind without rows uses app.DefaultBlankLayout.
CREATE TABLE blank_paper (
    kind    TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    page_w  REAL NOT NULL CHECK (page_w > 0),
    page_h  REAL NOT NULL CHECK (page_h > 0),
    image   BLOB,
    image_name TEXT NOT NULL DEFAULT ''
);
INSERT INTO blank_paper (kind, name, page_w, page_h) VALUES ('a4_landscape', 'Phôi Giấy khen A4 ngang', 297, 210);

-- The height of a field's box (text is shrunk to fit it); NULL: the default of app.DefaultBlankLayout.
ALTER TABLE blank_field ADD COLUMN height_mm REAL CHECK (height_mm IS NULL OR height_mm > 0);
