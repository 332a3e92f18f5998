"""A party named by an act it carries on ("bankrolled the Grey Hand's insurgency") is that party in the role."""
from __future__ import annotations

import pytest

from claimgraph.link.linker import campaigner

from tests.link.conftest import the_linked_claim

PARTIES = [("Pellora", "GPE"), ("Grey Hand", "ORG")]


@pytest.mark.parametrize("value, party", [
    ("Grey Hand's insurgency", "Grey Hand"),
    ("the Grey Hand's campaign", "Grey Hand"),
    ("Tessaly's war", "Tessaly"),
    ("Tessaly's invasion", "Tessaly's invasion"),  # the invaded place as often as the invader
    ("the journalist's murder", "the journalist's murder"),
    ("Grey Hand's lawyers", "Grey Hand's lawyers"),
])
def test_the_party_of_an_act_it_carries_on(value, party):
    assert campaigner(value) == party


def test_aid_to_a_partys_insurgency_is_aid_to_the_party(tmp_path, built):
    first = built("Pellora has funded the Grey Hand with $5 million, the Ledger said.", outlet="Ledger",
                  published="2026-03-02", entities=PARTIES, claim="Pellora has funded the Grey Hand with $5 million",
                  source=("the Ledger", "outlet"),
                  event={"type": "AID", "roles": {"actor": "Pellora", "recipient": "Grey Hand"}})
    text = "Pellora has bankrolled the Grey Hand's insurgency with millions of dollars, the Post said."
    second = built(text, outlet="Post", published="2026-03-03", entities=PARTIES,
                   claim="Pellora has bankrolled the Grey Hand's insurgency with millions of dollars",
                   source=("the Post", "outlet"),
                   event={"type": "AID", "roles": {"actor": "Pellora", "recipient": "Grey Hand's insurgency"}})
    claim = the_linked_claim(tmp_path / "s.db", [first, second], "AID")
    assert len(claim["mentions"]) == 2
