"""Corroboration of linked claims: who reported each, through whom, how many independent origins stand behind it."""
from __future__ import annotations

import json
from typing import Any, Iterator

from ..store.show import UNNAMED, attribution_chain
from ..store.store import Store
from . import identities
from .normalise import name_key

NAMED_KINDS = {"outlet", "person", "organization", "government", "document", "unknown"}


class Corpus:
    """What corroboration reads of the store, each document's part loaded once."""

    def __init__(self, store: Store):
        self.store = store
        self.outlet_keys = {name_key(r[0]) for r in store.query("SELECT DISTINCT outlet FROM documents"
                                                                 " WHERE outlet IS NOT NULL")}
        self._documents: dict[int, dict[str, Any]] = {}
        self._groups: dict[int, str | None] = {}

    def document(self, key: int) -> dict[str, Any]:
        if key not in self._documents:
            row = self.store.query(
                "SELECT d.id, d.document_id, d.outlet, d.published, d.result_json, c.copy_group FROM documents d"
                " LEFT JOIN document_copies c ON c.document = d.id WHERE d.id = ?", (key,))[0]
            result = json.loads(row["result_json"])
            self._documents[key] = {
                "key": key, "id": row["document_id"], "outlet": row["outlet"], "published": row["published"],
                "copy_group": row["copy_group"] if row["copy_group"] is not None else key,
                "attributions": self.store.attributions(key),
                "claims": {c["id"]: c for c in result.get("claims", [])},
                "denied": {m.get("about") for m in result.get("markers", []) if m.get("kind") == "denial"},
                "source_identity": {r[0]: r[1] for r in self.store.query(
                    "SELECT entity, identity FROM document_entities WHERE document = ?", (key,))},
            }
        return self._documents[key]

    def group_outlet(self, group: int) -> str | None:
        """A copy group speaks with the voice of its earliest member: the wire, not the papers reprinting it."""
        if group not in self._groups:
            rows = self.store.query(
                "SELECT d.outlet FROM document_copies c JOIN documents d ON d.id = c.document WHERE c.copy_group = ?"
                " AND d.outlet IS NOT NULL ORDER BY COALESCE(d.published, '9999'), d.id LIMIT 1", (group,))
            self._groups[group] = rows[0][0] if rows else None
        return self._groups[group]


def chain_of(attributions: dict[str, dict[str, Any]], innermost: str | None) -> list[dict[str, Any]]:
    """The attributions a claim reaches the reader through, outermost first."""
    chain, seen, current = [], set(), innermost
    while current is not None and current in attributions and current not in seen:
        seen.add(current)
        chain.append(attributions[current])
        current = attributions[current]["parent"]
    return chain[::-1]


def named_by(attributions: dict[str, dict[str, Any]], attribution: dict[str, Any]) -> dict[str, Any]:
    """"The officials" names nobody new: the attribution it refers back to names the source."""
    return attributions.get(attribution.get("refers_to") or "") or attribution


def is_named(attribution: dict[str, Any]) -> bool:
    return bool(attribution["source_text"]) and attribution["source_kind"] in NAMED_KINDS


def origin(corpus: Corpus, document: dict[str, Any], claim: dict[str, Any]) -> tuple[str, str]:
    """(key, name) of the innermost source: re-reports of an outlet and its unnamed sources collapse to the outlet,
    named people and organisations to their identity, copies to the copy group's first outlet."""
    attributions = document["attributions"]
    chain = [named_by(attributions, a) for a in chain_of(attributions, claim.get("attribution"))]
    innermost = chain[-1] if chain else None
    for depth, attribution in enumerate(reversed(chain)):
        if is_named(attribution):
            key, name = source_key(corpus, document, attribution)
            if depth == 0:
                return key, name
            return key, f"{innermost['source_text'] or UNNAMED} (via {name})"
    outlet = corpus.group_outlet(document["copy_group"]) or document["outlet"]
    key = f"outlet:{name_key(outlet)}" if outlet else f"copy:{document['copy_group']}"
    name = outlet or f"document {document['id']}"
    if innermost is not None:
        return key, f"{innermost['source_text'] or UNNAMED} (via {name})"
    return key, name


def source_key(corpus: Corpus, document: dict[str, Any], attribution: dict[str, Any]) -> tuple[str, str]:
    name = attribution["source_text"]
    key = name_key(name)
    if key in corpus.outlet_keys or attribution["source_kind"] == "outlet":
        return f"outlet:{key}", strip_article(name)
    identity = document["source_identity"].get(attribution.get("source_entity") or "")
    if identity is None:
        found = identities.lookup(corpus.store.connection, name)
        identity = found[0] if len(found) == 1 else None
    if identity is not None:
        canonical = corpus.store.query("SELECT name FROM entity_identities WHERE id = ?", (identity,))[0][0]
        return f"entity:{identity}", canonical
    return f"name:{key}", name


def strip_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "the" and rest else name


def negative(document: dict[str, Any], claim: dict[str, Any]) -> bool:
    """A negated report of the claim, or one given as what somebody denies."""
    if claim["certainty"]["value"] < 0:
        return True
    chain = chain_of(document["attributions"], claim.get("attribution"))
    return any(a["id"] in document["denied"] for a in chain)


def linked_claim(corpus: Corpus, row: dict[str, Any]) -> dict[str, Any]:
    """One linked claim in the contract's `claims --format jsonl` shape.

    The claim is what its first report says; a mention of the opposite polarity (negated, or denied) contradicts
    it and is listed as evidence, not counted among the articles, outlets and origins that corroborate it."""
    mentions = []
    rows = corpus.store.query("SELECT document, claim FROM linked_claim_mentions WHERE linked_claim = ?",
                              (row["id"],))
    for document_key, claim_id in rows:
        document = corpus.document(document_key)
        claim = document["claims"].get(claim_id)
        if claim is None:
            continue
        key, name = origin(corpus, document, claim)
        mentions.append({
            "document": document["id"], "outlet": document["outlet"], "published": document["published"],
            "span": claim["span"],
            "attribution_chain": attribution_chain(document["attributions"], claim.get("attribution")),
            "certainty": {"value": claim["certainty"]["value"], "label": claim["certainty"]["label"]},
            "origin": name, "negative": negative(document, claim), "copy_group": document["copy_group"],
            "_origin_key": key})
    mentions.sort(key=lambda m: (m["published"] or "9999", m["document"], m["span"]["start"]))
    polarity = mentions[0]["negative"] if mentions else False
    supporting = [m for m in mentions if m["negative"] == polarity]
    contradictions = [{"document": m["document"], "span": m["span"], "outlet": m["outlet"],
                       "published": m["published"], "attribution_chain": m["attribution_chain"]}
                      for m in mentions if m["negative"] != polarity]
    origins: dict[str, str] = {}
    for m in supporting:
        origins.setdefault(m.pop("_origin_key"), m["origin"])
    for m in mentions:
        m.pop("_origin_key", None)
    first = supporting[0] if supporting else None
    strongest = max(supporting, key=lambda m: abs(m["certainty"]["value"])) if supporting else None
    outlets = list(dict.fromkeys(m["outlet"] for m in supporting if m["outlet"]))
    return {
        "id": f"L{row['id']}",
        "text": first["span"]["text"] if first else row["text"],
        "event": event_of(corpus, row),
        "certainty": strongest["certainty"] if strongest else None,
        "mentions": mentions,
        "articles": len({m["document"] for m in supporting}),
        "outlets": outlets,
        "origins": list(origins.values()),
        "independent_origins": len(origins),
        "first_reported": ({"document": first["document"], "outlet": first["outlet"], "published": first["published"]}
                           if first else None),
        "single_sourced": len(origins) == 1,
        "contradicted": bool(contradictions),
        "contradictions": contradictions,
        "copy_groups": len({m["copy_group"] for m in supporting}),
    }


def event_of(corpus: Corpus, row: dict[str, Any]) -> dict[str, Any] | None:
    if not row["event_type"]:
        return None
    roles = {}
    for role, value in json.loads(row["roles_json"]).items():
        if isinstance(value, int):
            found = corpus.store.query("SELECT name FROM entity_identities WHERE id = ?", (value,))
            roles[role] = found[0][0] if found else None
        else:
            roles[role] = str(value).removeprefix("words:")
    return {"type": row["event_type"], "roles": roles}


def linked_claims(store: Store, entity: str | None = None, min_origins: int | None = None,
                  single_sourced: bool = False, contradicted: bool = False,
                  role: str = "entity") -> Iterator[dict[str, Any]]:
    """Every linked claim that passes the filters, the best-corroborated first.

    `entity` keeps the claims about it (role "entity") or the claims it is a named source of (role "source")."""
    corpus = Corpus(store)
    sql = "SELECT * FROM linked_claims"
    params: tuple[Any, ...] = ()
    if entity is not None:
        found = identities.lookup(store.connection, entity)
        if not found:
            return
        sql += (f" WHERE id IN (SELECT linked_claim FROM linked_claim_keys WHERE key IN"
                f" ({','.join('?' * len(found))}))")
        params = tuple(f"{role}:{i}" for i in found)
    claims = []
    for row in store.query(sql + " ORDER BY id", params):
        claim = linked_claim(corpus, dict(row))
        if not claim["mentions"]:
            continue
        if min_origins is not None and claim["independent_origins"] < min_origins:
            continue
        if single_sourced and not claim["single_sourced"]:
            continue
        if contradicted and not claim["contradicted"]:
            continue
        claims.append(claim)
    claims.sort(key=lambda c: (-c["independent_origins"], -c["articles"], c["first_reported"]["published"] or "",
                               int(c["id"][1:])))
    yield from claims
