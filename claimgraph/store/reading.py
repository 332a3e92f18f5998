"""The SQL of reading linked claims in sets: the mentions of a page of claims and what each article they are told in
holds, a few statements a page where one claim at a time cost several each (a round trip each on a server)."""
from __future__ import annotations

import json
from typing import Any, Iterable

from .linking import MAKER, marks

# the most values one statement is given: well under SQLite's limit on bound parameters
CHUNK = 500

# the parts of an analysis that reading a linked claim uses (document_readings); the rest (entities, times,
# relations) is most of its bytes and is read only where a whole analysis is shown
READING_PARTS = ("attributions", "claims", "events", "markers")


# an article's reading parts: their own row (009), else the copy 007 kept beside the analysis, else the whole analysis;
# the first found is the only one read (d.text comes before the analysis in the row, so reading it stops short of it)
READING = "COALESCE(r.reading_json, d.reading_json, d.result_json)"


def reading_json(result: dict[str, Any]) -> str:
    """The reading parts of an analysis as they are stored beside it."""
    return json.dumps({part: result.get(part, []) for part in READING_PARTS}, ensure_ascii=False)


# what reading a set of documents asks, each statement once: `{wanted}` is where the documents are named, "IN (?, ...)"
# for SQLite, "= ANY(%s)" for PostgreSQL, which sends all four at once (PostgresStore.reading_parts)
DOCUMENTS_SQL = (f"SELECT d.id, d.document_id, d.outlet, d.wire, d.published, {READING} AS reading, d.text,"
                 " c.copy_group FROM documents d LEFT JOIN document_readings r ON r.document = d.id"
                 " LEFT JOIN document_copies c ON c.document = d.id WHERE d.id {wanted}")
ATTRIBUTIONS_SQL = ("SELECT document, id, source_text, source_kind, source_count, source_entity, cue_text, parent,"
                    " refers_to FROM attributions WHERE document {wanted} ORDER BY document, id")
SOURCES_SQL = ("SELECT DISTINCT e.document, e.entity, e.identity FROM document_entities e JOIN attributions a"
               " ON a.document = e.document AND a.source_entity = e.entity WHERE e.document {wanted}"
               " ORDER BY e.document, e.entity")
DOCUMENT_KEYS_SQL = "SELECT document_id, MIN(id) FROM documents WHERE document_id {wanted} GROUP BY document_id"


def documents_read(rows: Iterable[Any], found: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Rows of DOCUMENTS_SQL as `reading_documents` gives them, added to `found`."""
    for row in rows:
        item = dict(row)
        item["result"] = json.loads(item.pop("reading"))
        found[item["id"]] = item
    return found


def attributions_read(rows: Iterable[Any], found: dict[int, dict[str, dict[str, Any]]]) -> dict[int, Any]:
    """Rows of ATTRIBUTIONS_SQL by document and id, added to `found` (which holds every document asked for)."""
    for row in rows:
        item = dict(row)
        found[item.pop("document")][item["id"]] = item
    return found


def sources_read(rows: Iterable[Any], found: dict[int, dict[str, int]]) -> dict[int, dict[str, int]]:
    """Rows of SOURCES_SQL by document and entity, added to `found` (which holds every document asked for)."""
    for document, entity, identity in rows:
        found[document][entity] = identity
    return found


def chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    values = list(values)
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


class ReadingTables:
    """Set-based reads for corroboration; mixed into `Store` (and so into the PostgreSQL store, whose connection
    translates the statements)."""

    def mentions_of_claims(self, linked_claims: Iterable[int]) -> dict[int, list[tuple[int, str]]]:
        """(document, claim id) of each mention of each linked claim, by document and claim, as `claim_mentions`
        gives them one claim at a time."""
        found: dict[int, list[tuple[int, str]]] = {key: [] for key in linked_claims}
        for part in chunks(sorted(found)):
            for row in self._db.execute(
                    f"SELECT linked_claim, document, claim FROM linked_claim_mentions WHERE linked_claim IN"
                    f" ({marks(part)}) ORDER BY linked_claim, document, claim", part):
                found[row[0]].append((row[1], row[2]))
        return found

    def reading_documents(self, keys: Iterable[int]) -> dict[int, dict[str, Any]]:
        """Stored documents by row id as `document` gives them, with the reading parts of their analysis as
        "result" (the whole analysis where a document has no reading parts stored)."""
        found: dict[int, dict[str, Any]] = {}
        for part in chunks(sorted(set(keys))):
            documents_read(self._db.execute(DOCUMENTS_SQL.format(wanted=f"IN ({marks(part)})"), part), found)
        return found

    def attributions_of_documents(self, keys: Iterable[int]) -> dict[int, dict[str, dict[str, Any]]]:
        """The attributions of each document, as `attributions` gives them, by id."""
        found: dict[int, dict[str, dict[str, Any]]] = {key: {} for key in keys}
        for part in chunks(sorted(found)):
            attributions_read(self._db.execute(ATTRIBUTIONS_SQL.format(wanted=f"IN ({marks(part)})"), part), found)
        return found

    def link_evidence_of_mentions(self, mentions: Iterable[tuple[int, str]]) -> dict[tuple[int, str], dict[str, Any]]:
        """Why each (document, claim) was linked as it was: `link_evidence_of` for those claims alone."""
        found: dict[tuple[int, str], dict[str, Any]] = {}
        for part in chunks(sorted(set(mentions))):
            values = ", ".join("(?, ?)" for _ in part)
            # joined to the pairs, so each is one lookup by the key (a row-value IN scans the table in SQLite)
            for row in self._db.execute(
                    f"WITH wanted (document, claim) AS (VALUES {values}) SELECT e.document, e.claim, e.rule, e.key"
                    f" FROM wanted w JOIN linked_claim_evidence e ON e.document = w.document AND e.claim = w.claim",
                    [value for pair in part for value in pair]):
                found[(row[0], row[1])] = {"rule": row[2], "key": row[3]}
        return found

    def source_identities_of_documents(self, keys: Iterable[int]) -> dict[int, dict[str, int]]:
        """The identities of each document's entities that are the source of one of its attributions: the part of
        `entity_identities_of` that corroboration looks up."""
        found: dict[int, dict[str, int]] = {key: {} for key in keys}
        for part in chunks(sorted(found)):
            sources_read(self._db.execute(SOURCES_SQL.format(wanted=f"IN ({marks(part)})"), part), found)
        return found

    def document_keys(self, document_ids: Iterable[str]) -> dict[str, int]:
        """`document_key` for each document id that is stored: the first row stored under it."""
        found: dict[str, int] = {}
        for part in chunks(sorted({d for d in document_ids if d is not None})):
            for row in self._db.execute(DOCUMENT_KEYS_SQL.format(wanted=f"IN ({marks(part)})"), part):
                found[row[0]] = row[1]
        return found

    def reading_parts(self, keys: Iterable[int]) -> tuple[dict[int, dict[str, Any]], dict[int, Any],
                                                            dict[int, dict[str, int]], dict[str, int]]:
        """What corroboration reads of a set of documents: the documents (`reading_documents`), their attributions,
        the identities of their sources, and the first row stored under each of their document ids."""
        keys = sorted(set(keys))
        documents = self.reading_documents(keys)
        return (documents, self.attributions_of_documents(keys), self.source_identities_of_documents(keys),
                self.document_keys(row["document_id"] for row in documents.values()))

    def copy_group_outlets(self, groups: Iterable[int]) -> dict[int, str | None]:
        """`copy_group_outlet` for each copy group: the outlet that made its earliest member that names one."""
        found: dict[int, tuple[tuple[str, int], str] | None] = {group: None for group in groups}
        for part in chunks(sorted(found)):
            for group, outlet, published, key in self._db.execute(
                    f"SELECT c.copy_group, {MAKER}, d.published, d.id FROM document_copies c JOIN documents d"
                    f" ON d.id = c.document WHERE c.copy_group IN ({marks(part)}) AND {MAKER} IS NOT NULL", part):
                order = (published if published is not None else "9999", key)
                if found[group] is None or order < found[group][0]:
                    found[group] = (order, outlet)
        return {group: best[1] if best else None for group, best in found.items()}

    def identity_names(self, identities: Iterable[int]) -> dict[int, str]:
        """`identity_name` for each identity that exists."""
        found: dict[int, str] = {}
        for part in chunks(sorted(set(identities))):
            for row in self._db.execute(f"SELECT id, name FROM entity_identities WHERE id IN ({marks(part)})", part):
                found[row[0]] = row[1]
        return found
