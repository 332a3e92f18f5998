"""Firms named for a place or described by their trade: the place stays apart, the firm is typed from context."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def texts(entity):
    return [m["text"] for m in entity["mentions"]]


def test_a_state_s_firm_described_by_its_trade_is_the_firm_not_the_state(analyse):
    r = analyse("Hackers attacked Morvia's national rail operator on Monday, officials said. Morvia Rail said "
                "services had resumed. Morvia has blamed Tessen for the attack.")
    firm = names(r)["Morvia Rail"]
    assert "Morvia's national rail operator" in texts(firm)
    assert "Morvia" not in texts(firm)


def test_a_possessed_firm_noun_with_no_firm_named_for_the_owner_is_left_alone(analyse):
    r = analyse("Pellan's state shipping company said on Friday that it had sold two tankers. Brakken Rail said the "
                "sale was worth $40 million.")
    assert not any("shipping company" in m for e in r["entities"] for m in texts(e)), r["entities"]


def test_a_word_that_opens_two_bodies_names_is_neither_s_short_form(analyse):
    r = analyse("Trains on Vessmark Rail stopped on Tuesday. The Vessmark Cyber Security Agency blamed hackers. "
                "Vessmark has not said who they were.")
    assert "Vessmark" not in texts(names(r)["Vessmark Rail"])


def test_a_firm_named_by_its_trade_and_its_first_word_is_no_person(analyse):
    r = analyse("A navy seized a tanker off Orsa on Friday. Brask Shipping, the tanker's Malta-registered owner, "
                "said it knew nothing of the cargo. Brask said it would help investigators.")
    firm = names(r)["Brask Shipping"]
    assert firm["type"] == "ORG"
    assert "Brask" in texts(firm)
    assert "first word used alone as a subject" in type_rules(firm)


def test_a_vessel_s_owner_in_apposition_is_a_firm(analyse):
    r = analyse("The tanker was seized near Pellor. Ardis Marine, the vessel's owner, declined to comment.")
    firm = names(r)["Ardis Marine"]
    assert firm["type"] == "ORG" and "owner or operator of a vessel or plant" in type_rules(firm)


def test_a_shop_s_owner_in_apposition_stays_a_person(analyse):
    r = analyse("Dana Ferro, the bakery's owner, said the fire began at night.")
    assert names(r)["Dana Ferro"]["type"] == "PERSON"


def test_a_trade_word_surname_alone_does_not_silence_the_tagger(analyse):
    r = analyse("Clinton aide Cheryl Vance Mills said on Friday that the emails were private. Mills said she had "
                "not seen them.")
    person = next(e for e in r["entities"] if e["name"].endswith("Mills"))
    assert person["type"] == "PERSON"
