"""Events on sentences written for these tests: a ban, embargo or tariff on the goods of a state named by its
adjective is a trade sanction aimed at that state (the state named in the story), and so is the same ban named again ('the ban', 'X's ban'); a ban
on a state's people stays a restriction on them; 'bar X from Y' is a restriction (COERCE)."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Norwalia announced a ban on Kestrian grain on Monday. Kestria called it unfair.", "ban"),
    ("Norwalia banned Kestrian wine last year. Kestria protested, the trade ministry said.", "banned"),
    ("Norwalia imposed an embargo on Kestrian oil in March. Kestria denounced it.", "embargo"),
    ("Kestria said the Norwalian ministry had announced a ban on imports of Kestrian steel.", "ban"),
])
def test_a_ban_on_a_states_goods_is_a_sanction_aimed_at_the_state(analyse, text, trigger):
    banned = [e for e in analyse(text)["events"] if e["type"] == "SANCTION"]
    assert banned, text
    assert banned[0]["roles"].get("target") == "Kestria", (text, banned[0]["roles"])


def test_tariffs_on_a_states_goods_are_aimed_at_the_state(analyse):
    r = analyse("Pellmark said it would impose tariffs on Ostrian steel from June. Ostria said it would reply.")
    assert event(r, "impose")["roles"].get("target") == "Ostria"


def test_the_ban_named_again_is_the_same_sanction(analyse):
    r = analyse("Norwalia announced a ban on Kestrian grain on Monday. Norwalia's ban covers all ports, the "
                "minister said. Kestria called it unfair.")
    bans = [e for e in r["events"] if e["trigger"]["text"] == "ban"]
    assert bans and all(e["type"] == "SANCTION" and e["roles"].get("target") == "Kestria" for e in bans), bans


def test_a_ban_on_a_states_people_is_no_trade_sanction(analyse):
    r = analyse("Norwalia imposed a ban on Kestrian refugees in May. Kestria protested.")
    assert all(e["type"] != "SANCTION" for e in r["events"]), r["events"]


def test_a_ban_on_a_thing_stays_a_restriction(analyse):
    r = analyse("The council announced a ban on fireworks in Dellport.")
    assert event(r, "ban")["type"] == "COERCE"


@pytest.mark.parametrize("text, trigger", [
    ("The regulator barred the Tollen firm from bidding on Monday.", "barred"),
    ("Norwalia has threatened to bar Kestrian lorries from its roads.", "bar"),
])
def test_barring_a_party_from_something_is_a_restriction(analyse, text, trigger):
    assert event(analyse(text), trigger)["type"] == "COERCE"


def test_barring_a_chance_is_no_act(analyse):
    r = analyse("Barring a storm, the Tollen vote goes ahead on Friday.")
    assert all(e["trigger"]["text"] != "Barring" for e in r["events"])


@pytest.mark.parametrize("text, trigger, doer", [
    ("Kestria threatened to close its border if Norwalia goes ahead with a ban on Kestrian grain.", "ban", "Norwalia"),
    ("Norwalia will proceed with the sale of the jets to Pellia, the ministry said.", "sale", "Norwalia"),
])
def test_who_goes_ahead_with_an_act_does_it(analyse, text, trigger, doer):
    assert event(analyse(text), trigger)["roles"].get("actor") == doer
