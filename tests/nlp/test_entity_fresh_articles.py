"""Entities in six invented short reports (tests/fixtures/news/fresh_entities), written with new names for this test."""
from __future__ import annotations

import pytest

from tests.news import reader


@pytest.fixture(scope="module")
def article(analyse):
    read = reader(analyse)
    return lambda name: read(f"fresh_entities/{name}")


def names(result):
    return {e["name"]: e for e in result["entities"]}


def mentions(result, name):
    return [m["text"] for m in names(result)[name]["mentions"]]


def test_depot_strike_parties_openers_and_a_state_by_its_ministry(article):
    r = article("depot_drone_strike")
    found = names(r)
    assert "Exit" not in found and "Democratic Party" not in found
    assert found["Free Democrats"]["category"] == found["Greens"]["category"] == "political_party"
    assert found["Pellaris"]["type"] == "GPE"
    assert "Ostrava" in mentions(r, "Ostrava Logistics")


def test_election_breach_ministry_of_a_field_and_no_summit(article):
    r = article("election_office_breach")
    found = names(r)
    assert "The ministry" in mentions(r, "Sorvanian Ministry of Defence")
    assert not any(n.endswith(("Summit", "Games")) for n in found)
    assert found["Quellbright Analytics"]["category"] == "company"


def test_detained_leader_party_families_and_a_festival(article):
    r = article("opposition_leader_detained")
    found = names(r)
    assert {"Social Democrats", "Christian Democrats"} <= set(found)
    assert "Democratic Party" not in found and "Diwali" not in found
    assert "The ministry" in mentions(r, "Caldorian justice ministry")


def test_spy_ring_service_agency_firm_and_shares(article):
    r = article("port_spy_ring")
    found = names(r)
    assert found["Vesterland"]["type"] == "GPE"
    assert "The agency" in mentions(r, "Vesterland intelligence service")
    assert mentions(r, "Brisk Maritime Holdings").count("Brisk") == 2
    assert found["Liberal Democrats"]["category"] == "political_party"


def test_crossing_seized_army_and_titled_ministry_of_a_state(article):
    r = article("border_crossing_seized")
    found = names(r)
    assert "The army" in mentions(r, "Tellmark army")
    assert "Defence Ministry" not in found
    assert not any(n.endswith("Cup") for n in found)


def test_tanker_seized_ministry_and_front(article):
    r = article("tanker_drone_parts")
    found = names(r)
    assert "The ministry" in mentions(r, "Marsican defence ministry")
    assert "The Front" in mentions(r, "Tholos Front")
    assert found["Tessary"]["type"] == "GPE"


def test_tanker_owner_firm_is_no_person(article):
    r = article("tanker_drone_parts")
    firm = names(r)["Kalder Shipping"]
    assert firm["type"] == "ORG"
    assert "Kalder" in mentions(r, "Kalder Shipping")


def test_crossing_names_a_place_and_the_group_is_the_force(article):
    r = article("border_crossing_seized")
    assert names(r)["Kessel"]["type"] == "GPE"
    assert "the group" in mentions(r, "Orun Valley Defence Force")


def test_headline_sector_word_is_no_name(article):
    assert "Cyber" not in names(article("election_office_breach"))
