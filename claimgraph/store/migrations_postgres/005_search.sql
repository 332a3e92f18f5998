-- Full-text search in PostgreSQL's own terms: where SQLite keeps FTS5 tables filled by triggers, PostgreSQL indexes
-- the words of the tables themselves (GIN over tsvector), so linking writes nothing more for search. Linked claims
-- and the claims that mention them are searched in English (stemmed: "ship" finds "shipped"); names word by word.
CREATE INDEX linked_claims_words ON linked_claims USING GIN (to_tsvector('english', text));
CREATE INDEX claims_words ON claims USING GIN (to_tsvector('english', text));
CREATE INDEX entity_identities_words ON entity_identities USING GIN (to_tsvector('simple', name));
CREATE INDEX entity_identity_names_words ON entity_identity_names USING GIN (to_tsvector('simple', name_key));
