"""A facility named by a place's name and its kind, with or without a modifier ("the Tarrow gas plant", "the Tarrow
plant"), is found as the party its articles name by that name (the entity recogniser gives "Tarrow")."""
from __future__ import annotations

from claimgraph.link import identities

from tests.link.test_identities import entity, store_texts


def test_a_facility_named_with_and_without_its_modifier_is_one_party(tmp_path):
    store = store_texts(tmp_path, [
        ("Drones struck the Tarrow gas plant on Monday.", [entity("e1", "Tarrow", "FAC")]),
    ])
    with store:
        tarrow = identities.lookup(store, "Tarrow")
        assert tarrow
        assert identities.lookup(store, "the Tarrow gas plant") == tarrow
        assert identities.lookup(store, "Tarrow plant") == tarrow


def test_a_name_with_a_head_that_is_no_facility_is_not_found_so(tmp_path):
    store = store_texts(tmp_path, [
        ("Drones struck the Tarrow gas plant on Monday.", [entity("e1", "Tarrow", "FAC")]),
    ])
    with store:
        assert identities.lookup(store, "Tarrow football club") == []


def test_a_store_of_goods_named_by_its_place_is_that_party(tmp_path):
    store = store_texts(tmp_path, [
        ("Rockets were kept at the Brennal army warehouse, officers said.", [entity("e1", "Brennal", "FAC")]),
    ])
    with store:
        brennal = identities.lookup(store, "Brennal")
        assert brennal
        assert identities.lookup(store, "the Brennal army warehouse") == brennal
        assert identities.lookup(store, "Brennal depot") == brennal


def test_a_site_or_station_named_by_its_place_is_not_taken_for_that_party(tmp_path):
    # only the works and stores counted as named by their place are read so; a field, farm, mine or station is not
    # (in PolNeAR train "<Name> station" is as often a broadcaster's or an agency's: "ITV television station", "CIA
    # station")
    store = store_texts(tmp_path, [
        ("Troops were posted near Vessard on Monday, officers said.", [entity("e1", "Vessard", "GPE")]),
    ])
    with store:
        assert identities.lookup(store, "Vessard")
        for name in ("the Vessard oil field", "the Vessard pumping station", "the Vessard farm", "Vessard mine"):
            assert identities.lookup(store, name) == [], name
        assert identities.lookup(store, "the Vessard army depot") == identities.lookup(store, "Vessard")
