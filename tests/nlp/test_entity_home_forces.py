"""A state's home forces placed in it by "in" ("Security forces in Varossia") are the state's organ, part of it;
troops or forces alone "in" a state are not."""
from __future__ import annotations


def named(result, name):
    return next((e for e in result["entities"] if e["name"] == name), None)


def relations(result, kind):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == kind}


def test_security_forces_in_a_state_are_its_own(analyse):
    r = analyse("Security forces in Varossia fired tear gas at students in the capital on Friday, the Ostel Monitor "
                "said. Varossia's interior ministry denied it.")
    forces = named(r, "Varossian security forces")
    assert forces is not None and forces["type"] == "ORG"
    assert [m["text"] for m in forces["mentions"]] == ["Security forces in Varossia"]
    assert ("Varossian security forces", "Varossia") in relations(r, "part_of")


def test_police_in_a_state_are_its_police(analyse):
    r = analyse("Police in Varossia arrested twelve students on Friday, the Ostel Monitor said. Varossia's interior "
                "ministry did not comment.")
    assert ("Varossian police", "Varossia") in relations(r, "part_of")


def test_troops_in_a_state_are_not_its_own(analyse):
    # troops "in" a state are as often another state's, sent there
    r = analyse("Troops in Varossia will stay until May, the Ostel Monitor said. Varossia's interior ministry did "
                "not comment.")
    assert named(r, "Varossian troops") is None