"""Entities: small places and rivers typed by where they stand (near, outside, on the, along the, the X and the Y)."""
from __future__ import annotations

from tests.news import entity, type_rules


def test_near_a_name_outweighs_the_taggers_repeated_guess(analyse):
    r = analyse("Water at the Kienstock gauge fell below a metre. Skippers said barges ran aground near Kienstock.")
    town = entity(r, "Kienstock")
    assert town["type"] == "GPE" and "object of a place preposition" in type_rules(town)


def test_outside_a_name_that_owns_something_says_nothing_of_a_place(analyse):
    r = analyse("Protesters gathered outside Ingrid Halvorsen's office on Monday.")
    assert entity(r, "Ingrid Halvorsen")["type"] == "PERSON"


def test_a_river_with_an_article_after_on_is_a_natural_place(analyse):
    r = analyse("Barges on the Drava carried less cargo this week, the agency said.")
    river = entity(r, "Drava")
    assert river["type"] == "LOC" and "object of a path preposition after the" in type_rules(river)


def test_a_name_after_on_without_an_article_is_no_river(analyse):
    r = analyse("Critics put the blame on Ingrid Halvorsen, the finance minister. Halvorsen said she would stay.")
    assert entity(r, "Ingrid Halvorsen")["type"] == "PERSON"


def test_a_conjunct_with_an_article_of_a_river_is_a_river(analyse):
    r = analyse("Farmers along the Danube and the Inn asked for help on Monday.")
    assert entity(r, "Danube")["type"] == "LOC"
    second = entity(r, "Inn")
    assert second["type"] == "LOC" and "conjunct of a typed place" in type_rules(second)


def test_the_ends_of_a_journey_between_two_names_are_places(analyse):
    r = analyse("The barge sailed between Ostwick and Upper Brannagh on Monday, the skipper said.")
    for name in ("Ostwick", "Upper Brannagh"):
        place = entity(r, name)
        assert place["type"] == "GPE" and "end of a route between places" in type_rules(place), place


def test_between_two_people_after_a_contest_noun_says_nothing_of_places(analyse):
    r = analyse("The race between Marta Olszewska and Henrik Dalby tightened on Monday, the pollster said.")
    assert entity(r, "Marta Olszewska")["type"] == "PERSON"
    assert entity(r, "Henrik Dalby")["type"] == "PERSON"


def test_the_start_of_a_range_to_a_place_is_a_place(analyse):
    r = analyse("The ferry runs from Lorvik to Haldenburg every day, the operator said.")
    start = entity(r, "Lorvik")
    assert start["type"] == "GPE" and "other end of a range from or to a place" in type_rules(start)


def test_a_listed_river_is_a_natural_place_whatever_the_tagger_says(analyse):
    r = analyse("A cargo ship ran aground on the Danube near Mohacs, police said.")
    river = entity(r, "Danube")
    assert river["type"] == "LOC" and river["category"] == "river"
    assert [m["text"] for m in river["mentions"]] == ["the Danube"]


def test_a_listed_sea_inside_a_longer_name_is_that_name(analyse):
    r = analyse("The Black Sea Fleet said on Monday it had moved two frigates.")
    names = [e["name"] for e in r["entities"]]
    assert "Black Sea Fleet" in names and "Black Sea" not in names
