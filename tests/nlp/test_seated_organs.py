"""A body's mission, delegation or representation in a named place is an organ of its own ("the Orvell Council's
mission in Tesmar"); the same word with no place after it is not ("the Orvell Council's mission is to ...")."""
from __future__ import annotations


def test_a_mission_in_a_named_place_is_the_owners_organ_and_takes_it(analyse):
    r = analyse("The Orvell Council's mission in Tesmar said it was deeply alarmed by the shelling.\n\n"
                "It did not say whether it would send observers.")
    [mission] = [e for e in r["entities"] if "mission" in e["name"]]
    assert mission["type"] == "ORG"
    assert [m["text"] for m in mission["mentions"]] == ["The Orvell Council's mission in Tesmar", "it", "It", "it"]
    assert "Orvell Council mission" in mission["aliases"]
    assert {"type": "part_of", "subject": mission["name"], "object": "Orvell Council"} in [
        {k: rel[k] for k in ("type", "subject", "object")} for rel in r["relations"]]


def test_a_mission_with_no_place_is_a_task_not_a_body(analyse):
    r = analyse("The Orvell Council's mission is to monitor the ceasefire, its chairman said on Monday.")
    assert not [e for e in r["entities"] if "mission" in e["name"].lower()]


def test_a_qualified_mission_of_a_named_body_is_its_organ_and_leaves_the_owner_its_mention(analyse):
    r = analyse("The monitoring mission of the Kessel Council, a regional body, said its teams had counted 40 "
                "explosions. The mission did not say who fired first. The Council's envoy urged restraint.")
    [mission] = [e for e in r["entities"] if "mission" in e["name"]]
    assert mission["name"] == "Kessel Council monitoring mission"
    assert [m["text"] for m in mission["mentions"]][0] == "The monitoring mission of the Kessel Council"
    assert "The mission" in [m["text"] for m in mission["mentions"]]
    [council] = [e for e in r["entities"] if e["name"] == "Kessel Council"]
    assert "the Kessel Council" in [m["text"] for m in council["mentions"]]
    assert {"type": "part_of", "subject": mission["name"], "object": "Kessel Council"} in [
        {k: rel[k] for k in ("type", "subject", "object")} for rel in r["relations"]]


def test_the_mission_of_a_body_with_no_qualifier_is_its_task(analyse):
    r = analyse("The mission of the Kessel Council is to keep the peace, its chairman said.")
    assert not [e for e in r["entities"] if "mission" in e["name"].lower()]
