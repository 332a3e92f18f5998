"""A definite facility the text places by a named river, town or land ("the old bridge over the Tesk river") is an
entity of its own, named by its place and referred to again by its noun; one with no named place is not."""
from __future__ import annotations


def facilities(result):
    return [e for e in result["entities"] if e["type"] == "FAC"]


def test_a_facility_placed_on_a_named_river_is_named_by_it_and_taken_up_again(analyse):
    r = analyse("Shelling damaged the old bridge over the Tesk river near the town of Marro on Friday, officials "
                "said.\n\nEngineers said the bridge could collapse within days.")
    [bridge] = facilities(r)
    assert bridge["name"] == "Tesk bridge"
    assert [m["text"] for m in bridge["mentions"]] == ["the old bridge over the Tesk river", "the bridge"]


def test_a_facility_placed_at_a_named_town_takes_the_town(analyse):
    r = analyse("Drones struck the fuel depot near the town of Varrow overnight, the governor said.\n\n"
                "Firefighters were still working at the depot on Monday.")
    [depot] = facilities(r)
    assert depot["name"] == "Varrow fuel depot"  # the trade its noun compound names is kept
    assert [m["text"] for m in depot["mentions"]] == ["the fuel depot near the town of Varrow", "the depot"]


def test_a_definite_facility_with_no_named_place_is_no_new_entity(analyse):
    r = analyse("Shelling damaged the old bridge over the water on Friday, officials said.\n\n"
                "Engineers said the bridge could collapse within days.")
    assert facilities(r) == []


def test_a_placed_facility_never_named_again_is_no_entity(analyse):
    r = analyse("Shelling damaged the old bridge over the Tesk river on Friday, officials said.\n\n"
                "Engineers said repairs could take weeks.")
    assert facilities(r) == []
