"""A natural feature's word in lower case after its name ("the Tesk river") belongs to the mention and the name."""
from __future__ import annotations


def test_a_river_word_after_its_name_is_in_the_mention_and_the_name(analyse):
    r = analyse("Floods along the Orvenne river forced thousands to leave their homes, the governor said on Monday.")
    [river] = [e for e in r["entities"] if e["type"] == "LOC"]
    assert river["name"] == "Orvenne river"
    assert [m["text"] for m in river["mentions"]] == ["the Orvenne river"]


def test_a_feature_word_that_heads_another_noun_stays_out(analyse):
    r = analyse("Floods along the Orvenne river basin forced thousands to leave their homes, the governor said.")
    assert all("basin" not in m["text"] and not m["text"].endswith("river")
               for e in r["entities"] for m in e["mentions"])
