"""Scoring linked claims against a story gold file: which predicted claim is chosen, splits, origins, identities."""
from __future__ import annotations

from claimgraph.evaluate.corpus import score

GOLD = {"format": "claimgraph-stories/1", "documents": "x.jsonl", "stories": [{
    "name": "rockets", "documents": ["a", "b", "c", "d", "z"],
    "identities": [["Ustria", "the government of Ustria"], ["Orvin Sentinels", "the Sentinels"]],
    "claims": [{"key": "rockets", "event": {"type": "AID", "actor": "Ustria", "recipient": "Orvin Sentinels"},
                "words": ["rocket"], "mentions": ["a", "b", "c"], "contradicted_by": ["d"],
                "independent_origins": 2, "first_reported": {"document": "a"}, "single_sourced": False}],
    "unrelated": ["z"]}]}


def claim(id_, documents, negative=(), roles=None, origins=2, first="a", text="Ustria sent rockets"):
    mentions = [{"document": d, "negative": False} for d in documents]
    mentions += [{"document": d, "negative": True} for d in negative]
    return {"id": id_, "text": text, "event": {"type": "AID", "roles": roles or {"actor": "Ustria",
                                                                                 "recipient": "Orvin Sentinels"}},
            "mentions": mentions, "contradictions": [{"document": d} for d in negative],
            "contradicted": bool(negative), "independent_origins": origins, "single_sourced": origins == 1,
            "first_reported": {"document": first}}


def resolver(groups):
    def resolve(name):
        return {k for k, g in enumerate(groups) if name.lower() in (n.lower() for n in g)}
    return resolve


RESOLVE = resolver([["Ustria", "the government of Ustria"], ["Orvin Sentinels", "the Sentinels"]])


def test_one_claim_in_one_piece_scores_full_marks():
    report = score(GOLD, [claim("L1", ["a", "b", "c"], negative=["d"])], RESOLVE)
    assert report["mention_recall"] == 100.0 and report["one_piece"] == 1
    assert report["contradiction_right"] == 100.0 and report["independent_origins_exact"] == 100.0
    assert report["unrelated_right"] == 100.0 and report["identity_groups_resolved"] == 100.0


def test_a_split_claim_is_counted_and_the_larger_piece_chosen():
    report = score(GOLD, [claim("L1", ["a"]), claim("L2", ["b", "c"], first="b")], RESOLVE)
    assert report["one_piece"] == 0
    assert report["mention_recall"] == round(100 * 2 / 3, 1)
    assert report["first_report_right"] == 0.0


def test_roles_by_another_name_of_the_party_still_match():
    roles = {"actor": "the government of Ustria", "recipient": "the Sentinels"}
    report = score(GOLD, [claim("L1", ["a", "b", "c"], negative=["d"], roles=roles)], RESOLVE)
    assert report["claims_found"] == 1 and report["mention_recall"] == 100.0


def test_an_unrelated_article_joining_the_claim_is_wrong():
    report = score(GOLD, [claim("L1", ["a", "b", "c", "z"], negative=["d"])], RESOLVE)
    assert report["unrelated_right"] == 0.0 and report["mention_precision"] == 75.0


def test_an_unresolved_name_group_is_counted():
    resolve = resolver([["Ustria"], ["the government of Ustria"], ["Orvin Sentinels", "the Sentinels"]])
    report = score(GOLD, [], resolve)
    assert report["identity_groups_resolved"] == 50.0 and report["claims_found"] == 0


def test_the_command_scores_the_project_story_corpus(tmp_path, nlp, capsys):
    """End to end on the project's own made-up story (tests/fixtures/corpus), whose structure test_corpus.py
    spells out: the scorer ingests the corpus into a fresh store, links it and prints the figures last."""
    import json
    from pathlib import Path

    from claimgraph.cli import main

    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
    with open(tmp_path / "story.jsonl", "w", encoding="utf-8") as out:
        for path in sorted(corpus.glob("*.jsonl")):
            out.write(path.read_text(encoding="utf-8").strip() + "\n")
    gold = {"format": "claimgraph-stories/1", "documents": "story.jsonl", "stories": [{
        "name": "drones", "documents": ["hl-1", "nt-1", "pv-1", "cw-1", "rg-1", "ed-1", "lh-1", "so-1", "nt-2"],
        "identities": [["Calder Brigade"], ["Ilka Voss", "Voss"]],
        "claims": [{"key": "drones", "event": {"type": "AID", "actor": "Varenia", "recipient": "Calder Brigade"},
                    "words": ["drone"], "mentions": ["hl-1", "nt-1", "pv-1", "cw-1", "rg-1", "ed-1", "so-1", "nt-2"],
                    "contradicted_by": ["lh-1"], "independent_origins": 3,
                    "first_reported": {"document": "hl-1"}, "single_sourced": False}],
        "unrelated": ["pv-2"]}]}
    (tmp_path / "story.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", "corpus", str(tmp_path / "story.gold.json")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    report = json.loads(lines[-1])
    assert any(line.startswith("mention recall") for line in lines[:-1])
    assert report["claims_found"] == 1 and report["mention_recall"] == 100.0
    assert report["independent_origins_exact"] == 100.0 and report["first_report_right"] == 100.0
    assert report["contradiction_right"] == 100.0 and report["unrelated_right"] == 100.0
    assert report["identity_groups_resolved"] == 100.0


def word_claim(id_, documents, event, text):
    return {**claim(id_, documents, text=text), "event": event}


GOLD_BY_WORDS = {**GOLD, "stories": [{**GOLD["stories"][0], "claims": [{
    **GOLD["stories"][0]["claims"][0], "event": {"type": "AID", "actor": "Ustria", "recipient": "Hallen Guard"},
    "contradicted_by": []}]}]}


def test_claims_that_only_hold_the_words_are_no_split():
    """Found by its words (no claim has the gold roles), the claim is split only by claims of its own type and
    roles; a claim of another type that holds the words is listed, not counted."""
    found = word_claim("L1", ["a", "b"], {"type": "AID", "roles": {"actor": "Ustria", "recipient": "Orvin"}},
                       "Ustria sent rockets to Orvin")
    other = word_claim("L2", ["c"], {"type": "FIGHT", "roles": {"actor": "Orvin"}}, "Orvin fired the rockets")
    report = score(GOLD_BY_WORDS, [found, other], RESOLVE)
    assert report["one_piece"] == 1 and report["claims_found"] == 1
    assert any("not a split" in line and "L2" in line for line in report["details"])


def test_claims_of_the_same_type_and_roles_found_by_words_are_a_split():
    roles = {"type": "AID", "roles": {"actor": "Ustria", "recipient": "Orvin"}}
    pieces = [word_claim("L1", ["a", "b"], roles, "Ustria sent rockets to Orvin"),
              word_claim("L2", ["c"], roles, "rockets went from Ustria to Orvin")]
    report = score(GOLD_BY_WORDS, pieces, RESOLVE)
    assert report["one_piece"] == 0
