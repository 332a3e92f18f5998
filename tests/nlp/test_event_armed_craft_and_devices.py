"""Events on unseen text: armed craft that fire act for their state, unaimed fire by armed forces, and devices that
explode."""
from __future__ import annotations

from tests.conftest import event


def test_a_patrol_boat_acts_for_the_state_that_sails_it(analyse):
    r = analyse("A Velmish patrol boat and two Norvan navy frigates exchanged fire near the Ostra reef on Monday.")
    fire = event(r, "exchanged fire")
    assert fire["type"] == "FIGHT"
    assert fire["roles"].get("actor") == "Velmish"


def test_a_definite_craft_is_owned_as_its_first_mention(analyse):
    r = analyse("Two Norvan coast guard cutters stopped a Velmish trawler on Monday. "
                "The cutters opened fire on Tuesday, the ministry said.")
    fire = event(r, "opened fire")
    assert fire["roles"].get("actor") == "Norvan"


def test_warships_that_shell_are_their_states_means(analyse):
    r = analyse("Norvan warships shelled the port of Kesk on Tuesday.")
    assert event(r, "shelled")["roles"].get("actor") == "Norvan"


def test_fire_with_no_aim_by_an_armed_craft_or_force_is_fighting(analyse):
    r = analyse("The Velmish gunboat had fired first, the navy said.")
    fired = event(r, "fired")
    assert fired["type"] == "FIGHT"
    assert fired["roles"].get("actor") == "Velmish"
    r = analyse("Police fired only after they were attacked with stones, the ministry said.")
    assert event(r, "fired")["type"] == "FIGHT"


def test_firing_someone_is_no_fire(analyse):
    r = analyse("The board of Ostrel Mining fired its chief executive on Monday.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "fired"]


def test_a_device_that_explodes_is_a_bombing(analyse):
    r = analyse("A bomb exploded beside the convoy of the Norvan interior minister on Monday.")
    blast = event(r, "exploded")
    assert blast["type"] == "ASSAULT"
    assert blast.get("mode") == "explosives"
    r = analyse("Two bombs went off in the Kesk market on Friday, the police said.")
    assert event(r, "went off")["type"] == "ASSAULT"
    r = analyse("A rocket exploded near the school in Kesk on Sunday.")
    assert event(r, "exploded").get("mode") == "heavy-weapons"


def test_other_things_that_explode_or_go_off_are_no_bombing(analyse):
    r = analyse("The quarrel over the budget exploded into a crisis, and the vote went off without a hitch.")
    assert not [e for e in r["events"] if e["trigger"]["text"] in {"exploded", "went off"}]


def test_the_other_craft_in_an_exchange_of_fire_is_the_other_side(analyse):
    r = analyse("A Velmish patrol boat and two Norvan coast guard cutters exchanged fire near Ostra on Monday.")
    fire = event(r, "exchanged fire")
    assert fire["roles"].get("actor") == "Velmish"
    assert fire["roles"].get("target") == "Norvan"


def test_a_craft_named_again_still_fires_for_its_state(analyse):
    # named again with 'the', the boat is an entity of its own; the national adjective inside its mention still names
    # the owner, not the boat
    r = analyse("A Velmian patrol boat and two Norvan coast guard cutters exchanged fire near Ostra on Monday. "
                "Velmia's defence ministry said the Velmian boat had been fired on first. The cutters returned to port "
                "on Tuesday.")
    fire = event(r, "exchanged fire")
    assert fire["roles"].get("actor") == "Velmia"
    assert "boat" not in (fire["roles"].get("actor") or "")


def test_a_craft_fires_for_its_state_when_the_state_is_the_first_entity(analyse):
    # the state named first is the story's first entity (index 0), which must still count as the craft's owner
    r = analyse("Velmia accused Norva on Monday after a Velmian patrol boat and two Norvan coast guard cutters "
                "exchanged fire near Ostra. Velmia's defence ministry said the Velmian boat had been fired on first.")
    fire = event(r, "exchanged fire")
    assert fire["roles"].get("actor") == "Velmia"
