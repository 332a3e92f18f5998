"""An outlet cited for a claim that itself cites another outlet passes the first outlet's sources on: a chain of
re-reports ("the Wire reported, citing a newspaper" after the Wire's own "the Post reported, citing ...") is one
origin, not one per outlet in the chain."""
from __future__ import annotations

import json

from claimgraph.evaluate.corpus import evaluate_corpus

ARTICLES = [
    ("c1", "Millford Evening Post", "2026-02-02",
     "Dunholt has begun sending armoured trucks to the Coral Coast Movement, two of the group's officers told the "
     "Millford Evening Post on Sunday. The officers said the first trucks arrived last week."),
    ("c2", "Granger Wire", "2026-02-03",
     "ABBEYTON (Granger Wire) - Dunholt is supplying armoured trucks to the Coral Coast Movement, the Millford "
     "Evening Post reported on Sunday, citing two of the group's officers. Granger Wire could not verify the report."),
    ("c3", "The Atherton Courier", "2026-02-03",
     "The Coral Coast Movement has received armoured trucks from Dunholt, Granger Wire reported on Monday, citing a "
     "report in a regional newspaper. The movement has fought the government since 2024."),
]


def test_a_chain_of_re_reports_is_one_origin(tmp_path, nlp):
    with open(tmp_path / "chain.jsonl", "w") as f:
        for key, outlet, published, text in ARTICLES:
            f.write(json.dumps({"id": key, "outlet": outlet, "published": published,
                                "url": f"https://news.example/{key}", "title": "", "text": text}) + "\n")
    gold = {"format": "claimgraph-stories/1", "documents": "chain.jsonl", "stories": [{
        "name": "trucks", "documents": ["c1", "c2", "c3"], "identities": [["Dunholt"]],
        "claims": [{"key": "trucks", "description": "Dunholt supplied armoured trucks to the Coral Coast Movement",
                    "event": {"type": "AID", "actor": "Dunholt", "recipient": "Coral Coast Movement"},
                    "words": ["trucks"], "mentions": ["c1", "c2", "c3"], "contradicted_by": [],
                    "origins": ["two officers (via Millford Evening Post)"], "independent_origins": 1,
                    "first_reported": {"document": "c1", "outlet": "Millford Evening Post",
                                       "published": "2026-02-02"},
                    "single_sourced": True}],
        "unrelated": []}]}
    (tmp_path / "chain.gold.json").write_text(json.dumps(gold))
    report = evaluate_corpus(tmp_path / "chain.gold.json", db=tmp_path / "chain.db")
    assert report["mention_recall"] == 100.0, report["details"]
    assert report["independent_origins_exact"] == 100.0, report["details"]
    assert report["single_sourced_right"] == 100.0, report["details"]
