"""In one article, a state and a minister it names by title alone ("Foreign Minister Ada Lenk"), both given for one
claim, are one voice, the state's; a minister named with another state's office stays apart."""
from __future__ import annotations

from claimgraph.link import identities
from claimgraph.link.corroboration import through_minister

from tests.link.test_identities import entity, store_texts


def origins(store):
    (state,), (person,) = identities.lookup(store, "Morvania"), identities.lookup(store, "Ada Lenk")
    return [(f"entity:{state}", "Morvania"), (f"entity:{person}", "Ada Lenk")]


def test_a_minister_named_by_title_alone_speaks_for_the_state(tmp_path):
    store = store_texts(tmp_path, [("Morvania said it would expel two envoys.", [
        entity("e1", "Morvania"), entity("e2", "Ada Lenk", "PERSON")])])
    with store:
        found = origins(store)
        assert through_minister(store, found, ["Morvania", "Foreign Minister Ada Lenk"]) == found[:1]


def test_a_minister_of_a_state_named_with_the_office_stays_apart(tmp_path):
    store = store_texts(tmp_path, [("Morvania said it would expel two envoys.", [
        entity("e1", "Morvania"), entity("e2", "Ada Lenk", "PERSON"), entity("e3", "Pessary")])])
    with store:
        found = origins(store)
        assert through_minister(store, found, ["Morvania", "Pessary's foreign minister Ada Lenk"]) == found
