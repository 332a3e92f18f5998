"""Incremental linking: each stored document is linked against what the store already holds, whole or not at all."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from typing import Any

from ..store.store import Store, now
from . import copies, identities
from .normalise import content_words, jaccard, name_key, wording_key

# claims further apart in publication than this are not compared: news about one event clusters in time
WINDOW_DAYS = 45
# two mentions of one event (same type, same participants) may be worded differently ("shipped" / "delivered")
EVENT_SIMILARITY = 0.25
# without an event, the wording alone must carry the match
WORDING_SIMILARITY = 0.6
# documents linked in one transaction
BATCH = 32
# roles that name a participant; time and location are compared apart
PARTICIPANT_ROLES = ("actor", "recipient", "target", "equipment", "intermediary")


def link_pending(store: Store, batch: int = BATCH) -> int:
    """Link every stored document not linked yet, oldest first; returns how many were linked."""
    pending = [row[0] for row in store.query(
        "SELECT id FROM documents WHERE id NOT IN (SELECT document FROM linked_documents) ORDER BY id")]
    for start in range(0, len(pending), batch):
        # a transaction for a few documents: a commit costs more than linking one short article
        with store.transaction() as db:
            for document in pending[start:start + batch]:
                link_one(db, document)
    return len(pending)


# the tables linking fills, in an order that keeps the foreign keys valid while they are emptied
LINK_TABLES = ("linked_claim_keys", "linked_claim_mentions", "linked_claims", "linked_documents",
               "document_entities", "entity_identity_tokens", "entity_identity_names", "entity_identities",
               "copy_buckets", "document_copies")


def unlink_all(store: Store) -> None:
    """Forget every link, so that the stored analyses are linked afresh (after the linking itself changed)."""
    with store.transaction() as db:
        for table in LINK_TABLES:
            db.execute(f"DELETE FROM {table}")


def link_document(store: Store, document: int) -> None:
    """Copy group, entity identities and claim links of one document, all or nothing."""
    with store.transaction() as db:
        link_one(db, document)


def link_one(db: sqlite3.Connection, document: int) -> None:
    """Link one document inside the caller's transaction; the linked_documents row marks it done."""
    if db.execute("SELECT 1 FROM linked_documents WHERE document = ?", (document,)).fetchone():
        return
    row = db.execute("SELECT text, published, result_json FROM documents WHERE id = ?", (document,)).fetchone()
    result = json.loads(row["result_json"])
    copies.assign_copy_group(db, document, row["text"])
    identity_of = identities.resolve(db, document, result.get("entities", []))
    link_claims(db, document, row["published"], result, identity_of)
    db.execute("INSERT INTO linked_documents (document, linked_at) VALUES (?, ?)", (document, now()))


def link_claims(db: sqlite3.Connection, document: int, published: str | None, result: dict[str, Any],
                identity_of: dict[str, int]) -> None:
    identity_by_name = {e["name"]: identity_of[e["id"]] for e in result.get("entities", []) if e["id"] in identity_of}
    events = {v["id"]: v for v in result.get("events", [])}
    times = {t["id"]: t.get("value") for t in result.get("times", [])}
    mentions = [(identity_of[e["id"]], m["start"], m["end"]) for e in result.get("entities", [])
                if e["id"] in identity_of for m in e.get("mentions", [])]
    # claims the analysis already found to be one event ("delivered ... the delivery") share a linked claim
    linked_event: dict[str, int] = {}
    for claim in result.get("claims", []):
        profile = claim_profile(claim, events.get(claim.get("event") or ""), identity_by_name, times, mentions)
        event_id = claim.get("event")
        target = linked_event.get(event_id) if event_id else None
        if target is None:
            target = best_match(db, profile, published)
        if target is None:
            target = create(db, profile, published)
        else:
            extend(db, target, profile, published)
        if event_id:
            linked_event.setdefault(event_id, target)
        # who is cited for it: what an entity's dossier lists as the claims it is a source of
        add_keys(db, target, {f"source:{i}" for i in chain_sources(result, claim.get("attribution"), identity_of)})
        db.execute("INSERT OR IGNORE INTO linked_claim_mentions (linked_claim, document, claim) VALUES (?, ?, ?)",
                   (target, document, claim["id"]))


def chain_sources(result: dict[str, Any], innermost: str | None, identity_of: dict[str, int]) -> set[int]:
    attributions = {a["id"]: a for a in result.get("attributions", [])}
    found, seen, current = set(), set(), innermost
    while current in attributions and current not in seen:
        seen.add(current)
        attribution = attributions[current]
        referred = attributions.get(attribution.get("refers_to") or "") or attribution
        if referred.get("source_entity") in identity_of:
            found.add(identity_of[referred["source_entity"]])
        current = attribution.get("parent")
    return found


def claim_profile(claim: dict[str, Any], event: dict[str, Any] | None, identity_by_name: dict[str, int],
                  times: dict[str, str | None], mentions: list[tuple[int, int, int]]) -> dict[str, Any]:
    """What linking compares of a claim: its event, participants, time, entities and content words."""
    span = claim["span"]
    inside = {identity for identity, start, end in mentions if start >= span["start"] and end <= span["end"]}
    roles: dict[str, Any] = {}
    time_value = None
    if event is not None:
        for role, value in (event.get("roles") or {}).items():
            if role == "time":
                time_value = times.get(value)
            elif value:
                roles[role] = identity_by_name.get(value, "words:" + name_key(str(value)))
    keys = {f"entity:{i}" for i in inside | {v for v in roles.values() if isinstance(v, int)}}
    keys.add("text:" + wording_key(span["text"]))
    return {"text": span["text"], "event_type": event["type"] if event else None, "roles": roles,
            "time_value": time_value, "tokens": content_words(span["text"]), "keys": keys}


def window(published: str | None) -> tuple[str, str] | None:
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return (day - timedelta(days=WINDOW_DAYS)).isoformat(), (day + timedelta(days=WINDOW_DAYS)).isoformat()


def best_match(db: sqlite3.Connection, profile: dict[str, Any], published: str | None) -> int | None:
    """The linked claim this claim is a mention of: candidates share an entity or the wording and fall in the
    time window (blocking), then event, participants, time and wording decide."""
    keys = sorted(profile["keys"])
    sql = (f"SELECT DISTINCT c.id, c.event_type, c.roles_json, c.time_value, c.tokens_json FROM linked_claim_keys k"
           f" JOIN linked_claims c ON c.id = k.linked_claim WHERE k.key IN ({','.join('?' * len(keys))})")
    params: list[Any] = list(keys)
    span = window(published)
    if span is not None:
        # a claim with no date is kept as a candidate: it cannot be ruled out
        sql += (" AND (c.last_published IS NULL OR c.last_published >= ?)"
                " AND (c.first_published IS NULL OR c.first_published <= ?)")
        params += list(span)
    best, best_score = None, 0.0
    for row in db.execute(sql, params).fetchall():
        candidate = {"event_type": row[1], "roles": json.loads(row[2]), "time_value": row[3],
                     "tokens": set(json.loads(row[4]))}
        score = match_score(profile, candidate)
        if score > best_score or (score == best_score and score > 0 and row[0] < best):
            best, best_score = row[0], score
    return best


def match_score(claim: dict[str, Any], linked: dict[str, Any]) -> float:
    """0 when the two cannot be one claim; otherwise higher the more they agree."""
    similarity = jaccard(claim["tokens"], linked["tokens"])
    shared = [r for r in PARTICIPANT_ROLES if r in claim["roles"] and r in linked["roles"]]
    if claim["event_type"] and linked["event_type"] and shared:
        if claim["event_type"] != linked["event_type"]:
            return 0.0
        if any(claim["roles"][r] != linked["roles"][r] for r in shared):
            return 0.0
        if not times_compatible(claim["time_value"], linked["time_value"]):
            return 0.0
        return 1.0 + similarity if similarity >= EVENT_SIMILARITY else 0.0
    if claim["event_type"] and linked["event_type"] and claim["event_type"] != linked["event_type"]:
        return 0.0
    return similarity if similarity >= WORDING_SIMILARITY else 0.0


def times_compatible(a: str | None, b: str | None) -> bool:
    """Unknown times agree with anything; "2025-02" agrees with "2025-02-14"; two days at most three days apart."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 3
    except ValueError:
        return False


def create(db: sqlite3.Connection, profile: dict[str, Any], published: str | None) -> int:
    key = db.execute(
        "INSERT INTO linked_claims (text, event_type, roles_json, time_value, tokens_json, first_published,"
        " last_published) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (profile["text"], profile["event_type"], json.dumps(profile["roles"]), profile["time_value"],
         json.dumps(sorted(profile["tokens"])), published, published)).fetchone()[0]
    add_keys(db, key, profile["keys"])
    return key


def extend(db: sqlite3.Connection, key: int, profile: dict[str, Any], published: str | None) -> None:
    """A new mention widens the linked claim's time range, and what it knows of the event, and its keys."""
    row = db.execute("SELECT event_type, roles_json, time_value, first_published, last_published FROM linked_claims"
                     " WHERE id = ?", (key,)).fetchone()
    roles = {**profile["roles"], **json.loads(row[1])} if (row[0] or profile["event_type"]) else {}
    dates = [d for d in (row[3], row[4], published) if d]
    db.execute("UPDATE linked_claims SET event_type = ?, roles_json = ?, time_value = ?, first_published = ?,"
               " last_published = ? WHERE id = ?",
               (row[0] or profile["event_type"], json.dumps(roles), row[2] or profile["time_value"],
                min(dates) if dates else None, max(dates) if dates else None, key))
    add_keys(db, key, profile["keys"])


def add_keys(db: sqlite3.Connection, key: int, keys: set[str]) -> None:
    db.executemany("INSERT OR IGNORE INTO linked_claim_keys (key, linked_claim) VALUES (?, ?)",
                   [(k, key) for k in sorted(keys)])
