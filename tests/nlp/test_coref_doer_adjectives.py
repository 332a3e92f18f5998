""""It" before an adjective whose to-infinitive it does ("it was ready to go further") stands for a thing that acts,
not for an extraposed clause ("it was hard to confirm")."""
from __future__ import annotations


def mentions(result, name):
    return next([m["text"] for m in e["mentions"]] for e in result["entities"] if e["name"] == name)


def test_it_ready_to_is_the_speaker(analyse):
    r = analyse('The Ostrava League, which cut aid to the region in May, said on Friday it was "ready to go further".')
    assert mentions(r, "Ostrava League") == ["The Ostrava League", "it"]


def test_it_willing_to_is_the_speaker(analyse):
    r = analyse("The Kessel Group said on Friday it was willing to send observers.")
    assert mentions(r, "Kessel Group") == ["The Kessel Group", "it"]


def test_it_hard_to_is_no_mention(analyse):
    r = analyse("The Kessel Group said on Friday it was hard to count the dead.")
    assert mentions(r, "Kessel Group") == ["The Kessel Group"]
