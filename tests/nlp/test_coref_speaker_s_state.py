"""'Our' before what only a state has, in the words of one who speaks for a state, is that state."""
from __future__ import annotations


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_our_ambassador_in_a_minister_s_words_is_the_minister_s_state(analyse):
    r = analyse("Harvel's foreign minister, Ada Korrin, spoke to reporters in Lusk on Monday.\n\n"
                "\"We will not accept threats. Our ambassador in Tarn has been recalled,\" Korrin said.")
    assert "Our" in mention_texts(r, "Harvel")


def test_our_plans_are_nobody_s_state(analyse):
    r = analyse("Harvel's foreign minister, Ada Korrin, spoke to reporters in Lusk on Monday.\n\n"
                "\"Our plans have not changed,\" Korrin said.")
    assert "Our" not in mention_texts(r, "Harvel")
