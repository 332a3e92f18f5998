"""A source named by an office alone ("the town's mayor said") is the person the articles title with that office
("Mayor Hanna Pettersen said"): two outlets quoting the same mayor give one origin, not one per outlet."""
from __future__ import annotations

import json

from claimgraph.evaluate.corpus import evaluate_corpus

ARTICLES = [
    ("m1", "Granger Wire", "2026-03-02",
     "Dunholt artillery shelled the border town of Brindlecombe overnight, killing two people, the town's mayor said "
     "on Monday.\n\nMayor Hanna Pettersen said at least ten shells had landed near the station."),
    ("m2", "The Atherton Courier", "2026-03-04",
     "Dunholt artillery shelled the town of Brindlecombe on Sunday night, the mayor said on Wednesday, as the toll "
     "rose to four.\n\nHanna Pettersen said two of the wounded had died in hospital."),
]


def test_the_same_mayor_quoted_by_two_outlets_is_one_origin(tmp_path, nlp):
    with open(tmp_path / "mayor.jsonl", "w") as f:
        for key, outlet, published, text in ARTICLES:
            f.write(json.dumps({"id": key, "outlet": outlet, "published": published,
                                "url": f"https://news.example/{key}", "title": "", "text": text}) + "\n")
    gold = {"format": "claimgraph-stories/1", "documents": "mayor.jsonl", "stories": [{
        "name": "shelling", "documents": ["m1", "m2"], "identities": [["Hanna Pettersen", "Pettersen"]],
        "claims": [{"key": "shelling", "description": "Dunholt shelled Brindlecombe",
                    "event": {"type": "ATTACK", "actor": "Dunholt", "target": "Brindlecombe"},
                    "words": ["brindlecombe"], "mentions": ["m1", "m2"], "contradicted_by": [],
                    "origins": ["Hanna Pettersen, mayor"], "independent_origins": 1,
                    "first_reported": {"document": "m1", "outlet": "Granger Wire", "published": "2026-03-02"},
                    "single_sourced": True}],
        "unrelated": []}]}
    (tmp_path / "mayor.gold.json").write_text(json.dumps(gold))
    report = evaluate_corpus(tmp_path / "mayor.gold.json", db=tmp_path / "mayor.db")
    assert report["independent_origins_exact"] == 100.0, report["details"]
    assert report["single_sourced_right"] == 100.0, report["details"]

