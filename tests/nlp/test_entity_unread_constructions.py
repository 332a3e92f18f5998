"""Entities on texts written for these tests: "the capital" as a place is the dateline's city."""
from __future__ import annotations


def mentions_of(result, name):
    entity = next((e for e in result["entities"] if e["name"] == name), None)
    return [m["text"] for m in entity["mentions"]] if entity is not None else []


def test_the_bare_capital_as_a_place_is_the_dateline_city(analyse):
    r = analyse("TORVALE (Brisk Wire) - Police in Ostmar detained 40 students at a rally in the capital on "
                "Saturday, a rights group said.")
    assert "the capital" in mentions_of(r, "Torvale")


def test_the_capital_with_a_state_of_its_own_is_not_the_dateline_city(analyse):
    r = analyse("TORVALE (Brisk Wire) - Police in Ostmar detained 40 students at a rally in the Velmish capital "
                "on Saturday, a rights group said.")
    assert "the Velmish capital" not in mentions_of(r, "Torvale")
    assert "the capital" not in mentions_of(r, "Torvale")


def test_a_capital_visited_is_left_alone(analyse):
    r = analyse("TORVALE (Brisk Wire) - Ostmar's envoy is expected to visit the capital next month, two "
                "diplomats said.")
    assert "the capital" not in mentions_of(r, "Torvale")


def test_a_name_owning_a_customs_agency_is_a_state_and_bare_customs_officers_its_agency(analyse):
    r = analyse("VELM (Brisk Wire) - Customs officers seized 200 rifles hidden in a lorry at the port of Ansk, "
                "Taro Wenn, the head of Kelmark's customs agency, said on Monday.")
    state = next(e for e in r["entities"] if e["name"] == "Kelmark")
    assert state["type"] == "GPE"
    agency = next(e for e in r["entities"] if "customs agency" in e["name"])
    texts = [m["text"] for m in agency["mentions"]]
    assert "Customs officers" in texts and "Kelmark's customs agency" in texts
