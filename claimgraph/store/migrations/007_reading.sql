-- What reading a linked claim needs of each article, kept beside its whole analysis: the attributions, claims,
-- events and markers of the analysis, without its entities, times and relations (most of its bytes), so that a
-- dossier or `claims --entity` decodes a few kilobytes an article instead of all of it. Filled here for the articles
-- stored before this migration; an article whose column is empty is read from its whole analysis.
ALTER TABLE documents ADD COLUMN reading_json TEXT;
UPDATE documents SET reading_json = json_object(
    'attributions', json(COALESCE(json_extract(result_json, '$.attributions'), '[]')),
    'claims', json(COALESCE(json_extract(result_json, '$.claims'), '[]')),
    'events', json(COALESCE(json_extract(result_json, '$.events'), '[]')),
    'markers', json(COALESCE(json_extract(result_json, '$.markers'), '[]')));
