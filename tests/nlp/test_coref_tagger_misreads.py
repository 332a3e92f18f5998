"""Descriptions the tagger misreads: a lower-case description noun tagged as a proper noun ("an official of the
bloc said") is a description all the same."""
from __future__ import annotations


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_the_bloc_the_tagger_reads_as_a_name_joins_the_league(analyse):
    r = analyse("The Morrow League, which fined three Tessalian banks in May, will meet again on Friday, an official "
                "of the bloc said. The official said the League would not ease the fines.")
    assert "the bloc" in mention_texts(r, "Morrow League")

