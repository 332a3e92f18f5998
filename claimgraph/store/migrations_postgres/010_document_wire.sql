-- SQLite's 010 in PostgreSQL's terms: the reposted story's wire, read from the stored analyses with PostgreSQL's
-- json operators.
ALTER TABLE documents ADD COLUMN wire TEXT COLLATE "C";
UPDATE documents SET wire = result_json::json -> 'document' -> 'wire' ->> 'name'
    WHERE result_json IS NOT NULL AND result_json::json -> 'document' -> 'wire' ->> 'name' IS NOT NULL;
-- few documents are reposts: the wires are listed along an index of those alone
CREATE INDEX documents_wire ON documents (wire, id) WHERE wire IS NOT NULL;
