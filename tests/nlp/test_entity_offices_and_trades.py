"""Entities typed by an office or a trade beside them: a leader's administration, a body's president, a person's
trade, a title written in lower case."""
from __future__ import annotations

from tests.news import entity, type_rules


def test_a_leader_named_for_the_administration_is_a_person(analyse):
    r = analyse("Tomas Brenner took office in May. Critics of the Brenner administration said the budget was weak.")
    leader = entity(r, "Tomas Brenner")
    assert leader["type"] == "PERSON" and "leader named for the administration" in type_rules(leader)


def test_a_state_before_a_word_for_its_government_is_still_the_state(analyse):
    r = analyse("The Valdorian foreign minister met Osk officials. The Osk government said the talks had failed.")
    assert entity(r, "Osk")["type"] == "GPE"


def test_the_president_of_a_named_body_says_nothing_of_a_state(analyse):
    r = analyse("Maria Holt, the president of the Center for Rural Progress, said the bill was weak.")
    body = entity(r, "Center for Rural Progress")
    assert body["type"] == "ORG" and "the state of a government or an organ" not in type_rules(body)


def test_the_president_of_a_one_word_place_is_a_state(analyse):
    r = analyse("Maria Holt, the president of Valdoria, said the bill was weak.")
    assert entity(r, "Valdoria")["type"] == "GPE"


def test_a_trade_said_of_a_full_name_leaves_a_person(analyse):
    r = analyse("Keith Hurley, a plumbing contractor, said on Monday that the bids were rigged.")
    assert entity(r, "Keith Hurley")["type"] == "PERSON"
    r = analyse("Ron Jessup, a retired letter carrier, said on Monday that the route was cut.")
    assert entity(r, "Ron Jessup")["type"] == "PERSON"


def test_a_trade_said_of_a_one_word_name_is_a_firm(analyse):
    r = analyse("Quorvane, a contractor, said on Monday that the bids were fair.")
    assert entity(r, "Quorvane")["type"] == "ORG"


def test_a_title_in_lower_case_ending_in_its_portfolio_is_a_title(analyse):
    r = analyse("Former secretary of state Madeline Albany said on Monday that the talks had failed.")
    person = entity(r, "Madeline Albany")
    assert person["type"] == "PERSON" and "title before the name" in type_rules(person)
    assert "state" not in [e["name"] for e in r["entities"]]


def test_a_persons_surname_has_no_places_adjective(analyse):
    r = analyse("Alan Kessel led the field on Monday. The Kesselian plan drew Kesselian crowds. Critics of Kessel "
                "were loud.")
    person = entity(r, "Alan Kessel")
    assert person["type"] == "PERSON" and "adjective of the name" not in type_rules(person)


def test_an_adjective_in_ic_is_no_places_adjective(analyse):
    r = analyse("Voters in Ostmark backed Reform. Reformic slogans filled the streets, and Reform won the count.")
    assert not any(e["name"] == "Reform" and "adjective of the name" in type_rules(e) for e in r["entities"])
