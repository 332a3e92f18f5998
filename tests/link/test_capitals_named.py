"""A place named as a state's capital in apposition ("the Morvanian capital, Dellastra") is the state's seat: "officials
in Dellastra" are that state's, with no second sentence needed to show it."""
from __future__ import annotations

import pytest

from claimgraph.link import identities

from tests.link.test_identities import entity, store_texts


@pytest.mark.parametrize("told", [
    "The treaty was signed in the Morvanian capital, Dellastra, on Friday.",
    "The treaty was signed on Friday in Morvania's capital Dellastra.",
    "The treaty was signed in Dellastra, the capital of Morvania, on Friday.",
    "Envoys met on Friday in Dellastra, the Morvanian capital.",
    "Envoys met on Friday in Dellastra, Morvania's capital.",
])
def test_a_place_called_a_states_capital_is_its_seat(tmp_path, told):
    store = store_texts(tmp_path, [
        (f"Morvania agreed to buy grain from Pessary. {told}", [entity("e1", "Morvania"), entity("e2", "Pessary")]),
        ("Officials in Dellastra could not be reached for comment.", [entity("e1", "Dellastra")]),
    ])
    with store:
        assert identities.lookup(store, "officials in Dellastra") == identities.lookup(store, "Morvania")


def test_the_capital_of_a_state_not_known_is_no_seat(tmp_path):
    store = store_texts(tmp_path, [
        ("Envoys met on Friday in Dellastra, the Morvanian capital.", [entity("e1", "Pessary")]),
        ("Officials in Dellastra could not be reached for comment.", [entity("e1", "Dellastra")]),
    ])
    with store:
        assert identities.lookup(store, "officials in Dellastra") == []
