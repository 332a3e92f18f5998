""""It was the third drone attack this month": the "it" of a remark counting an event stands for that happening,
no entity, as "it was the first time" does; a counted thing that is no event ("the first bank") is left alone."""
from __future__ import annotations


def mentions(result, name):
    return next([m["text"] for m in e["mentions"]] for e in result["entities"] if e["name"] == name)


def test_it_of_a_counted_attack_is_no_mention(analyse):
    r = analyse("The Kessel Group said the drone hit a depot on Tuesday. It was the third drone attack on the port "
                "this month.")
    assert mentions(r, "Kessel Group") == ["The Kessel Group"]


def test_it_of_a_counted_test_is_no_mention(analyse):
    r = analyse("The Kessel Group said on Tuesday it had launched a new rocket. It was the first flight test of the "
                "rocket.")
    assert mentions(r, "Kessel Group") == ["The Kessel Group", "it"]
