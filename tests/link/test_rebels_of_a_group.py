"""Rebels named with their group ("Rebels of the Kesh Valley Front", "Kesh Valley Front rebels") are the group; rebels
named by a people's adjective ("Morvanian rebels") are nobody's state."""
from __future__ import annotations

from claimgraph.link import identities

from tests.link.test_identities import entity, store_texts


def test_rebels_named_with_their_group_are_the_group(tmp_path):
    store = store_texts(tmp_path, [
        ("The Kesh Valley Front said it held the pass.", [entity("e1", "Kesh Valley Front", "ORG")]),
        ("Morvania said the pass was open.", [entity("e1", "Morvania")]),
    ])
    with store:
        front = identities.lookup(store, "Kesh Valley Front")
        assert identities.lookup(store, "Rebels of the Kesh Valley Front") == front
        assert identities.lookup(store, "Kesh Valley Front rebels") == front


def test_rebels_named_by_a_peoples_adjective_are_not_the_state(tmp_path):
    store = store_texts(tmp_path, [
        ("Morvania said the pass was open.", [entity("e1", "Morvania")]),
    ])
    with store:
        assert identities.lookup(store, "Morvanian rebels") != identities.lookup(store, "Morvania")
