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


def test_the_government_in_a_known_seat_is_its_state_whatever_the_article_took_it_for(tmp_path, built):
    from tests.link.conftest import span_of, the_linked_claim
    seat = built("Envoys met on Friday in Tellam, the Caddorian capital.", outlet="Harrow Wire",
                 published="2025-03-01", entities=[("Caddor", "GPE"), ("Tellam", "GPE")],
                 claim="Envoys met on Friday in Tellam")
    text = "Pessary said it had demanded that the government in Tellam hand over Ivo Marsk."
    document, result = built(text, outlet="Pessary News", published="2025-03-03",
                             entities=[("Pessary", "GPE"), ("Ivo Marsk", "PERSON")],
                             claim="it had demanded that the government in Tellam hand over Ivo Marsk",
                             event={"type": "DEMAND", "roles": {"actor": "Pessary", "recipient": "Pessary"}})
    # the article's coreference took "the government" for the speaker's own state
    result["events"][0]["role_mentions"] = {"target": span_of(text, "government")}
    claim = the_linked_claim(tmp_path / "s.db", [seat, (document, result)], "DEMAND")
    assert claim["event"]["roles"]["actor"] == "Pessary"
    assert claim["event"]["roles"]["recipient"] == "Caddor"
