"""The story corpus written for this project (tests/data/stories), scored end to end as `eval corpus` scores the dev
stories; the figures it gets right are asserted so that a regression fails, the rest held at their present level."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluate.corpus import evaluate_corpus

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"
RIGHT = ("mention_precision", "one_piece_percent", "independent_origins_exact", "first_report_right",
         "contradiction_right", "contradicting_documents_found", "single_sourced_right", "unrelated_right")
# what is still short (README of tests/data/stories): an origin's approval told as "The government in <capital>"
# where the corpus never names the capital beside its state twice, so that mention stays a claim of its own
AT_LEAST = {"mention_recall": 90.0, "identity_groups_resolved": 91.6}


@pytest.mark.parametrize("gold", sorted(p.name for p in STORIES.glob("*.gold.json")))
def test_our_story_corpus_keeps_its_figures(gold, nlp, tmp_path):
    report = evaluate_corpus(STORIES / gold, db=tmp_path / "stories.db")
    misses = {name: report[name] for name in RIGHT if report[name] != 100.0}
    misses |= {name: report[name] for name, least in AT_LEAST.items() if report[name] < least}
    assert report["claims_found"] == report["claims"]
    assert not misses, "\n".join(report["details"])
