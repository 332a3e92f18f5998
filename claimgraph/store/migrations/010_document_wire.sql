-- The outlet that made a reposted story (the analysis's `document.wire`), beside the site that shows it (`outlet`):
-- linking counts a repost as the wire's report, so a site reposting a wire story and a paper citing the wire are one
-- origin, not two. Filled here from the analyses stored before.
ALTER TABLE documents ADD COLUMN wire TEXT;
UPDATE documents SET wire = json_extract(result_json, '$.document.wire.name')
    WHERE result_json IS NOT NULL AND json_extract(result_json, '$.document.wire.name') IS NOT NULL;
-- few documents are reposts: the wires are listed along an index of those alone
CREATE INDEX documents_wire ON documents (wire, id) WHERE wire IS NOT NULL;
