"""Markers on sentences written for these tests: a description in apposition to an outlet's name says what kind of
outlet it is ('the Raskov Courier, an opposition weekly'), the outlet's own label on it, as one on a group is."""
from __future__ import annotations


def labels(result):
    return [(m["span"]["text"], m["about"]) for m in result["markers"] if m["kind"] == "label"]


def test_an_opposition_weekly_is_a_label_of_the_outlet(analyse):
    r = analyse("The interview with the mayor of Tessel was published by the Raskov Courier, an opposition weekly.")
    assert ("an opposition weekly", "Raskov Courier") in labels(r)


def test_a_pro_government_daily_is_a_label_of_the_outlet(analyse):
    r = analyse("The claim first appeared in the Morwen Gazette, a pro-government daily, on Monday.")
    assert [text for text, about in labels(r) if about == "Morwen Gazette"] == ["a pro-government daily"]


def test_a_bare_newspaper_says_nothing_of_the_outlet(analyse):
    r = analyse("The claim first appeared in the Morwen Gazette, a newspaper, on Monday.")
    assert [text for text, about in labels(r) if about == "Morwen Gazette"] == []


def test_a_kind_of_outlet_before_a_name_the_typer_took_for_a_place_is_a_label(analyse):
    # "Quillmark", a single unknown name, is typed a place; "the news site" before it says what it is
    r = analyse("VELMAR (Tarn Wire) - Osk's interior ministry paid twice the market price for 40 patrol boats, a draft "
                "report by the State Audit Board says, according to the news site Quillmark, which obtained a copy.")
    assert ("the news site", "Quillmark") in labels(r)
