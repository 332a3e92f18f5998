"""Markers on sentences written for these tests: a state described in apposition by its standing or its bond to
another state is the outlet's label of it; a bare "the country" is none."""
from __future__ import annotations


def labels(result):
    return [m["span"]["text"] for m in result["markers"] if m["kind"] == "label"]


def test_a_state_described_by_its_trade_is_labelled(analyse):
    r = analyse("The government of Ostria, Velmar's largest trading partner, urged both sides to talk.")
    assert "Velmar's largest trading partner" in labels(r)


def test_a_state_described_as_an_ally_of_another_is_labelled_with_the_other(analyse):
    r = analyse("Troops from Ostria, a close ally of Velmar, crossed the border on Monday.")
    assert "a close ally of Velmar" in labels(r)


def test_a_bare_country_in_apposition_is_no_label(analyse):
    r = analyse("Officials in Ostria, the country, said nothing about the talks.")
    assert labels(r) == []
