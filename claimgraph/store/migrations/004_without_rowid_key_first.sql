-- A WITHOUT ROWID table keeps its primary key columns first on disk. Two tables declared their columns in another
-- order than their key, which makes the integrity check of SQLite 3.40 and earlier report false "NULL value" errors
-- on every store (later versions say ok). Both are rebuilt with the key columns first, in key order; the rows and
-- the indexes stay the same.
CREATE TABLE linked_claim_mentions_rebuilt (
    document     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim        TEXT NOT NULL,
    linked_claim INTEGER NOT NULL REFERENCES linked_claims (id),
    PRIMARY KEY (document, claim)
) WITHOUT ROWID;
INSERT INTO linked_claim_mentions_rebuilt (document, claim, linked_claim)
    SELECT document, claim, linked_claim FROM linked_claim_mentions;
DROP TABLE linked_claim_mentions;
ALTER TABLE linked_claim_mentions_rebuilt RENAME TO linked_claim_mentions;
CREATE INDEX linked_claim_mentions_claim ON linked_claim_mentions (linked_claim);

CREATE TABLE entity_identity_names_rebuilt (
    name_key TEXT NOT NULL,                 -- a normalised name or alias
    identity INTEGER NOT NULL REFERENCES entity_identities (id),
    PRIMARY KEY (name_key, identity)
) WITHOUT ROWID;
INSERT INTO entity_identity_names_rebuilt (name_key, identity) SELECT name_key, identity FROM entity_identity_names;
DROP TABLE entity_identity_names;
ALTER TABLE entity_identity_names_rebuilt RENAME TO entity_identity_names;
