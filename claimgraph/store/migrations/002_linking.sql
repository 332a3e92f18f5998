-- Cross-article state: copy groups (near-duplicate documents), entity identities across articles, linked claims.
-- Plain SQL (INTEGER, TEXT, BLOB, composite keys) so the same schema can be written for PostgreSQL (BLOB -> BYTEA,
-- and WITHOUT ROWID dropped: it only tells SQLite to keep a keyed table in one B-tree instead of a table plus index,
-- which halves the work of the lookups and inserts linking does for every document).

-- MinHash signature of each document's normalised text and the copy group it belongs to (its first member's id).
CREATE TABLE document_copies (
    document   INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    signature  BLOB NOT NULL,
    copy_group INTEGER NOT NULL
);
CREATE INDEX document_copies_group ON document_copies (copy_group);

-- LSH buckets: documents whose signatures agree on one band are candidate copies; looked up, never scanned.
CREATE TABLE copy_buckets (
    band     INTEGER NOT NULL,
    bucket   TEXT NOT NULL,
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, document)
) WITHOUT ROWID;

-- One identity per real-world entity across articles.
CREATE TABLE entity_identities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                     -- the canonical name: the fullest name seen first
    type TEXT
);
CREATE TABLE entity_identity_names (
    identity INTEGER NOT NULL REFERENCES entity_identities (id),
    name_key TEXT NOT NULL,                 -- a normalised name or alias
    PRIMARY KEY (name_key, identity)
) WITHOUT ROWID;
CREATE TABLE entity_identity_tokens (
    token    TEXT NOT NULL,                 -- blocking key for fuzzy name matching
    identity INTEGER NOT NULL REFERENCES entity_identities (id),
    PRIMARY KEY (token, identity)
) WITHOUT ROWID;
CREATE TABLE document_entities (
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity   TEXT NOT NULL,                 -- the entity id within the document's analysis
    identity INTEGER NOT NULL REFERENCES entity_identities (id),
    PRIMARY KEY (document, entity)
) WITHOUT ROWID;
CREATE INDEX document_entities_identity ON document_entities (identity);

-- A claim as it is made across articles, with every mention of it.
CREATE TABLE linked_claims (
    id              INTEGER PRIMARY KEY,
    text            TEXT NOT NULL,          -- the wording of its first mention
    event_type      TEXT,
    roles_json      TEXT NOT NULL,          -- {role: identity id}
    time_value      TEXT,                   -- the event's own time, when a mention gives one
    tokens_json     TEXT NOT NULL,          -- content words of the first mention, for similarity
    first_published TEXT,
    last_published  TEXT
);
CREATE INDEX linked_claims_published ON linked_claims (first_published, last_published);

CREATE TABLE linked_claim_mentions (
    linked_claim INTEGER NOT NULL REFERENCES linked_claims (id),
    document     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim        TEXT NOT NULL,
    PRIMARY KEY (document, claim)
) WITHOUT ROWID;
CREATE INDEX linked_claim_mentions_claim ON linked_claim_mentions (linked_claim);

-- Blocking keys of a linked claim: "entity:<identity>" and "text:<hash of the normalised wording>".
CREATE TABLE linked_claim_keys (
    key          TEXT NOT NULL,
    linked_claim INTEGER NOT NULL REFERENCES linked_claims (id),
    PRIMARY KEY (key, linked_claim)
) WITHOUT ROWID;

-- Documents whose copies, entities and claims have been linked; a document missing here is linked on the next run.
CREATE TABLE linked_documents (
    document  INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    linked_at TEXT NOT NULL
);
