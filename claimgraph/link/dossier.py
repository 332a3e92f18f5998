"""An entity's dossier: who it is across articles, and every linked claim about it by certainty and origin."""
from __future__ import annotations

from typing import Any

from ..store.interface import CorpusStore
from . import identities
from .corroboration import Corpus, linked_claims


def dossier(store: CorpusStore, name: str) -> dict[str, Any] | None:
    """None when no stored article names the entity."""
    found = identities.lookup_party(store, name)
    if not found:
        return None
    rows = store.identities(found)
    names = store.entity_names(found)
    aliases = sorted(({n for n, _ in names} | {a for _, known in names for a in known}) - {rows[0][1]})
    documents = store.documents_naming(found)
    # one view of the corpus for both lists: an article that tells a claim about the entity and one it is the source
    # of is read once, and the outlets are listed once
    corpus = Corpus(store)
    try:
        claims = sorted(linked_claims(store, entity=name, corpus=corpus), key=by_certainty)
        sourced = sorted(linked_claims(store, entity=name, role="source", corpus=corpus), key=by_certainty)
    finally:
        corpus.release()
    evidence = [e for identity in found for e in identities.evidence(store, identity)
                if e["rule"] not in ("exact", "new")]
    return {"entity": {"name": rows[0][1], "type": rows[0][2], "aliases": aliases,
                       "names": evidence},
            "documents": documents, "claims": claims, "claims_as_source": sourced}


def by_certainty(claim: dict[str, Any]) -> tuple[Any, ...]:
    return -(claim["certainty"] or {}).get("value", 0), -claim["independent_origins"], int(claim["id"][1:])
