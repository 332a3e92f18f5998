"""Entities: names written with their own "'s", display names of possessed organs, and names typed by their lists."""
from __future__ import annotations


def entity(result, name):
    found = [e for e in result["entities"] if e["name"] == name]
    assert found, f"no entity {name!r} in {[e['name'] for e in result['entities']]}"
    return found[0]


def names(result):
    return {e["name"] for e in result["entities"]}


def test_a_firm_whose_name_ends_in_s_keeps_it_where_it_owns_nothing(analyse):
    r = analyse("Moody's cut the bank's rating on Friday. Moody's said the outlook was negative.")
    assert "Moody's" in names(r) and "Moody" not in names(r)
    assert [m["text"] for m in entity(r, "Moody's")["mentions"]] == ["Moody's", "Moody's"]


def test_a_possessive_after_a_name_stays_outside_it(analyse):
    r = analyse("Google's chief executive met regulators in Brussels on Tuesday.")
    assert "Google" in names(r) and "Google's" not in names(r)


def test_a_possessed_organ_keeps_the_possessive_in_its_name(analyse):
    r = analyse("Ireland's finance ministry said the deficit had narrowed. The ministry gave no figures.")
    ministry = entity(r, "Ireland's finance ministry")
    assert "Ireland finance ministry" not in names(r)
    assert ministry["type"] == "ORG"

