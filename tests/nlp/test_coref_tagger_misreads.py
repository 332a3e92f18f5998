"""Descriptions the tagger misreads or the story leaves to its setting: a lower-case description noun tagged as a
proper noun ("an official of the bloc said") is a description all the same; a bare "the government" is the one state
named."""
from __future__ import annotations


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_the_bloc_the_tagger_reads_as_a_name_joins_the_league(analyse):
    r = analyse("The Morrow League, which fined three Tessalian banks in May, will meet again on Friday, an official "
                "of the bloc said. The official said the League would not ease the fines.")
    assert "the bloc" in mention_texts(r, "Morrow League")


GOVERNMENT = ("Brannock's supreme court annulled the vote in three districts on Monday. The opposition welcomed the "
              "ruling. If the government ignores it, protests may follow, two diplomats said.")


def test_the_government_with_one_state_named_is_that_state(analyse):
    r = analyse(GOVERNMENT)
    assert "the government" in mention_texts(r, "Brannock")


def test_the_government_with_two_states_named_stays_open(analyse):
    r = analyse(GOVERNMENT.replace("The opposition welcomed", "Veltria's president welcomed"))
    assert not [e for e in r["entities"] for m in e["mentions"] if m["text"] == "the government"]
