"""Labels on sentences written for these tests: an apposition after "<noun> of <Name>" restates the name next to
it, not the body the whole phrase names ("The election mission of the Varden League, a regional body that ...")."""
from __future__ import annotations


def labels(result):
    return {(m["span"]["text"][:20], m.get("about")) for m in result["markers"] if m["kind"] == "label"}


def test_a_body_in_apposition_after_an_election_mission_describes_the_name(analyse):
    r = analyse("The election mission of the Varden League, a regional body that has watched every Tellish vote since "
                "2009, said the count was slow.")
    about = {a for text, a in labels(r) if text.startswith("a regional body")}
    assert about == {"Varden League"}


def test_a_body_in_apposition_after_a_monitoring_mission_describes_the_name(analyse):
    r = analyse("The monitoring mission of the Varden League, a regional body that has watched every Tellish vote "
                "since 2009, said the count was slow.")
    about = {a for text, a in labels(r) if text.startswith("a regional body")}
    assert about == {"Varden League"}
