"""An entity's dossier: who it is across articles, and every linked claim about it by certainty and origin."""
from __future__ import annotations

import json
from typing import Any, Iterator

from ..store.store import Store
from . import identities
from .corroboration import linked_claims


def dossier(store: Store, name: str) -> dict[str, Any] | None:
    """None when no stored article names the entity."""
    found = identities.lookup_party(store.connection, name)
    if not found:
        return None
    marks = ",".join("?" * len(found))
    rows = store.query(f"SELECT id, name, type FROM entity_identities WHERE id IN ({marks}) ORDER BY id", tuple(found))
    names = store.query(
        f"SELECT DISTINCT e.name, e.aliases_json FROM document_entities de JOIN entities e"
        f" ON e.document = de.document AND e.id = de.entity WHERE de.identity IN ({marks})", tuple(found))
    aliases = sorted(({n["name"] for n in names} | {a for n in names for a in json.loads(n["aliases_json"])})
                     - {rows[0]["name"]})
    documents = store.query(f"SELECT COUNT(DISTINCT document) FROM document_entities WHERE identity IN ({marks})",
                            tuple(found))[0][0]
    claims = sorted(linked_claims(store, entity=name), key=by_certainty)
    sourced = sorted(linked_claims(store, entity=name, role="source"), key=by_certainty)
    evidence = [e for identity in found for e in identities.evidence(store.connection, identity)
                if e["rule"] not in ("exact", "new")]
    return {"entity": {"name": rows[0]["name"], "type": rows[0]["type"], "aliases": aliases,
                       "names": evidence},
            "documents": documents, "claims": claims, "claims_as_source": sourced}


def by_certainty(claim: dict[str, Any]) -> tuple[Any, ...]:
    return -(claim["certainty"] or {}).get("value", 0), -claim["independent_origins"], int(claim["id"][1:])


def render(report: dict[str, Any]) -> Iterator[str]:
    """The dossier for people: claims grouped by certainty, each with its origins."""
    entity = report["entity"]
    yield f"{entity['name']} ({entity['type'] or 'entity'}), in {report['documents']} article(s)"
    if entity["aliases"]:
        yield "  also: " + ", ".join(entity["aliases"])
    for name in entity.get("names", []):
        # why a name means this entity: the rule that joined it and the article it came from
        yield f"  named \"{name['name']}\" ({name['rule']}{', ' + name['document'] if name['document'] else ''})"
    yield from render_claims(report["claims"])
    if report["claims_as_source"]:
        yield ""
        yield f"What {entity['name']} is cited as saying:"
        yield from render_claims(report["claims_as_source"])


def render_claims(claims: list[dict[str, Any]]) -> Iterator[str]:
    label = None
    for claim in claims:
        certainty = claim["certainty"] or {"label": "unknown", "value": 0}
        if certainty["label"] != label:
            label = certainty["label"]
            yield ""
            yield f"{label} ({certainty['value']}):"
        flags = [f"{claim['independent_origins']} independent origin(s)", f"{claim['articles']} article(s)"]
        if claim["contradicted"]:
            flags.append("contradicted")
        yield f"  - {claim['text']}  [{'; '.join(flags)}]"
        for origin in claim["origins"]:
            yield f"      origin: {origin}"
        first = claim["first_reported"]
        if first:
            yield f"      first reported: {first['outlet'] or first['document']}, {first['published'] or 'undated'}"
        for contradiction in claim["contradictions"]:
            where = contradiction["outlet"] or contradiction["document"]
            yield f"      contradicted: {contradiction['span']['text']} ({where})"
