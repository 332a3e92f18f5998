"""The attribution lexicon's claims about PolNeAR train hold against the counts shipped beside it."""
from __future__ import annotations

from claimgraph.lexicon import entries


def test_every_reporting_verb_said_to_come_from_polnear_heads_cues_there():
    counted = {(e["lemma"], e["pos"]): e for e in entries("cues_polnear.yaml", "entries")}
    claimed = [e["lemma"] for e in entries("attribution.yaml", "reporting_verbs") if e.get("source") == "PolNeAR"]
    assert claimed
    missing = [lemma for lemma in claimed if (lemma, "VERB") not in counted]
    assert not missing, f"reporting verbs credited to PolNeAR train but not counted there: {missing}"
    assert all(counted[(lemma, "VERB")]["cues"] >= 3 for lemma in claimed)


def test_object_frame_counts_never_exceed_the_verb_counts():
    for e in entries("cues_polnear.yaml", "entries"):
        if "object_occurrences" in e:
            assert e["object_cues"] <= e["cues"] + 0.1
            assert e["object_occurrences"] <= e["occurrences"] + 0.1
            assert 0.0 <= e["object_precision"] <= 1.0


def test_source_descriptor_groups_do_not_overlap():
    groups = ["anonymous_descriptors", "document_nouns", "outlet_descriptors", "government_nouns",
              "organization_nouns"]
    words = {g: {str(e.get("word", e.get("lemma"))).lower() for e in entries("attribution.yaml", g)} for g in groups}
    for k, a in enumerate(groups):
        for b in groups[k + 1:]:
            assert not words[a] & words[b], f"{a} and {b} share {sorted(words[a] & words[b])}"
