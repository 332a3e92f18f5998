"""Entities: a chamber's name is an organisation, also alone and after a place preposition."""
from __future__ import annotations


def test_a_chamber_named_alone_after_a_preposition_is_an_organisation(analyse):
    r = analyse("Opposition lawmakers in Parliament said on Tuesday that the budget would fail.")
    chamber = next(e for e in r["entities"] if e["name"] == "Parliament")
    assert chamber["type"] == "ORG"


def test_a_house_of_name_is_an_organisation(analyse):
    r = analyse("Opponents in the House of Lords said on Tuesday that the bill was rushed.")
    chamber = next(e for e in r["entities"] if e["name"] == "House of Lords")
    assert chamber["type"] == "ORG"


def test_a_place_after_in_is_still_a_place(analyse):
    r = analyse("Opposition lawmakers in Lisbon said on Tuesday that the budget would fail.")
    assert next(e for e in r["entities"] if e["name"] == "Lisbon")["type"] == "GPE"


def test_a_chamber_s_committee_is_a_body_of_its_own_and_the_chamber_a_mention_inside_it(analyse):
    r = analyse("Senator Oda Renn, who chairs the upper house's security committee, urged caution. The clerk had "
                "copied the minutes of parliament's defence committee.")
    by_name = {e["name"]: [m["text"] for m in e["mentions"]] for e in r["entities"]}
    assert by_name["upper house's security committee"] == ["the upper house's security committee"]
    assert by_name["upper house"] == ["the upper house"]
    assert by_name["parliament's defence committee"] == ["parliament's defence committee"]
    assert ("leader_of", "Oda Renn", "upper house's security committee") in {
        (rel["type"], rel["subject"], rel["object"]) for rel in r["relations"]}
