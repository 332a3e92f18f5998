"""What an analyst reads of a store: linked claims found by their words and filtered by outlet, dates, event type and
certainty; one claim with the chain of every mention; one stored article; entities by name; an entity's dossier."""
from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any, Iterable

from . import chains
from .filters import ClaimFilters
from .link import identities
from .link.corroboration import Corpus, linked_claim
from .link.dossier import dossier
from .link.normalise import name_key
from .store.interface import CorpusStore

# the orders a list of claims can be given in; "relevance" is the search's own, and corroboration without a query
SORTS = ("corroboration", "relevance", "recent", "oldest", "mentions")
CERTAINTY_LABELS = ("certain", "probable", "possible", "unknown", "possible-negative", "probable-negative",
                    "certain-negative")
_CLAIM_NUMBER = re.compile(r"^[Ll]?(\d{1,18})$")


def claim_number(claim_id: str | int) -> int | None:
    """The store's number of a linked claim named "L12" or 12; None for anything else."""
    match = _CLAIM_NUMBER.match(str(claim_id).strip())
    return int(match.group(1)) if match else None


def search_ids(store: CorpusStore, query: str) -> list[int]:
    """Linked claim ids matching a user's words, best first: the store's full-text search where it has one, else
    every word found in the claim's first wording."""
    search = getattr(store, "search_claim_ids", None)
    if search is not None:
        return search(query)
    words = [w.lower() for w in re.findall(r"\w+", query)]
    return [row["id"] for row in store.linked_claim_rows()
            if words and all(w in row["text"].lower() for w in words)]


def select_claims(store: CorpusStore, selection: ClaimFilters) -> list[dict[str, Any]]:
    """The linked claims (contract shape) that pass the selection, in its order."""
    keys = None
    if selection.entity:
        found = identities.lookup_party(store, selection.entity)
        if not found:
            return []
        keys = [f"entity:{i}" for i in found]
    rows = store.linked_claim_rows(keys)
    rank: dict[int, int] | None = None
    if selection.query and selection.query.strip():
        rank = {number: n for n, number in enumerate(search_ids(store, selection.query))}
        rows = [row for row in rows if row["id"] in rank]
    corpus = Corpus(store)
    claims = [claim for claim in (linked_claim(corpus, row) for row in rows)
              if claim["mentions"] and passes(claim, selection)]
    claims.sort(key=order(selection.sort, rank))
    return claims


def passes(claim: dict[str, Any], selection: ClaimFilters) -> bool:
    """Whether one linked claim passes the filters of a selection (the entity and the words are looked up before)."""
    if selection.min_origins is not None and claim["independent_origins"] < selection.min_origins:
        return False
    if selection.single_sourced and not claim["single_sourced"]:
        return False
    if selection.contradicted and not claim["contradicted"]:
        return False
    if selection.outlet and name_key(selection.outlet) not in {name_key(o) for o in claim["outlets"]}:
        return False
    if selection.event_type and ((claim["event"] or {}).get("type") or "").lower() != selection.event_type.lower():
        return False
    if selection.certainty and (claim["certainty"] or {}).get("label") != selection.certainty:
        return False
    if selection.since or selection.until:
        # a claim reported within the dates: one of its reports is dated inside them
        dates = [m["published"][:10] for m in claim["mentions"] if m["published"]]
        if not any((not selection.since or d >= selection.since) and (not selection.until or d <= selection.until)
                   for d in dates):
            return False
    return True


def order(sort: str, rank: dict[int, int] | None):
    """The sort key of a list of claims."""
    def first_date(claim: dict[str, Any]) -> str:
        return (claim["first_reported"] or {}).get("published") or ""

    def number(claim: dict[str, Any]) -> int:
        return int(claim["id"][1:])

    if sort == "relevance" and rank is not None:
        return lambda c: rank.get(number(c), len(rank))
    if sort == "recent":
        return lambda c: (tuple(-ord(ch) for ch in first_date(c)) or (1,), number(c))
    if sort == "oldest":
        return lambda c: (first_date(c) or "9999", number(c))
    if sort == "mentions":
        return lambda c: (-len(c["mentions"]), number(c))
    # the order `claimgraph claims` lists them in: the best-corroborated first
    return lambda c: (-c["independent_origins"], -c["articles"], first_date(c), number(c))


def facets(claims: Iterable[dict[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    """How many of the claims fall under each outlet, event type, certainty and count of origins."""
    outlets: Counter[str] = Counter()
    types: Counter[str] = Counter()
    certainty: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    for claim in claims:
        outlets.update(set(claim["outlets"]))
        types[(claim["event"] or {}).get("type") or "none"] += 1
        certainty[(claim["certainty"] or {}).get("label") or "unknown"] += 1
        origins[str(claim["independent_origins"])] += 1
    return {"outlet": outlets.most_common(), "event_type": types.most_common(),
            "certainty": sorted(certainty.items(), key=lambda p: CERTAINTY_LABELS.index(p[0])
                                if p[0] in CERTAINTY_LABELS else 99),
            "origins": sorted(origins.items(), key=lambda p: -int(p[0]))}


# one claim

def claim_detail(store: CorpusStore, claim_id: str | int) -> dict[str, Any] | None:
    """One linked claim in the contract's shape, with `chains` added: each mention's chain of sources as nodes,
    outermost (the outlet) first and innermost last, each with where its words stand in the article. None when
    there is no such claim."""
    number = claim_number(claim_id)
    if number is None:
        return None
    one = getattr(store, "linked_claim_row", None)
    row = one(number) if one is not None else next(
        (row for row in store.linked_claim_rows() if row["id"] == number), None)
    if row is None:
        return None
    corpus = Corpus(store)
    claim = linked_claim(corpus, row)
    if not claim["mentions"]:
        return None
    claim["chains"] = [mention_chain(store, corpus, mention) for mention in claim["mentions"]]
    return claim


def mention_chain(store: CorpusStore, corpus: Corpus, mention: dict[str, Any]) -> dict[str, Any]:
    """One mention's chain: the article's outlet, then each source it passes through, with the attribution and
    claim ids that point at their words in the article."""
    key = store.document_key(mention["document"])
    document = corpus.document(key) if key is not None else {"claims": {}, "attributions": {}}
    span = mention["span"]
    claim = next((c for c in document["claims"].values()
                  if c["span"]["start"] == span["start"] and c["span"]["end"] == span["end"]), None)
    attributions = document["attributions"]
    nodes = [{"kind": "outlet", "name": mention["outlet"] or "this article", "attribution": None, "cue": None,
              "count": None}]
    for attribution in chains.outermost_first(attributions, (claim or {}).get("attribution")):
        nodes.append({"kind": attribution["source_kind"] or "unknown",
                      "name": chains.source_name(attributions, attribution), "attribution": attribution["id"],
                      "cue": attribution["cue_text"] or None, "count": attribution["source_count"]})
    return {"document": mention["document"], "outlet": mention["outlet"], "published": mention["published"],
            "claim": (claim or {}).get("id"), "span": span, "certainty": mention["certainty"],
            "origin": mention.get("origin"), "negative": mention.get("negative", False), "nodes": nodes}


def origin_groups(claim: dict[str, Any]) -> list[dict[str, Any]]:
    """The claim's independent origins, each with the mentions that rest on it; the mentions resting on none of them
    (re-reports of another report) come last under no origin. Contradicting mentions are no part of it: they are
    listed apart."""
    reporting = [m for m in claim["mentions"] if not m.get("negative")]
    groups = [{"origin": name, "mentions": [m for m in reporting if m.get("origin") == name]}
              for name in claim["origins"]]
    placed = {id(m) for g in groups for m in g["mentions"]}
    rest = [m for m in reporting if id(m) not in placed]
    if rest:
        groups.append({"origin": None, "mentions": rest})
    return groups


# one article

def document_view(store: CorpusStore, document_id: str) -> dict[str, Any] | None:
    """A stored article: its header, text and whole analysis, with the linked claim of each of its claims and the
    identity of each of its entities. None when there is no such document."""
    key = store.document_key(document_id)
    if key is None:
        return None
    row = store.document(key)
    result = row["result"]
    linked = getattr(store, "document_linked_claims", None)
    claims_linked = linked(key) if linked is not None else scan_linked_claims(store, key)
    header = dict(result.get("document") or {})
    header.update({"id": row["document_id"], "outlet": row["outlet"], "published": row["published"],
                   "text": row["text"]})
    return {**result, "document": header,
            "linked_claims": {claim: f"L{number}" for claim, number in sorted(claims_linked.items())},
            "entity_identities": dict(sorted(store.entity_identities_of(key).items()))}


def scan_linked_claims(store: CorpusStore, document: int) -> dict[str, int]:
    """A document's claim ids and their linked claims, read from every linked claim (a store without the direct
    look-up)."""
    found = {}
    for row in store.linked_claim_rows():
        for mentioned, claim in store.claim_mentions(row["id"]):
            if mentioned == document:
                found[claim] = row["id"]
    return found


# entities

def find_entities(store: CorpusStore, query: str | None, limit: int = 50) -> list[dict[str, Any]]:
    """Entities whose name or an alias holds every word of the query (each word a prefix), an exact name first and
    then the best match; without a query, the parties of the linked claims, the most written about first."""
    ids: set[int] = set()
    if query and name_key(query):
        exact = identities.lookup_party(store, query)
        search = getattr(store, "search_entity_ids", None)
        if search is not None:
            ranked = list(dict.fromkeys([*exact, *search(query)]))
        else:
            # a store without the entity index: the blocking tokens of name matching, each word a prefix
            words = name_key(query).split()
            for word in words:
                for block in {word, word[:identities.PREFIX] + "*"}:
                    ids |= set(store.identities_with_token(block, 500))
            ranked = [*exact, *sorted(i for i, name, _ in store.identities(ids) if all(
                any(part.startswith(w) for part in name_key(name).split()) for w in words))]
            ranked = list(dict.fromkeys(ranked))
        rows = {r[0]: r for r in store.identities(ranked)}
        found = [{"id": i, "name": rows[i][1], "type": rows[i][2], "documents": store.documents_naming([i])}
                 for i in ranked if i in rows]
        return found[:limit]
    for row in store.linked_claim_rows():
        ids |= {v for v in json.loads(row["roles_json"] or "{}").values() if isinstance(v, int)}
    rows = store.identities(ids)
    found = [{"id": identity, "name": name, "type": type_, "documents": store.documents_naming([identity])}
             for identity, name, type_ in rows]
    found.sort(key=lambda e: (-e["documents"], e["name"].lower(), e["id"]))
    return found[:limit]


def entity_dossier(store: CorpusStore, identity: int) -> dict[str, Any] | None:
    """An entity's dossier by its identity: the one `claimgraph entity` prints, with its id, the words that typed it
    in each article, its claims grouped by certainty and by origin, and a timeline of the dated mentions of the
    claims about it. None when there is no such entity."""
    name = store.identity_name(identity)
    if name is None:
        return None
    report = dossier(store, name)
    if report is None:
        return None
    report["entity"]["id"] = identity
    report["entity"]["type_evidence"] = type_evidence(store, identity, report["claims"] + report["claims_as_source"])
    report["by_certainty"] = [{"label": label, "claims": [c["id"] for c in report["claims"]
                                                          if (c["certainty"] or {}).get("label") == label]}
                              for label in CERTAINTY_LABELS]
    report["by_certainty"] = [group for group in report["by_certainty"] if group["claims"]]
    origins: dict[str, list[str]] = {}
    for claim in report["claims"]:
        for origin in claim["origins"] or ["(no origin)"]:
            origins.setdefault(origin, []).append(claim["id"])
    report["by_origin"] = [{"origin": origin, "claims": ids} for origin, ids in origins.items()]
    report["timeline"] = timeline(report["claims"])
    return report


def timeline(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One mark per dated mention of the claims, by date; the first report of each claim marked."""
    marks = []
    for claim in claims:
        first = claim["first_reported"] or {}
        for mention in claim["mentions"]:
            if not mention["published"]:
                continue
            marks.append({"date": mention["published"][:10], "claim": claim["id"], "document": mention["document"],
                          "outlet": mention["outlet"], "text": claim["text"],
                          "first": mention["document"] == first.get("document")
                          and mention["published"] == first.get("published")})
    marks.sort(key=lambda m: (m["date"], m["claim"], m["document"]))
    return marks


def type_evidence(store: CorpusStore, identity: int, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words that typed the entity, in each article of its claims that names it: (document, type, words)."""
    found = []
    documents = dict.fromkeys(m["document"] for c in claims for m in c["mentions"])
    for document_id in documents:
        key = store.document_key(document_id)
        if key is None:
            continue
        entity_ids = {e for e, i in store.entity_identities_of(key).items() if i == identity}
        if not entity_ids:
            continue
        for entity in store.document(key)["result"].get("entities", []):
            if entity["id"] in entity_ids:
                words = [{"text": e.get("text", ""), "rule": e.get("rule"), "type": e.get("type")}
                         for e in entity.get("type_evidence") or [] if isinstance(e, dict)]
                found.append({"document": document_id, "type": entity.get("type"), "evidence": words})
    return found
