"""A title of two words ("the prime minister") picks up the person named with the whole title."""
from __future__ import annotations


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_the_prime_minister_is_the_one_named_prime_minister(analyse):
    r = analyse("Orvland's prime minister, Hedda Saltvik, met union leaders on Monday. Her spokesman, Piet Arne, "
                "said:\n\n\"The prime minister has made no promises on wages.\"")
    assert "The prime minister" in mention_texts(r, "Hedda Saltvik")


def test_the_prime_minister_is_not_a_minister_of_another_title(analyse):
    r = analyse("Orvland's finance minister, Hedda Saltvik, met union leaders on Monday. Her spokesman, Piet Arne, "
                "said:\n\n\"The prime minister has made no promises on wages.\"")
    assert "The prime minister" not in mention_texts(r, "Hedda Saltvik")
