-- The parts of an analysis that reading a linked claim decodes (007) in a narrow table of their own, one row an
-- article. In `documents` they came after the whole analysis, so that SQLite, to reach them, read every page of the
-- analysis's overflow chain first: about 28 KB an article for 9 KB used, most of a cold read's time on a large
-- store. Filled here for the articles stored before; their copy in `documents` is left as it is (new articles keep
-- it empty), and an article without a row here is read as before.
CREATE TABLE document_readings (
    document     INTEGER NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    reading_json TEXT NOT NULL
);
INSERT INTO document_readings (document, reading_json)
    SELECT id, reading_json FROM documents WHERE reading_json IS NOT NULL;
