-- SQLite's 007 in PostgreSQL's terms: the parts of the analysis reading needs, taken as json (not jsonb, which
-- would reorder the keys of every object).
ALTER TABLE documents ADD COLUMN reading_json TEXT COLLATE "C";
UPDATE documents SET reading_json = json_build_object(
    'attributions', COALESCE(result_json::json -> 'attributions', '[]'::json),
    'claims', COALESCE(result_json::json -> 'claims', '[]'::json),
    'events', COALESCE(result_json::json -> 'events', '[]'::json),
    'markers', COALESCE(result_json::json -> 'markers', '[]'::json))::text;
-- the outlets are listed by skipping from one to the next, each with its first article: SQLite's index on the outlet
-- holds the row id, PostgreSQL's must be told to
CREATE INDEX documents_outlet_first ON documents (outlet, id);
