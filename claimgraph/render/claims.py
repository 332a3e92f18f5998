"""Text views of linked claims for people: the `claims --format text` lines and an entity's dossier."""
from __future__ import annotations

from typing import Any, Iterator


def render_claim(claim: dict[str, Any]) -> list[str]:
    """One linked claim: its words, certainty, corroboration, first report, origins and contradictions."""
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


def render_dossier(report: dict[str, Any]) -> Iterator[str]:
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
