"""One identity per entity across articles: exact names and aliases first, then fuzzy matching within a block."""
from __future__ import annotations

import sqlite3
from typing import Any

from rapidfuzz import fuzz

from .normalise import name_key

# spelling variants of one name ("Zelenskyy", "Zelensky") score above this; different names sharing a word do not
FUZZY_RATIO = 90
# blocks larger than this are skipped, as a search engine skips stop words: comparing against them costs the most
# and decides the least
MAX_BLOCK = 20
PREFIX = 5


def resolve(db: sqlite3.Connection, document: int, entities: list[dict[str, Any]]) -> dict[str, int]:
    """The identity of each entity of a document (entity id -> identity), creating identities for new ones."""
    found: dict[str, int] = {}
    for entity in entities:
        keys = [k for k in dict.fromkeys([name_key(entity["name"]), *map(name_key, entity.get("aliases", []))]) if k]
        if not keys:
            continue
        identity = by_name(db, keys) or by_fuzzy_name(db, keys[0], entity.get("type"))
        if identity is None:
            identity = db.execute("INSERT INTO entity_identities (name, type) VALUES (?, ?) RETURNING id",
                                  (entity["name"], entity.get("type"))).fetchone()[0]
        else:
            prefer_fuller_name(db, identity, entity["name"])
        remember(db, identity, keys)
        db.execute("INSERT OR IGNORE INTO document_entities (document, entity, identity) VALUES (?, ?, ?)",
                   (document, entity["id"], identity))
        found[entity["id"]] = identity
    return found


def by_name(db: sqlite3.Connection, keys: list[str]) -> int | None:
    marks = ",".join("?" * len(keys))
    row = db.execute(f"SELECT MIN(identity) FROM entity_identity_names WHERE name_key IN ({marks})", keys).fetchone()
    return row[0]


def by_fuzzy_name(db: sqlite3.Connection, key: str, type_: str | None) -> int | None:
    """An identity whose name is a spelling variant of this one, or a person's full name for a surname alone.

    Blocking: only identities sharing a word of the name (or its first five letters) are compared."""
    tokens = key.split()
    candidates: set[int] = set()
    for block in sorted(blocks(tokens)):
        members = [r[0] for r in db.execute("SELECT identity FROM entity_identity_tokens WHERE token = ? LIMIT ?",
                                            (block, MAX_BLOCK + 1))]
        # a word many names share ("Brigade", "Ministry") tells nothing about which name this is
        if len(members) <= MAX_BLOCK:
            candidates.update(members)
    marks = ",".join("?" * len(candidates))
    rows = db.execute(f"SELECT id, name, type FROM entity_identities WHERE id IN ({marks}) ORDER BY id",
                      sorted(candidates)).fetchall()
    surname_matches = []
    for identity, name, other_type in rows:
        other = name_key(name)
        if fuzz.ratio(key, other) >= FUZZY_RATIO and len(key) > 4:
            return identity
        # "Marsh" after "Ilka Marsh": a person is named by surname on second mention, in another article too
        if len(tokens) == 1 and other_type == "PERSON" and type_ in (None, "PERSON") and other.split()[-1] == key:
            surname_matches.append(identity)
    return surname_matches[0] if len(surname_matches) == 1 else None


def blocks(tokens: list[str]) -> set[str]:
    """Blocking keys of a name: its words, and the first five letters of its longer words, where spelling variants
    ("Zelensky", "Zelenskyy") agree."""
    return set(tokens) | {t[:PREFIX] + "*" for t in tokens if len(t) > PREFIX}


def prefer_fuller_name(db: sqlite3.Connection, identity: int, name: str) -> None:
    current = db.execute("SELECT name FROM entity_identities WHERE id = ?", (identity,)).fetchone()[0]
    if len(name_key(name).split()) > len(name_key(current).split()):
        db.execute("UPDATE entity_identities SET name = ? WHERE id = ?", (name, identity))


def remember(db: sqlite3.Connection, identity: int, keys: list[str]) -> None:
    db.executemany("INSERT OR IGNORE INTO entity_identity_names (identity, name_key) VALUES (?, ?)",
                   [(identity, k) for k in keys])
    tokens = blocks([t for k in keys for t in k.split()])
    db.executemany("INSERT OR IGNORE INTO entity_identity_tokens (token, identity) VALUES (?, ?)",
                   [(t, identity) for t in tokens])


def lookup(db: sqlite3.Connection, name: str) -> list[int]:
    """Identities a name given by a user means: exact name or alias, else the fuzzy match."""
    key = name_key(name)
    rows = db.execute("SELECT DISTINCT identity FROM entity_identity_names WHERE name_key = ?", (key,)).fetchall()
    if rows:
        return [r[0] for r in rows]
    found = by_fuzzy_name(db, key, None)
    return [found] if found is not None else []
