"""Entities on unseen text: titles before a holder's name, and long names that hold a shorter known one."""
from __future__ import annotations

import pytest


def names(result):
    return {e["name"]: e for e in result["entities"]}


@pytest.mark.parametrize("text, person, portfolio", [
    ("Secretary of State John Kerry said the talks would resume in May.", "John Kerry", "State"),
    ("Reporters said Secretary of Defense Ash Carter would visit the base.", "Ash Carter", "Defense"),
])
def test_the_portfolio_in_an_office_of_title_is_part_of_the_title(analyse, text, person, portfolio):
    found = names(analyse(text))
    assert found[person]["type"] == "PERSON"
    assert portfolio not in found


@pytest.mark.parametrize("text, person", [
    ("Commodore Ray Smith said the ship had been hit by a water cannon.", "Ray Smith"),
    ("Brigadier Ann Dunwoody said the base would close.", "Ann Dunwoody"),
    ("Taoiseach Enda Kenny said the deal was good for Ireland.", "Enda Kenny"),
])
def test_a_rank_or_office_before_a_name_is_no_part_of_it(analyse, text, person):
    found = names(analyse(text))
    assert found[person]["type"] == "PERSON"
    assert not any(name != person and name != "Ireland" for name in found), sorted(found)


def test_a_listed_one_word_body_inside_a_longer_name_gives_way_to_it(analyse):
    found = names(analyse("Leaders of the Indian National Congress, the INC, said the count was fair."))
    assert "United States Congress" not in found
    assert found["Indian National Congress"]["type"] == "ORG"


def test_a_place_before_a_listed_body_keeps_the_listed_body(analyse):
    found = names(analyse("The US Congress passed the bill on Monday."))
    assert "United States Congress" in found


def test_an_organisation_of_a_state_whose_name_takes_the_stays_one_name(analyse):
    found = names(analyse("The Royal Bank of the Netherlands said profits fell."))
    assert found["Royal Bank of the Netherlands"]["type"] == "ORG"
    assert "Netherlands" not in found


def test_a_government_of_a_state_whose_name_takes_the_keeps_the_state(analyse):
    found = names(analyse("The Government of the Netherlands said the plan would go ahead."))
    assert found["Netherlands"]["type"] == "GPE"


@pytest.mark.parametrize("text, name", [
    ("Farmers along the Loire river said the drought had ruined their crops.", "Loire"),
    ("Fishing on the Tagus river has stopped since the spill.", "Tagus"),
])
def test_a_name_before_a_natural_feature_word_names_a_place_of_nature(analyse, text, name):
    found = names(analyse(text))
    assert found[name]["type"] == "LOC"


@pytest.mark.parametrize("text, body, state", [
    ("The US Senate voted on Tuesday to approve the bill, lawmakers said.", "US Senate", "United States"),
    ("China Communications Construction Company said on Tuesday it had won the contract.",
     "China Communications Construction Company", "China"),
    ("The U.S. Court of Appeals ruled on Friday that the order must stand.", "U.S. Court of Appeals",
     "United States"),
])
def test_a_state_opening_a_body_name_is_part_of_the_one_body(analyse, text, body, state):
    found = names(analyse(text))
    assert found[body]["type"] == "ORG"
    assert state not in found, list(found)


def test_a_state_before_a_word_that_ends_no_body_name_stays_the_state(analyse):
    found = names(analyse("The US Treasury said on Monday that the sanctions would stay."))
    assert "United States" in found


def test_the_chamber_alone_later_joins_the_state_led_name(analyse):
    found = names(analyse("The U.S. Senate voted on Tuesday to approve the bill. The Senate will vote again in May."))
    assert [m["text"] for m in found["U.S. Senate"]["mentions"]] == ["The U.S. Senate", "The Senate"]
