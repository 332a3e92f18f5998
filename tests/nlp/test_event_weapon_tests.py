"""Events on unseen text: a weapon tested is a show of force (MOBILIZE, weapons), not an act of fighting."""
from __future__ import annotations

from tests.conftest import event


def types_on(result, trigger):
    return [e["type"] for e in result["events"] if e["trigger"]["text"] == trigger]


def test_a_missile_test_fired_is_a_show_of_force_not_fighting(analyse):
    r = analyse("Ostrava has test-fired a long-range cruise missile over the Pell Sea, its defence ministry said.")
    fired = event(r, "test-fired")  # the whole word the tokenizer split
    assert fired["type"] == "MOBILIZE"
    assert fired.get("mode") == "weapons"
    assert "Ostrava" in fired["roles"].get("actor", "")


def test_a_test_launch_and_a_nuclear_test_are_shows_of_force(analyse):
    r = analyse("The Kessen navy carried out a test launch of a hypersonic missile on Monday.")
    assert types_on(r, "launch") == ["MOBILIZE"]
    r = analyse("Dravia conducted its third nuclear test in March, seismologists in Tolvik said.")
    assert types_on(r, "test") == ["MOBILIZE"]
    r = analyse("The Dravian army tested a new anti-ship missile off its northern coast on Friday.")
    assert types_on(r, "tested") == ["MOBILIZE"]
    # missiles fired at a town are still fighting
    r = analyse("Dravian troops fired missiles at the town of Orsk on Friday.")
    assert types_on(r, "fired") == ["FIGHT"]


def test_a_bare_test_after_a_weapon_test_is_another(analyse):
    r = analyse("Kessen has test-fired a new cruise missile, state media said. A ministry spokeswoman, Ada Vorn, "
                "said more tests would follow in the coming months.")
    assert types_on(r, "tests") == ["MOBILIZE"]
    # a test of something else is none
    r = analyse("Kessen test-fired a missile on Monday. The vote in Ostra will be a test of the premier's resolve.")
    assert types_on(r, "test") == []
