-- Documents and their whole analysis. Kept to plain SQL so the same schema can be written for PostgreSQL.
-- Offsets are character offsets into documents.text; `end` is a reserved word, hence start_char/end_char.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL,              -- the contract's document id
    content_hash TEXT NOT NULL UNIQUE,      -- Document.content_hash(): normalised text plus URL
    path        TEXT,
    url         TEXT,
    outlet      TEXT,
    published   TEXT,
    title       TEXT,
    text        TEXT NOT NULL,
    analysed_at TEXT NOT NULL,
    result_json TEXT NOT NULL               -- the full analysis, so nothing the tables leave out is lost
);
CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_published ON documents (published);

-- One row a document that could not be read, analysed or stored; a rerun retries it and counts the attempt.
CREATE TABLE failures (
    id           INTEGER PRIMARY KEY,
    document     TEXT NOT NULL UNIQUE,      -- its path (file:line for JSON Lines) or id
    content_hash TEXT,
    code         TEXT,
    reason       TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 1,
    at           TEXT NOT NULL
);

CREATE TABLE attributions (
    document      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    source_text   TEXT NOT NULL,            -- the source spans' words joined; '' for an unnamed source
    source_kind   TEXT,
    source_count  INTEGER,
    source_entity TEXT,
    cue_text      TEXT NOT NULL,
    content_text  TEXT NOT NULL,
    spans_json    TEXT NOT NULL,            -- {"source": [...], "cue": [...], "content": [...]} with offsets
    parent        TEXT,
    refers_to     TEXT,
    time_id       TEXT,
    PRIMARY KEY (document, id)
);

CREATE TABLE claims (
    document          INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id                TEXT NOT NULL,
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    text              TEXT NOT NULL,
    attribution       TEXT,                 -- NULL: the article's own voice
    certainty_value   INTEGER NOT NULL,
    certainty_label   TEXT NOT NULL,
    certainty_cue_json TEXT NOT NULL,
    event             TEXT,
    PRIMARY KEY (document, id)
);
CREATE INDEX claims_attribution ON claims (document, attribution);

CREATE TABLE entities (
    document  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT,
    aliases_json TEXT NOT NULL,
    category  TEXT,
    wikidata  TEXT,
    PRIMARY KEY (document, id)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE entity_mentions (
    document   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity     TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX entity_mentions_entity ON entity_mentions (document, entity);

CREATE TABLE times (
    document    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT,
    granularity TEXT,
    modifier    TEXT,
    PRIMARY KEY (document, id)
);

CREATE TABLE events (
    document        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id              TEXT NOT NULL,
    type            TEXT NOT NULL,
    mode            TEXT,
    start_char      INTEGER NOT NULL,       -- the trigger
    end_char        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    roles_json      TEXT NOT NULL,
    attribution     TEXT,
    certainty_value INTEGER,
    certainty_label TEXT,
    PRIMARY KEY (document, id)
);
CREATE INDEX events_type ON events (type);

CREATE TABLE relations (
    document   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,            -- position in the document's list
    type       TEXT NOT NULL,
    subject    TEXT,
    object     TEXT,
    start_char INTEGER NOT NULL,            -- the evidence
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (document, n)
);

CREATE TABLE markers (
    document   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    about      TEXT,
    PRIMARY KEY (document, n)
);
