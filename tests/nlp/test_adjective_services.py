"""A state's customs or police named by its adjective alone ("Varossian customs officers") is a body of its own,
which its officers named again with no article ("customs officers") refer to; one official is a person, not it."""
from __future__ import annotations


def services(result):
    return [e for e in result["entities"] if "customs" in e["name"].lower() or "police" in e["name"].lower()]


def test_customs_officers_named_by_the_states_adjective_are_its_customs(analyse):
    r = analyse("Varossian customs officers seized a shipment of rifles at the port of Kell last week, two diplomats "
                "said.\n\nThe Kell Herald said customs officers had tracked the ship since May. Varossia has not "
                "commented.")
    [customs] = services(r)
    assert customs["name"] == "Varossian customs" and customs["type"] == "ORG"
    assert [m["text"] for m in customs["mentions"]] == ["Varossian customs officers", "customs officers"]
    # the officers are the service's people: no part_of reads them as the organ itself
    assert not [rel for rel in r["relations"] if rel["subject"] == customs["name"]]


def test_one_customs_official_is_no_mention_of_the_service(analyse):
    r = analyse("A senior Varossian customs official said on Monday that the crates held rifles. Varossia has not "
                "commented.")
    assert services(r) == []
