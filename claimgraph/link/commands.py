"""What the `claims` and `entity` commands print, as lines, so the command line stays argument handling."""
from __future__ import annotations

import json
import os
from typing import Any

from ..store.store import Store
from .corroboration import linked_claims
from .dossier import dossier, render
from .linker import link_pending


def open_linked(db: str | os.PathLike) -> Store:
    """The store with every document linked: a run killed between storing and linking is finished here."""
    store = Store.open(db, create=False)
    link_pending(store)
    return store


def claims(db: str | os.PathLike, entity: str | None = None, min_origins: int | None = None,
           single_sourced: bool = False, contradicted: bool = False, fmt: str = "jsonl") -> list[str]:
    with open_linked(db) as store:
        found = list(linked_claims(store, entity=entity, min_origins=min_origins, single_sourced=single_sourced,
                                   contradicted=contradicted))
    if fmt == "jsonl":
        return [json.dumps(c, ensure_ascii=False) for c in found]
    return [line for c in found for line in render_claim(c)]


def render_claim(claim: dict[str, Any]) -> list[str]:
    certainty = claim["certainty"] or {"label": "unknown", "value": 0}
    first = claim["first_reported"] or {}
    lines = [f"{claim['id']}  {claim['text']}",
             f"  {certainty['label']} ({certainty['value']}); {claim['articles']} article(s), "
             f"{len(claim['outlets'])} outlet(s), {claim['independent_origins']} independent origin(s)"
             + ("; single-sourced" if claim["single_sourced"] else "")
             + ("; CONTRADICTED" if claim["contradicted"] else ""),
             f"  first reported: {first.get('outlet') or first.get('document')}, {first.get('published') or 'undated'}"]
    lines += [f"  origin: {o}" for o in claim["origins"]]
    lines += [f"  contradicted by {c['outlet'] or c['document']}: {c['span']['text']}" for c in claim["contradictions"]]
    return lines + [""]


def entity(db: str | os.PathLike, name: str, fmt: str = "text") -> list[str]:
    """The dossier's lines; [] when no stored article names the entity."""
    with open_linked(db) as store:
        report = dossier(store, name)
    if report is None:
        return []
    if fmt == "json":
        return [json.dumps(report, ensure_ascii=False, indent=1)]
    return list(render(report))
