-- Full-text search over the linked claims and the entities. Claims: one row a linked claim (its rowid is the
-- claim's id), holding the wording it was first told in and the words of every mention of it, so that a search finds
-- a claim by any report's wording. Triggers keep it in step with what linking writes, so linking itself never has to
-- know of it; the rows of a store linked before this migration are filled here.
CREATE VIRTUAL TABLE claim_search USING fts5(wording, mentions, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO claim_search (rowid, wording, mentions)
    SELECT l.id, l.text, COALESCE((SELECT group_concat(c.text, ' ') FROM linked_claim_mentions m
                                   JOIN claims c ON c.document = m.document AND c.id = m.claim
                                   WHERE m.linked_claim = l.id), '')
    FROM linked_claims l;

CREATE TRIGGER claim_search_claim_added AFTER INSERT ON linked_claims BEGIN
    INSERT INTO claim_search (rowid, wording, mentions) VALUES (new.id, new.text, '');
END;

CREATE TRIGGER claim_search_claim_removed AFTER DELETE ON linked_claims BEGIN
    DELETE FROM claim_search WHERE rowid = old.id;
END;

CREATE TRIGGER claim_search_claim_reworded AFTER UPDATE OF text ON linked_claims BEGIN
    UPDATE claim_search SET wording = new.text WHERE rowid = new.id;
END;

CREATE TRIGGER claim_search_mention_added AFTER INSERT ON linked_claim_mentions BEGIN
    UPDATE claim_search SET mentions = mentions || ' ' || COALESCE(
        (SELECT text FROM claims WHERE document = new.document AND id = new.claim), '')
    WHERE rowid = new.linked_claim;
END;

-- a mention that leaves (relinking, a document removed) takes its words with it: the claim's mentions are read anew
CREATE TRIGGER claim_search_mention_removed AFTER DELETE ON linked_claim_mentions BEGIN
    UPDATE claim_search SET mentions = COALESCE((SELECT group_concat(c.text, ' ') FROM linked_claim_mentions m
                                                 JOIN claims c ON c.document = m.document AND c.id = m.claim
                                                 WHERE m.linked_claim = old.linked_claim), '')
    WHERE rowid = old.linked_claim;
END;

CREATE TRIGGER claim_search_mention_moved AFTER UPDATE OF linked_claim ON linked_claim_mentions BEGIN
    UPDATE claim_search SET mentions = COALESCE((SELECT group_concat(c.text, ' ') FROM linked_claim_mentions m
                                                 JOIN claims c ON c.document = m.document AND c.id = m.claim
                                                 WHERE m.linked_claim = claim_search.rowid), '')
    WHERE rowid IN (old.linked_claim, new.linked_claim);
END;

-- The same for entities: one row an identity (its rowid is the identity's id), holding its canonical name and every
-- name it is known by, so that "calder" finds the Calder Brigade however an article named it.
CREATE VIRTUAL TABLE entity_search USING fts5(name, names, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO entity_search (rowid, name, names)
    SELECT i.id, i.name, COALESCE((SELECT group_concat(n.name_key, ' ') FROM entity_identity_names n
                                   WHERE n.identity = i.id), '')
    FROM entity_identities i;

CREATE TRIGGER entity_search_added AFTER INSERT ON entity_identities BEGIN
    INSERT INTO entity_search (rowid, name, names) VALUES (new.id, new.name, '');
END;

CREATE TRIGGER entity_search_renamed AFTER UPDATE OF name ON entity_identities BEGIN
    UPDATE entity_search SET name = new.name WHERE rowid = new.id;
END;

CREATE TRIGGER entity_search_removed AFTER DELETE ON entity_identities BEGIN
    DELETE FROM entity_search WHERE rowid = old.id;
END;

CREATE TRIGGER entity_search_name_added AFTER INSERT ON entity_identity_names BEGIN
    UPDATE entity_search SET names = names || ' ' || new.name_key WHERE rowid = new.identity;
END;

CREATE TRIGGER entity_search_name_removed AFTER DELETE ON entity_identity_names BEGIN
    UPDATE entity_search SET names = COALESCE((SELECT group_concat(n.name_key, ' ') FROM entity_identity_names n
                                               WHERE n.identity = old.identity), '')
    WHERE rowid = old.identity;
END;

CREATE TRIGGER entity_search_name_moved AFTER UPDATE OF identity ON entity_identity_names BEGIN
    UPDATE entity_search SET names = COALESCE((SELECT group_concat(n.name_key, ' ') FROM entity_identity_names n
                                               WHERE n.identity = entity_search.rowid), '')
    WHERE rowid IN (old.identity, new.identity);
END;
