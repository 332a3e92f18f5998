"""One giver's transfers to one receiver stay apart when they move goods of no common kind, and stay one claim when
the goods are told in other words of the same kind or in generic words."""
from __future__ import annotations

from claimgraph.link.goods import kinds_named, other_goods
from claimgraph.link.linker import match
from claimgraph.link.normalise import content_words

GIVER, RECEIVER = 1, 2


def transfer(words, **extra):
    tokens = content_words(words)
    return {"event_type": "AID", "roles": {"actor": GIVER, "recipient": RECEIVER}, "time_value": None,
            "tokens": tokens, "plain_tokens": tokens, "parties": [GIVER, RECEIVER], "text": words, **extra}


def test_boats_handed_over_are_no_drones_supplied():
    boats = transfer("Pellanor handed over three patrol boats to Dravo's navy on Friday")
    drones = transfer("Pellanor will supply 24 Hesk-2 attack drones to Dravo")
    assert other_goods(boats, drones)
    assert match(boats, drones)[0] == 0.0


def test_goods_of_one_kind_told_in_other_words_stay_one_transfer():
    # a drone is an aircraft; a claim's kinds are those of every wording it was told in
    drones = transfer("Pellanor will supply 24 Hesk-2 attack drones to Dravo")
    aircraft = transfer("Dravo has taken delivery of the first unmanned aircraft from Pellanor")
    assert not other_goods(aircraft, drones)
    assert match(aircraft, drones)[0] > 0


def test_generic_words_of_arms_part_nothing():
    drones = transfer("Pellanor will supply 24 Hesk-2 attack drones to Dravo")
    weapons = transfer("Pellanor is sending weapons to Dravo, two diplomats said")
    assert kinds_named(weapons["tokens"]) == frozenset()
    assert not other_goods(weapons, drones)
    assert match(weapons, drones)[0] > 0


def test_a_word_of_two_kinds_meets_either():
    launchers = transfer("Pellanor delivered rocket launchers to Dravo")
    howitzers = transfer("Pellanor delivered howitzers to Dravo")
    missiles = transfer("Pellanor delivered missiles to Dravo")
    assert not other_goods(launchers, howitzers) and not other_goods(launchers, missiles)
    assert other_goods(howitzers, transfer("Pellanor delivered two frigates to Dravo"))
