"""How one document and its analysis become rows: the inserts that a single write and a bulk write share."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..document import Document
from .clock import now
from .reading import reading_json


def insert_document(db: Any, document: Document, content_hash: str, result: dict[str, Any]) -> int:
    """The document's own row, with its whole analysis, and the parts that reads decode in a row of their own; its
    row id."""
    key = db.execute(
        "INSERT INTO documents (document_id, content_hash, path, url, outlet, wire, published, title, text,"
        " analysed_at, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (document.id, content_hash, document.path, document.url, document.outlet,
         document.wire["name"] if document.wire else None, document.published, document.title, document.text, now(),
         json.dumps(result, ensure_ascii=False))).fetchone()[0]
    db.execute("INSERT INTO document_readings (document, reading_json) VALUES (?, ?)", (key, reading_json(result)))
    return key


def document_name(document: Document) -> str:
    """How failures name a document: its path (file:line for JSON Lines), else its id."""
    return document.path or document.id or ""


def words(spans: list[dict[str, Any]]) -> str:
    return " ".join(s["text"] for s in spans)


def scalar(value: Any) -> Any:
    """A value SQL can hold as it is; anything richer is kept as JSON."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    return json.dumps(value, ensure_ascii=False)


def insert_attributions(db: sqlite3.Connection, key: int, result: dict[str, Any]) -> None:
    db.executemany(
        "INSERT INTO attributions (document, id, source_text, source_kind, source_count, source_entity, cue_text,"
        " content_text, spans_json, parent, refers_to, time_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(key, a["id"], words(a.get("source", [])), a.get("source_kind"), a.get("source_count"),
          a.get("source_entity"), words(a.get("cue", [])), words(a.get("content", [])),
          json.dumps({k: a.get(k, []) for k in ("source", "cue", "content")}, ensure_ascii=False),
          a.get("parent"), a.get("refers_to"), a.get("time")) for a in result.get("attributions", [])])


def insert_claims(db: sqlite3.Connection, key: int, result: dict[str, Any]) -> None:
    db.executemany(
        "INSERT INTO claims (document, id, start_char, end_char, text, attribution, certainty_value,"
        " certainty_label, certainty_cue_json, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(key, c["id"], c["span"]["start"], c["span"]["end"], c["span"]["text"], c.get("attribution"),
          c["certainty"]["value"], c["certainty"]["label"],
          json.dumps(c["certainty"].get("cue", []), ensure_ascii=False), c.get("event"))
         for c in result.get("claims", [])])


def insert_entities(db: sqlite3.Connection, key: int, result: dict[str, Any]) -> None:
    entities = result.get("entities", [])
    db.executemany(
        "INSERT INTO entities (document, id, name, type, aliases_json, category, wikidata)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(key, e["id"], e["name"], e.get("type"), json.dumps(e.get("aliases", []), ensure_ascii=False),
          scalar(e.get("category")), scalar(e.get("wikidata"))) for e in entities])
    db.executemany(
        "INSERT INTO entity_mentions (document, entity, start_char, end_char, text) VALUES (?, ?, ?, ?, ?)",
        [(key, e["id"], m["start"], m["end"], m["text"]) for e in entities for m in e.get("mentions", [])])


def insert_times(db: sqlite3.Connection, key: int, result: dict[str, Any]) -> None:
    db.executemany(
        "INSERT INTO times (document, id, start_char, end_char, text, value, end_value, granularity, modifier)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(key, t["id"], t["start"], t["end"], t["text"], t.get("value"), t.get("end_value"), t.get("granularity"),
          scalar(t.get("modifier"))) for t in result.get("times", [])])


def insert_events(db: sqlite3.Connection, key: int, result: dict[str, Any]) -> None:
    db.executemany(
        "INSERT INTO events (document, id, type, mode, start_char, end_char, text, roles_json, attribution,"
        " certainty_value, certainty_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(key, v["id"], v["type"], v.get("mode"), v["trigger"]["start"], v["trigger"]["end"], v["trigger"]["text"],
          json.dumps(v.get("roles", {}), ensure_ascii=False), v.get("attribution"),
          (v.get("certainty") or {}).get("value"), (v.get("certainty") or {}).get("label"))
         for v in result.get("events", [])])


def insert_relations(db: sqlite3.Connection, key: int, result: dict[str, Any]) -> None:
    db.executemany(
        "INSERT INTO relations (document, n, type, subject, object, start_char, end_char, text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(key, n, r["type"], scalar(r.get("subject")), scalar(r.get("object")), r["evidence"]["start"],
          r["evidence"]["end"], r["evidence"]["text"]) for n, r in enumerate(result.get("relations", []))])


def insert_markers(db: sqlite3.Connection, key: int, result: dict[str, Any]) -> None:
    db.executemany(
        "INSERT INTO markers (document, n, kind, start_char, end_char, text, about) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(key, n, m["kind"], m["span"]["start"], m["span"]["end"], m["span"]["text"], scalar(m.get("about")))
         for n, m in enumerate(result.get("markers", []))])


ANALYSIS_WRITERS = [insert_attributions, insert_claims, insert_entities, insert_times, insert_events,
                     insert_relations, insert_markers]
