"""An act named again is one act only within the year it is told of: a mention placed in another year is another
act of the type. Sentences written for these tests."""
from __future__ import annotations


def triggers(r: dict, kind: str) -> list[str]:
    return [e["trigger"]["text"] for e in r["events"] if e["type"] == kind]


def test_an_act_of_another_year_is_not_the_act_told(analyse):
    r = analyse("Rebels attacked the Tovan depot on Sunday, police said. An attack on the depot in 2019 killed four "
                "guards.", published="2026-05-11")
    assert "attack" in triggers(r, "ASSAULT")
    (sunday,) = [e for e in r["events"] if e["trigger"]["text"] == "attacked"]
    assert sunday["roles"].get("actor") == "Rebels"


def test_an_act_named_again_in_its_own_year_is_one_act(analyse):
    r = analyse("Rebels attacked the Tovan depot on Sunday, police said. The attack on Sunday killed four guards.",
                published="2026-05-11")
    assert "attack" not in triggers(r, "ASSAULT")


def test_an_act_named_again_with_no_time_is_one_act(analyse):
    r = analyse("Rebels attacked the Tovan depot in 2019. The attack killed four guards.", published="2026-05-11")
    assert "attack" not in triggers(r, "ASSAULT")
