-- Why linking decided what it did, so that a reader can check it: each name an identity took on, by which rule and
-- in which document; and for every claim of every document, the rule that made it part of its linked claim, or
-- left it out.
CREATE TABLE entity_identity_evidence (
    identity INTEGER NOT NULL REFERENCES entity_identities (id),
    name_key TEXT NOT NULL,                 -- the name as it was folded
    rule     TEXT NOT NULL,                 -- exact, alias, spelling, short-form, surname, possessive, demonym, ...
    document INTEGER REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (identity, name_key)
) WITHOUT ROWID;

CREATE TABLE linked_claim_evidence (
    document     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim        TEXT NOT NULL,
    linked_claim INTEGER REFERENCES linked_claims (id),   -- none for a fragment, which links to nothing
    rule         TEXT NOT NULL,              -- new, same-event, event-key, parties, wording; fragment, nominal
    key          TEXT,                       -- the event key or the wording it met on
    PRIMARY KEY (document, claim)
) WITHOUT ROWID;

-- Places named as where a government sits ("officials in <place>"), with the parties named beside them: in how many
-- sentences, and how often as a guest there ("<party>'s embassy in <place>"), which rules the party out.
CREATE TABLE place_parties (
    place_key TEXT NOT NULL,
    identity  INTEGER NOT NULL REFERENCES entity_identities (id),
    sentences INTEGER NOT NULL DEFAULT 0,
    hosted    INTEGER NOT NULL DEFAULT 0,
    seat_uses INTEGER NOT NULL DEFAULT 0,   -- times the place was named as a seat of government before this row
    PRIMARY KEY (place_key, identity)
) WITHOUT ROWID;

-- The content words of every mention of a linked claim, not only of its first: a later report that words it
-- differently is compared with all the words the claim has been told in.
ALTER TABLE linked_claims ADD COLUMN vocabulary_json TEXT;

-- The parties a linked claim names are read back from its entity keys when a new mention is compared with it.
CREATE INDEX linked_claim_keys_claim ON linked_claim_keys (linked_claim, key);

-- The outlets of the linked documents, by folded name: who reports, never a party to what is reported.
CREATE TABLE link_outlets (
    name_key TEXT PRIMARY KEY
) WITHOUT ROWID;
