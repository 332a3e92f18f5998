"""A state's seat named alone where an article uses it as a party ("Dellastra has answered", "declared persona non
grata by Dellastra") stands for the state, once the corpus shows by its own words that the place is the state's seat;
a place that is only where things happen names only itself."""
from __future__ import annotations

from claimgraph.link import identities

from tests.link.test_identities import entity, store_texts

SEAT = ("Envoys met on Friday in Dellastra, the Morvanian capital.", [entity("e1", "Morvania"),
                                                                       entity("e2", "Dellastra")])


def test_a_seat_used_as_a_party_is_its_state(tmp_path):
    store = store_texts(tmp_path, [
        ("Morvania agreed to buy grain from Pessary.", [entity("e1", "Morvania"), entity("e2", "Pessary")]),
        SEAT,
        ('"Two of our envoys were declared persona non grata by Dellastra," a Pessarian official said.',
         [entity("e1", "Dellastra")]),
    ])
    with store:
        assert identities.lookup(store, "Dellastra") == identities.lookup(store, "Morvania")


def test_a_seat_only_named_as_a_place_stays_a_place(tmp_path):
    store = store_texts(tmp_path, [
        ("Morvania agreed to buy grain from Pessary.", [entity("e1", "Morvania"), entity("e2", "Pessary")]),
        SEAT,
        ("The grain fair in Dellastra was closed on Monday.", [entity("e1", "Dellastra")]),
    ])
    with store:
        assert identities.lookup(store, "Dellastra") != identities.lookup(store, "Morvania")


def test_a_ministry_briefing_in_a_place_shows_its_seat(tmp_path):
    store = store_texts(tmp_path, [
        ("Morvania's trade ministry said exports fell. The figures are low, ministry spokeswoman Ada Lenk said at a"
         " briefing in Dellastra.", [entity("e1", "Morvania"), entity("e2", "Dellastra")]),
        ('"Pessary will regret it, and Dellastra will answer," she said.', [entity("e1", "Dellastra"),
                                                                           entity("e2", "Pessary")]),
    ])
    with store:
        assert identities.lookup(store, "Dellastra") == identities.lookup(store, "Morvania")


def test_embassies_in_a_place_show_it_is_a_seat(tmp_path):
    store = store_texts(tmp_path, [
        ("Pessary said on Monday it was recalling staff. Pessary accused Morvania of spying. Pessary expelled two"
         " Morvanian envoys. Morvania's embassy in Tellam was told to cut its staff.",
         [entity("e1", "Pessary"), entity("e2", "Morvania"), entity("e3", "Tellam")]),
        ("TELLAM (Wire) - Pessary said it would answer. Pessary named a new envoy in Tellam on Tuesday.",
         [entity("e1", "Pessary"), entity("e2", "Tellam")]),
        ("Morvania said Tellam has broken its word.", [entity("e1", "Morvania"), entity("e2", "Tellam")]),
    ])
    with store:
        assert identities.lookup(store, "Tellam") == identities.lookup(store, "Pessary")


def test_a_seat_that_rejects_or_denies_is_its_state(tmp_path):
    for verb in ("rejects", "denied"):
        store = store_texts(tmp_path / verb, [
            ("Morvania agreed to buy grain from Pessary.", [entity("e1", "Morvania"), entity("e2", "Pessary")]),
            SEAT,
            (f"Pessary blamed its neighbour for the floods, a charge that Dellastra {verb}.",
             [entity("e1", "Pessary"), entity("e2", "Dellastra")]),
        ])
        with store:
            assert identities.lookup(store, "Dellastra") == identities.lookup(store, "Morvania")


def test_a_state_met_once_beside_a_place_does_not_hide_the_party_named_there_twice(tmp_path):
    # the dateline's lead shows Tellam to be Caddor's seat; the second article names Pessary's people beside Tellam
    # once, which makes Pessary a state before anything shows Caddor to be one
    store = store_texts(tmp_path, [
        ("TELLAM, May 2 (Harrow Wire) - Caddor has released six fishermen held since March, Caddor's foreign"
         " ministry said on Tuesday.", [entity("e1", "Caddor"), entity("e2", "Tellam")]),
        ("The six crew were set free by the government in Tellam and are home on Pessarian soil, Pessary's foreign"
         " minister said.", [entity("e1", "Pessary"), entity("e2", "Tellam")]),
    ])
    with store:
        caddor = identities.lookup(store, "Caddor")
        assert caddor and identities.lookup(store, "the government in Tellam") == caddor
