-- 0003: Vietnamese sort keys for people, so lists and searches come out of SQLite already in the
-- order offices use (given name, then whole name: app.NameCollator) and a search can stop at its
-- limit. The keys are collation bytes (golang.org/x/text/collate, Vietnamese), compared as BLOBs
-- (memcmp); Go fills them after migrating (data.refreshSortKeys) and whenever a name changes.
ALTER TABLE person ADD COLUMN sort_given BLOB;
ALTER TABLE person ADD COLUMN sort_whole BLOB;
-- Covering the search: the index holds the folded name, so a search walks only the index, in order.
CREATE INDEX person_sort ON person (sort_given, sort_whole, id, name_key);

