"""Scoring the claims linked across a story corpus against its gold file (format claimgraph-stories/1).

The corpus is ingested into a fresh store and linked; the claims are read as `claimgraph claims --format jsonl`
prints them. Per gold claim, the predicted claim is the one whose event has the gold type and whose actor and
recipient (or target) belong to the gold identities, else the one whose text and roles hold all the gold `words`;
among candidates, the one covering most gold mention documents. Then:

- mentions: recall and precision of its supporting documents against `mentions` (summed over claims);
- split: further predicted claims of the same type and roles that also cover gold mentions (0 is right: the claim is
  found in one piece). "The same type and roles" are the gold event's when the predicted claim was found by its
  event; when it was found by the gold `words`, they are the predicted claim's own event type, actor and patient.
  Claims that merely hold the words are listed in the details, not counted as splits: the stories' README counts
  claims of the same type and roles;
- independent origins exact, first report's document right, contradiction right (contradicted or not as gold says,
  and every gold contradicting document among the predicted contradictions), single_sourced right;
- unrelated: no `unrelated` article among the documents of any of the story's predicted claims;
- identities: each gold group of names resolves to exactly one entity identity across the corpus.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from .spans import percent as _percent, ratio


def percent(good: int, total: int) -> float:
    return _percent(ratio(good, total))

ROLE_NAMES = {"recipient": ("recipient", "target"), "target": ("target", "recipient")}


def evaluate_corpus(gold_path: str | Path, db: str | Path | None = None) -> dict[str, Any]:
    """Ingest the gold file's documents into a store (`db`, else a temporary one), link them, and score."""
    from ..link.corroboration import linked_claims
    from ..app import ingest_paths
    from ..link.linker import link_pending, unlink_all
    from ..store.open import open_store, store_exists

    gold_file = Path(gold_path)
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    documents = gold_file.parent / gold["documents"]
    with tempfile.TemporaryDirectory() as scratch:
        path = str(db) if db is not None else str(Path(scratch) / "corpus.db")
        reused = store_exists(path)
        ingest_paths([documents], path, progress=False, link=not reused)
        with open_store(path, create=False) as store:
            if reused:
                unlink_all(store)
            link_pending(store)
            claims = json.loads(json.dumps(list(linked_claims(store))))
            resolve = identity_resolver(store)
            return score(gold, claims, resolve)


def summary(report: dict[str, Any]) -> list[str]:
    """The figures as lines a person reads."""
    return [f"claims found: {report['claims_found']} of {report['claims']}",
            f"mention recall {report['mention_recall']}, precision {report['mention_precision']}",
            f"claims found in one piece: {report['one_piece']} of {report['claims']} ({report['one_piece_percent']})",
            f"independent origins exact: {report['independent_origins_exact']}",
            f"first report right: {report['first_report_right']}",
            f"contradiction right: {report['contradiction_right']} (contradicting documents found: "
            f"{report['contradicting_documents_found']})",
            f"single_sourced right: {report['single_sourced_right']}",
            f"unrelated right: {report['unrelated_right']}",
            f"identity groups resolved to one identity: {report['identity_groups_resolved']} "
            f"(of {report['identity_groups']} groups)"]


def identity_resolver(store: Any):
    from ..link import identities

    def resolve(name: str) -> set[int]:
        return set(identities.lookup_party(store, name))
    return resolve


def score(gold: dict[str, Any], claims: list[dict[str, Any]], resolve) -> dict[str, Any]:
    """Compare the linked claims with the gold stories; `resolve(name)` gives the identities a name means."""
    details: list[str] = []
    totals = {"gold_mentions": 0, "found_mentions": 0, "predicted_mentions": 0, "claims": 0, "found": 0,
              "one_piece": 0, "origins": 0, "first": 0, "contradiction": 0, "single": 0, "contradicting_gold": 0,
              "contradicting_found": 0}
    unrelated_right = unrelated_total = groups_right = groups_total = 0
    for story in gold.get("stories", []):
        groups = [list(g) for g in story.get("identities", [])]
        story_documents: set[str] = set()
        for gold_claim in story.get("claims", []):
            totals["claims"] += 1
            result = score_claim(gold_claim, claims, groups, resolve)
            totals["gold_mentions"] += len(gold_claim["mentions"])
            totals["contradicting_gold"] += len(gold_claim.get("contradicted_by", []))
            predicted = result["predicted"]
            label = f"{story['name']} / {gold_claim['key']}"
            if predicted is None:
                details.append(f"{label}: no predicted claim")
                continue
            totals["found"] += 1
            story_documents |= result["documents"]
            totals["found_mentions"] += result["found_mentions"]
            totals["predicted_mentions"] += result["predicted_mentions"]
            totals["contradicting_found"] += result["contradicting_found"]
            for part in ("one_piece", "origins", "first", "contradiction", "single"):
                totals[part] += result[part]
            details.append(f"{label}: {predicted['id']} {predicted['text'][:80]!r}")
            details.extend(f"  {line}" for line in result["notes"])
        unrelated = set(story.get("unrelated", []))
        if unrelated:
            unrelated_total += 1
            leaked = unrelated & story_documents
            unrelated_right += not leaked
            if leaked:
                details.append(f"{story['name']}: unrelated articles joined its claims: {sorted(leaked)}")
        for group in groups:
            groups_total += 1
            found = [resolve(name) for name in group]
            one = all(len(f) == 1 for f in found) and len(set.union(*found)) == 1
            groups_right += one
            if not one:
                details.append(f"identity group not resolved to one identity: "
                               + "; ".join(f"{n} -> {sorted(f)}" for n, f in zip(group, found)))
    n = totals["claims"]
    report = {
        "claims": n,
        "claims_found": totals["found"],
        "mention_recall": percent(totals["found_mentions"], totals["gold_mentions"]),
        "mention_precision": percent(totals["found_mentions"], totals["predicted_mentions"]),
        "one_piece": totals["one_piece"],
        "one_piece_percent": percent(totals["one_piece"], n),
        "independent_origins_exact": percent(totals["origins"], n),
        "first_report_right": percent(totals["first"], n),
        "contradiction_right": percent(totals["contradiction"], n),
        "contradicting_documents_found": percent(totals["contradicting_found"], totals["contradicting_gold"]),
        "single_sourced_right": percent(totals["single"], n),
        "unrelated_right": percent(unrelated_right, unrelated_total),
        "identity_groups_resolved": percent(groups_right, groups_total),
        "identity_groups": groups_total,
    }
    return {**report, "details": details}


def score_claim(gold_claim: dict[str, Any], claims: list[dict[str, Any]], groups: list[list[str]],
                resolve) -> dict[str, Any]:
    gold_mentions = set(gold_claim["mentions"])
    alike = [c for c in claims if event_matches(gold_claim.get("event") or {}, c, groups, resolve)]
    candidates = alike or [c for c in claims if holds_words(c, gold_claim.get("words", []))]
    result: dict[str, Any] = {"predicted": None, "documents": set()}
    if not candidates:
        return result
    covered = [(len(supporting(c) & gold_mentions), -k, c) for k, c in enumerate(candidates)]
    _, _, predicted = max(covered, key=lambda t: (t[0], t[1]))
    found = supporting(predicted)
    contradicting = {c["document"] for c in predicted["contradictions"]}
    gold_contradicting = set(gold_claim.get("contradicted_by", []))
    if not alike:
        alike = [c for c in claims if same_event(c, predicted)]
    splits = [c for c in alike if c is not predicted and supporting(c) & gold_mentions]
    # claims holding the gold words that are no claim of the same type and roles: shown, not counted
    wording = [c for c in claims if c is not predicted and c not in splits and holds_words(c, gold_claim.get(
        "words", [])) and supporting(c) & gold_mentions]
    first = (predicted.get("first_reported") or {}).get("document")
    result.update({
        "predicted": predicted,
        "documents": found | contradicting,
        "found_mentions": len(found & gold_mentions),
        "predicted_mentions": len(found),
        "contradicting_found": len(contradicting & gold_contradicting),
        "one_piece": not splits,
        "origins": predicted["independent_origins"] == gold_claim["independent_origins"],
        "first": first == gold_claim["first_reported"]["document"],
        "contradiction": (predicted["contradicted"] == bool(gold_contradicting)
                          and gold_contradicting <= contradicting),
        "single": predicted["single_sourced"] == gold_claim["single_sourced"],
    })
    notes = []
    if found ^ gold_mentions:
        notes.append(f"mentions missed {sorted(gold_mentions - found)}, extra {sorted(found - gold_mentions)}")
    if splits:
        notes.append(f"split into {len(splits) + 1}: " + "; ".join(f"{c['id']} {c['text'][:50]!r}" for c in splits))
    if wording:
        notes.append("also holding the words (other type or roles, not a split): "
                     + "; ".join(f"{c['id']} {c['text'][:50]!r}" for c in wording))
    if not result["origins"]:
        notes.append(f"independent origins {predicted['independent_origins']} (gold "
                     f"{gold_claim['independent_origins']}): {predicted['origins']}")
    if not result["first"]:
        notes.append(f"first report {first} (gold {gold_claim['first_reported']['document']})")
    if not result["contradiction"]:
        notes.append(f"contradicted by {sorted(contradicting)} (gold {sorted(gold_contradicting)})")
    result["notes"] = notes
    return result


def supporting(claim: dict[str, Any]) -> set[str]:
    contradicting = {c["document"] for c in claim.get("contradictions", [])}
    polarity = None
    documents = set()
    for mention in claim.get("mentions", []):
        # a mention reports the claim when its certainty is above or below zero, as the gold counts them
        if not mention.get("negative") and ((mention.get("certainty") or {}).get("value", 1)) == 0:
            continue
        if polarity is None:
            polarity = mention.get("negative")
        if mention.get("negative") == polarity:
            documents.add(mention["document"])
    return documents - contradicting if contradicting else documents


def event_matches(gold_event: dict[str, Any], claim: dict[str, Any], groups: list[list[str]], resolve) -> bool:
    event = claim.get("event")
    if not gold_event or not event or event.get("type") != gold_event.get("type"):
        return False
    roles = event.get("roles") or {}
    for role in ("actor", "recipient", "target"):
        wanted = gold_event.get(role)
        if not wanted:
            continue
        names = ROLE_NAMES.get(role, (role,))
        if not any(roles.get(r) and same_party(roles[r], wanted, groups, resolve) for r in names):
            return False
    return True


def same_event(claim: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """Whether a claim has the predicted claim's event: its type, and the same actor and patient (recipient or
    target) by name; a claim without an event has no type and roles to share."""
    from ..link.normalise import name_key

    mine, theirs = claim.get("event"), predicted.get("event")
    if not mine or not theirs or mine.get("type") != theirs.get("type"):
        return False

    def slots(event: dict[str, Any]) -> tuple[str, str]:
        roles = event.get("roles") or {}
        patient = roles.get("recipient") or roles.get("target") or ""
        return name_key(str(roles.get("actor") or "")), name_key(str(patient))
    return slots(mine) == slots(theirs)


def same_party(predicted: str, gold_name: str, groups: list[list[str]], resolve) -> bool:
    """A predicted role names the gold party when it is one of the party's names or means the same identity."""
    from ..link.normalise import name_key

    group = next((g for g in groups if gold_name in g), [gold_name])
    keys = {name_key(n) for n in group}
    if name_key(predicted) in keys:
        return True
    mine = resolve(predicted)
    return bool(mine) and any(mine & resolve(n) for n in group)


def holds_words(claim: dict[str, Any], words: list[str]) -> bool:
    if not words:
        return False
    event = claim.get("event") or {}
    haystack = " ".join([claim.get("text") or "", *map(str, (event.get("roles") or {}).values())]).lower()
    return all(w.lower() in haystack for w in words)
