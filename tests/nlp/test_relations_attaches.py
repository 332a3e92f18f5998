"""A press attaché speaks for the mission he serves (spokesperson_of); any other attaché is a member of it."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_a_press_attache_speaks_for_the_embassy(analyse):
    r = analyse("Vessany's embassy in Dorrin denied the report on Monday. Its press attaché, Lenn Varo, said the "
                "ship had left port.")
    assert ("spokesperson_of", "Lenn Varo", "Vessanian embassy") in relations(r)


def test_a_military_attache_is_a_member_of_the_embassy(analyse):
    r = analyse("Vessany's embassy in Dorrin denied the report on Monday. Its military attaché, Lenn Varo, said the "
                "ship had left port.")
    found = relations(r)
    assert ("member_of", "Lenn Varo", "Vessanian embassy") in found
    assert ("spokesperson_of", "Lenn Varo", "Vessanian embassy") not in found
